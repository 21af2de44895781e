"""Credentials for contract runs: minted by a running simulator or read from the environment.

A :class:`Credentials` object answers, per operation, the headers that authenticate a
call. Tokens that a vendor issues through its own API (Forcepoint's refresh and access
tokens) are obtained through that API and renewed before they expire; nothing here
imports the simulators, so a live tenant needs only this package.
"""

from __future__ import annotations

import os
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import httpx

__all__ = [
    "CONTROL_PREFIX",
    "CONTROL_TOKEN_ENV",
    "BodyFields",
    "Credentials",
    "CredentialsUnavailable",
    "ForcepointLogin",
    "StaticHeaders",
    "credentials_client",
    "mint_token",
    "simulator_seed",
]

CONTROL_PREFIX = "/__sim__"
"""Where a ``ticket-sim`` simulator serves its control API (seed, tokens, ...)."""


class CredentialsUnavailable(RuntimeError):
    """No credentials could be had: neither a simulator nor the environment gave any."""


BodyFields = dict[tuple[str, ...], str]
"""Credentials carried in a JSON body: path of keys -> value (``("data", "apiToken")``)."""


class Credentials(Protocol):
    """The authentication headers (and body fields) for each operation of one vendor's API."""

    def headers(self, operation_id: str) -> dict[str, str]:
        """Headers that authenticate a call of ``operation_id``."""
        ...

    def body_fields(self, operation_id: str) -> BodyFields:
        """Fields of the JSON body that carry a credential (a login by token), if any."""
        ...


class StaticHeaders:
    """The same headers for every operation (API tokens, bearer JWTs, Basic).

    ``body_fields`` maps operationIds whose body carries the credential itself (a login
    by API token) to those fields.
    """

    def __init__(
        self,
        headers: Mapping[str, str],
        body_fields: Mapping[str, BodyFields] | None = None,
    ) -> None:
        """Send ``headers`` with every call, and ``body_fields`` in those operations' bodies."""
        self._headers = dict(headers)
        self._body_fields = {k: dict(v) for k, v in (body_fields or {}).items()}

    def __repr__(self) -> str:
        return f"StaticHeaders({sorted(self._headers)})"  # names only: values are secrets

    def headers(self, operation_id: str) -> dict[str, str]:
        """The headers, whatever the operation."""
        return dict(self._headers)

    def body_fields(self, operation_id: str) -> BodyFields:
        """The credential fields of ``operation_id``'s body (none for most operations)."""
        return dict(self._body_fields.get(operation_id, {}))


def credentials_client(base_url: str, verify: bool | ssl.SSLContext = True) -> httpx.Client:
    """An HTTP client for credential calls (control API, logins) to ``base_url``.

    It keeps no connection open between calls: a run makes a handful of them, and
    schemathesis gives the auth provider no moment to close a client.
    """
    return httpx.Client(
        base_url=base_url,
        verify=verify,
        timeout=30.0,
        limits=httpx.Limits(max_keepalive_connections=0),
    )


CONTROL_TOKEN_ENV = "TICKET_SIM_CONTROL_TOKEN"  # noqa: S105 (a variable name)
"""The variable holding a simulator's control token, as ``ticket-sim`` itself reads it."""


def _control(client: httpx.Client, method: str, route: str, body: object = None) -> Any:
    # A simulator serving beyond loopback takes control requests only with its token.
    token = os.environ.get(CONTROL_TOKEN_ENV)
    headers = {"X-Sim-Control-Token": token} if token else {}
    try:
        response = client.request(method, f"{CONTROL_PREFIX}/{route}", json=body, headers=headers)
    except httpx.TransportError as exc:
        raise CredentialsUnavailable(
            f"no simulator answered at {client.base_url} ({type(exc).__name__})"
        ) from None
    if not response.is_success:
        raise CredentialsUnavailable(
            f"{client.base_url} is not a ticket-sim simulator ({method} {CONTROL_PREFIX}/{route}"
            f" answered {response.status_code})"
        )
    return response.json()


def mint_token(client: httpx.Client, options: Mapping[str, object] | None = None) -> str:
    """A token from the simulator behind ``client`` (``POST /__sim__/tokens``)."""
    return str(_control(client, "POST", "tokens", dict(options or {}))["token"])


def simulator_seed(client: httpx.Client) -> dict[str, Any]:
    """The seeded data of the simulator behind ``client`` (``GET /__sim__/seed``)."""
    seed: dict[str, Any] = _control(client, "GET", "seed")
    return seed


RENEW_AHEAD = 60.0
"""Seconds before a Forcepoint token's announced expiry at which it is renewed."""


class ForcepointLogin:
    """Forcepoint DLP's two tokens, obtained through the API itself and kept fresh.

    The refresh-token call is signed with the ``username`` and ``password`` headers;
    it answers a refresh token (one day) and an access token (15 minutes). The
    access-token call, signed with ``refresh-token: Bearer <refresh token>``, renews
    the access token; the incident calls carry ``Authorization: Bearer <access
    token>``. An access token is renewed ahead of its expiry, and an expired refresh
    token leads to a new login. Safe to share between threads (``st run --workers``).
    """

    REFRESH = "get_refresh_token"
    ACCESS = "get_access_token"

    def __init__(
        self,
        client: httpx.Client,
        username: str,
        password: str,
        *,
        prefix: str = "/dlp/rest/v1/auth",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Log in through ``client`` (its base URL is the manager) when first needed."""
        self._client = client
        self.username = username
        self._password = password
        self._prefix = prefix
        self._clock = clock
        self._lock = threading.Lock()
        self._refresh: tuple[str, float] | None = None
        self._access: tuple[str, float] | None = None
        self.logins = 0
        """How many times a refresh token was obtained with the password."""
        self.renewals = 0
        """How many access tokens were obtained with a refresh token."""

    def __repr__(self) -> str:
        return f"ForcepointLogin(username={self.username!r}, password=***)"

    def body_fields(self, operation_id: str) -> BodyFields:
        """None: Forcepoint's credentials travel in headers only."""
        return {}

    def headers(self, operation_id: str) -> dict[str, str]:
        """The credential headers ``operation_id`` takes, tokens renewed as needed."""
        if operation_id == self.REFRESH:
            return {"username": self.username, "password": self._password}
        with self._lock:
            refresh, access = self._fresh_tokens()
        if operation_id == self.ACCESS:
            return {"refresh-token": f"Bearer {refresh}"}
        return {"Authorization": f"Bearer {access}"}

    def _fresh_tokens(self) -> tuple[str, str]:
        now = self._clock()
        if self._refresh is None or now >= self._refresh[1] - RENEW_AHEAD:
            body = self._post(
                "refresh-token", {"username": self.username, "password": self._password}
            )
            self._refresh = (str(body["refresh_token"]), now + _lifetime(body, "refresh"))
            self._access = (str(body["access_token"]), now + _lifetime(body, "access"))
            self.logins += 1
        elif self._access is None or now >= self._access[1] - RENEW_AHEAD:
            body = self._post("access-token", {"refresh-token": f"Bearer {self._refresh[0]}"})
            self._access = (str(body["access_token"]), now + _lifetime(body, "access"))
            self.renewals += 1
        assert self._access is not None
        return self._refresh[0], self._access[0]

    def _post(self, route: str, headers: dict[str, str]) -> dict[str, Any]:
        try:
            response = self._client.post(f"{self._prefix}/{route}", headers=headers)
        except httpx.TransportError as exc:
            raise CredentialsUnavailable(
                f"no Forcepoint DLP manager answered at {self._client.base_url}"
                f" ({type(exc).__name__})"
            ) from None
        if response.status_code != 200:
            raise CredentialsUnavailable(
                f"Forcepoint DLP {route} refused for {self.username!r}: {response.status_code}"
            )
        body: dict[str, Any] = response.json()
        return body


def _lifetime(body: dict[str, Any], kind: str) -> float:
    # Managers answer `<kind>_token_expires_in`; the guide names it `<kind>_expires_in`.
    for name in (f"{kind}_token_expires_in", f"{kind}_expires_in"):
        if name in body:
            return float(body[name])
    raise CredentialsUnavailable(f"Forcepoint DLP answered no {kind} token lifetime")
