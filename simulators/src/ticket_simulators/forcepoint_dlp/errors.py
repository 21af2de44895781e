"""Forcepoint DLP error answers: a small JSON ``ErrorMessage`` (the guide gives none)."""

from __future__ import annotations

from starlette.responses import JSONResponse

from .._core import VendorError, phrase

__all__ = ["bad_request", "error_response", "forbidden", "undocumented"]


def _error(status: int, message: str) -> VendorError:
    body = {"status": status, "error": phrase(status), "message": message}
    return VendorError(status, body, message=message)


def bad_request(message: str) -> VendorError:
    """No valid input (400)."""
    return _error(400, message)


def forbidden(message: str = "Authentication failed") -> VendorError:
    """Wrong credentials, wrong administrator type, or a bad or expired token (403)."""
    return _error(403, message)


def undocumented(departure: str, what: str, *, status: int = 400) -> VendorError:
    """Strict mode's refusal of a request that relies on ``departure``, naming it."""
    return _error(status, f"{what} is not described by the guide ({departure})")


def error_response(status: int, *, retry_after: int | None = None) -> JSONResponse:
    """The body for an injected or unexpected status (faults, unknown routes, crashes)."""
    headers = {"retry-after": str(retry_after)} if retry_after is not None else None
    body = {"status": status, "error": phrase(status), "message": phrase(status)}
    return JSONResponse(body, status_code=status, headers=headers)
