"""``connect``: a ready generated SentinelOne client."""

from __future__ import annotations

import ssl

import httpx
from sentinelone_client import Client

from .._client import DEFAULT_TIMEOUT, build_client
from .._retry import DEFAULT_RETRY, RetryOption
from ._auth import SentinelOneAuth

__all__ = ["DEFAULT_TIMEOUT", "connect", "is_idempotent"]


def is_idempotent(request: httpx.Request) -> bool:
    """Every SentinelOne call used here is safe to repeat: the listing, and both updates,
    which set values (a ticket id, an incident status and verdict) rather than add to
    them. A repeated incident update after a lost answer reports the threats as
    ``already_set`` (``affected`` 0), though the first one did change them."""
    return True


def connect(
    base_url: str,
    api_token: str,
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
    retry: RetryOption = DEFAULT_RETRY,
) -> Client:
    """A :class:`sentinelone_client.Client` that sends ``api_token`` with every call.

    ``base_url`` is the console, e.g. ``https://usea1.sentinelone.net``. ``transport``
    and ``async_transport`` replace the network for tests (for example the simulator's
    in-process transports). TLS is verified unless ``verify=False``; ``verify`` may also
    name a CA bundle file or be an SSL context. ``retry`` is a
    :class:`~ticket_overlays.RetryPolicy` (None or False: no retries); every call is
    idempotent (see :func:`is_idempotent`), so every call is retried under it.
    """
    return build_client(
        Client,
        base_url,
        auth=SentinelOneAuth(api_token),
        timeout=timeout,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
        retry=retry,
        idempotent=is_idempotent,
    )
