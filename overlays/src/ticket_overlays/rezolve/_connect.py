"""``connect``: a ready generated Rezolve client."""

from __future__ import annotations

import ssl

import httpx
from rezolve_client import Client

from .._client import DEFAULT_TIMEOUT, build_client
from ._auth import RezolveAuth, TokenProvider

__all__ = ["DEFAULT_TIMEOUT", "connect"]


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
    auth = RezolveAuth(tenant_id=tenant_id, realm=realm, token=token, token_provider=token_provider)
    return build_client(
        Client,
        base_url,
        auth=auth,
        timeout=timeout,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
    )
