"""``connect``: a ready generated SuperOffice client."""

from __future__ import annotations

import json
from typing import Unpack

import httpx
from superoffice_client import Client

from .._client import DEFAULT_TIMEOUT, ConnectOptions, build_client
from ._auth import SuperOfficeAuth, TokenProvider

__all__ = ["DEFAULT_TIMEOUT", "connect", "is_idempotent"]

# Operations that insert or remove at a position: a second copy shifts the array again.
_POSITIONAL = frozenset({"add", "remove", "move", "copy"})


def _positional(path: object) -> bool:
    last = str(path).rsplit("/", 1)[-1]
    return last == "-" or last.isdigit()


def is_idempotent(request: httpx.Request) -> bool:
    """Whether sending ``request`` twice has the effect of sending it once.

    Reads and merge patches are (they set values). A JSON Patch is unless one of its
    operations appends to an array (``add`` at ``-``) or inserts, removes, moves or
    copies at an array index: a repeat would append or shift once more.
    """
    if request.method.upper() != "PATCH":
        return True
    body = json.loads(request.content)
    if isinstance(body, dict):
        return True
    if not isinstance(body, list):
        return False
    for operation in body:
        if not isinstance(operation, dict):
            return False
        if operation.get("op") in _POSITIONAL and (
            _positional(operation.get("path")) or _positional(operation.get("from", ""))
        ):
            return False
    return True


def _with_offsets(time_zone: str | None) -> str:
    """The SO-TimeZone value: ``time_zone`` (if any) plus ``includeTZOffset``."""
    tokens = [t.strip() for t in (time_zone or "").split(",") if t.strip()]
    if not any(t.lower() == "includetzoffset" for t in tokens):
        tokens.append("includeTZOffset")
    return ",".join(tokens)


def connect(
    base_url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    ticket: str | None = None,
    token: str | None = None,
    token_provider: TokenProvider | None = None,
    app_token: str | None = None,
    language: str | None = None,
    culture: str | None = None,
    time_zone: str | None = None,
    **options: Unpack[ConnectOptions],
) -> Client:
    """A :class:`superoffice_client.Client` that authenticates every call.

    ``base_url`` is the installation's root, e.g.
    ``https://online.superoffice.com/Cust12345``. Give one credential: ``username`` and
    ``password`` (Basic), a SuperOffice credential ``ticket`` (SOTicket), or a bearer
    ``token`` / ``token_provider`` (Online). ``app_token`` is sent as ``SO-AppToken``.
    ``language`` (SO-Language and Accept-Language), ``culture`` (SO-Culture) and
    ``time_zone`` (SO-TimeZone) go on every request. SO-TimeZone always asks for
    ``includeTZOffset``: real servers otherwise write date-times in the user's time
    zone without an offset, and ``update_ticket`` needs ``LastChanged`` as an instant.
    ``options`` are those of every ``connect`` (:class:`~ticket_overlays.ConnectOptions`).
    Under the retry policy,
    appending JSON Patches are sent once unless the policy or
    :func:`~ticket_overlays.retry_non_idempotent` says otherwise (see :func:`is_idempotent`).
    """
    auth = SuperOfficeAuth(
        username=username,
        password=password,
        ticket=ticket,
        token=token,
        token_provider=token_provider,
        app_token=app_token,
    )
    extra: dict[str, str] = {}
    if language is not None:
        extra["accept-language"] = language
        extra["so-language"] = language
    if culture is not None:
        extra["so-culture"] = culture
    extra["so-timezone"] = _with_offsets(time_zone)
    options["headers"] = {**extra, **(options.get("headers") or {})}
    return build_client(Client, base_url, auth=auth, idempotent=is_idempotent, **options)
