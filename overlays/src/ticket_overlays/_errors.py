"""Error base classes shared by every vendor overlay."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiStatusError", "OverlayError", "WriteOutcomeUnknown"]


class OverlayError(Exception):
    """Base of every error raised by the overlays."""


class ApiStatusError(OverlayError):
    """The API answered an error status.

    ``vendor_code`` is the vendor's machine-readable code when the body has one (for
    example ``ETAG_MISMATCH``); ``body`` is the parsed error body, or the raw text when it
    was not JSON. Messages are built from the vendor's answer only, never from request
    headers, so no credential can appear in them.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        vendor_code: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.vendor_code = vendor_code
        self.body = body

    def __str__(self) -> str:
        code = f" {self.vendor_code}" if self.vendor_code else ""
        return f"{self.status_code}{code}: {self.message}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"vendor_code={self.vendor_code!r}, message={self.message!r})"
        )


class WriteOutcomeUnknown(OverlayError):
    """A write's answer was lost and its resend was refused as a conflict.

    The first send may well have been applied, so re-applying a change computed from the
    ticket (an append, an increment) could apply it twice, and dropping it could lose
    it. ``current`` is the resource as read after the refusal: compare and decide.
    """

    def __init__(self, message: str, *, current: Any = None) -> None:
        super().__init__(message)
        self.current = current
