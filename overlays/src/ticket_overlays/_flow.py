"""One helper body, two drivers: sync and async execution of the same flow.

A helper is written once as a generator that yields :class:`Call` steps and receives
each step's :class:`Reply`. ``run_sync`` sends the steps with the client's httpx client,
``run_async`` with its async one. This is the pattern httpx uses for
``Auth.auth_flow``: the logic has no I/O of its own, so the sync and async forms of a
helper cannot drift apart.

A helper's signature is written once too: a private builder takes the public arguments
and returns the flow :class:`Bound` to its client and call options, and
:func:`sync_form` and :func:`async_form` turn it into the blocking helper and its
``a``-prefixed async twin, with the builder's exact (type-checked) parameters.

A :class:`Call` is built from a generated endpoint module's own request builder and
answer parser (``_get_kwargs`` and ``_build_response``, what its ``sync_detailed``
runs), so the arguments are checked by mypy against the endpoint's signature, and the
driver can add what a generated call cannot: per-call ``timeout`` and ``headers``
(:class:`CallOptions`), the raw ``httpx.Response`` (:func:`raw_responses`), and a
success answer that does not parse handed to the helper as ``parsed=None`` (its vendor
turns that into a typed ``MalformedResponse``) instead of a raw ``KeyError``.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import Callable, Coroutine, Generator, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, ParamSpec, Protocol, TypedDict, TypeVar, Unpack

import httpx

from ._client import GeneratedClient
from ._retry import was_resent

__all__ = [
    "Batch",
    "Bound",
    "Call",
    "CallOptions",
    "Flow",
    "RawResponses",
    "Reply",
    "Runnable",
    "async_form",
    "raw_responses",
    "run_async",
    "run_sync",
    "sync_form",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
R = TypeVar("R")
P = ParamSpec("P")


class CallOptions(TypedDict, total=False):
    """Per-call options every helper takes: ``timeout`` (seconds or an ``httpx.Timeout``,
    for each request of the call) and ``headers`` (added to each request of the call)."""

    timeout: httpx.Timeout | float | None
    headers: Mapping[str, str] | None


class BuildResponse(Protocol):
    """A generated endpoint's ``_build_response``."""

    def __call__(self, *, client: Any, response: httpx.Response) -> Any:
        """Parse ``response`` into the endpoint's ``Response``."""
        ...


class GetKwargs(Protocol[P]):
    """A generated endpoint's ``_get_kwargs``: its arguments, to a request's keywords."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]:
        """The keyword arguments for ``httpx.Client.request``."""
        ...


@dataclass(frozen=True, slots=True)
class Call:
    """One request: the generated endpoint's request arguments and its answer parser."""

    request: dict[str, Any]
    build: BuildResponse

    @classmethod
    def of(
        cls,
        get_kwargs: GetKwargs[P],
        build: BuildResponse,
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Call:
        """A call of an endpoint, e.g. ``Call.of(get_ticket._get_kwargs,
        get_ticket._build_response, "REQ-0509", type_=..., module=...)``; the arguments
        are those of the endpoint's ``sync_detailed`` without ``client``."""
        return cls(get_kwargs(*args, **kwargs), build)


@dataclass(frozen=True, slots=True)
class Reply:
    """What a flow receives for a :class:`Call`.

    ``status_code``, ``content``, ``headers`` and ``parsed`` as in a generated
    ``Response`` (``parsed`` is None when the body did not parse as documented);
    ``raw`` is the ``httpx.Response`` itself; ``problem`` says why parsing failed.
    """

    status_code: int
    content: bytes
    headers: httpx.Headers
    parsed: Any
    raw: httpx.Response
    problem: str | None = None

    @property
    def resent(self) -> bool:
        """True when the request was resent after an earlier send's answer was lost."""
        return was_resent(self.raw)


@dataclass
class RawResponses:
    """The raw answers of helper calls made inside :func:`raw_responses`."""

    all: list[httpx.Response] = field(default_factory=list)

    @property
    def last(self) -> httpx.Response:
        """The latest answer (status, headers, ``elapsed``, ``request``)."""
        if not self.all:
            raise LookupError("no helper call has answered yet")
        return self.all[-1]


_capture: contextvars.ContextVar[RawResponses | None] = contextvars.ContextVar(
    "ticket_overlays_raw_responses", default=None
)


@contextlib.contextmanager
def raw_responses() -> Iterator[RawResponses]:
    """Collect the raw ``httpx.Response`` of every request helpers send in this block.

    ``with raw_responses() as seen: rezolve.update_ticket(...)`` leaves the answers in
    ``seen.all`` (``seen.last`` the latest), with status, headers, ``elapsed`` and the
    request. It follows the context, so async helpers and their tasks are covered.
    """
    seen = RawResponses()
    token = _capture.set(seen)
    try:
        yield seen
    finally:
        _capture.reset(token)


def _request(call: Call, options: CallOptions) -> dict[str, Any]:
    if not options:
        return call.request
    request = dict(call.request)
    headers = options.get("headers")
    if headers:
        request["headers"] = {**request.get("headers", {}), **headers}
    timeout = options.get("timeout")
    if timeout is not None:
        request["timeout"] = timeout
    return request


def _reply(call: Call, client: GeneratedClient, response: httpx.Response) -> Reply:
    seen = _capture.get()
    if seen is not None:
        seen.all.append(response)
    problem: str | None = None
    try:
        parsed = call.build(client=client, response=response).parsed
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # A success answer of the wrong shape, null or HTML: the helper sees no model and
        # raises its vendor's MalformedResponse with the raw content.
        parsed, problem = None, f"{type(error).__name__}: {error}"
    return Reply(
        response.status_code, response.content, response.headers, parsed, response, problem
    )


Flow = Generator[Call, Any, T]


def run_sync(flow: Flow[T], client: GeneratedClient, **options: Unpack[CallOptions]) -> T:
    """Drive ``flow`` with blocking requests through ``client``."""
    http = client.get_httpx_client()
    try:
        call = next(flow)
        while True:
            response = http.request(**_request(call, options))
            call = flow.send(_reply(call, client, response))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def run_async(flow: Flow[T], client: GeneratedClient, **options: Unpack[CallOptions]) -> T:
    """Drive ``flow`` with asyncio requests through ``client``."""
    http = client.get_async_httpx_client()
    try:
        call = next(flow)
        while True:
            response = await http.request(**_request(call, options))
            call = flow.send(_reply(call, client, response))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


class Runnable(Protocol[T_co]):
    """What a helper's builder returns: work that runs blocking or on asyncio alike."""

    def run_sync(self) -> T_co:
        """Run with blocking requests."""
        ...

    async def run_async(self) -> T_co:
        """Run with asyncio requests."""
        ...


@dataclass(frozen=True, slots=True)
class Bound(Generic[T]):
    """A helper's flow with the client that runs it and the call's options."""

    flow: Flow[T]
    client: GeneratedClient
    options: CallOptions

    def run_sync(self) -> T:
        """Drive the flow with blocking requests."""
        return run_sync(self.flow, self.client, **self.options)

    async def run_async(self) -> T:
        """Drive the flow with asyncio requests."""
        return await run_async(self.flow, self.client, **self.options)


@dataclass(frozen=True, slots=True)
class Batch(Generic[T, R]):
    """Flows run side by side, at most ``concurrency`` at once, their results (in order)
    handed to ``combine``. Blocking, they run on threads (each in a copy of the caller's
    context, so a :func:`~ticket_overlays.retry_non_idempotent` opt-in covers them);
    on asyncio, as tasks."""

    flows: list[Flow[T]]
    client: GeneratedClient
    options: CallOptions
    concurrency: int
    combine: Callable[[list[T]], R]

    def run_sync(self) -> R:
        """Run the flows with blocking requests, on threads when more than one may run."""
        if self.concurrency <= 1 or len(self.flows) <= 1:
            return self.combine([run_sync(f, self.client, **self.options) for f in self.flows])
        caller = contextvars.copy_context()

        def one(flow: Flow[T]) -> T:
            return caller.copy().run(Bound(flow, self.client, self.options).run_sync)

        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return self.combine(list(pool.map(one, self.flows)))

    async def run_async(self) -> R:
        """Run the flows as asyncio tasks, at most ``concurrency`` at once."""
        gate = asyncio.Semaphore(max(self.concurrency, 1))

        async def one(flow: Flow[T]) -> T:
            async with gate:
                return await run_async(flow, self.client, **self.options)

        return self.combine(list(await asyncio.gather(*(one(f) for f in self.flows))))


def _named(helper: Callable[..., Any], build: Callable[..., Any], name: str, doc: str) -> None:
    helper.__name__ = helper.__qualname__ = name
    helper.__module__ = build.__module__
    helper.__doc__ = doc
    helper.__wrapped__ = build  # type: ignore[attr-defined]  # what inspect.signature reads


def sync_form(build: Callable[P, Runnable[T]]) -> Callable[P, T]:
    """The blocking helper that ``build`` (named ``_name``, documented) describes:
    ``name``, taking the same arguments and returning what the work returns."""

    def helper(*args: P.args, **kwargs: P.kwargs) -> T:
        return build(*args, **kwargs).run_sync()

    _named(helper, build, build.__name__.removeprefix("_"), build.__doc__ or "")
    return helper


def async_form(build: Callable[P, Runnable[T]]) -> Callable[P, Coroutine[Any, Any, T]]:
    """The async twin of :func:`sync_form`'s helper: ``aname``, the same arguments."""

    async def helper(*args: P.args, **kwargs: P.kwargs) -> T:
        return await build(*args, **kwargs).run_async()

    name = build.__name__.removeprefix("_")
    _named(helper, build, f"a{name}", f"Async form of :func:`{name}`.")
    return helper
