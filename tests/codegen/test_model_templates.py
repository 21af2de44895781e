"""The model template overrides: other models imported once, plain unions assigned."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODEL_DIRS = sorted((ROOT / "generated").glob("*-client/*_client/models"))
MODULES = [p for d in MODEL_DIRS for p in sorted(d.glob("*.py")) if p.name != "__init__.py"]


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


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _package(p))
def test_no_parser_that_returns_its_input_unchanged(path: Path) -> None:
    # A nested ``_parse_x`` must construct something (a model, a datetime, an enum...):
    # one that only checks for None/Unset and casts its input is assigned directly.
    tree = ast.parse(path.read_text())
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef) and function.name.startswith("_parse_"):
            calls = {
                n.func.id if isinstance(n.func, ast.Name) else ast.unparse(n.func)
                for n in ast.walk(function)
                if isinstance(n, ast.Call)
            }
            assert calls - {"isinstance", "cast"}, f"{function.name} only returns its input"


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
