"""SuperOffice credentials: Basic user name and password, SOTicket credentials, OAuth
bearer tokens and the web client's XSRF value, all checked by the simulator itself.

Bearer tokens are HS256 JWTs signed with a secret private to one app, SOTicket and
XSRF values are random strings the simulator remembers; all of them expire by the
simulator's clock, so tests can expire a credential by advancing it.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import jwt

from .._core import Clock, TokenSigner
from .errors import unauthorized
from .seed import User

__all__ = ["CONTEXT_CLAIM", "ISSUER", "CredentialService", "Principal", "Scheme"]

ISSUER = "https://sod.superoffice.sim"
CONTEXT_CLAIM = "http://schemes.superoffice.net/identity/ctx"

Scheme = Literal["basic", "soticket", "bearer", "xsrf"]


@dataclass(frozen=True)
class Principal:
    """Who a checked credential speaks for."""

    associate_id: int
    username: str
    scheme: Scheme


class CredentialService:
    """Mint and check the simulator's credentials for a fixed set of users."""

    def __init__(self, clock: Clock, users: tuple[User, ...], context: str) -> None:
        """Check passwords against ``users``; sign bearer tokens for tenant ``context``."""
        self._clock = clock
        self._users = users
        self._context = context
        # Remembers verified tokens; expiry, tenant and user are judged on every request.
        self._signer = TokenSigner(
            audience=f"spn:{context}", issuer=ISSUER, require=["iss", "aud", "sub", "exp"]
        )
        self._issued: dict[tuple[Scheme, str], tuple[int, datetime]] = {}
        self._lock = threading.Lock()

    def user(self, name_or_id: str | int) -> User | None:
        """A seeded user by login name (any case) or associate id."""
        for user in self._users:
            if user.associate_id == name_or_id or (
                isinstance(name_or_id, str) and user.username.lower() == name_or_id.lower()
            ):
                return user
        return None

    def mint(self, scheme: Scheme, user: User, lifetime: float) -> str:
        """A credential for ``user`` valid ``lifetime`` seconds (negative: already expired)."""
        now = self._clock.now()
        if scheme == "bearer":
            issued = int(now.timestamp())
            claims: dict[str, Any] = {
                "iss": ISSUER,
                "aud": f"spn:{self._context}",
                "sub": str(user.associate_id),
                "upn": user.username,
                "jti": str(uuid.uuid4()),
                "iat": issued,
                "exp": issued + int(lifetime),
                CONTEXT_CLAIM: self._context,
            }
            return self._signer.sign(claims)
        if scheme == "basic":
            raw = f"{user.username}:{user.password}".encode()
            return base64.b64encode(raw).decode()
        value = ("7T:" if scheme == "soticket" else "") + secrets.token_urlsafe(24)
        expires = datetime.fromtimestamp(now.timestamp() + lifetime, tz=now.tzinfo)
        with self._lock:
            self._issued[(scheme, value)] = (user.associate_id, expires)
        return value

    def sign(self, claims: Mapping[str, Any]) -> str:
        """``claims`` signed with this simulator's key, as given.

        For tests: a token that is genuine but wrong in one way (another tenant,
        audience, issuer or type) must be refused all the same.
        """
        return self._signer.sign(claims)

    def check(self, headers: Mapping[str, str]) -> Principal:
        """The principal of a request's credentials; VendorError 401 otherwise."""
        authorization = headers.get("authorization")
        if authorization is None:
            xsrf = headers.get("x-xsrf-token")
            if xsrf is None:
                raise unauthorized()
            return self._remembered("xsrf", xsrf.strip())
        scheme, _, value = authorization.strip().partition(" ")
        value = value.strip()
        if not value:
            raise unauthorized("Authentication failed")
        match scheme.lower():
            case "basic":
                return self._basic(value)
            case "soticket":
                return self._remembered("soticket", value)
            case "bearer":
                return self._bearer(value)
        raise unauthorized("Authentication failed")

    def _active(self, user: User | None, scheme: Scheme) -> Principal:
        if user is None or user.deleted:
            raise unauthorized("Authentication failed")
        return Principal(user.associate_id, user.username, scheme)

    def _basic(self, value: str) -> Principal:
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise unauthorized("Authentication failed") from None
        username, sep, password = decoded.partition(":")
        user = self.user(username)
        if (
            not sep
            or user is None
            or not secrets.compare_digest(user.password.encode(), password.encode())
        ):
            raise unauthorized("Authentication failed")
        return self._active(user, "basic")

    def _remembered(self, scheme: Scheme, value: str) -> Principal:
        with self._lock:
            entry = self._issued.get((scheme, value))
        if entry is None or self._clock.now() >= entry[1]:
            raise unauthorized("Authentication failed")
        return self._active(self.user(entry[0]), scheme)

    def _bearer(self, token: str) -> Principal:
        try:
            claims = self._signer.claims(token)
        except jwt.PyJWTError:
            raise unauthorized("Authentication failed") from None
        exp, sub = claims["exp"], claims["sub"]
        if isinstance(exp, bool) or not isinstance(exp, int | float):
            raise unauthorized("Authentication failed")
        if self._clock.now().timestamp() >= exp or claims.get(CONTEXT_CLAIM) != self._context:
            raise unauthorized("Authentication failed")
        if not isinstance(sub, str) or not sub.isdigit():
            raise unauthorized("Authentication failed")
        return self._active(self.user(int(sub)), "bearer")
