"""Rezolve's error answers, with the exact bodies the update-ticket document shows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

from starlette.responses import JSONResponse

from .._core import VendorError, format_instant, phrase

__all__ = [
    "error_response",
    "etag_mismatch",
    "permission_failure",
    "tenant_not_found",
    "ticket_not_found",
    "unauthorized",
    "validation_failure",
]


def _coded(
    status: int,
    code: str,
    message: str,
    *,
    extra: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> VendorError:
    # The document's error table: every coded answer starts with these four keys, in order.
    body = {"error": True, "code": code, "message": message, "status": status, **(extra or {})}
    return VendorError(status, body, headers=headers)


def etag_mismatch() -> VendorError:
    """The ticket changed since the caller read it."""
    return _coded(
        400, "ETAG_MISMATCH", "Ticket might have been updated. Please check changes and resubmit"
    )


def validation_failure(reason: Mapping[str, str]) -> VendorError:
    """Input rejected; ``reason`` maps each offending field id or parameter to a message."""
    return _coded(
        400,
        "INPUT_VALIDATION_FAILURE",
        "Input validation failed",
        extra={"validationResult": {"reason": dict(reason)}},
    )


def permission_failure(action: Literal["read", "update"]) -> VendorError:
    """Authenticated, but the token's scopes or realm roles do not allow ``action``."""
    return _coded(
        401, "USER_PERMISSION_FAILURE", f"You do not have the permission to {action} the ticket"
    )


def unauthorized() -> VendorError:
    """No usable bearer token. The document gives no body, so this one is ours."""
    return _coded(
        401,
        "UNAUTHORIZED",
        "Missing or invalid bearer token",
        headers={"www-authenticate": 'Bearer error="invalid_token"'},
    )


def tenant_not_found() -> VendorError:
    """``x-tenantid`` is missing, names no tenant, or disagrees with the token."""
    return VendorError(404, {"error": True, "message": "Tenant not found"})


def ticket_not_found(object_id: str) -> VendorError:
    """No ticket with this display id in the caller's tenant."""
    return VendorError(404, {"error": True, "message": f"Ticket not found ({object_id})"})


def error_response(status: int, *, now: datetime, retry_after: int | None = None) -> JSONResponse:
    """Rezolve's answer for an arbitrary status (faults, unknown routes, crashes).

    500 uses the body of the update document's error table. 429 follows the API
    overview's generic envelope and rate-limit headers, since the update document
    does not cover it.
    """
    if status == 429:
        headers = {"x-ratelimit-limit": "100", "x-ratelimit-remaining": "0"}
        if retry_after is not None:
            headers["x-ratelimit-reset"] = str(retry_after)
        body: dict[str, Any] = {
            "success": False,
            "error": {
                "code": "RATE_LIMIT_EXCEEDED",
                "message": "Too many requests",
                "details": None,
            },
            "timestamp": format_instant(now),
        }
        return JSONResponse(body, status_code=429, headers=headers)
    message = "Internal server error" if status == 500 else phrase(status)
    return JSONResponse({"error": True, "message": message}, status_code=status)
