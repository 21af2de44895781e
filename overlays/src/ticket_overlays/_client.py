"""Building a generated client with an auth flow and safe defaults, for every vendor."""

from __future__ import annotations

import ssl
from typing import Any, Protocol, Self, TypeVar

import httpx

__all__ = ["DEFAULT_TIMEOUT", "GeneratedClient", "build_client"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Every overlay client times out: 30 s per operation, 10 s to connect."""


class GeneratedClient(Protocol):
    """What openapi-python-client's ``Client`` classes offer (each vendor has its own)."""

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for sync calls."""
        ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for async calls."""
        ...


C = TypeVar("C", bound=GeneratedClient)


def build_client(
    client_class: type[C],
    base_url: str,
    *,
    auth: httpx.Auth,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
) -> C:
    """A generated ``client_class`` whose every request goes through ``auth``.

    TLS is verified unless ``verify=False``; ``verify`` may also name a CA bundle file
    or be an SSL context. ``transport`` and ``async_transport`` replace the network (for
    example with a simulator's in-process transports).
    """
    if isinstance(verify, str):
        verify = ssl.create_default_context(cafile=verify)
    all_headers = {"accept": "application/json", **(headers or {})}
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    client = client_class(  # type: ignore[call-arg]
        base_url=base_url,
        headers=all_headers,
        timeout=timeout,
        verify_ssl=verify,
        httpx_args={"auth": auth},
    )
    common: dict[str, Any] = {
        "base_url": base_url,
        "headers": all_headers,
        "timeout": timeout,
        "auth": auth,
        "verify": verify,
    }
    # Transports go to their own httpx client: the generated client would hand
    # httpx_args to both its sync and async clients.
    if transport is not None:
        client.set_httpx_client(httpx.Client(transport=transport, **common))
    if async_transport is not None:
        client.set_async_httpx_client(httpx.AsyncClient(transport=async_transport, **common))
    return client
