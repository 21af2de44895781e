"""Typed errors of the SentinelOne threats API."""

from __future__ import annotations

import json
from typing import Any

from sentinelone_client.models import ApiErrorResponse, ServerErrorResponse
from sentinelone_client.types import UNSET, Response

from .._errors import ApiStatusError, OverlayError

__all__ = [
    "BadRequest",
    "EmptyFilterRefused",
    "InvalidIdentifier",
    "PermissionDenied",
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
        self, message: str, *, code: int | None, details: list[str], **kwargs: Any
    ) -> None:
        super().__init__(message, vendor_code=None if code is None else str(code), **kwargs)
        self.code = code
        self.details = details

    def __str__(self) -> str:
        detail = "; ".join(self.details)
        return f"{super().__str__()} ({detail})" if detail else super().__str__()


class BadRequest(SentinelOneError):
    """400: the request does not fit the API; nothing was changed."""


class ValidationFailed(BadRequest):
    """400 4000010: a value out of range, of the wrong type or unknown."""


class InvalidIdentifier(BadRequest):
    """400 4000020: an id filter holds something that is not a SentinelOne id."""


class Unauthorized(SentinelOneError):
    """401 4010010: the API token is missing, unknown or expired."""


class PermissionDenied(SentinelOneError):
    """403 4030010: the token is valid but its user may not do this."""


class ServerError(SentinelOneError):
    """5xx, or any status the API does not document."""


def _body(response: Response[Any]) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return response.content.decode("utf-8", "replace")


def make_status_error(response: Response[Any]) -> SentinelOneError:
    """The typed error for an error response of any SentinelOne operation."""
    status = int(response.status_code)
    parsed = response.parsed
    errors = []
    if isinstance(parsed, ApiErrorResponse):
        errors = list(parsed.errors)
    elif isinstance(parsed, ServerErrorResponse) and parsed.errors is not UNSET:
        errors = list(parsed.errors or [])
    code = errors[0].code if errors else None
    message = errors[0].title if errors else f"unexpected answer {status}"
    details = [e.detail for e in errors if isinstance(e.detail, str)]
    common: dict[str, Any] = {
        "status_code": status,
        "code": code,
        "details": details,
        "body": _body(response),
    }
    if status == 400:
        if code == INVALID_IDENTIFIER:
            return InvalidIdentifier(message, **common)
        if code == VALIDATION_ERROR:
            return ValidationFailed(message, **common)
        return BadRequest(message, **common)
    if status == 401:
        return Unauthorized(message, **common)
    if status == 403:
        return PermissionDenied(message, **common)
    if status < 500 and errors:
        return SentinelOneError(message, **common)
    return ServerError(message, **common)
