"""Typed errors of the SentinelOne threats API."""

from __future__ import annotations

from typing import Any

from sentinelone_client.models import ApiErrorResponse

from .. import _errors as shared
from .._errors import Answer, ApiStatusError, Detail, ErrorTable, OverlayError

__all__ = [
    "BadRequest",
    "Conflict",
    "EmptyFilterRefused",
    "InvalidIdentifier",
    "MalformedResponse",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "SentinelOneError",
    "ServerError",
    "Unauthorized",
    "ValidationFailed",
    "make_status_error",
]

VALIDATION_ERROR = 4000010
INVALID_IDENTIFIER = 4000020


class EmptyFilterRefused(OverlayError, ValueError):
    """The filter selects every threat in the token's scope and ``allow_all`` was not given."""


class SentinelOneError(ApiStatusError):
    """SentinelOne answered an error.

    ``code`` is the first error's numeric code (e.g. 4030010; ``vendor_code`` holds
    it as text) and ``details`` every error's ``detail`` text, in order.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        details: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        """``code``: the console's numeric code; ``details``: the errors' detail texts."""
        if code is not None:
            kwargs["vendor_code"] = str(code)
        super().__init__(message, **kwargs)
        self.code = code
        self.details = details or []

    def __str__(self) -> str:
        detail = "; ".join(self.details)
        return f"{super().__str__()} ({detail})" if detail else super().__str__()


class BadRequest(SentinelOneError, shared.BadRequestError):
    """400: the request does not fit the API; nothing was changed."""


class ValidationFailed(BadRequest):
    """400 4000010: a value out of range, of the wrong type or unknown."""


class InvalidIdentifier(BadRequest):
    """400 4000020: an id filter holds something that is not a SentinelOne id."""


class Unauthorized(SentinelOneError, shared.AuthenticationError):
    """401 4010010: the API token is missing, unknown or expired."""


class PermissionDenied(SentinelOneError, shared.PermissionDeniedError):
    """403 4030010: the token is valid but its user may not do this."""


class NotFound(SentinelOneError, shared.NotFoundError):
    """404: no such resource (a wrong console URL or API version, usually)."""


class Conflict(SentinelOneError, shared.ConflictError):
    """409 or 412: the resource is not as the request expected."""


class RateLimited(SentinelOneError, shared.RateLimitError):
    """429: the console's rate limit (``retry_after`` seconds asked, if any)."""


class ServerError(SentinelOneError, shared.ServerError):
    """5xx, or any status the API does not document."""


class MalformedResponse(SentinelOneError, shared.MalformedResponse):
    """A success answer whose body is not what the API documents (raw bytes in ``content``)."""


def _read(answer: Answer, body: Any) -> Detail:
    errors: list[Any] = []
    parsed = getattr(answer, "parsed", None)
    raw_errors = getattr(parsed, "errors", None)
    if isinstance(raw_errors, list):
        errors = raw_errors
    elif isinstance(body, dict) and isinstance(body.get("errors"), list):
        try:
            errors = list(ApiErrorResponse.from_dict(body).errors)
        except (KeyError, TypeError, ValueError, AttributeError):
            errors = []
    if not errors:
        return Detail(extra={"code": None, "details": []})
    code = errors[0].code
    details = [e.detail for e in errors if isinstance(e.detail, str)]
    kind: type[ApiStatusError] | None = None
    if answer.status_code == 400:
        kind = {INVALID_IDENTIFIER: InvalidIdentifier, VALIDATION_ERROR: ValidationFailed}.get(code)
    return Detail(message=errors[0].title, kind=kind, extra={"code": code, "details": details})


ERRORS = ErrorTable(
    base=SentinelOneError,
    server=ServerError,
    malformed=MalformedResponse,
    read=_read,
    by_status={
        400: BadRequest,
        401: Unauthorized,
        403: PermissionDenied,
        404: NotFound,
        409: Conflict,
        412: Conflict,
        429: RateLimited,
    },
)


def make_status_error(response: Answer) -> SentinelOneError:
    """The typed error for an answer of any SentinelOne operation that is not the expected one.

    ``response`` is a generated ``Response``, an ``httpx.Response`` or a helper's reply.
    """
    return ERRORS.build(response)
