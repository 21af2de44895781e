"""Refresh and access JWTs, signed by the simulator and checked against its clock."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Literal

import jwt

from .._core import Clock, TokenSigner
from .errors import forbidden

__all__ = ["ACCESS_LIFETIME", "REFRESH_LIFETIME", "TokenKind", "TokenService"]

REFRESH_LIFETIME = 86400
ACCESS_LIFETIME = 900
_ISSUER = "forcepoint-dlp-sim"

TokenKind = Literal["refresh", "access"]


class TokenService:
    """Mints and verifies tokens with a secret private to one simulator instance."""

    def __init__(self, clock: Clock) -> None:
        """Use ``clock`` for issue and expiry times."""
        self._clock = clock
        self._signer = TokenSigner(issuer=_ISSUER, require=["exp", "sub"])

    def mint(self, kind: TokenKind, username: str, lifetime: float | None = None) -> str:
        """A signed JWT of ``kind`` for ``username``."""
        if lifetime is None:
            lifetime = REFRESH_LIFETIME if kind == "refresh" else ACCESS_LIFETIME
        issued = int(self._clock.now().timestamp())
        claims: dict[str, Any] = {
            "iss": _ISSUER,
            "sub": username,
            "token_kind": kind,
            "jti": str(uuid.uuid4()),
            "iat": issued,
            "exp": issued + int(lifetime),
        }
        return self._signer.sign(claims)

    def sign(self, claims: Mapping[str, Any]) -> str:
        """``claims`` signed with this simulator's key, as given.

        For tests: a token that is genuine but wrong in one way (another tenant,
        audience, issuer or type) must be refused all the same.
        """
        return self._signer.sign(claims)

    def verify(self, header: str | None, kind: TokenKind) -> str:
        """The username of a ``Bearer <jwt>`` header holding a live ``kind`` token; 403 else."""
        scheme, _, token = (header or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise forbidden()
        try:
            claims = self._signer.claims(token.strip())
        except jwt.PyJWTError:
            raise forbidden() from None
        exp, sub = claims.get("exp"), claims.get("sub")
        if claims.get("token_kind") != kind or not isinstance(sub, str):
            raise forbidden()
        if isinstance(exp, bool) or not isinstance(exp, int | float):
            raise forbidden()
        if self._clock.now().timestamp() >= exp:
            raise forbidden("Token expired")
        return sub
