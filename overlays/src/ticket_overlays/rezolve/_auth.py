"""Authentication of Rezolve.ai calls: bearer JWT plus tenant and realm headers."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from .._token_auth import ProviderAuth

__all__ = ["RezolveAuth", "TokenProvider"]

TokenProvider = Callable[[], str]
"""Returns a currently valid JWT; called before every request, so it should cache."""


class RezolveAuth(ProviderAuth):
    """Adds ``Authorization: Bearer``, ``x-tenantid`` and ``realmname`` to every request.

    Give either a fixed ``token`` or a ``token_provider``. With a provider, a request
    answered 401 for an invalid token (not for a missing permission) is sent once more
    with a token asked anew, which covers a token that expired in flight.
    """

    requires_response_body = True

    def __init__(
        self,
        *,
        tenant_id: str,
        realm: str,
        token: str | None = None,
        token_provider: TokenProvider | None = None,
    ) -> None:
        if (token is None) == (token_provider is None):
            raise ValueError("give exactly one of token= and token_provider=")
        if not tenant_id or not realm:
            raise ValueError("tenant_id and realm are required")
        self.tenant_id = tenant_id
        self.realm = realm
        self._token = token
        self._provider = token_provider

    def __repr__(self) -> str:
        kind = "token_provider" if self._provider else "token"
        return f"RezolveAuth(tenant_id={self.tenant_id!r}, realm={self.realm!r}, {kind}=***)"

    def _current_token(self) -> str:
        if self._provider is not None:
            return self._provider()
        assert self._token is not None
        return self._token

    def _sign(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Bearer {self._current_token()}"
        request.headers["x-tenantid"] = self.tenant_id
        request.headers["realmname"] = self.realm

    def _resend(self, response: httpx.Response) -> bool:
        code: object
        try:
            code = response.json().get("code")
        except (ValueError, AttributeError):
            code = None
        return code != "USER_PERMISSION_FAILURE"  # a new token would carry the same roles
