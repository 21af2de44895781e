"""Small pieces every vendor's request handlers share."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

__all__ = [
    "MAX_JSON_DEPTH",
    "Handler",
    "VendorError",
    "json_text",
    "phrase",
    "rendering",
    "strict_json_loads",
]

Handler = Callable[[Request], Awaitable[Response]]


class VendorError(Exception):
    """An error answer, raised anywhere inside a handler and rendered by :func:`rendering`.

    ``body`` is the vendor's JSON error body, ``headers`` any extra answer headers;
    ``message`` (for logs and tracebacks) defaults to the body's ``message``, or the status.
    """

    def __init__(
        self,
        status: int,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
        message: str | None = None,
    ) -> None:
        """Remember the answer's parts."""
        if message is None:
            found = body.get("message") if isinstance(body, dict) else None
            message = str(found if found is not None else status)
        super().__init__(message)
        self.status = status
        self.body = body
        self.headers = dict(headers or {})

    def response(self) -> Response:
        """The vendor's status, headers and body for this error."""
        return JSONResponse(self.body, status_code=self.status, headers=self.headers or None)


def phrase(status: int) -> str:
    """The reason phrase of ``status`` (``Error`` for a code outside ``http.HTTPStatus``)."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def rendering(handler: Handler) -> Handler:
    """``handler``, with a :class:`VendorError` raised inside it answered as its response."""

    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except VendorError as exc:
            return exc.response()

    return endpoint


MAX_JSON_DEPTH = 64
"""Deepest nesting of arrays and objects a simulator accepts in a JSON body.

The .NET and Newtonsoft readers behind many vendor APIs stop at 64 levels too; far
deeper bodies would otherwise exhaust Python's recursion limit.
"""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    # 1e400 is valid JSON syntax, but Python reads it as infinity, which no JSON
    # answer can carry back: refuse it as the numbers' limit.
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is out of range")
    return value


_STRICT_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


def strict_json_loads(raw: str | bytes) -> Any:
    """Parse a request body as JSON, refusing what no stored value could carry back.

    Raises ``ValueError`` (which each vendor turns into its own "invalid JSON" answer)
    for: ``NaN``, ``Infinity`` and numbers out of float range; integers of thousands of
    digits; bytes that are not valid UTF-8 (surrogates encoded as UTF-8 included);
    strings or keys holding an unpaired UTF-16 surrogate (``"\\ud800"``), which could
    never be written back as UTF-8; and nesting deeper than ``MAX_JSON_DEPTH``.
    """
    if isinstance(raw, bytes):
        # Strict decoding (the standard library passes surrogates through).
        raw = raw.decode(json.detect_encoding(raw))
    if raw.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", raw, 0)
    try:
        value = _STRICT_DECODER.decode(raw)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    # Cheap tests first: most bodies have few brackets and no escapes to check.
    deep = raw.count("[") + raw.count("{") > MAX_JSON_DEPTH
    if deep or "\\u" in raw:
        _check_tree(value)
    return value


def _check_tree(value: Any) -> None:
    """Walk ``value`` without recursion: depth limit and unpaired surrogates."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                raise ValueError("a JSON string holds an unpaired UTF-16 surrogate")
            continue
        if not isinstance(node, dict | list):
            continue
        if depth > MAX_JSON_DEPTH:
            raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(node, dict):
            stack.extend((key, depth) for key in node)
            stack.extend((item, depth + 1) for item in node.values())
        else:
            stack.extend((item, depth + 1) for item in node)


# json.dumps(value, **options) builds this very encoder on every call; one is enough.
_RESPONSE_ENCODER = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
)


def json_text(value: Any) -> str:
    """``value`` as Starlette's ``JSONResponse`` writes it (before UTF-8 encoding).

    For answers a simulator assembles or keeps itself, byte for byte what
    ``JSONResponse(value)`` would send.
    """
    return _RESPONSE_ENCODER.encode(value)
