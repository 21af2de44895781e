"""SentinelOne: set the external ticket id of one threat that exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from ticket_overlays import sentinelone
from ticket_simulators._core import SimHandle

from . import Control, RawRequest, SimControl, sending

TICKET = "INC-BENCH"


def _writer_token(control: Control) -> str:
    tokens = control.seed()["tokens"]
    return str(next(t["token"] for t in tokens if t["write"] and not t["account_ids"]))


def _threat(control: Control) -> str:
    # A threat that exists, so the update selects it and really writes.
    return str(control.seed()["threat_ids"][0])


class SentinelOneRecipe:
    """POST threats/external-ticket-id with an id filter of one threat."""

    operation = "sentinelone set_external_ticket_id"

    def load_request(self, control: Control) -> RawRequest:
        """The update, as raw httpx writes it."""
        return RawRequest(
            "POST",
            "/web/api/v2.1/threats/external-ticket-id",
            {
                "Authorization": f"ApiToken {_writer_token(control)}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
            ({"filter": {"ids": [_threat(control)]}, "data": {"externalTicketId": TICKET}}),
        )

    def raw_call(self, http: httpx.Client, control: Control) -> Callable[[], None]:
        """The update, repeated."""
        return sending(http, self.load_request(control))

    def overlay_call(self, handle: SimHandle, transport: httpx.BaseTransport) -> Callable[[], None]:
        """``sentinelone.set_external_ticket_id`` on the same threat."""
        control = SimControl(handle)
        client = sentinelone.connect(handle.base_url, _writer_token(control), transport=transport)
        threat = _threat(control)

        def call() -> None:
            sentinelone.set_external_ticket_id(client, TICKET, ids=[threat])

        return call

    def effect(self, handle: SimHandle) -> Any:
        """The threat's external ticket id, as the listing shows it."""
        control = SimControl(handle)
        with handle.client() as http:
            answer = http.get(
                "/web/api/v2.1/threats",
                params={"ids": _threat(control)},
                headers={"Authorization": f"ApiToken {_writer_token(control)}"},
            )
        answer.raise_for_status()
        return answer.json()["data"][0]["threatInfo"]["externalTicketId"]


RECIPE = SentinelOneRecipe()
