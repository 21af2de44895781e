"""Forcepoint DLP error answers: a small JSON ``ErrorMessage`` (the guide gives none)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from starlette.responses import JSONResponse

__all__ = ["ApiError", "bad_request", "error_response", "forbidden", "undocumented"]


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class ApiError(Exception):
    """An error answer raised inside a handler and rendered by the route wrapper."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        """Remember the status and JSON body."""
        super().__init__(body.get("message", status))
        self.status = status
        self.body = body

    def response(self) -> JSONResponse:
        """The HTTP answer."""
        return JSONResponse(self.body, status_code=self.status)


def _error(status: int, message: str) -> ApiError:
    return ApiError(status, {"status": status, "error": _phrase(status), "message": message})


def bad_request(message: str) -> ApiError:
    """No valid input (400)."""
    return _error(400, message)


def forbidden(message: str = "Authentication failed") -> ApiError:
    """Wrong credentials, wrong administrator type, or a bad or expired token (403)."""
    return _error(403, message)


def undocumented(departure: str, what: str, *, status: int = 400) -> ApiError:
    """Strict mode's refusal of a request that relies on ``departure``, naming it."""
    return _error(status, f"{what} is not described by the guide ({departure})")


def error_response(status: int, *, retry_after: int | None = None) -> JSONResponse:
    """The body for an injected or unexpected status (faults, unknown routes, crashes)."""
    headers = {"retry-after": str(retry_after)} if retry_after is not None else None
    body = {"status": status, "error": _phrase(status), "message": _phrase(status)}
    return JSONResponse(body, status_code=status, headers=headers)
