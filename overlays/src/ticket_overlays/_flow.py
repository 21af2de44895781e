"""One helper body, two drivers: sync and async execution of the same flow.

A helper is written once as a generator that yields :class:`Call` steps (a generated
endpoint module plus its arguments) and receives each step's response. ``run_sync``
drives it with the endpoint's ``sync_detailed``; ``run_async`` with ``asyncio_detailed``.
This is the pattern httpx uses for ``Auth.auth_flow``: the logic has no I/O of its own,
so the sync and async forms of a helper cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TypeVar, cast

__all__ = ["Call", "Flow", "run_async", "run_sync"]

T = TypeVar("T")


@dataclass(frozen=True)
class Call:
    """One request: a generated endpoint module and the keyword arguments to call it with."""

    endpoint: ModuleType
    kwargs: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, endpoint: ModuleType, **kwargs: Any) -> Call:
        """A call of ``endpoint`` (e.g. ``rezolve_client.api.tickets.get_ticket``)."""
        return cls(endpoint, kwargs)


Flow = Generator[Call, Any, T]


def run_sync(flow: Flow[T], client: object) -> T:
    """Drive ``flow`` with blocking requests through ``client``."""
    try:
        call = next(flow)
        while True:
            sync = cast(Callable[..., Any], call.endpoint.sync_detailed)
            call = flow.send(sync(client=client, **call.kwargs))
    except StopIteration as done:
        return cast(T, done.value)


async def run_async(flow: Flow[T], client: object) -> T:
    """Drive ``flow`` with asyncio requests through ``client``."""
    try:
        call = next(flow)
        while True:
            asyncio = cast(Callable[..., Awaitable[Any]], call.endpoint.asyncio_detailed)
            call = flow.send(await asyncio(client=client, **call.kwargs))
    except StopIteration as done:
        return cast(T, done.value)
