"""Hand-written overlays over the generated vendor clients.

Every vendor's ``connect`` takes the same :class:`ConnectOptions` (``timeout``,
``verify``, transports, ``headers``, ``retry``, ``trust_env``, ``follow_redirects``)
and returns the vendor's generated ``Client``; :func:`with_options` derives one with
another timeout, headers or retry policy that shares its connection pool. ``retry=``
takes a :class:`RetryPolicy` (the default is :data:`DEFAULT_RETRY`), or None/False for
one send. Requests a vendor calls non-idempotent are sent once unless the policy or
:func:`retry_non_idempotent` opts in.

Every helper takes per-call ``timeout`` and ``headers`` (:class:`CallOptions`);
:func:`raw_responses` collects the raw answers of helper calls. Status errors derive
from :class:`ApiStatusError` and one shared family each (:class:`NotFoundError`,
:class:`RateLimitError`, ...). Logging: see :mod:`ticket_overlays._logging`
(``TICKET_OVERLAYS_LOG=debug``).
"""

from ._client import DEFAULT_TIMEOUT, ConnectOptions, GeneratedClient, with_options
from ._errors import (
    ApiStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MalformedResponse,
    NotFoundError,
    OverlayError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    WriteOutcomeUnknown,
)
from ._flow import CallOptions, RawResponses, raw_responses
from ._logging import LOGGERS, configure_from_environment
from ._results import UpdateResult
from ._retry import (
    DEFAULT_RETRY,
    NO_RETRY,
    RETRY_AFTER_CAP,
    IdempotencyClassifier,
    RetriesExhausted,
    RetryingAsyncTransport,
    RetryingTransport,
    RetryPolicy,
    always_idempotent,
    backoff,
    by_method,
    parse_retry_after,
    retry_non_idempotent,
    was_resent,
)

__all__ = [
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "LOGGERS",
    "NO_RETRY",
    "RETRY_AFTER_CAP",
    "ApiStatusError",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ConflictError",
    "ConnectOptions",
    "GeneratedClient",
    "IdempotencyClassifier",
    "MalformedResponse",
    "NotFoundError",
    "OverlayError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponses",
    "RetriesExhausted",
    "RetryPolicy",
    "RetryingAsyncTransport",
    "RetryingTransport",
    "ServerError",
    "UpdateResult",
    "WriteOutcomeUnknown",
    "always_idempotent",
    "backoff",
    "by_method",
    "parse_retry_after",
    "raw_responses",
    "retry_non_idempotent",
    "was_resent",
    "with_options",
]

configure_from_environment()
