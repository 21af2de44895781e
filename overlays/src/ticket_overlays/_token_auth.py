"""The shape of every auth flow that signs with a token provider: Rezolve's and
SuperOffice's bearer schemes."""

from __future__ import annotations

from collections.abc import Callable, Generator

import httpx

__all__ = ["ProviderAuth"]


class ProviderAuth(httpx.Auth):
    """Signs every request; with a token provider, a request answered 401 is signed anew
    (the provider asked again) and sent once more, which covers a token that expired in
    flight. Subclasses write ``_sign`` and may refuse a resend in ``_resend``."""

    _provider: Callable[[], str] | None

    def _sign(self, request: httpx.Request) -> None:
        raise NotImplementedError

    def _resend(self, response: httpx.Response) -> bool:
        """Whether a 401 answer may be cured by a new token (yes, unless overridden)."""
        return True

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign the request; with a provider, sign anew and resend once after a 401."""
        self._sign(request)
        response = yield request
        if self._provider is not None and response.status_code == 401 and self._resend(response):
            self._sign(request)
            yield request
