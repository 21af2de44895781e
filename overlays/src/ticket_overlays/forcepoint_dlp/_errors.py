"""Typed errors of the Forcepoint DLP overlay."""

from __future__ import annotations

from typing import Any

from .. import _errors as shared
from .._errors import Answer, ApiStatusError, Detail, ErrorTable, OverlayError

__all__ = [
    "AuthenticationFailed",
    "BadRequest",
    "Conflict",
    "ForcepointError",
    "MalformedResponse",
    "NotFound",
    "RateLimited",
    "ServerError",
    "WindowTooDense",
    "make_status_error",
]


class ForcepointError(ApiStatusError):
    """The Forcepoint DLP API answered an error status."""


class BadRequest(ForcepointError, shared.BadRequestError):
    """400: no valid input (a missing field, a bad value, more than 1,000 ids)."""


class AuthenticationFailed(
    ForcepointError, shared.AuthenticationError, shared.PermissionDeniedError
):
    """403 (or 401): wrong credentials, not an Application administrator, or a refused token.

    The manager answers 403 for both "who are you?" and "you may not", so this is both an
    authentication and a permission error.
    """


class NotFound(ForcepointError, shared.NotFoundError):
    """404: no such resource (a wrong manager URL or port, usually)."""


class Conflict(ForcepointError, shared.ConflictError):
    """409 or 412: the resource is not as the request expected."""


class RateLimited(ForcepointError, shared.RateLimitError):
    """429: too many requests (``retry_after`` seconds asked, if any)."""


class ServerError(ForcepointError, shared.ServerError):
    """A 5xx answer, or a status the guide does not document."""


class MalformedResponse(ForcepointError, shared.MalformedResponse):
    """A success answer whose body is not what the guide documents (raw bytes in ``content``)."""


class WindowTooDense(OverlayError):
    """More incidents share one second than a single answer may return (10,000)."""


def _read(answer: Answer, body: Any) -> Detail:
    parsed = getattr(answer, "parsed", None)
    message = getattr(parsed, "message", None)
    if not isinstance(message, str) and isinstance(body, dict):
        message = body.get("message")
    return Detail(message=str(message) if message else None)


ERRORS = ErrorTable(
    base=ForcepointError,
    server=ServerError,
    malformed=MalformedResponse,
    read=_read,
    by_status={
        400: BadRequest,
        401: AuthenticationFailed,
        403: AuthenticationFailed,
        404: NotFound,
        409: Conflict,
        412: Conflict,
        429: RateLimited,
    },
)


def make_status_error(response: Answer) -> ForcepointError:
    """The typed error for an answer that is not the expected one; the message comes from
    the body only.

    ``response`` is a generated ``Response``, an ``httpx.Response`` or a helper's reply
    (the same as every other vendor's; it used to take the status and a parsed body).
    """
    return ERRORS.build(response)
