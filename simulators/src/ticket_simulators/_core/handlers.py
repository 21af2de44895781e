"""Small pieces every vendor's request handlers share."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import Response

__all__ = ["Handler", "VendorError", "json_text", "rendering", "strict_json_loads"]

Handler = Callable[[Request], Awaitable[Response]]


class VendorError(Protocol):
    """An exception that knows the vendor's response for itself."""

    def response(self) -> Response:
        """The vendor's status, headers and body for this error."""
        ...


def rendering(error: type[Exception]) -> Callable[[Handler], Handler]:
    """Wrap handlers so that ``error`` raised inside becomes its own response.

    ``error`` must implement :class:`VendorError` (have a ``response()`` method).
    """

    def wrap(handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except error as exc:
                rendered: VendorError = exc  # type: ignore[assignment]
                return rendered.response()

        return endpoint

    return wrap


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_STRICT_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def strict_json_loads(raw: str | bytes) -> Any:
    """``json.loads`` that refuses ``NaN`` and ``Infinity``, which are not JSON."""
    # As ``json.loads`` does, but with one shared decoder (``json.loads`` with options
    # builds a new one on every call).
    if isinstance(raw, str):
        if raw.startswith("\ufeff"):
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", raw, 0)
        return _STRICT_DECODER.decode(raw)
    return _STRICT_DECODER.decode(raw.decode(json.detect_encoding(raw), "surrogatepass"))


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
