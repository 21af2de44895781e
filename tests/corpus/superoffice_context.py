"""Placeholder values for the SuperOffice corpus, minted from the served simulator.

Credentials come from the simulator itself. The bodies of the calls that send a ticket
back whole are built here the way each integration builds them: from the ticket as it
reads it, with its change made. Date-times in them are written as the server in the
field answers them (without an offset) unless the integration asks for offsets, so the
body is what the integration sends to a real server.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from ticket_simulators._core import ServedSimHandle
from ticket_simulators.superoffice import CONTEXT, DOC_PASSWORD, DOC_TICKET_ID, DOC_USERNAME
from ticket_simulators.superoffice.dates import restyle

_TICKET = f"/{CONTEXT}/api/v1/Ticket/{DOC_TICKET_ID}"
# Maps the client copies with their keys as they are (Converters.ts).
_KEPT_MAPS = frozenset({"ExtraFields", "CustomFields", "FieldProperties"})
_OFFSET = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(Z|\+00:00)?")


def context(server: ServedSimHandle) -> dict[str, str]:
    """The values the SuperOffice corpus calls need."""
    basic = base64.b64encode(f"{DOC_USERNAME}:{DOC_PASSWORD}".encode()).decode()
    bearer = server.mint_token(scheme="bearer")
    so_ticket = server.mint_token(scheme="soticket")
    with server.client() as client:

        def read(**headers: str) -> dict[str, Any]:
            response = client.get(_TICKET, headers={"Accept": "application/json", **headers})
            response.raise_for_status()
            entity: dict[str, Any] = response.json()
            return entity

        # Sesam's pipes read with SO-TimeZone: includeTZOffset and send the entity back.
        sesam_read = read(
            Authorization=f"SOTicket {so_ticket}", **{"SO-TimeZone": "includeTZOffset"}
        )
        # Sesam's main branch and the Python SDK read without SO-TimeZone.
        plain = _as_field_answers(read(Authorization=f"Bearer {bearer}"))
    return {
        "ticket_id": str(DOC_TICKET_ID),
        "missing_ticket_id": "99999",
        "basic_credentials": basic,
        "wrong_basic_credentials": base64.b64encode(f"{DOC_USERNAME}:nope".encode()).decode(),
        "bearer_token": bearer,
        "so_ticket": so_ticket,
        "app_token": "c0ffee11c0ffee11c0ffee11c0ffee11",
        "sesam_patch_body": json.dumps({**sesam_read, "Title": "Printer replaced (Sesam)"}),
        "sesam_put_body": json.dumps({**plain, "Title": "Printer replaced (Sesam PUT)"}),
        "sdk_put_body": json.dumps({**plain, "Title": "Printer replaced (SDK)"}),
        "ts_save_body": json.dumps(_as_ts_client_sends({**plain, "Title": "NewTitle"})),
    }


def _as_field_answers(entity: dict[str, Any]) -> dict[str, Any]:
    """``entity`` with date-times as field servers answer (no offset, user's zone UTC)."""
    return {
        name: restyle(name, _offsets_to_stored(value), "naive") for name, value in entity.items()
    }


def _offsets_to_stored(value: Any) -> Any:
    """Whatever form the simulator answered in, date-times as it stores them."""
    if isinstance(value, str):
        match = _OFFSET.fullmatch(value)
        return value if match is None else match[1] + "+00:00"
    if isinstance(value, dict):
        return {k: _offsets_to_stored(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_offsets_to_stored(v) for v in value]
    return value


def _as_ts_client_sends(value: Any, key: str = "") -> Any:
    """The entity as @superoffice/webapi's carrier objects serialise it.

    Member names start lower case (``TicketId`` -> ``ticketId``) except the keys of the
    string maps it copies as they are, ``_Links`` is not kept, and a date-time becomes a
    JavaScript ``Date`` written by ``JSON.stringify`` (``...T08:46:00.000Z``; a Node
    process in UTC reads a naive date as UTC).
    """
    if isinstance(value, dict):
        if key in _KEPT_MAPS:
            return dict(value)
        return {
            k[:1].lower() + k[1:]: _as_ts_client_sends(v, k)
            for k, v in value.items()
            if k != "_Links"
        }
    if isinstance(value, list):
        return [_as_ts_client_sends(item, key) for item in value]
    if isinstance(value, str):
        match = _OFFSET.fullmatch(value)
        if match is not None:
            return match[1] + ".000Z"
    return value
