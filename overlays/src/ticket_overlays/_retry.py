"""One retry engine with one deadline for every overlay client, as an httpx transport.

The wrapper sits under the auth flow, so every request a client sends (generated
endpoint functions, overlay helpers, token requests) is covered. Which requests may be
repeated is decided per vendor by an *idempotency classifier* that looks at the request:
setting a value is safe to repeat, appending (a comment, an array item) is not. A
request that is not safe is sent once, unless the caller opts in with
``RetryPolicy(retry_non_idempotent=True)`` or the :func:`retry_non_idempotent` context.

The engine is one plain loop (as the best hand-written SDKs have it) rather than
tenacity: the budget has to reach below httpx, into every socket read of the answer's
headers and body, and one clock has to decide both "wait again?" and "how long may this
read block?". The deadline starts at the first send and covers the whole call, the
body included: no attempt starts after it, and every socket read is cut to what is
left of it (a server trickling its answer a byte at a time is cut off there). The body
is read inside the loop, so an answer cut off midway is retried like a dropped
connection. :func:`backoff` and :func:`parse_retry_after` are pure functions.

Each attempt logs one line on the ``ticket_overlays.http`` logger: method, URL with
secrets masked, status (or error), elapsed time, attempt number and the decision.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import email.utils
import functools
import logging
import math
import random as random_module
import re
import ssl
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpcore
import httpx

from ._errors import OverlayError
from ._redact import redact_url

__all__ = [
    "DEFAULT_RETRY",
    "NO_RETRY",
    "RESENT",
    "RETRY_AFTER_CAP",
    "IdempotencyClassifier",
    "RetriesExhausted",
    "RetryOption",
    "RetryPolicy",
    "RetryingAsyncTransport",
    "RetryingTransport",
    "always_idempotent",
    "backoff",
    "by_method",
    "install_deadline",
    "parse_retry_after",
    "resolve_policy",
    "retry_non_idempotent",
    "was_resent",
]

logger = logging.getLogger("ticket_overlays.http")

RESENT = "ticket_overlays.resent"
"""Request extension set on a request that was resent after an earlier send's answer was
lost (so the server may have applied it twice, or refused the resend because it had)."""

RETRY_AFTER_CAP = 600.0
"""The longest ``Retry-After`` taken at its word, in seconds (longer values are cut)."""


def was_resent(answer: httpx.Response | httpx.Request) -> bool:
    """Whether a request (or the request of an answer) was resent after a lost answer."""
    request = answer.request if isinstance(answer, httpx.Response) else answer
    return bool(request.extensions.get(RESENT))


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
    whole call from its first send, waits and answer bodies included: no attempt starts
    after it, and every read is cut to what is left. Waits grow from ``wait_initial`` by
    ``exp_base`` up to ``wait_max``, plus up to ``jitter`` seconds at random; a
    ``Retry-After`` answer waits at least as long as it asks (up to
    :data:`RETRY_AFTER_CAP`), and when that wait would cross the budget the answer goes
    to the caller at once. ``retry_statuses`` are the answers worth another try;
    connection errors, timeouts and dropped connections (while sending or while reading
    the body) are retried too. Requests the vendor calls non-idempotent are sent once
    unless ``retry_non_idempotent`` (only a connection that was never made is retried
    for them).
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
        if not self.total_timeout > 0 or math.isinf(self.total_timeout):
            raise ValueError("total_timeout must be a positive, finite number of seconds")
        if self.wait_initial < 0 or self.wait_max < 0 or self.jitter < 0:
            raise ValueError("waits and jitter must not be negative")


DEFAULT_RETRY = RetryPolicy()
"""The policy ``connect`` uses unless told otherwise: 4 attempts within 60 s."""

NO_RETRY = RetryPolicy(attempts=1)
"""One send, still within a 60 s budget (what ``retry=None`` or ``False`` means)."""

RetryOption = RetryPolicy | bool | None
"""``retry=``: a policy, True for :data:`DEFAULT_RETRY`, None or False for :data:`NO_RETRY`."""


def resolve_policy(option: RetryOption) -> RetryPolicy:
    """The policy meant by a ``retry=`` argument."""
    if option is None or option is False:
        return NO_RETRY
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


# --- pure functions ------------------------------------------------------------------

_SECONDS = re.compile(r"[0-9]{1,30}(?:\.[0-9]{1,9})?")


def parse_retry_after(value: str | bytes | None, *, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` value asks to wait, or None when it says nothing usable.

    Accepts delay-seconds (ASCII digits, a decimal fraction tolerated) and HTTP-dates
    (relative to ``now``; a date in the past means 0). Anything else, whatever its
    bytes, is None. The result is capped at :data:`RETRY_AFTER_CAP`.
    """
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if _SECONDS.fullmatch(text):
        return min(float(text), RETRY_AFTER_CAP)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max((when - now).total_seconds(), 0.0), RETRY_AFTER_CAP)


def backoff(
    policy: RetryPolicy, attempt: int, *, random: Callable[[], float] = random_module.random
) -> float:
    """The wait after failed attempt number ``attempt`` (1-based), jitter included."""
    base = min(policy.wait_max, policy.wait_initial * policy.exp_base ** (attempt - 1))
    return base + policy.jitter * random()


# --- the deadline below httpx ----------------------------------------------------------

_deadline: contextvars.ContextVar[tuple[float, Callable[[], float]] | None] = (
    contextvars.ContextVar("ticket_overlays_deadline", default=None)
)


def _cut(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left of the current call's budget."""
    current = _deadline.get()
    if current is None:
        return timeout
    deadline, clock = current
    left = deadline - clock()
    if left <= 0:
        raise httpcore.ReadTimeout("the call's time budget is spent")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _cut(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cut(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _cut(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _cut(timeout), local_address, socket_options)
        return _Stream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _cut(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    # The timeout parameters below are httpcore's interface, not ours (hence ASYNC109).
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        return await self._inner.read(max_bytes, _cut(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self._inner.write(buffer, _cut(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, _cut(timeout))
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, _cut(timeout), local_address, socket_options
        )
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(path, _cut(timeout), socket_options)
        return _AsyncStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def install_deadline(
    transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport,
) -> None:
    """Make every socket operation of ``transport`` keep to the current call's deadline.

    httpx has no total deadline and no public hook below its read timeout (which starts
    afresh on every read), so the connection pool's network backend is wrapped: the one
    place every byte passes. Other transports (in-process test transports) are left as
    they are.
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, _Backend | _AsyncBackend) or backend is None:
        return
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
    elif isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncBackend(backend)  # type: ignore[union-attr]


# --- the loop's decisions, free of I/O ---------------------------------------------------


def _untrusted(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(error)


def _safe(classifier: IdempotencyClassifier, policy: RetryPolicy, request: httpx.Request) -> bool:
    if policy.retry_non_idempotent or _opt_in.get():
        return True
    try:
        return classifier(request)
    except Exception:  # a body the classifier cannot read is treated as unsafe
        return False


class _Call:
    """The bookkeeping of one call: attempts, the deadline, and what to do next.

    Each attempt runs as ``with call:``, which sets the deadline for its sockets and
    turns an error into the next wait (or raises it); an answer is handed to
    :meth:`answered`. What is left to the sync and async loops is their I/O.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        classifier: IdempotencyClassifier,
        clock: Callable[[], float],
    ) -> None:
        self.policy = policy
        self.request = request
        self.classifier = classifier
        self.clock = clock
        self.started = clock()
        self.deadline = self.started + policy.total_timeout
        timeout = request.extensions.get("timeout")
        self.timeouts: dict[str, float | None] = dict(timeout) if isinstance(timeout, dict) else {}
        # The budget left above which no timeout needs cutting (None: one is unlimited).
        limits = [v for v in self.timeouts.values() if v is not None]
        self.longest = max(limits, default=0.0) if len(limits) == len(self.timeouts) else None
        self.count = 0
        self.attempt_started = self.started
        self.maybe_applied = False
        self.wait: float | None = None
        self.response: httpx.Response
        self._token: contextvars.Token[tuple[float, Callable[[], float]] | None]

    def __enter__(self) -> None:
        """Start an attempt: count it, cut its timeouts to the budget left, and set the
        deadline every socket read keeps to."""
        self.count += 1
        self.attempt_started = self.clock()
        self.wait = None
        left = self.deadline - self.attempt_started
        if self.timeouts and (self.longest is None or left < self.longest):
            cut = {k: left if v is None else min(v, left) for k, v in self.timeouts.items()}
            self.request.extensions = {**self.request.extensions, "timeout": cut}
        if self.maybe_applied:
            self.request.extensions = {**self.request.extensions, RESENT: True}
        self._token = _deadline.set((self.deadline, self.clock))

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        """End an attempt: lift its deadline. An error it raised (no complete answer) is
        logged and becomes the wait before the next attempt, or is raised again (as
        ``RetriesExhausted`` when the call gave up after several attempts)."""
        _deadline.reset(self._token)
        if not isinstance(error, Exception):
            return False
        wait, decision = self.after_error(error)
        self.log(_outcome(error), decision)
        if wait is None:
            if decision.startswith("give up") and self.count > 1:
                raise self.exhausted(error) from error
            raise error
        self.wait = wait
        return True

    @functools.cached_property
    def safe(self) -> bool:
        """Whether the request may be sent again: asked only when a retry is in question,
        so an answered call never has its body read by the classifier."""
        return _safe(self.classifier, self.policy, self.request)

    def _wait_or_stop(self, asked: float | None) -> tuple[float | None, str]:
        """The wait before the next attempt (None: stop) and the words for the log."""
        if self.count >= self.policy.attempts:
            return None, "give up: attempts exhausted"
        wait = backoff(self.policy, self.count)
        if asked is not None:
            wait = max(wait, asked)
        if self.clock() + wait >= self.deadline:
            return None, "give up: the budget would be spent"
        return wait, f"retry in {wait:.2f} s"

    def after_error(self, error: Exception) -> tuple[float | None, str]:
        """What to do after an attempt that got no (complete) answer."""
        if _untrusted(error):
            return None, "raise: certificate not trusted"
        if not isinstance(error, _NOT_SENT):
            if not (isinstance(error, _TRANSIENT) and self.safe):
                return None, "raise: not safe to send again"
            # The server may have acted on the request whose answer was lost.
            self.maybe_applied = True
        return self._wait_or_stop(None)

    def after_answer(self, response: httpx.Response) -> tuple[float | None, str]:
        """What to do after an answer."""
        if not (response.status_code in self.policy.retry_statuses and self.safe):
            return None, "done"
        asked = parse_retry_after(response.headers.get("retry-after"), now=datetime.now(UTC))
        return self._wait_or_stop(asked)

    def answered(self, response: httpx.Response) -> None:
        """Log the attempt that got ``response`` (its body read) and decide: ``wait`` is
        the wait before the next attempt, or None when the answer stands."""
        self.response = response
        self.wait, decision = self.after_answer(response)
        self.log(str(response.status_code), decision)

    def log(self, outcome: str, decision: str) -> None:
        """One line for the attempt just made."""
        if decision.startswith("give up"):
            level = logging.WARNING
        elif decision.startswith("retry"):
            level = logging.INFO
        else:
            level = logging.DEBUG
        if logger.isEnabledFor(level):
            logger.log(
                level,
                "%s %s -> %s in %.3f s (attempt %d of %d): %s",
                self.request.method,
                redact_url(self.request.url),
                outcome,
                self.clock() - self.attempt_started,
                self.count,
                self.policy.attempts,
                decision,
            )

    def finish(self) -> httpx.Response:
        """The answer that stands, its elapsed time stamped (httpx only does that when it
        reads the body)."""
        self.response.elapsed = timedelta(seconds=self.clock() - self.attempt_started)
        return self.response

    def exhausted(self, error: Exception) -> RetriesExhausted:
        """The error for a call whose every attempt failed."""
        return RetriesExhausted(
            self.request, attempts=self.count, elapsed=self.clock() - self.started, cause=error
        )


def _outcome(error: Exception) -> str:
    return type(error).__name__


_Inner = TypeVar("_Inner", bound=httpx.BaseTransport | httpx.AsyncBaseTransport)


class _Retrying(Generic[_Inner]):
    """What both retrying transports hold: the wrapped transport, the policy, the
    classifier, and the clock and sleep (injectable, so tests drive the loop without
    waiting)."""

    _pooled: ClassVar[type[httpx.HTTPTransport | httpx.AsyncHTTPTransport]]
    _default_sleep: Callable[[float], Any]

    def __init__(
        self,
        inner: _Inner,
        policy: RetryPolicy,
        classifier: IdempotencyClassifier = by_method,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        """Send through ``inner``; ``sleep`` defaults to ``time.sleep`` for the sync
        transport and ``asyncio.sleep`` for the async one."""
        self.inner: _Inner = inner
        self.policy = policy
        self.classifier = classifier
        self.clock = clock
        self.sleep = self._default_sleep if sleep is None else sleep
        if isinstance(inner, self._pooled):
            install_deadline(inner)

    def with_policy(self, policy: RetryPolicy) -> Self:
        """The same wrapped transport (and connection pool) under another policy."""
        return type(self)(self.inner, policy, self.classifier, clock=self.clock, sleep=self.sleep)

    def _call(self, request: httpx.Request) -> _Call:
        return _Call(self.policy, request, self.classifier, self.clock)


class RetryingTransport(_Retrying[httpx.BaseTransport], httpx.BaseTransport):
    """Wraps a sync transport: one deadline, and retries of what is safe to repeat."""

    _pooled = httpx.HTTPTransport
    _default_sleep = staticmethod(time.sleep)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and read its answer, again after a transient failure if allowed."""
        request.read()  # a body that can be sent again
        call = self._call(request)
        while True:
            with call:
                response = self.inner.handle_request(request)
                try:
                    response.read()  # the body is part of the call, under its deadline
                except BaseException:
                    response.close()
                    raise
                call.answered(response)
            if call.wait is None:
                return call.finish()
            self.sleep(call.wait)

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()


class RetryingAsyncTransport(_Retrying[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """Wraps an async transport: one deadline, and retries of what is safe to repeat."""

    _pooled = httpx.AsyncHTTPTransport
    _default_sleep = staticmethod(asyncio.sleep)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` and read its answer, again after a transient failure if allowed."""
        await request.aread()
        call = self._call(request)
        while True:
            with call:
                response = await self.inner.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
                call.answered(response)
            if call.wait is None:
                return call.finish()
            await self.sleep(call.wait)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.inner.aclose()
