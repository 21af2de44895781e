"""SentinelOne's error answers: ``{"errors": [{"code", "title", "detail"}]}``."""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from starlette.responses import JSONResponse

__all__ = [
    "ApiError",
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


class ApiError(Exception):
    """An error answer, raised from inside a handler and rendered by the route."""

    def __init__(self, status: int, errors: Sequence[dict[str, Any]]) -> None:
        """Remember the status and the ``errors`` list."""
        super().__init__(errors[0]["title"] if errors else status)
        self.status = status
        self.errors = list(errors)

    def response(self) -> JSONResponse:
        """The HTTP answer."""
        return JSONResponse({"errors": self.errors}, status_code=self.status)


def _error(code: int, title: str, detail: str | None) -> dict[str, Any]:
    return {"code": code, "title": title, "detail": detail}


def validation_error(problems: Sequence[str]) -> ApiError:
    """400 4000010, one entry per problem (``field: message``)."""
    return ApiError(400, [_error(VALIDATION, "Validation Error", p) for p in problems])


def invalid_identifier(detail: str) -> ApiError:
    """400 4000020: an id in a filter is not a SentinelOne identifier (a decimal number)."""
    return ApiError(400, [_error(INVALID_IDENTIFIER, "Invalid Identifier", detail)])


def unauthorized() -> ApiError:
    """401 4010010: the token is missing, unknown or expired."""
    return ApiError(401, [_error(AUTHENTICATION_FAILED, "Authentication Failed", None)])


def forbidden() -> ApiError:
    """403 4030010: the token's user lacks the permission for this action."""
    return ApiError(403, [_error(INSUFFICIENT_PERMISSIONS, "Insufficient Permissions", None)])


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
        body = _error(status * 10000 + 10, _phrase(status), None)
    return JSONResponse({"errors": [body]}, status_code=status)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
