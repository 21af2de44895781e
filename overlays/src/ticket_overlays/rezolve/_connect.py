"""``connect``: a ready generated Rezolve client."""

from __future__ import annotations

import ssl

import httpx
from rezolve_client import Client

from .._client import DEFAULT_TIMEOUT, build_client
from .._retry import DEFAULT_RETRY, RetryOption
from ._auth import RezolveAuth, TokenProvider

__all__ = ["DEFAULT_TIMEOUT", "connect", "is_idempotent"]


def is_idempotent(request: httpx.Request) -> bool:
    """Every Rezolve call is safe to repeat: reads, and an etag-guarded PATCH that sets
    field values (a repeat after a lost answer is refused as ETAG_MISMATCH, not applied
    twice)."""
    return True


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
    retry: RetryOption = DEFAULT_RETRY,
) -> Client:
    """A :class:`rezolve_client.Client` that authenticates every call.

    ``token`` is a fixed JWT; ``token_provider`` a callable returning a valid one (give
    exactly one). ``transport`` and ``async_transport`` replace the network for tests
    (for example the simulator's in-process transports). TLS is verified unless
    ``verify=False``; ``verify`` may also name a CA bundle file or be an SSL context.
    ``retry`` is a :class:`~ticket_overlays.RetryPolicy` (None or False: no retries);
    every Rezolve call is idempotent, so every call is retried under it.
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
        retry=retry,
        idempotent=is_idempotent,
    )
