"""The model template overrides: models imported once, parsed straight-line, built positionally."""

from __future__ import annotations

import ast
import functools
import importlib
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from tests.codegen.rendering import OURS, render_model

ROOT = Path(__file__).resolve().parents[2]
MODEL_DIRS = sorted((ROOT / "generated").glob("*-client/*_client/models"))
SUPEROFFICE = ROOT / "specs" / "superoffice.yaml"
MODULES = [p for d in MODEL_DIRS for p in sorted(d.glob("*.py")) if p.name != "__init__.py"]

# The modules of attrs classes (the others hold enums).
MODEL_MODULES = [p for p in MODULES if "@_attrs_define" in p.read_text()]


def _package(path: Path) -> str:
    return f"{path.parent.parent.name}.models.{path.stem}"


def test_every_client_has_models() -> None:
    assert len(MODEL_DIRS) == 4
    assert len(MODULES) > 40


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _package(p))
def test_no_import_runs_on_every_call(path: Path) -> None:
    tree = ast.parse(path.read_text())
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            nested = [n for n in ast.walk(function) if isinstance(n, ast.Import | ast.ImportFrom)]
            assert not nested, f"{function.name} imports inside its body"


def _nested_functions(source: str, method: str) -> list[str]:
    tree = ast.parse(source)
    return [
        inner.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef) and function.name == method
        for inner in ast.walk(function)
        if inner is not function and isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _package(p))
def test_from_dict_defines_no_function_on_every_call(path: Path) -> None:
    # The stock union template defines a nested ``_parse_x`` on every call (defining and
    # calling it cost more than building a small model); ours parses straight-line.
    assert _nested_functions(path.read_text(), "from_dict") == []


def test_stock_templates_define_a_parser_per_nullable_field() -> None:
    # If this fails, the stock union template no longer nests a parser per call:
    # re-measure whether specs/templates/property_templates/union_property.py.jinja pays.
    stock = render_model(SUPEROFFICE, "TicketEntity", None)
    assert "_parse_created_at" in _nested_functions(stock, "from_dict")
    ours = render_model(SUPEROFFICE, "TicketEntity", OURS)
    assert _nested_functions(ours, "from_dict") == []


def _positional_construction(source: str) -> list[str] | None:
    """The names passed positionally to ``cls(...)`` in from_dict, if it does so."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "cls"
            and node.args
        ):
            return [ast.unparse(arg) for arg in node.args]
    return None


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _package(p))
def test_from_dict_passes_fields_in_the_order_the_class_declares_them(path: Path) -> None:
    module = importlib.import_module(_package(path))
    classes = [c for c in vars(module).values() if attrs.has(c) and c.__module__ == module.__name__]
    if not classes:
        return  # an enum module
    (cls,) = classes
    declared = [a.name for a in attrs.fields(cls) if a.init]
    positional = _positional_construction(path.read_text())
    assert positional == (declared or None)


def test_stock_templates_build_models_with_keywords() -> None:
    # If this fails, the stock model template builds positionally: drop our change.
    assert _positional_construction(render_model(SUPEROFFICE, "TableRight", None)) is None


def test_a_subclass_with_its_own_init_is_built_with_keywords() -> None:
    table_right = importlib.import_module("superoffice_client.models.table_right")

    class Audited(table_right.TableRight):  # type: ignore[misc,name-defined]
        def __init__(self, *, reason: Any, mask: Any) -> None:
            super().__init__(mask=mask, reason=reason)
            self.seen = True

    parsed = Audited.from_dict({"Mask": "Read", "Reason": "owner", "Extra": 1})
    assert type(parsed) is Audited
    assert (parsed.mask, parsed.reason, parsed.additional_properties) == (
        "Read",
        "owner",
        {"Extra": 1},
    )
    assert parsed.seen


@pytest.mark.parametrize("models", MODEL_DIRS, ids=lambda d: d.parent.name)
def test_models_import_in_a_fresh_interpreter(models: Path) -> None:
    # The imports of other models sit at the bottom of each module; importing the
    # package (which imports every model) must resolve every class.
    package = f"{models.parent.name}.models"
    script = (
        f"import {package} as m; assert all(isinstance(getattr(m, n), type) for n in m.__all__)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_nested_models_parse_to_their_classes() -> None:
    ticket_entity = importlib.import_module("superoffice_client.models.ticket_entity")
    person = importlib.import_module("superoffice_client.models.person")
    tag = importlib.import_module("superoffice_client.models.tag")
    entity = ticket_entity.TicketEntity.from_dict(
        {
            "TicketId": 7,
            "Title": None,
            "CreatedAt": "2026-11-24T06:00:00Z",
            "Person": {"PersonId": 3, "Firstname": "Ada"},
            "Tags": [{"TagId": 1, "Name": "vip"}],
        }
    )
    assert entity.ticket_id == 7
    assert entity.title is None
    assert entity.created_at.year == 2026
    assert isinstance(entity.person, person.Person)
    assert entity.person.firstname == "Ada"
    assert isinstance(entity.tags[0], tag.Tag)
    assert entity.to_dict()["Person"]["Firstname"] == "Ada"


# Differential check of the parsing forks: the stock templates and ours, rendered for the
# same SuperOffice models, must give the same result (or the same error) for the
# documented sample and for every field of it replaced by a value of another shape.
SAMPLE = yaml.safe_load(SUPEROFFICE.read_text(encoding="utf-8"))["components"]["examples"][
    "SampleTicket"
]["value"]
SAMPLES = {
    "TicketEntity": SAMPLE,
    "TicketPriority": SAMPLE["Priority"],
    "TicketCategory": SAMPLE["Category"],
    "TicketMessage": SAMPLE["Messages"][0],
    "Person": SAMPLE["Person"],
    "FieldProperties": SAMPLE["FieldProperties"],
}
ODD_VALUES: list[Any] = [None, "junk", 7, True, [], {}, [{"x": 1}], [1, "a"], "2026-13-45T00:00:00"]


@functools.cache
def _rendered_class(class_name: str, templates: Path | None) -> Any:
    """The class as rendered, executed inside the generated package (for its imports)."""
    source = render_model(SUPEROFFICE, class_name, templates)
    module = types.ModuleType(f"superoffice_client.models._rendered_{class_name.lower()}")
    module.__package__ = "superoffice_client.models"
    exec(compile(source, f"<{class_name} rendered>", "exec"), module.__dict__)
    return module.__dict__[class_name]


def _variants(sample: dict[str, Any]) -> list[dict[str, Any]]:
    variants = [sample, {}, {**sample, "NotInTheSpec": [1]}]
    for key in sample:
        variants.append({k: v for k, v in sample.items() if k != key})
        variants += [{**sample, key: value} for value in ODD_VALUES]
    return variants


def _outcome(cls: Any, data: dict[str, Any]) -> str:
    try:
        return repr(cls.from_dict(data))
    except Exception as error:  # the same error, as the stock template raises it
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("class_name", sorted(SAMPLES))
def test_parsing_gives_what_the_stock_templates_give(class_name: str) -> None:
    stock, ours = _rendered_class(class_name, None), _rendered_class(class_name, OURS)
    variants = _variants(SAMPLES[class_name])
    differing = [v for v in variants if _outcome(stock, v) != _outcome(ours, v)]
    assert differing == []
