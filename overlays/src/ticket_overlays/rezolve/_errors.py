"""Typed errors of the Rezolve.ai ticketing API."""

from __future__ import annotations

import json
from typing import Any

from rezolve_client.models import ApiError
from rezolve_client.types import Response

from .._errors import ApiStatusError

__all__ = [
    "EtagMismatch",
    "InputValidationFailure",
    "PermissionDenied",
    "RezolveError",
    "ServerError",
    "TenantNotFound",
    "TicketNotFound",
    "Unauthorized",
    "make_status_error",
]


class RezolveError(ApiStatusError):
    """Rezolve.ai answered an error."""


class EtagMismatch(RezolveError):
    """400 ETAG_MISMATCH: the ticket changed since its etag was read; nothing was written."""

    def __init__(self, message: str, *, attempts: int = 1, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.attempts = attempts


class InputValidationFailure(RezolveError):
    """400 INPUT_VALIDATION_FAILURE; ``reasons`` maps each offending field UUID to why."""

    def __init__(self, message: str, *, reasons: dict[str, str], **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.reasons = reasons

    def __str__(self) -> str:
        detail = "; ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        return f"{super().__str__()} ({detail})" if detail else super().__str__()


class PermissionDenied(RezolveError):
    """401 USER_PERMISSION_FAILURE: the token is valid but lacks the scope or a role."""


class Unauthorized(RezolveError):
    """401 without USER_PERMISSION_FAILURE: token missing, malformed, expired or foreign."""


class TicketNotFound(RezolveError):
    """404: no ticket with this display id for this tenant."""


class TenantNotFound(RezolveError):
    """404 Tenant not found: ``x-tenantid`` and the token's ``tenant_id`` disagree."""


class ServerError(RezolveError):
    """5xx, or any status the API does not document."""


def _body(response: Response[Any]) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return response.content.decode("utf-8", "replace")


def make_status_error(response: Response[Any]) -> RezolveError:
    """The typed error for an error response of any Rezolve operation."""
    status = int(response.status_code)
    body = _body(response)
    parsed = response.parsed if isinstance(response.parsed, ApiError) else None
    code = parsed.code if parsed is not None and isinstance(parsed.code, str) else None
    message = parsed.message if parsed is not None else f"unexpected answer {status}"
    common: dict[str, Any] = {"status_code": status, "vendor_code": code, "body": body}
    if status == 400 and code == "ETAG_MISMATCH":
        return EtagMismatch(message, **common)
    if status == 400 and code == "INPUT_VALIDATION_FAILURE":
        reasons: dict[str, str] = {}
        if parsed is not None and parsed.validation_result:
            reasons = dict(parsed.validation_result.reason.additional_properties)
        return InputValidationFailure(message, reasons=reasons, **common)
    if status == 401:
        if code == "USER_PERMISSION_FAILURE":
            return PermissionDenied(message, **common)
        return Unauthorized(message, **common)
    if status == 404:
        if message.startswith("Tenant"):
            return TenantNotFound(message, **common)
        return TicketNotFound(message, **common)
    if status < 500 and parsed is not None:
        return RezolveError(message, **common)
    return ServerError(message, **common)
