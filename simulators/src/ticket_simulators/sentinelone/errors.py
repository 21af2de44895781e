"""SentinelOne's error answers: ``{"errors": [{"code", "title", "detail"}]}``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.responses import JSONResponse

from .._core import VendorError, phrase

__all__ = [
    "error_details",
    "error_response",
    "forbidden",
    "invalid_identifier",
    "unauthorized",
    "validation_error",
]

VALIDATION = 4000010
INVALID_IDENTIFIER = 4000020
AUTHENTICATION_FAILED = 4010010
INSUFFICIENT_PERMISSIONS = 4030010
INTERNAL = 5000010


def _api_error(status: int, errors: Sequence[dict[str, Any]]) -> VendorError:
    # The body lists every problem; the exception's message is the first one's title.
    message = str(errors[0]["title"]) if errors else None
    return VendorError(status, {"errors": list(errors)}, message=message)


def error_details(error: VendorError) -> list[str]:
    """The ``detail`` of every entry of a SentinelOne error body."""
    return [str(entry["detail"]) for entry in error.body["errors"]]


def _error(code: int, title: str, detail: str | None) -> dict[str, Any]:
    return {"code": code, "title": title, "detail": detail}


def validation_error(problems: Sequence[str]) -> VendorError:
    """400 4000010, one entry per problem (``field: message``)."""
    return _api_error(400, [_error(VALIDATION, "Validation Error", p) for p in problems])


def invalid_identifier(detail: str) -> VendorError:
    """400 4000020: an id in a filter is not a SentinelOne identifier (a decimal number)."""
    return _api_error(400, [_error(INVALID_IDENTIFIER, "Invalid Identifier", detail)])


def unauthorized() -> VendorError:
    """401 4010010: the token is missing, unknown or expired."""
    return _api_error(401, [_error(AUTHENTICATION_FAILED, "Authentication Failed", None)])


def forbidden() -> VendorError:
    """403 4030010: the token's user lacks the permission for this action."""
    return _api_error(403, [_error(INSUFFICIENT_PERMISSIONS, "Insufficient Permissions", None)])


def error_response(status: int) -> JSONResponse:
    """The vendor-shaped body for any status (injected faults, unknown routes, crashes)."""
    if status == 500:
        body = _error(INTERNAL, "Internal server error", "Server could not process the request.")
    elif status == 401:
        body = _error(AUTHENTICATION_FAILED, "Authentication Failed", None)
    elif status == 403:
        body = _error(INSUFFICIENT_PERMISSIONS, "Insufficient Permissions", None)
    elif status == 400:
        body = _error(VALIDATION, "Validation Error", None)
    else:
        body = _error(status * 10000 + 10, phrase(status), None)
    return JSONResponse({"errors": [body]}, status_code=status)
