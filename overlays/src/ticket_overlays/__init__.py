"""Hand-written overlays over the generated vendor clients.

Every vendor's ``connect`` takes ``retry=``: a :class:`RetryPolicy` (the default is
:data:`DEFAULT_RETRY`), or None/False for none. Requests a vendor calls non-idempotent
are sent once unless the policy or :func:`retry_non_idempotent` opts in.
"""

from ._errors import ApiStatusError, OverlayError, WriteOutcomeUnknown
from ._retry import (
    DEFAULT_RETRY,
    IdempotencyClassifier,
    RetriesExhausted,
    RetryingAsyncTransport,
    RetryingTransport,
    RetryPolicy,
    always_idempotent,
    by_method,
    retry_non_idempotent,
    was_resent,
)

__all__ = [
    "DEFAULT_RETRY",
    "ApiStatusError",
    "IdempotencyClassifier",
    "OverlayError",
    "RetriesExhausted",
    "RetryPolicy",
    "RetryingAsyncTransport",
    "RetryingTransport",
    "WriteOutcomeUnknown",
    "always_idempotent",
    "by_method",
    "retry_non_idempotent",
    "was_resent",
]
