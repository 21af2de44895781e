"""Forcepoint DLP's two-token scheme as an ``httpx.Auth``."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from ._errors import ERRORS, AuthenticationFailed, make_status_error

__all__ = ["ForcepointAuth"]

_PREFIX = "/dlp/rest/v1/auth"
RENEW_AHEAD = 60.0
"""Seconds before a token's announced expiry at which it is renewed."""


class ForcepointAuth(httpx.Auth):
    """Logs in with a username and password, then signs each call with an access token.

    A refresh token (one day) comes from ``auth/refresh-token``, access tokens (15
    minutes) from ``auth/access-token``. An access token is renewed ahead of its expiry
    and once when a call is answered 403; an expired refresh token leads to a new
    login. Only one renewal runs at a time, however many requests are in flight: a
    ``threading.Lock`` guards the sync flow and an ``asyncio.Lock`` the async one, and a
    request that waited for the lock reuses the token the winner fetched.
    """

    def __init__(
        self,
        base_url: str,
        *,
        username: str,
        password: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Authenticate against the manager at ``base_url`` as ``username``."""
        if not username or not password:
            raise ValueError("username and password are required")
        self.base_url = base_url.rstrip("/")
        self.username = username
        self._password = password
        self._clock = clock
        self._refresh: str | None = None
        self._refresh_until = 0.0
        self._access: str | None = None
        self._access_until = 0.0
        self._thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return (
            f"ForcepointAuth(base_url={self.base_url!r}, username={self.username!r}, password=***)"
        )

    def _fresh(self) -> bool:
        return self._access is not None and self._clock() < self._access_until - RENEW_AHEAD

    def _login_request(self) -> httpx.Request:
        headers = {"username": self.username, "password": self._password}
        return httpx.Request("POST", f"{self.base_url}{_PREFIX}/refresh-token", headers=headers)

    def _access_request(self) -> httpx.Request:
        headers = {"refresh-token": f"Bearer {self._refresh}"}
        return httpx.Request("POST", f"{self.base_url}{_PREFIX}/access-token", headers=headers)

    def _renew(self, stale: str | None) -> Generator[httpx.Request, httpx.Response, None]:
        """Get a new access token unless another request already replaced ``stale``."""
        if self._access != stale and self._fresh():
            return
        now = self._clock()
        if self._refresh is not None and now < self._refresh_until - RENEW_AHEAD:
            response = yield self._access_request()
            if response.status_code == 200:
                access, lasts = _token(response, "access")
                self._access, self._access_until = access, now + lasts
                return
            if response.status_code != 403:
                raise make_status_error(response)
        # No refresh token, or the server refused it (expired): log in again.
        response = yield self._login_request()
        if response.status_code != 200:
            error = make_status_error(response)
            if isinstance(error, AuthenticationFailed):
                error.message = "login refused for the configured account"
            raise error
        refresh, refresh_lasts = _token(response, "refresh")
        access, access_lasts = _token(response, "access")
        self._refresh, self._refresh_until = refresh, now + refresh_lasts
        self._access, self._access_until = access, now + access_lasts

    def _sign(self, request: httpx.Request) -> str | None:
        request.headers["Authorization"] = f"Bearer {self._access}"
        return self._access

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request``, renewing under a thread lock when needed; retry once on 403."""
        # The thread lock may be held across a yield: httpx resumes this generator on
        # the thread that started it, right after sending the token request.
        if not self._fresh():
            stale = self._access  # read before waiting: a renewal may land meanwhile
            with self._thread_lock:
                yield from self._sync_steps(self._renew(stale))
        used = self._sign(request)
        response = yield request
        if response.status_code != 403:
            return
        response.read()
        with self._thread_lock:
            yield from self._sync_steps(self._renew(used))
        self._sign(request)
        yield request

    @staticmethod
    def _sync_steps(
        flow: Generator[httpx.Request, httpx.Response, None],
    ) -> Generator[httpx.Request, httpx.Response, None]:
        try:
            step = next(flow)
            while True:
                response = yield step
                response.read()
                step = flow.send(response)
        except StopIteration:
            return

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign ``request``, renewing under an asyncio lock when needed; retry once on 403."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        lock = self._async_lock
        # Two rounds at most: renew when stale, sign and send; after a 403, renew once
        # more and resend. (An async generator cannot ``yield from``, so the renewal's
        # steps are driven here once, for both rounds.)
        renew = not self._fresh()
        stale = self._access  # read before waiting: a renewal may land meanwhile
        for resend in (False, True):
            if renew:
                async with lock:
                    renewal = self._renew(stale)
                    try:
                        step = next(renewal)
                        while True:
                            response = yield step
                            await response.aread()
                            step = renewal.send(response)
                    except StopIteration:
                        pass
            stale = self._sign(request)
            response = yield request
            if resend or response.status_code != 403:
                return
            await response.aread()
            renew = True


_LIFETIMES = {"access": 900.0, "refresh": 86400.0}
"""The lifetimes the guide states (15 minutes, one day), for answers that give none."""


def _lifetime(body: dict[str, object], kind: str) -> float:
    """A token's lifetime in seconds, under the name real answers use or the guide's.

    Servers answer ``access_token_expires_in``; the guide names it ``access_expires_in``.
    """
    for name in (f"{kind}_token_expires_in", f"{kind}_expires_in"):
        value = body.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return _LIFETIMES[kind]


def _token(response: httpx.Response, kind: str) -> tuple[str, float]:
    """The ``kind`` token of a token answer and its lifetime; a typed error otherwise."""
    try:
        body = response.json()
        token = body[f"{kind}_token"]
    except (ValueError, KeyError, TypeError) as error:
        raise ERRORS.malformed_answer(response, f"no {kind}_token in the answer") from error
    if not isinstance(token, str) or not token:
        raise ERRORS.malformed_answer(response, f"{kind}_token is not a string")
    return token, _lifetime(body, kind)
