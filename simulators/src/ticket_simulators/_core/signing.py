"""HS256 tokens signed with a key private to one simulator instance.

Every simulator that issues JWTs signs and verifies them here. Verifying a signature
depends only on the token and the instance's key, so a token that verified once is
remembered (a bounded cache) instead of being decoded again on every request; what
depends on time or on the request (expiry on the simulator's clock, the token's kind,
tenant or scope) stays with the vendor and is judged on every request.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

import jwt

__all__ = ["TokenSigner"]

_ALGORITHM = "HS256"


class TokenSigner:
    """Sign claims and verify tokens with one instance's secret."""

    def __init__(
        self,
        *,
        require: Sequence[str],
        audience: str | None = None,
        issuer: str | None = None,
        secret: bytes | None = None,
        cache_size: int = 1024,
    ) -> None:
        """Check ``audience``/``issuer`` when given and that every ``require`` claim exists."""
        self._secret = secret if secret is not None else secrets.token_bytes(32)
        self._audience = audience
        self._issuer = issuer
        self._require = list(require)
        self._verified = functools.lru_cache(maxsize=cache_size)(self._decode)

    def sign(self, claims: Mapping[str, Any]) -> str:
        """``claims`` signed with this instance's key, as given."""
        return jwt.encode(dict(claims), self._secret, algorithm=_ALGORITHM)

    def claims(self, token: str) -> Mapping[str, Any]:
        """The read-only claims of a genuine token; ``jwt.PyJWTError`` otherwise.

        Time claims are not judged here: PyJWT would use the machine's clock, and a
        simulator's clock may have been moved.
        """
        return self._verified(token)

    def _decode(self, token: str) -> Mapping[str, Any]:
        claims: dict[str, Any] = jwt.decode(
            token,
            self._secret,
            algorithms=[_ALGORITHM],
            audience=self._audience,
            issuer=self._issuer,
            options={
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
                "require": self._require,
            },
        )
        return MappingProxyType(claims)
