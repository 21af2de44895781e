"""``connect``: a ready generated Rezolve client."""

from __future__ import annotations

from typing import Unpack

import httpx
from rezolve_client import Client

from .._client import DEFAULT_TIMEOUT, ConnectOptions, build_client
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
    **options: Unpack[ConnectOptions],
) -> Client:
    """A :class:`rezolve_client.Client` that authenticates every call.

    ``token`` is a fixed JWT; ``token_provider`` a callable returning a valid one (give
    exactly one). ``options`` are those of every ``connect``
    (:class:`~ticket_overlays.ConnectOptions`: timeout, verify, transports, headers,
    retry, trust_env, follow_redirects). Every Rezolve call is idempotent, so every call
    is retried under the retry policy.
    """
    auth = RezolveAuth(tenant_id=tenant_id, realm=realm, token=token, token_provider=token_provider)
    return build_client(Client, base_url, auth=auth, idempotent=is_idempotent, **options)
