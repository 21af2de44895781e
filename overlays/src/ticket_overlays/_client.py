"""Building a generated client with an auth flow and safe defaults, for every vendor."""

from __future__ import annotations

import ssl
from typing import Any, Protocol, Self, TypeVar

import httpx

from ._retry import (
    IdempotencyClassifier,
    RetryingAsyncTransport,
    RetryingTransport,
    RetryOption,
    by_method,
    resolve_policy,
)

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
    retry: RetryOption = None,
    idempotent: IdempotencyClassifier = by_method,
) -> C:
    """A generated ``client_class`` whose every request goes through ``auth``.

    TLS is verified unless ``verify=False``; ``verify`` may also name a CA bundle file
    or be an SSL context. ``transport`` and ``async_transport`` replace the network (for
    example with a simulator's in-process transports).

    ``retry`` is a :class:`~ticket_overlays._retry.RetryPolicy` (True: the default one;
    None or False: no retries). ``idempotent`` is the vendor's classifier of requests
    that are safe to send again; each vendor's ``connect`` passes its own (the default
    goes by HTTP method, so POST and PATCH are never repeated).
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
    policy = resolve_policy(retry)
    if policy is not None:
        # Retries wrap the network transport, under the auth flow: every request of the
        # client (endpoint functions, helpers, token requests) gets the same policy.
        transport = RetryingTransport(
            transport or httpx.HTTPTransport(verify=verify), policy, idempotent
        )
        async_transport = RetryingAsyncTransport(
            async_transport or httpx.AsyncHTTPTransport(verify=verify), policy, idempotent
        )
    # Transports go to their own httpx client: the generated client would hand
    # httpx_args to both its sync and async clients.
    if transport is not None:
        client.set_httpx_client(httpx.Client(transport=transport, **common))
    if async_transport is not None:
        client.set_async_httpx_client(httpx.AsyncClient(transport=async_transport, **common))
    return client
