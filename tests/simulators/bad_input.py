"""Bad-input corpora: for each vendor API, requests no client should send.

Each case is one write (or read) request that is wrong in one way: malformed JSON, a
wrong content type, a wrong type in one field, an oversized body or list, an unknown
field, an invalid date or id, or an attempt to inject a header. ``tests/simulators/
test_bad_input.py`` sends each to a fresh simulator and checks the vendor's documented
4xx and an unchanged state.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ticket_simulators._core.middleware import MAX_BODY_BYTES

# Values of the wrong JSON type for a field, whatever its right type is.
WRONG_TYPES: dict[str, Any] = {
    "null": None,
    "true": True,
    "int": 7,
    "float": 1.5,
    "string": "x",
    "list": [1],
    "object": {"a": 1},
}
OVERSIZED = b'{"pad": "' + b"x" * (MAX_BODY_BYTES + 1) + b'"}'
INJECTIONS = [
    "x\r\nX-Injected: 1",
    "x\nSet-Cookie: session=stolen",
    "x\r\n\r\n<html>",
]


@dataclass(frozen=True)
class Case:
    """One bad request and the status the vendor documents for it."""

    name: str
    method: str
    path: str
    status: int
    body: bytes | None = None
    content_type: str | None = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)
    query: str = ""


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


def malformed_json() -> Iterator[tuple[str, bytes]]:
    yield "truncated", b'{"a": '
    yield "trailing-comma", b'{"a": 1,}'
    yield "single-quotes", b"{'a': 1}"
    yield "nan", b'{"a": NaN}'
    yield "empty", b""
    yield "not-utf8", b'{"a": "\xff\xfe"}'
    yield "two-documents", b"{} {}"
    yield "bare-word", b"undefined"


def post(name: str, path: str, body: bytes, status: int = 400, **kw: Any) -> Case:
    """A bad JSON POST to ``path``, refused with ``status`` unless said otherwise."""
    return Case(name, "POST", path, status, body, **kw)


def unreadable_posts(path: str, base: dict[str, Any]) -> Iterator[Case]:
    """POSTs to ``path`` with a body that cannot be read: malformed JSON, ``base`` (a
    valid body) sent as another media type, and an oversized body.

    Each case is named after the path's last segment.
    """
    op = path.rsplit("/", 1)[-1]
    for name, body in malformed_json():
        yield post(f"{op}-malformed-{name}", path, body)
    for ctype in ("text/plain", "application/xml"):
        yield post(f"{op}-content-type-{ctype}", path, dumps(base), content_type=ctype)
    yield post(f"{op}-oversized-body", path, OVERSIZED)


def wrong_types(
    base: dict[str, Any], *paths: tuple[str, ...], nullable: frozenset[str] = frozenset()
) -> Iterator[tuple[str, bytes]]:
    """``base`` with the value at each path replaced by each wrong type in turn.

    ``null`` is skipped for the last keys in ``nullable`` (clearing them is allowed);
    int and float stand in for each other (JSON has one number type).
    """
    for path in paths:
        current = _get(base, path)
        for type_name, value in WRONG_TYPES.items():
            if value is None and path[-1] in nullable:
                continue
            if _number(current) and _number(value):
                continue
            if type(current) is type(value) and not isinstance(value, dict | list):
                continue  # not wrong for this field
            if isinstance(current, list) and isinstance(value, list):
                continue
            if isinstance(current, dict) and isinstance(value, dict):
                continue
            yield f"{'.'.join(path)}={type_name}", dumps(_set(base, path, value))


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        data = data[int(key)] if isinstance(data, list) else data[key]
    return data


def _set(data: Any, path: tuple[str, ...], value: Any) -> Any:
    copy = json.loads(json.dumps(data))
    target = copy
    for key in path[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last = path[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return copy
