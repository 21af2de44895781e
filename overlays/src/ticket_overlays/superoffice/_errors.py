"""Typed errors of the SuperOffice WebAPI, keyed by status and the error object's type."""

from __future__ import annotations

from typing import Any

from superoffice_client.models import WebApiError

from .. import _errors as shared
from .._errors import Answer, ApiStatusError, Detail, ErrorTable, documented_error

__all__ = [
    "BadRequest",
    "MalformedResponse",
    "PermissionDenied",
    "PreconditionFailed",
    "RateLimited",
    "ServerError",
    "SuperOfficeError",
    "TestFailed",
    "TicketNotFound",
    "Unauthorized",
    "UpdateConflict",
    "make_status_error",
]


class SuperOfficeError(ApiStatusError):
    """SuperOffice answered an error; ``vendor_code`` is the error object's ``ErrorType``."""


class BadRequest(SuperOfficeError, shared.BadRequestError):
    """400: a malformed patch, ``move``/``copy``, an unknown property, a bad value or header."""


class Unauthorized(SuperOfficeError, shared.AuthenticationError):
    """401: no credentials, or credentials the installation does not accept."""


class PermissionDenied(SuperOfficeError, shared.PermissionDeniedError):
    """403: the user may not read or change this ticket."""


class TicketNotFound(SuperOfficeError, shared.NotFoundError):
    """404: no ticket has this id."""


class UpdateConflict(SuperOfficeError, shared.ConflictError):
    """The ticket was not written because it is not as the caller expected.

    ``attempts`` counts the writes an update helper sent before giving up. ``resent``
    is true when this refusal answered a resend after a lost answer, so the first send
    may have been applied.
    """

    def __init__(self, message: str, *, attempts: int = 1, **kwargs: Any) -> None:
        """``attempts`` counts the writes an update helper sent before giving up."""
        super().__init__(message, **kwargs)
        self.attempts = attempts
        self.resent = False


class TestFailed(UpdateConflict):
    """409: a ``test`` operation found another value; nothing was written."""

    __test__ = False  # not a pytest test class, whatever its name


class PreconditionFailed(UpdateConflict):
    """412: the ticket changed after the ``If-Unmodified-Since`` moment."""


class RateLimited(SuperOfficeError, shared.RateLimitError):
    """429: too many requests (``retry_after`` seconds asked, if any)."""


class ServerError(SuperOfficeError, shared.ServerError):
    """5xx, or any status the API does not document."""


class MalformedResponse(SuperOfficeError, shared.MalformedResponse):
    """A success answer whose body is not a ticket (raw bytes in ``content``)."""


def _read(answer: Answer, body: Any) -> Detail:
    parsed = documented_error(answer, body, WebApiError)
    if parsed is None:
        return Detail()
    code = parsed.error_type if isinstance(parsed.error_type, str) else None
    message = parsed.error_message if isinstance(parsed.error_message, str) else None
    return Detail(message=message, vendor_code=code)


ERRORS = ErrorTable(
    base=SuperOfficeError,
    server=ServerError,
    malformed=MalformedResponse,
    read=_read,
    by_status={
        400: BadRequest,
        401: Unauthorized,
        403: PermissionDenied,
        404: TicketNotFound,
        409: TestFailed,
        412: PreconditionFailed,
        429: RateLimited,
    },
)


def make_status_error(response: Answer) -> SuperOfficeError:
    """The typed error for an answer of either ticket operation that is not a ticket.

    ``response`` is a generated ``Response``, an ``httpx.Response`` or a helper's reply.
    """
    return ERRORS.build(response)
