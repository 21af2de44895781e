"""``connect``: a ready generated SuperOffice client."""

from __future__ import annotations

import ssl

import httpx
from superoffice_client import Client

from .._client import DEFAULT_TIMEOUT, build_client
from ._auth import SuperOfficeAuth, TokenProvider

__all__ = ["DEFAULT_TIMEOUT", "connect"]


def connect(
    base_url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    ticket: str | None = None,
    token: str | None = None,
    token_provider: TokenProvider | None = None,
    app_token: str | None = None,
    language: str | None = None,
    culture: str | None = None,
    time_zone: str | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
) -> Client:
    """A :class:`superoffice_client.Client` that authenticates every call.

    ``base_url`` is the installation's root, e.g.
    ``https://online.superoffice.com/Cust12345``. Give one credential: ``username`` and
    ``password`` (Basic), a SuperOffice credential ``ticket`` (SOTicket), or a bearer
    ``token`` / ``token_provider`` (Online). ``app_token`` is sent as ``SO-AppToken``.
    ``language`` (SO-Language and Accept-Language), ``culture`` (SO-Culture) and
    ``time_zone`` (SO-TimeZone) go on every request. ``transport`` and
    ``async_transport`` replace the network for tests. TLS is verified unless
    ``verify=False``; ``verify`` may also name a CA bundle file or be an SSL context.
    """
    auth = SuperOfficeAuth(
        username=username,
        password=password,
        ticket=ticket,
        token=token,
        token_provider=token_provider,
        app_token=app_token,
    )
    extra: dict[str, str] = {}
    if language is not None:
        extra["accept-language"] = language
        extra["so-language"] = language
    if culture is not None:
        extra["so-culture"] = culture
    if time_zone is not None:
        extra["so-timezone"] = time_zone
    return build_client(
        Client,
        base_url,
        auth=auth,
        timeout=timeout,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
        headers={**extra, **(headers or {})},
    )
