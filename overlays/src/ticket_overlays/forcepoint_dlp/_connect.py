"""``connect``: a ready generated Forcepoint DLP client."""

from __future__ import annotations

import ssl

import httpx
from forcepoint_dlp_client import Client

from .._client import build_client
from ._auth import ForcepointAuth

__all__ = ["DEFAULT_TIMEOUT", "connect"]

# Incident queries over wide windows are slow on real managers: allow a minute.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def connect(
    base_url: str,
    *,
    username: str,
    password: str,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
) -> Client:
    """A :class:`forcepoint_dlp_client.Client` that logs in and renews tokens itself.

    ``username`` and ``password`` are those of an Application administrator.
    ``transport`` and ``async_transport`` replace the network for tests (for example
    the simulator's in-process transports). TLS is verified unless ``verify=False``;
    ``verify`` may also name a CA bundle file or be an SSL context.
    """
    auth = ForcepointAuth(base_url, username=username, password=password)
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
