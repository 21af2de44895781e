"""A write applied and its answer lost, end to end over a real socket.

The served simulator's ``apply_then_drop`` fault commits the PATCH, then closes the
connection before answering, exactly as a server behind a failing network does. The
overlays retry, find their resend refused by the vendor's guard, and raise
``WriteOutcomeUnknown`` with the current record: the change landed once, never twice.
"""

from __future__ import annotations

from typing import Any

import pytest
from superoffice_client.models import StringFields, TicketEntity
from ticket_overlays import RetryPolicy, WriteOutcomeUnknown, superoffice
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from .sim_clients import append_lands_once_but_outcome_unknown, rezolve_client

LOSE_FIRST_PATCH = {"kind": "apply_then_drop", "method": "PATCH", "count": 1}
NO_WAIT = RetryPolicy(wait_initial=0, jitter=0)
RZ_DESCRIPTION = DOC_DESCRIPTION_FIELD_ID
SO_COUNTER = "SuperOffice:2"


def _patches(server: ServedSimHandle) -> list[tuple[int | None, str | None]]:
    return [(e.status, e.fault) for e in server.requests if e.method == "PATCH"]


@pytest.mark.ticket_sim(faults=[LOSE_FIRST_PATCH])
def test_rezolve_append_with_a_lost_answer_lands_once(rezolve_sim_server: ServedSimHandle) -> None:
    server = rezolve_sim_server
    with rezolve_client(server, retry=NO_WAIT) as client:
        append_lands_once_but_outcome_unknown(client)
    # Applied with no answer, then the resend refused for its stale etag.
    assert _patches(server) == [(None, "apply_then_drop"), (400, None)]
    server.assert_requests(1, method="PATCH", body=r"\[once\]", fault="apply_then_drop")


def _counter(ticket: TicketEntity) -> int:
    fields = ticket.custom_fields
    assert isinstance(fields, StringFields)
    return int(fields.additional_properties[SO_COUNTER] or 0)


@pytest.mark.parametrize("guard", ["if-unmodified-since", "test"])
def test_superoffice_increment_with_a_lost_answer_lands_once(
    superoffice_sim_server: ServedSimHandle, guard: superoffice.Guard
) -> None:
    server = superoffice_sim_server
    server.inject_json(LOSE_FIRST_PATCH)
    with superoffice.connect(server.base_url, token=server.mint_token(), retry=NO_WAIT) as client:
        before = _counter(superoffice.get_ticket(client, SO_TICKET))

        def increment(ticket: TicketEntity) -> dict[str, Any]:
            return {"CustomFields": {SO_COUNTER: str(_counter(ticket) + 1)}}

        with pytest.raises(WriteOutcomeUnknown) as unknown:
            superoffice.update_ticket(client, SO_TICKET, increment, guard=guard)
        assert _counter(unknown.value.current) == before + 1
        assert _counter(superoffice.get_ticket(client, SO_TICKET)) == before + 1
    first, *resends = _patches(server)
    assert first == (None, "apply_then_drop")
    assert resends in ([(409, None)], [(412, None)])
    assert server.count_requests(method="PATCH") == 2
