"""threat_linker against the simulators, through the fixtures ticket-simulators installs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sentinelone_client.models import ThreatInfo
from threat_linker import link_threats
from ticket_overlays import rezolve, sentinelone
from ticket_simulators import ServedSimHandle, SimHandle


# Both kinds of handle give a transport: into the app in-process, or over the socket
# (trusting the served simulator's own CA when it speaks HTTPS).
def rezolve_client(sim: SimHandle) -> rezolve.Client:
    tenant = sim.seed["tenants"][0]
    return rezolve.connect(
        sim.base_url,
        token=sim.mint_token(roles=["ticket_agent"]),
        tenant_id=tenant["id"],
        realm=tenant["realm"],
        transport=sim.transport(),
    )


def console_client(sim: SimHandle, *, write: bool) -> sentinelone.Client:
    token = next(
        t["token"] for t in sim.seed["tokens"] if t["write"] is write and not t["account_ids"]
    )
    return sentinelone.connect(sim.base_url, token, transport=sim.transport())


@contextmanager
def connected(
    tickets_sim: SimHandle, console_sim: SimHandle, *, write: bool = True
) -> Iterator[tuple[rezolve.Client, sentinelone.Client]]:
    """Clients of both simulators, closed afterwards."""
    with (
        rezolve_client(tickets_sim) as tickets,
        console_client(console_sim, write=write) as console,
    ):
        yield tickets, console


def description_field(client: rezolve.Client) -> str:
    types = rezolve.list_ticket_types(client)
    service_request = next(t for t in types if t.name == "Service Request")
    return rezolve.field_ids(service_request)["description"]


def test_links_threats_to_a_ticket_in_process(
    rezolve_sim: SimHandle, sentinelone_sim: SimHandle
) -> None:
    threat_ids = sentinelone_sim.seed["threat_ids"][:3]
    with connected(rezolve_sim, sentinelone_sim) as (tickets, console):
        field = description_field(tickets)
        linked = link_threats(tickets, console, "REQ-0509", threat_ids, note_field=field)
        ticket = rezolve.get_ticket(tickets, "REQ-0509")
        threats = list(sentinelone.iter_threats(console, {"ids": threat_ids}))

    assert linked.threats == 3
    assert str(ticket.etag) == linked.etag
    note = f"<p>Linked SentinelOne threats: {', '.join(threat_ids)}</p>"
    assert ticket.data[field].endswith(note)
    infos = [t.threat_info for t in threats if isinstance(t.threat_info, ThreatInfo)]
    assert len(infos) == 3
    assert {i.external_ticket_id for i in infos} == {"REQ-0509"}
    assert {str(i.incident_status) for i in infos} == {"in_progress"}


def test_a_read_only_console_token_leaves_the_ticket_alone(
    rezolve_sim_server: ServedSimHandle, sentinelone_sim_server: ServedSimHandle
) -> None:
    # Over real sockets this time: the session servers the plugin starts.
    threat_ids = sentinelone_sim_server.seed["threat_ids"][:2]
    with connected(rezolve_sim_server, sentinelone_sim_server, write=False) as (tickets, console):
        field = description_field(tickets)
        before = rezolve.get_ticket(tickets, "REQ-0509")
        with pytest.raises(sentinelone.PermissionDenied):
            link_threats(tickets, console, "REQ-0509", threat_ids, note_field=field)
        after = rezolve.get_ticket(tickets, "REQ-0509")

    assert after.etag == before.etag
    assert after.data[field] == before.data[field]


def test_an_empty_selection_is_refused(rezolve_sim: SimHandle, sentinelone_sim: SimHandle) -> None:
    with (
        connected(rezolve_sim, sentinelone_sim) as (tickets, console),
        pytest.raises(ValueError, match="empty selection"),
    ):
        link_threats(tickets, console, "REQ-0509", [], note_field="unused")
    assert len(sentinelone_sim.requests) == 0  # nothing was sent
