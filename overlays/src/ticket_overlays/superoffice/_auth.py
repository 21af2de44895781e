"""Authentication of SuperOffice WebAPI calls: Basic, SOTicket or Bearer, plus SO-AppToken."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Literal

import httpx

from .._token_auth import ProviderAuth

__all__ = ["Scheme", "SuperOfficeAuth", "TokenProvider"]

TokenProvider = Callable[[], str]
"""Returns a currently valid access token; called before every request, so it should cache."""

Scheme = Literal["basic", "soticket", "bearer"]


class SuperOfficeAuth(ProviderAuth):
    """Adds ``Authorization`` (and ``SO-AppToken`` when given) to every request.

    Give exactly one credential: ``username`` with ``password`` (Basic), a credential
    ``ticket`` (SOTicket), or a bearer ``token`` or ``token_provider``. With a provider, a
    request answered 401 is sent once more with a token asked anew, which covers a token
    that expired in flight. No credential appears in the repr.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        ticket: str | None = None,
        token: str | None = None,
        token_provider: TokenProvider | None = None,
        app_token: str | None = None,
    ) -> None:
        given = [
            username is not None or password is not None,
            ticket is not None,
            token is not None,
            token_provider is not None,
        ]
        if sum(given) != 1:
            raise ValueError(
                "give exactly one of username= and password=, ticket=, token= or token_provider="
            )
        if given[0] and (not username or password is None):
            raise ValueError("Basic authentication needs both username= and password=")
        self.scheme: Scheme = "basic" if given[0] else "soticket" if given[1] else "bearer"
        self.username = username
        self._password = password
        self._ticket = ticket
        self._token = token
        self._provider = token_provider
        self._app_token = app_token

    def __repr__(self) -> str:
        who = f", username={self.username!r}" if self.username else ""
        app = ", app_token=***" if self._app_token else ""
        return f"SuperOfficeAuth(scheme={self.scheme!r}{who}, credential=***{app})"

    def _authorization(self) -> str:
        if self.scheme == "basic":
            raw = f"{self.username}:{self._password}".encode()
            return f"Basic {base64.b64encode(raw).decode()}"
        if self.scheme == "soticket":
            return f"SOTicket {self._ticket}"
        token = self._provider() if self._provider is not None else self._token
        return f"Bearer {token}"

    def _sign(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self._authorization()
        if self._app_token is not None:
            request.headers["SO-AppToken"] = self._app_token
