"""Typed errors of the SuperOffice WebAPI, keyed by status and the error object's type."""

from __future__ import annotations

import json
from typing import Any

from superoffice_client.models import WebApiError
from superoffice_client.types import Response

from .._errors import ApiStatusError

__all__ = [
    "BadRequest",
    "PreconditionFailed",
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


class BadRequest(SuperOfficeError):
    """400: a malformed patch, ``move``/``copy``, an unknown property, a bad value or header."""


class Unauthorized(SuperOfficeError):
    """401: no credentials, or credentials the installation does not accept."""


class TicketNotFound(SuperOfficeError):
    """404: no ticket has this id."""


class UpdateConflict(SuperOfficeError):
    """The ticket was not written because it is not as the caller expected.

    ``attempts`` counts the writes an update helper sent before giving up. ``resent``
    is true when this refusal answered a resend after a lost answer, so the first send
    may have been applied.
    """

    def __init__(self, message: str, *, attempts: int = 1, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.attempts = attempts
        self.resent = False


class TestFailed(UpdateConflict):
    """409: a ``test`` operation found another value; nothing was written."""

    __test__ = False  # not a pytest test class, whatever its name


class PreconditionFailed(UpdateConflict):
    """412: the ticket changed after the ``If-Unmodified-Since`` moment."""


class ServerError(SuperOfficeError):
    """5xx, or any status the API does not document."""


def _body(response: Response[Any]) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return response.content.decode("utf-8", "replace")


_BY_STATUS: dict[int, type[SuperOfficeError]] = {
    400: BadRequest,
    401: Unauthorized,
    404: TicketNotFound,
    409: TestFailed,
    412: PreconditionFailed,
}


def make_status_error(response: Response[Any]) -> SuperOfficeError:
    """The typed error for an error response of either ticket operation."""
    status = int(response.status_code)
    body = _body(response)
    parsed = response.parsed if isinstance(response.parsed, WebApiError) else None
    if parsed is None and isinstance(body, dict):
        try:
            parsed = WebApiError.from_dict(body)
        except (KeyError, TypeError, ValueError):
            parsed = None
    code = parsed.error_type if parsed is not None else None
    message = parsed.error_message if parsed is not None else f"unexpected answer {status}"
    kind = _BY_STATUS.get(status)
    if kind is None:
        kind = SuperOfficeError if status < 500 and parsed is not None else ServerError
    return kind(message, status_code=status, vendor_code=code, body=body)
