"""Authentication of SentinelOne calls: ``Authorization: ApiToken <token>``."""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["SentinelOneAuth"]


class SentinelOneAuth(httpx.Auth):
    """Adds ``Authorization: ApiToken <token>`` (the console's API token) to every request.

    The token never appears in the repr, so logging the client or its auth is safe.
    """

    def __init__(self, api_token: str) -> None:
        """Sign requests with ``api_token``."""
        token = api_token.strip() if isinstance(api_token, str) else ""
        if not token:
            raise ValueError("api_token is required")
        if token.lower().startswith(("apitoken ", "bearer ")):
            raise ValueError("give the raw API token, without the ApiToken prefix")
        self._token = token

    def __repr__(self) -> str:
        return "SentinelOneAuth(api_token=***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the request."""
        request.headers["Authorization"] = f"ApiToken {self._token}"
        yield request
