"""Generated clients whose every request, sync or async, a test function answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, Self, TypeVar

import httpx


class _Settable(Protocol):
    """What every generated ``Client`` and ``AuthenticatedClient`` offers."""

    def set_httpx_client(self, client: httpx.Client) -> Self: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...


C = TypeVar("C", bound=_Settable)


def mocked(client: C, base_url: str, handler: Callable[[httpx.Request], httpx.Response]) -> C:
    """``client`` (made for ``base_url``) with ``handler`` answering all its requests."""
    transport = httpx.MockTransport(handler)
    client.set_httpx_client(httpx.Client(base_url=base_url, transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(base_url=base_url, transport=transport))
    return client
