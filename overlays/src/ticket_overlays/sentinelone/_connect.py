"""``connect``: a ready generated SentinelOne client."""

from __future__ import annotations

from typing import Unpack

import httpx
from sentinelone_client import Client

from .._client import DEFAULT_TIMEOUT, ConnectOptions, build_client
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
    **options: Unpack[ConnectOptions],
) -> Client:
    """A :class:`sentinelone_client.Client` that sends ``api_token`` with every call.

    ``base_url`` is the console, e.g. ``https://usea1.sentinelone.net``. ``options``
    are those of every ``connect`` (:class:`~ticket_overlays.ConnectOptions`). Every
    call is idempotent (see :func:`is_idempotent`), so every call is retried under the
    retry policy.
    """
    auth = SentinelOneAuth(api_token)
    return build_client(Client, base_url, auth=auth, idempotent=is_idempotent, **options)
