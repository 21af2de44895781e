"""Answers are parsed by each client's ``loads_json``: jiter, with ``json.loads`` behind it.

The promise to a user is that a generated client reads an answer exactly as
``response.json()`` would: the same value, or the same error. These tests hold the fast
path to that, over every kind of JSON value and over bytes that are not JSON at all.
"""

from __future__ import annotations

import ast
import importlib
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ticket_simulators.vendors import VENDORS

ROOT = Path(__file__).resolve().parents[2]

Loads = Callable[[bytes], Any]

LOADERS: dict[str, Loads] = {
    vendor.client_package: importlib.import_module(f"{vendor.client_package}.types").loads_json
    for vendor in VENDORS.values()
}
loads_json = LOADERS["superoffice_client"]

# Every JSON value, including what only Python's reader accepts (NaN, the infinities),
# integers beyond 64 bits, and every code point a JSON string escape can name.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(codec=None, exclude_categories=())),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


def _outcome(loads: Loads, content: bytes) -> tuple[str, str]:
    """The value's repr (exact for floats, keeps key order and int/float apart), or the
    error's type and message."""
    try:
        return "value", repr(loads(content))
    except (ValueError, RecursionError) as error:
        return type(error).__name__, str(error)


@pytest.mark.parametrize("package", sorted(LOADERS))
def test_every_client_parses_a_document_as_the_standard_library_does(package: str) -> None:
    content = b'{"TicketId": 7, "Title": "x\\u00e9", "When": null, "N": [1, 2.5, -0.0]}'
    assert _outcome(LOADERS[package], content) == _outcome(json.loads, content)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values, ascii_only=st.booleans(), indent=st.none() | st.integers(0, 2))
def test_any_json_value_parses_to_what_json_loads_gives(
    value: Any, ascii_only: bool, indent: int | None
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    content = text.encode("utf-8", "surrogatepass")
    assert _outcome(loads_json, content) == _outcome(json.loads, content)


@settings(max_examples=400)
@given(st.binary(max_size=64) | st.text(max_size=32).map(str.encode))
def test_any_bytes_give_the_value_or_the_error_json_loads_gives(content: bytes) -> None:
    assert _outcome(loads_json, content) == _outcome(json.loads, content)


@pytest.mark.parametrize(
    "content",
    [
        b"NaN",
        b"[-Infinity, Infinity]",
        b"[1e400, 1e-400]",
        b"123456789012345678901234567890",
        b"9" * 5000,  # beyond Python's digit limit: the standard library's ValueError
        b'{"a": 1, "a": 2}',
        b'"\\ud800"',  # an unpaired surrogate escape
        b'"\\ud83d\\ude00"',
        b'\xef\xbb\xbf{"a": 1}',  # a UTF-8 byte order mark
        '{"a": "é"}'.encode("utf-16"),
        '{"a": "é"}'.encode("utf-32-le"),
        b"[" * 500 + b"]" * 500,  # deeper than jiter goes, within the standard library
        b"[" * 5000 + b"]" * 5000,  # deeper than either: RecursionError, as before
        b'"a\x01b"',
        b"[1,]",
        b"<html>bad gateway</html>",
        b"",
        b'"\xff"',
    ],
    ids=lambda c: repr(c[:24]),
)
def test_edge_documents_parse_as_json_loads_parses_them(content: bytes) -> None:
    assert _outcome(loads_json, content) == _outcome(json.loads, content)


def test_a_nan_stays_a_float_nan() -> None:
    value = loads_json(b"[NaN]")
    assert isinstance(value[0], float)
    assert math.isnan(value[0])


def _parsers(path: Path) -> list[ast.Call]:
    """The calls inside ``_parse_response`` of one endpoint module."""
    tree = ast.parse(path.read_text())
    (function,) = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "_parse_response"
    ]
    return [node for node in ast.walk(function) if isinstance(node, ast.Call)]


ENDPOINTS = sorted(
    p for p in (ROOT / "generated").glob("*-client/*_client/api/*/*.py") if p.name != "__init__.py"
)


@pytest.mark.parametrize("path", ENDPOINTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_endpoints_parse_json_answers_with_loads_json(path: Path) -> None:
    calls = _parsers(path)
    names = {c.func.id for c in calls if isinstance(c.func, ast.Name)}
    methods = {c.func.attr for c in calls if isinstance(c.func, ast.Attribute)}
    assert "json" not in methods, "an answer is parsed with response.json()"
    if any(name.endswith("from_dict") for name in methods) or "cast" in names:
        assert "loads_json" in names


def test_a_client_reads_a_ticket_answer_through_loads_json() -> None:
    import httpx
    from superoffice_client import Client
    from superoffice_client.api.tickets import get_ticket
    from superoffice_client.models import TicketEntity

    answer = {"TicketId": 12345678901234567890123, "Title": "big id", "LastChanged": None}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answer)

    transport = httpx.MockTransport(handler)
    client = Client("https://example.invalid", httpx_args={"transport": transport})
    ticket = get_ticket.sync(7, client=client)
    assert isinstance(ticket, TicketEntity)
    # Beyond 64 bits: a reader that turned it into a float would lose digits.
    assert ticket.ticket_id == 12345678901234567890123
    assert ticket.title == "big id"
