"""Redaction of credentials in URLs, headers and bodies, for logs and errors.

One list of credential-bearing names serves every vendor: the headers their schemes use
(``Authorization``, Forcepoint's ``username``/``password``/``refresh-token``,
SuperOffice's ``SO-AppToken``, Rezolve's tenant and realm headers), query parameters
that commonly carry secrets, and JSON keys of token answers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

__all__ = [
    "CREDENTIAL_HEADERS",
    "MASK",
    "redact_body",
    "redact_headers",
    "redact_url",
]

MASK = "***"

CREDENTIAL_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "username",
        "password",
        "refresh-token",
        "so-apptoken",
        "so-ticket",
        "x-tenantid",
        "realmname",
        "x-api-key",
        "api-key",
    }
)
"""Headers that carry a credential or name the account it opens: dropped on a redirect to
another origin, masked in logs and errors."""

# Names whose value is a secret: a header or query parameter containing one of these
# words, or a JSON member ending in one (``access_token``, ``client_secret``; not
# ``externalTicketId``).
_SECRET_WORDS = ("token", "password", "secret", "apikey", "api_key", "api-key", "signature")
_SECRET_ENDINGS = (*_SECRET_WORDS, "key", "sig", "authorization")


def _secret_name(name: str) -> bool:
    lowered = name.lower()
    return (
        lowered in CREDENTIAL_HEADERS
        or any(word in lowered for word in _SECRET_WORDS)
        or lowered.endswith(_SECRET_ENDINGS)
    )


def _secret_member(name: str) -> bool:
    return name.lower().replace("-", "_").endswith(_SECRET_ENDINGS)


def redact_url(url: httpx.URL | str) -> str:
    """``url`` with any user info and the values of secret-looking query parameters masked."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.userinfo:
        parsed = parsed.copy_with(username=MASK, password=None)
    if not parsed.query:
        return str(parsed)
    pairs = [(k, MASK if _secret_name(k) else v) for k, v in parsed.params.multi_items()]
    # Joined by hand so the mask stays readable (QueryParams would percent-encode it).
    query = "&".join(f"{k}={v}" for k, v in pairs)
    return f"{str(parsed.copy_with(query=None)).rstrip('?')}?{query}"


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` (names lowercased) with credential values masked."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k.lower(): MASK if _secret_name(k) else v for k, v in items}


# A JWT, or a long run of token characters after a bearer-like word.
_TOKEN_TEXT = re.compile(
    r"eyJ[\w-]+\.[\w-]+\.[\w-]*|(?i:(bearer|apitoken|basic|soticket)\s+)[\w.~+/=-]{8,}"
)


def _redact_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: MASK if _secret_member(str(k)) else _redact_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v) for v in value]
    if isinstance(value, str):
        return _TOKEN_TEXT.sub(MASK, value)
    return value


def redact_body(content: bytes) -> str:
    """An answer's body as text, with secret-named JSON members and token-like text masked."""
    text = content.decode("utf-8", "replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        return _TOKEN_TEXT.sub(MASK, text)
    return json.dumps(_redact_value(parsed), ensure_ascii=False)
