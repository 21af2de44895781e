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


def etag_mismatch() -> VendorError:
    """The ticket changed since the caller read it."""
    return VendorError(
        400,
        {
            "error": True,
            "code": "ETAG_MISMATCH",
            "message": "Ticket might have been updated. Please check changes and resubmit",
            "status": 400,
        },
    )


def validation_failure(reason: Mapping[str, str]) -> VendorError:
    """Input rejected; ``reason`` maps each offending field id or parameter to a message."""
    return VendorError(
        400,
        {
            "error": True,
            "code": "INPUT_VALIDATION_FAILURE",
            "message": "Input validation failed",
            "status": 400,
            "validationResult": {"reason": dict(reason)},
        },
    )


def permission_failure(action: Literal["read", "update"]) -> VendorError:
    """Authenticated, but the token's scopes or realm roles do not allow ``action``."""
    return VendorError(
        401,
        {
            "error": True,
            "code": "USER_PERMISSION_FAILURE",
            "message": f"You do not have the permission to {action} the ticket",
            "status": 401,
        },
    )


def unauthorized() -> VendorError:
    """No usable bearer token. The document gives no body, so this one is ours."""
    return VendorError(
        401,
        {
            "error": True,
            "code": "UNAUTHORIZED",
            "message": "Missing or invalid bearer token",
            "status": 401,
        },
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
