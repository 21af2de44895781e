"""Errors shared by every vendor overlay, and the one table-driven way to build them.

Every vendor's status errors derive from :class:`ApiStatusError` and from one shared
family by meaning (:class:`NotFoundError`, :class:`RateLimitError`, ...), so a caller
can catch "not found" or "rate limited" whichever vendor answered. Each vendor
describes its own classes in an :class:`ErrorTable`; :meth:`ErrorTable.build` turns any
answer (a generated ``Response``, an ``httpx.Response`` or a helper's reply) into the
right instance.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, Self, TypeVar

from ._redact import redact_body, redact_headers

__all__ = [
    "REQUEST_ID_HEADERS",
    "Answer",
    "ApiStatusError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Detail",
    "ErrorTable",
    "MalformedResponse",
    "NotFoundError",
    "OverlayError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "WriteOutcomeUnknown",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")
"""Response headers read, in order, for :attr:`ApiStatusError.request_id`."""


class OverlayError(Exception):
    """Base of every error raised by the overlays."""


class ApiStatusError(OverlayError):
    """The API answered, but not with what the call needed.

    ``status_code`` and ``headers`` are the answer's (credential headers masked);
    ``vendor_code`` is the vendor's machine-readable code when the body has one (for
    example ``ETAG_MISMATCH``); ``request_id`` the request id header, when the server
    sent one; ``body`` the parsed error body (or its text when it was not JSON) and
    ``raw_body`` the body as text with secret-looking members masked. Messages are built
    from the vendor's answer only, never from request headers, so no credential can
    appear in them.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        vendor_code: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        raw_body: str = "",
    ) -> None:
        """Describe an answer; ``headers`` are masked on the way in."""
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.vendor_code = vendor_code
        self.body = body
        self.headers: dict[str, str] = redact_headers(headers or {})
        self.raw_body = raw_body
        self.request_id = next(
            (self.headers[name] for name in REQUEST_ID_HEADERS if name in self.headers), None
        )

    @property
    def status(self) -> int:
        """The HTTP status (the same as ``status_code``)."""
        return self.status_code

    def __str__(self) -> str:
        code = f" {self.vendor_code}" if self.vendor_code else ""
        request = f" [request id {self.request_id}]" if self.request_id else ""
        return f"{self.status_code}{code}: {self.message}{request}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, "
            f"vendor_code={self.vendor_code!r}, message={self.message!r}, "
            f"request_id={self.request_id!r})"
        )


class BadRequestError(ApiStatusError):
    """400 (or the vendor's equivalent): the request does not fit the API."""


class AuthenticationError(ApiStatusError):
    """The credentials are missing, wrong or expired."""


class PermissionDeniedError(ApiStatusError):
    """The credentials are valid but may not do this."""


class NotFoundError(ApiStatusError):
    """The resource (or the tenant) does not exist."""


class ConflictError(ApiStatusError):
    """The resource is not as the request expected (409, 412, a stale etag)."""


class RateLimitError(ApiStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, if any."""

    retry_after: float | None = None


class ServerError(ApiStatusError):
    """5xx, or a status the API does not document."""


class MalformedResponse(ApiStatusError):
    """A success status whose body is not what the API documents (``null``, HTML, ...).

    ``content`` keeps the raw bytes; ``reason`` says what did not fit.
    """

    content: bytes = b""
    reason: str = ""


class WriteOutcomeUnknown(OverlayError):
    """A write's answer was lost and its resend was refused as a conflict.

    The first send may well have been applied, so re-applying a change computed from the
    ticket (an append, an increment) could apply it twice, and dropping it could lose
    it. ``current`` is the resource as read after the refusal: compare and decide.
    """

    def __init__(self, message: str, *, current: Any = None) -> None:
        """Keep the resource as it now is in ``current``."""
        super().__init__(message)
        self.current = current


class Answer(Protocol):
    """What every answer the overlays see offers (generated ``Response``, ``httpx.Response``)."""

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        ...

    @property
    def content(self) -> bytes:
        """The raw body."""
        ...

    @property
    def headers(self) -> Mapping[str, str]:
        """The response headers."""
        ...


@dataclass
class Detail:
    """What a vendor reads from an error body: its code, message and extra arguments.

    ``kind`` overrides the table's choice (Rezolve's tenant-not-found 404, for example);
    ``extra`` goes to the class's constructor (``reasons``, ``details``, ...).
    """

    message: str | None = None
    vendor_code: str | None = None
    kind: type[ApiStatusError] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _ErrorModel(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_ErrorModel)


def documented_error(answer: Answer, body: Any, model: type[M]) -> M | None:
    """The answer's error body as the generated ``model``: the generated layer's parse,
    else the raw JSON ``body`` parsed now; None when it is neither."""
    parsed = getattr(answer, "parsed", None)
    if isinstance(parsed, model):
        return parsed
    if isinstance(body, dict):
        try:
            return model.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
    return None


def _parsed_body(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", "replace")


def _retry_after(headers: Mapping[str, str]) -> float | None:
    from ._retry import parse_retry_after  # the retry module imports this one

    return parse_retry_after(headers.get("retry-after"), now=datetime.now(UTC))


E = TypeVar("E", bound=ApiStatusError)


@dataclass(frozen=True)
class ErrorTable(Generic[E]):
    """One vendor's error classes, chosen by status and then by vendor code.

    ``read`` extracts a :class:`Detail` from an answer (its parsed model or body).
    Statuses not listed map to ``server`` from 500 up and to ``base`` below. Every class
    derives from ``base``, so :meth:`build` gives the vendor's own error type.
    """

    base: type[E]
    server: type[E]
    malformed: type[MalformedResponse]
    read: Callable[[Answer, Any], Detail]
    by_status: Mapping[int, type[ApiStatusError]] = field(default_factory=dict)
    by_code: Mapping[tuple[int, str], type[ApiStatusError]] = field(default_factory=dict)

    def build(self, answer: Answer) -> E:
        """The typed error for ``answer`` (a success status gives ``malformed``)."""
        status = int(answer.status_code)
        error: ApiStatusError
        if status < 400:
            error = self.malformed_answer(answer, "the body is not what the API documents")
        else:
            error = self._status_error(answer, status)
        assert isinstance(error, self.base)  # every class of the table derives from it
        return error

    def _status_error(self, answer: Answer, status: int) -> ApiStatusError:
        body = _parsed_body(answer.content)
        detail = self.read(answer, body)
        kind = detail.kind
        if kind is None and detail.vendor_code is not None:
            kind = self.by_code.get((status, detail.vendor_code))
        if kind is None:
            kind = self.by_status.get(status)
        if kind is None:
            kind = self.server if status >= 500 else self.base
        error = kind(
            detail.message or f"HTTP {status}",
            status_code=status,
            vendor_code=detail.vendor_code,
            body=body,
            headers=answer.headers,
            raw_body=redact_body(answer.content),
            **detail.extra,
        )
        if isinstance(error, RateLimitError):
            error.retry_after = _retry_after(answer.headers)
        return error

    def malformed_answer(self, answer: Answer, reason: str) -> MalformedResponse:
        """A :class:`MalformedResponse` of this vendor for ``answer``, keeping its bytes."""
        error = self.malformed(
            f"malformed answer: {reason}",
            status_code=int(answer.status_code),
            headers=answer.headers,
            raw_body=redact_body(answer.content),
        )
        error.content = answer.content
        error.reason = reason
        return error
