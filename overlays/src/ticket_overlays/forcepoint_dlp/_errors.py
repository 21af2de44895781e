"""Typed errors of the Forcepoint DLP overlay."""

from __future__ import annotations

from typing import Any

from .._errors import ApiStatusError, OverlayError

__all__ = [
    "AuthenticationFailed",
    "BadRequest",
    "ForcepointError",
    "ServerError",
    "WindowTooDense",
    "make_status_error",
]


class ForcepointError(ApiStatusError):
    """The Forcepoint DLP API answered an error status."""


class BadRequest(ForcepointError):
    """400: no valid input (a missing field, a bad value, more than 1,000 ids)."""


class AuthenticationFailed(ForcepointError):
    """403: wrong credentials, not an Application administrator, or a refused token."""


class ServerError(ForcepointError):
    """A 5xx answer, or a status the guide does not document."""


class WindowTooDense(OverlayError):
    """More incidents share one second than a single answer may return (10,000)."""


def make_status_error(status_code: int, body: Any) -> ForcepointError:
    """The typed error for an error answer; the message comes from the body only."""
    message = ""
    if isinstance(body, dict):
        message = str(body.get("message") or "")
    elif body is not None and not isinstance(body, bytes | str):
        message = str(getattr(body, "message", "") or "")
    kind: type[ForcepointError]
    if status_code == 400:
        kind = BadRequest
    elif status_code == 403:
        kind = AuthenticationFailed
    else:
        kind = ServerError if status_code >= 500 else ForcepointError
    return kind(message or f"HTTP {status_code}", status_code=status_code, body=body)
