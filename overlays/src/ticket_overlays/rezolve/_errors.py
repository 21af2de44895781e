"""Typed errors of the Rezolve.ai ticketing API."""

from __future__ import annotations

from typing import Any

from rezolve_client.models import ApiError

from .. import _errors as shared
from .._errors import Answer, ApiStatusError, Detail, ErrorTable, documented_error

__all__ = [
    "BadRequest",
    "EtagMismatch",
    "InputValidationFailure",
    "MalformedResponse",
    "PermissionDenied",
    "RateLimited",
    "RezolveError",
    "ServerError",
    "TenantNotFound",
    "TicketNotFound",
    "Unauthorized",
    "make_status_error",
]


class RezolveError(ApiStatusError):
    """Rezolve.ai answered an error."""


class BadRequest(RezolveError, shared.BadRequestError):
    """400 with a code other than the two below: the request does not fit the API."""


class EtagMismatch(RezolveError, shared.ConflictError):
    """400 ETAG_MISMATCH: the ticket changed since its etag was read; nothing was written.

    Also any 409 or 412 (a precondition that did not hold).
    """

    def __init__(self, message: str, *, attempts: int = 1, **kwargs: Any) -> None:
        """``attempts`` counts the writes an update helper sent before giving up."""
        super().__init__(message, **kwargs)
        self.attempts = attempts


class InputValidationFailure(BadRequest):
    """400 INPUT_VALIDATION_FAILURE; ``reasons`` maps each offending field UUID to why."""

    def __init__(self, message: str, *, reasons: dict[str, str], **kwargs: Any) -> None:
        """``reasons``: field UUID -> why its value was refused."""
        super().__init__(message, **kwargs)
        self.reasons = reasons

    def __str__(self) -> str:
        detail = "; ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        return f"{super().__str__()} ({detail})" if detail else super().__str__()


class PermissionDenied(RezolveError, shared.PermissionDeniedError):
    """401 USER_PERMISSION_FAILURE (or 403): the token is valid but lacks the scope or a role."""


class Unauthorized(RezolveError, shared.AuthenticationError):
    """401 without USER_PERMISSION_FAILURE: token missing, malformed, expired or foreign."""


class TicketNotFound(RezolveError, shared.NotFoundError):
    """404: no ticket with this display id for this tenant."""


class TenantNotFound(RezolveError, shared.NotFoundError):
    """404 Tenant not found: ``x-tenantid`` and the token's ``tenant_id`` disagree."""


class RateLimited(RezolveError, shared.RateLimitError):
    """429: too many requests (``retry_after`` seconds asked, if any)."""


class ServerError(RezolveError, shared.ServerError):
    """5xx, or any status the API does not document."""


class MalformedResponse(RezolveError, shared.MalformedResponse):
    """A success answer whose body is not what the API documents (raw bytes in ``content``)."""


def _read(answer: Answer, body: Any) -> Detail:
    parsed = documented_error(answer, body, ApiError)
    if parsed is None:
        return Detail()
    code = parsed.code if isinstance(parsed.code, str) else None
    message = parsed.message if isinstance(parsed.message, str) else None
    detail = Detail(message=message, vendor_code=code)
    if code == "INPUT_VALIDATION_FAILURE":
        reasons: dict[str, str] = {}
        if parsed.validation_result:
            reasons = dict(parsed.validation_result.reason.additional_properties)
        detail.extra = {"reasons": reasons}
    if answer.status_code == 404 and (message or "").startswith("Tenant"):
        detail.kind = TenantNotFound
    return detail


ERRORS = ErrorTable(
    base=RezolveError,
    server=ServerError,
    malformed=MalformedResponse,
    read=_read,
    by_status={
        400: BadRequest,
        401: Unauthorized,
        403: PermissionDenied,
        404: TicketNotFound,
        409: EtagMismatch,
        412: EtagMismatch,
        429: RateLimited,
    },
    by_code={
        (400, "ETAG_MISMATCH"): EtagMismatch,
        (400, "INPUT_VALIDATION_FAILURE"): InputValidationFailure,
        (401, "USER_PERMISSION_FAILURE"): PermissionDenied,
    },
)


def make_status_error(response: Answer) -> RezolveError:
    """The typed error for an answer of any Rezolve operation that is not the expected one.

    ``response`` is a generated ``Response``, an ``httpx.Response`` or a helper's reply.
    """
    return ERRORS.build(response)
