"""API tokens: seeded ones, minted ones, permissions, scope and expiry."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .._core import Clock, ControlError
from .departures import AUTH_SCHEME_CASE
from .errors import unauthorized
from .seed import SeedToken

__all__ = ["TokenRecord", "TokenService", "scheme_departure"]

_OPTIONS = frozenset({"user", "write", "account_ids", "lifetime"})


@dataclass(frozen=True)
class TokenRecord:
    """What a token lets its user do; ``account_ids`` None is the global scope."""

    user: str
    write: bool
    account_ids: frozenset[str] | None
    expires_at: datetime | None = None


class TokenService:
    """Known tokens. Minted tokens outlive a reset; seeded ones are the same after it."""

    def __init__(self, clock: Clock, seeded: list[SeedToken]) -> None:
        """Know the seed's tokens; minted ones are added by :meth:`mint`."""
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: dict[str, TokenRecord] = {}
        # Console session tokens (``Authorization: Token <t>``) from a login by API token.
        self._sessions: dict[str, TokenRecord] = {}
        self.load_seed(seeded)

    def load_seed(self, seeded: list[SeedToken]) -> None:
        """(Re)register the seed's tokens."""
        with self._lock:
            for t in seeded:
                scope = frozenset(t.account_ids) if t.account_ids is not None else None
                self._tokens[t.token] = TokenRecord(t.user, t.write, scope)

    def mint(self, options: Mapping[str, Any]) -> str:
        """A new token from ``POST /__sim__/tokens`` options (see the README)."""
        unknown = sorted(set(options) - _OPTIONS)
        if unknown:
            raise ControlError(f"unknown token options: {', '.join(unknown)}")
        user = options.get("user", "api.user@example.com")
        write = options.get("write", True)
        account_ids = options.get("account_ids")
        lifetime = options.get("lifetime")
        if not isinstance(user, str):
            raise ControlError("user must be a string")
        if not isinstance(write, bool):
            raise ControlError("write must be true or false")
        if account_ids is not None and (
            not isinstance(account_ids, list) or not all(isinstance(a, str) for a in account_ids)
        ):
            raise ControlError("account_ids must be a list of account ids")
        if lifetime is not None and (
            isinstance(lifetime, bool) or not isinstance(lifetime, int | float)
        ):
            raise ControlError("lifetime must be a number of seconds")
        expires = self._clock.now() + timedelta(seconds=lifetime) if lifetime is not None else None
        token = secrets.token_urlsafe(60)
        scope = frozenset(account_ids) if account_ids is not None else None
        with self._lock:
            self._tokens[token] = TokenRecord(user, write, scope, expires)
        return token

    def _live(self, record: TokenRecord | None) -> TokenRecord:
        if record is None:
            raise unauthorized()
        if record.expires_at is not None and self._clock.now() >= record.expires_at:
            raise unauthorized()
        return record

    def api_token(self, token: str) -> TokenRecord:
        """The record of a valid API token; VendorError 401 otherwise."""
        with self._lock:
            return self._live(self._tokens.get(token))

    def login(self, api_token: str) -> str:
        """A console session token standing for ``api_token`` (``Token <session>``).

        The session ends when the API token does: it shares the token's record.
        """
        record = self.api_token(api_token)
        session = secrets.token_urlsafe(48)
        with self._lock:
            self._sessions[session] = record
        return session

    def verify(self, header: str | None) -> TokenRecord:
        """The token in ``Authorization: ApiToken <token>``; VendorError 401 otherwise.

        ``Token <session>`` carries a session from :meth:`login`. The scheme word may
        come in any case, as consoles in the field accept it (:func:`scheme_departure`).
        ``Bearer`` is refused: no integration sends it, and the reports disagree.
        """
        scheme, _, token = (header or "").strip().partition(" ")
        token = token.strip()
        if not token:
            raise unauthorized()
        if scheme == "Token":
            with self._lock:
                return self._live(self._sessions.get(token))
        if scheme.lower() != "apitoken":
            raise unauthorized()
        return self.api_token(token)


def scheme_departure(header: str | None) -> str | None:
    """The departure an ``Authorization`` header's scheme relies on, if any."""
    scheme = (header or "").strip().partition(" ")[0]
    if scheme.lower() == "apitoken" and scheme != "ApiToken":
        return AUTH_SCHEME_CASE
    return None
