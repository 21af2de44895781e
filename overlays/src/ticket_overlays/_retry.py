"""One retry policy for every overlay client, applied by an httpx transport wrapper.

The wrapper sits under the auth flow, so every request a client sends (generated
endpoint functions, overlay helpers, token requests) is covered. Which requests may be
repeated is decided per vendor by an *idempotency classifier* that looks at the request:
setting a value is safe to repeat, appending (a comment, an array item) is not. A
request that is not safe is sent once, unless the caller opts in with
``RetryPolicy(retry_non_idempotent=True)`` or the :func:`retry_non_idempotent` context.

Retries use tenacity: exponential backoff with jitter, ``Retry-After`` honoured, bounded
in attempts and in total time (each attempt's timeouts are shortened to what is left
of the budget). Log records name the method, the path and the reason only: never a
header, a query string or a body, so no credential can reach them.
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import logging
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import tenacity

from ._errors import OverlayError

__all__ = [
    "DEFAULT_RETRY",
    "RESENT_HEADER",
    "IdempotencyClassifier",
    "RetriesExhausted",
    "RetryOption",
    "RetryPolicy",
    "RetryingAsyncTransport",
    "RetryingTransport",
    "always_idempotent",
    "by_method",
    "resolve_policy",
    "retry_non_idempotent",
    "was_resent",
]

logger = logging.getLogger("ticket_overlays.retry")

RESENT_HEADER = "x-ticket-overlays-resent"
"""Set on an answer to a request that was resent after an earlier send's answer was lost
(so the server may have applied it twice, or refused the resend because it had)."""


def was_resent(headers: Any) -> bool:
    """Whether an answer (its headers) came to a resend after a lost answer."""
    return bool(headers.get(RESENT_HEADER))


IdempotencyClassifier = Callable[[httpx.Request], bool]
"""Whether a request may be sent again without changing the outcome (its body is read)."""

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# Failures that prove the request never reached the server: safe to resend anything.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after which the server may or may not have acted.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

_opt_in: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "ticket_overlays_retry_non_idempotent", default=False
)


def by_method(request: httpx.Request) -> bool:
    """Idempotent by HTTP semantics: GET, HEAD, OPTIONS, PUT, DELETE (not POST, PATCH)."""
    return request.method.upper() in _IDEMPOTENT_METHODS


def always_idempotent(request: httpx.Request) -> bool:
    """Every request of the API is safe to repeat (e.g. SentinelOne: all set a value)."""
    return True


@contextlib.contextmanager
def retry_non_idempotent() -> Iterator[None]:
    """Within this block, retry requests the vendor classifier calls unsafe too.

    Use it when a duplicate is acceptable (a comment posted twice is better than none).
    It follows the context: asyncio tasks started inside inherit it.
    """
    token = _opt_in.set(True)
    try:
        yield
    finally:
        _opt_in.reset(token)


@dataclass(frozen=True)
class RetryPolicy:
    """How an overlay client retries.

    ``attempts`` counts every send, the first included. ``total_timeout`` bounds the
    whole call, waits included: no retry starts when its wait would cross it, and each
    attempt's own timeouts are cut to what is left. Waits grow from ``wait_initial`` by
    ``exp_base`` up to ``wait_max``, plus up to ``jitter`` seconds at random; a
    ``Retry-After`` answer waits at least as long as it asks. ``retry_statuses`` are the
    answers worth another try; connection errors, timeouts and dropped connections are
    retried too. Requests the vendor calls non-idempotent are sent once unless
    ``retry_non_idempotent`` (only a connection that was never made is retried for them).
    """

    attempts: int = 4
    total_timeout: float = 60.0
    wait_initial: float = 0.5
    wait_max: float = 10.0
    exp_base: float = 2.0
    jitter: float = 0.5
    retry_statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({429, 500, 502, 503, 504})
    )
    retry_non_idempotent: bool = False

    def __post_init__(self) -> None:
        """Reject policies that could not bound a call."""
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if not self.total_timeout > 0:
            raise ValueError("total_timeout must be a positive number of seconds")
        if self.wait_initial < 0 or self.wait_max < 0 or self.jitter < 0:
            raise ValueError("waits and jitter must not be negative")


DEFAULT_RETRY = RetryPolicy()
"""The policy ``connect`` uses unless told otherwise: 4 attempts within 60 s."""

RetryOption = RetryPolicy | bool | None
"""``connect(retry=...)``: a policy, True for :data:`DEFAULT_RETRY`, None or False for none."""


def resolve_policy(option: RetryOption) -> RetryPolicy | None:
    """The policy meant by a ``retry=`` argument (None: no retries)."""
    if option is None or option is False:
        return None
    if option is True:
        return DEFAULT_RETRY
    if isinstance(option, RetryPolicy):
        return option
    raise TypeError("retry must be a RetryPolicy, True, False or None")


class RetriesExhausted(OverlayError, httpx.TransportError):
    """Every attempt failed to get an answer (connection error, timeout, drop).

    ``attempts`` were made in ``elapsed`` seconds; the last failure is ``__cause__``.
    It is an ``httpx.TransportError`` too, so code catching httpx's errors still works.
    """

    def __init__(
        self, request: httpx.Request, *, attempts: int, elapsed: float, cause: BaseException
    ) -> None:
        """Describe the failed call by method and path only (no headers, no query)."""
        message = (
            f"{request.method} {request.url.path} failed after {attempts} attempt"
            f"{'s' if attempts != 1 else ''} in {elapsed:.2f} s: {type(cause).__name__}: {cause}"
        )
        httpx.TransportError.__init__(self, message, request=request)
        self.attempts = attempts
        self.elapsed = elapsed


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _untrusted(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


def _reason(outcome: tenacity.Future | None) -> str:
    if outcome is None:
        return "unknown"
    if outcome.failed:
        return type(outcome.exception()).__name__
    response = outcome.result()
    return f"HTTP {response.status_code}" if isinstance(response, httpx.Response) else "result"


class _Attempts:
    """The tenacity settings and bookkeeping for one request."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request, safe: bool) -> None:
        self.policy = policy
        self.request = request
        self.safe = safe
        self.started = time.monotonic()
        self.deadline = self.started + policy.total_timeout
        timeout = request.extensions.get("timeout")
        self.timeouts: dict[str, float | None] = dict(timeout) if isinstance(timeout, dict) else {}
        self.count = 0
        self.maybe_applied = False
        self._backoff = tenacity.wait_exponential_jitter(
            multiplier=policy.wait_initial,
            max=policy.wait_max,
            exp_base=policy.exp_base,
            jitter=policy.jitter,
        )

    def settings(self) -> dict[str, Any]:
        """Keyword arguments for ``tenacity.Retrying`` / ``AsyncRetrying``."""
        return {
            "retry": tenacity.retry_if_exception(self._retry_exception)
            | tenacity.retry_if_result(self._retry_response),
            "stop": tenacity.stop_after_attempt(self.policy.attempts)
            | tenacity.stop_before_delay(self.policy.total_timeout),
            "wait": self._wait,
            "before_sleep": self._log,
            "retry_error_callback": self._give_up,
        }

    def prepare(self) -> httpx.Request:
        """Count an attempt and cut its timeouts to the time left in the budget."""
        self.count += 1
        left = max(self.deadline - time.monotonic(), 0.001)
        if self.timeouts:
            cut = {k: left if v is None else min(v, left) for k, v in self.timeouts.items()}
            self.request.extensions = {**self.request.extensions, "timeout": cut}
        return self.request

    def _retry_exception(self, error: BaseException) -> bool:
        if _untrusted(error):
            return False  # a certificate that failed verification will fail again
        if isinstance(error, _NOT_SENT):
            return True
        retry = self.safe and isinstance(error, _TRANSIENT)
        # The server may have acted on the request whose answer was lost.
        self.maybe_applied = self.maybe_applied or retry
        return retry

    def mark(self, response: httpx.Response) -> httpx.Response:
        """Flag an answer to a resend whose earlier send may have been applied."""
        if self.maybe_applied:
            response.headers[RESENT_HEADER] = "1"
        return response

    def _retry_response(self, response: httpx.Response) -> bool:
        return self.safe and response.status_code in self.policy.retry_statuses

    def retries_error(self, error: BaseException) -> bool:
        """Whether tenacity's retry condition holds for this failed attempt.

        When it does, tenacity decides what follows (another send, or giving up when a
        stop condition holds); when it does not, the error reaches the caller as is.
        """
        return self._retry_exception(error)

    def retries_answer(self, response: httpx.Response) -> bool:
        """Whether tenacity's retry condition holds for this answer."""
        return self._retry_response(response)

    def _wait(self, state: tenacity.RetryCallState) -> float:
        wait = float(self._backoff(state))
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            asked = _retry_after(outcome.result())
            if asked is not None:
                wait = max(wait, asked)
        return wait

    def _log(self, state: tenacity.RetryCallState) -> None:
        logger.info(
            "retrying %s %s after %s (attempt %d of %d) in %.2f s",
            self.request.method,
            self.request.url.path,
            _reason(state.outcome),
            state.attempt_number,
            self.policy.attempts,
            state.upcoming_sleep,
        )

    def _give_up(self, state: tenacity.RetryCallState) -> httpx.Response:
        outcome = state.outcome
        assert outcome is not None
        elapsed = time.monotonic() - self.started
        logger.warning(
            "giving up %s %s after %s (%d attempts in %.2f s)",
            self.request.method,
            self.request.url.path,
            _reason(outcome),
            state.attempt_number,
            elapsed,
        )
        if outcome.failed:
            cause = outcome.exception()
            assert cause is not None
            raise RetriesExhausted(
                self.request, attempts=state.attempt_number, elapsed=elapsed, cause=cause
            ) from cause
        # The last answer goes to the caller, whose overlay turns it into a typed error.
        response = outcome.result()
        assert isinstance(response, httpx.Response)
        return response


class _Replay:
    """The outcome of a first attempt, handed to tenacity as its own first attempt."""

    def __init__(
        self, *, answer: httpx.Response | None = None, error: Exception | None = None
    ) -> None:
        self._answer = answer
        self._error = error
        self._used = False

    def pending(self) -> bool:
        """True until the outcome has been replayed once."""
        return not self._used

    def outcome(self) -> httpx.Response:
        """The first attempt's answer, or its exception raised again."""
        self._used = True
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer


def _safe(classifier: IdempotencyClassifier, policy: RetryPolicy, request: httpx.Request) -> bool:
    if policy.retry_non_idempotent or _opt_in.get():
        return True
    try:
        return classifier(request)
    except Exception:  # a body the classifier cannot read is treated as unsafe
        return False


class RetryingTransport(httpx.BaseTransport):
    """Wraps a sync transport: retries what ``policy`` and ``classifier`` allow."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        classifier: IdempotencyClassifier = by_method,
    ) -> None:
        """Send through ``inner``."""
        self.inner = inner
        self.policy = policy
        self.classifier = classifier

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, again after a transient failure when allowed."""
        request.read()  # a body that can be sent again
        attempts = _Attempts(self.policy, request, _safe(self.classifier, self.policy, request))

        def attempt() -> httpx.Response:
            response = self.inner.handle_request(attempts.prepare())
            if response.status_code in self.policy.retry_statuses:
                response.read()  # release the connection; the body stays for the caller
            return response

        # The first send runs outside tenacity: most requests need no second one, and
        # tenacity's bookkeeping would cost more than the rest of this layer. When it
        # must be retried, tenacity takes over and its first attempt replays the outcome.
        try:
            first = attempt()
        except Exception as error:
            if not attempts.retries_error(error):
                raise
            replay = _Replay(error=error)
        else:
            if not attempts.retries_answer(first):
                return first
            replay = _Replay(answer=first)

        def again() -> httpx.Response:
            return replay.outcome() if replay.pending() else attempt()

        result: httpx.Response = tenacity.Retrying(**attempts.settings())(again)
        return attempts.mark(result)

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()


class RetryingAsyncTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport: retries what ``policy`` and ``classifier`` allow."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        classifier: IdempotencyClassifier = by_method,
    ) -> None:
        """Send through ``inner``."""
        self.inner = inner
        self.policy = policy
        self.classifier = classifier

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, again after a transient failure when allowed."""
        await request.aread()
        attempts = _Attempts(self.policy, request, _safe(self.classifier, self.policy, request))

        async def attempt() -> httpx.Response:
            response = await self.inner.handle_async_request(attempts.prepare())
            if response.status_code in self.policy.retry_statuses:
                await response.aread()
            return response

        try:  # the first send outside tenacity, as in RetryingTransport
            first = await attempt()
        except Exception as error:
            if not attempts.retries_error(error):
                raise
            replay = _Replay(error=error)
        else:
            if not attempts.retries_answer(first):
                return first
            replay = _Replay(answer=first)

        async def again() -> httpx.Response:
            return replay.outcome() if replay.pending() else await attempt()

        result: httpx.Response = await tenacity.AsyncRetrying(**attempts.settings())(again)
        return attempts.mark(result)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()
