"""``connect``: a ready generated Rezolve client."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
from rezolve_client import Client

from ._auth import RezolveAuth, TokenProvider

__all__ = ["DEFAULT_TIMEOUT", "connect"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def connect(
    base_url: str,
    *,
    tenant_id: str,
    realm: str,
    token: str | None = None,
    token_provider: TokenProvider | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
) -> Client:
    """A :class:`rezolve_client.Client` that authenticates every call.

    ``token`` is a fixed JWT; ``token_provider`` a callable returning a valid one (give
    exactly one). ``transport`` and ``async_transport`` replace the network for tests
    (for example the simulator's in-process transports). TLS is verified unless
    ``verify=False``; ``verify`` may also name a CA bundle file or be an SSL context.
    """
    if isinstance(verify, str):
        verify = ssl.create_default_context(cafile=verify)
    auth = RezolveAuth(tenant_id=tenant_id, realm=realm, token=token, token_provider=token_provider)
    all_headers = {"accept": "application/json", **(headers or {})}
    timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    client = Client(
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
