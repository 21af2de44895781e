"""Keycloak-style bearer JWTs: minted and verified by the simulator itself.

Tokens are HS256-signed with a secret private to one app instance, so a token from
another simulator (or any forged one) fails verification. Expiry is judged by the
simulator's clock, not the machine's, so tests can expire a token by advancing it.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import jwt

from .._core import Clock, TokenSigner
from .errors import unauthorized

__all__ = ["AUDIENCE", "ISSUER_BASE", "Principal", "TokenService"]

AUDIENCE = "rezolve-api"
ISSUER_BASE = "http://rezolve.sim/realms/"


@dataclass(frozen=True)
class Principal:
    """Who a verified token speaks for."""

    subject: str
    username: str
    tenant_id: str
    realm: str
    roles: frozenset[str]
    scopes: frozenset[str]
    teams: tuple[str, ...]


class TokenService:
    """Mint and verify the simulator's bearer tokens."""

    def __init__(self, clock: Clock, secret: bytes | None = None) -> None:
        """Sign with ``secret`` (a fresh random one by default) and judge expiry by ``clock``."""
        self._clock = clock
        self._signer = TokenSigner(
            audience=AUDIENCE, require=["iss", "aud", "sub", "exp", "iat"], secret=secret
        )
        self._parsed = functools.lru_cache(maxsize=1024)(self._parse)

    def mint(
        self,
        *,
        subject: str,
        username: str,
        tenant_id: str,
        realm: str,
        roles: Sequence[str],
        scopes: Sequence[str],
        teams: Sequence[str] = (),
        lifetime: float = 3600,
        audience: str = AUDIENCE,
    ) -> str:
        """A signed token; a negative ``lifetime`` gives one that has already expired."""
        issued = int(self._clock.now().timestamp())
        claims: dict[str, Any] = {
            "iss": f"{ISSUER_BASE}{realm}",
            "aud": audience,
            "sub": subject,
            "typ": "Bearer",
            "azp": "rezolve-portal",
            "jti": str(uuid.uuid4()),
            "iat": issued,
            "exp": issued + int(lifetime),
            "preferred_username": username,
            "tenant_id": tenant_id,
            "realm_access": {"roles": list(roles)},
            "scope": " ".join(scopes),
            "teams": list(teams),
        }
        return self._signer.sign(claims)

    def sign(self, claims: Mapping[str, Any]) -> str:
        """``claims`` signed with this simulator's key, as given.

        For tests: a token that is genuine but wrong in one way (another tenant,
        audience, issuer or type) must be refused all the same.
        """
        return self._signer.sign(claims)

    def verify(self, authorization: str | None) -> Principal:
        """The principal of an ``Authorization: Bearer <jwt>`` header; VendorError 401 otherwise."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized()
        principal, exp, nbf = self._parsed(token.strip())
        now = self._clock.now().timestamp()
        if now >= exp or now < nbf:
            raise unauthorized()
        return principal

    def _parse(self, token: str) -> tuple[Principal, float, float]:
        """What a genuine token says, with its validity window; VendorError 401 otherwise.

        Depends on the token alone, so ``_parsed`` remembers it; the window is judged
        against the clock on every request.
        """
        try:
            claims = self._signer.claims(token)
        except jwt.PyJWTError:
            raise unauthorized() from None
        exp, nbf = claims["exp"], claims.get("nbf", 0)
        if not _is_number(exp) or not _is_number(nbf):
            raise unauthorized()
        if claims.get("typ", "Bearer") != "Bearer":
            raise unauthorized()  # a refresh or ID token is no access token
        issuer, sub, tenant_id = claims["iss"], claims["sub"], claims.get("tenant_id")
        scope = claims.get("scope", "")
        access = claims.get("realm_access")
        roles: Any = access.get("roles", []) if isinstance(access, dict) else None
        teams = claims.get("teams", [])
        username = claims.get("preferred_username", sub)
        if not (
            isinstance(issuer, str)
            and issuer.startswith(ISSUER_BASE)
            and isinstance(sub, str)
            and isinstance(tenant_id, str)
            and isinstance(scope, str)
            and isinstance(username, str)
            and _is_strings(roles)
            and _is_strings(teams)
        ):
            raise unauthorized()
        realm = issuer.removeprefix(ISSUER_BASE)
        if not realm or "/" in realm:
            raise unauthorized()
        principal = Principal(
            subject=sub,
            username=username,
            tenant_id=tenant_id,
            realm=realm,
            roles=frozenset(roles),
            scopes=frozenset(scope.split()),
            teams=tuple(teams),
        )
        return principal, exp, nbf


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
