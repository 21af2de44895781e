"""Each simulator under load over loopback: 64 clients mixing reads and writes.

Writes append a marker unique to the write, so the final state shows whether any
acknowledged write was lost or applied twice, and whether a refused one slipped in. The
run is bounded (``TICKET_LOAD_SECONDS``, 2 s by default; see ``load.py``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from email.utils import format_datetime

import httpx
import pytest
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, RezolveBackend
from ticket_simulators.superoffice import SuperOfficeBackend

from . import load

RZ_TICKET = "/api/v2/ticketing/ticket"
RZ_PARAMS = {"type": "agent", "module": "ticketing"}
DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


def _check(stats: load.Stats) -> None:
    print(stats.summary())
    assert stats.errors == []
    assert stats.server_errors == 0, stats.statuses
    assert stats.writes > 0
    assert stats.reads > 0
    assert stats.acknowledged


def test_rezolve_under_load(rezolve_sim_server: ServedSimHandle) -> None:
    sim = rezolve_sim_server
    backend = sim.app.backend
    assert isinstance(backend, RezolveBackend)
    tenant = sim.seed["tenants"][0]
    tickets = [
        t.object_id
        for t in backend.store.tickets()
        if t.tenant_id == tenant["id"] and DESCRIPTION in t.data
    ]
    assert tickets
    headers = {
        "authorization": f"Bearer {sim.mint_token()}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
    }

    async def worker(index: int, step: int, http: httpx.AsyncClient, stats: load.Stats) -> None:
        ticket = tickets[(index + step) % len(tickets)]
        response = stats.count(
            await http.get(f"{RZ_TICKET}/{ticket}", params=RZ_PARAMS, headers=headers)
        )
        stats.reads += 1
        if step % 2:
            if step % 4 == 1:
                stats.count(await http.get(f"{RZ_TICKET}-type", params=RZ_PARAMS, headers=headers))
                stats.reads += 1
            return
        assert response.status_code == 200, response.text
        current = response.json()
        marker = f"[{index}.{step}]"
        body = {
            "etag": current["etag"],
            "ticketUpdate": {DESCRIPTION: (current["data"].get(DESCRIPTION) or "") + marker},
        }
        written = stats.count(
            await http.patch(
                f"{RZ_TICKET}/{ticket}/update", params=RZ_PARAMS, headers=headers, json=body
            )
        )
        stats.writes += 1
        if written.status_code == 200:
            stats.acknowledged.append((ticket, marker, written.json()["etag"]))
        else:
            assert written.json()["code"] in ("ETAG_MISMATCH", "INPUT_VALIDATION_FAILURE")
            stats.refused.append((ticket, marker))

    stats = load.run(sim.base_url, worker, verify=sim.verify)
    _check(stats)
    final = {t.object_id: t for t in backend.store.tickets() if t.tenant_id == tenant["id"]}
    etags: dict[str, set[str]] = defaultdict(set)
    for ticket, marker, etag in stats.acknowledged:
        assert final[ticket].data[DESCRIPTION].count(marker) == 1, marker
        etags[ticket].add(etag)
    for ticket, marker in stats.refused:
        assert marker not in final[ticket].data[DESCRIPTION]
    for ticket, seen in etags.items():
        assert final[ticket].etag in seen  # the last write's etag is the ticket's etag


@pytest.mark.ticket_sim(profile="documented")  # guards writes with LastChanged as stored
def test_superoffice_under_load(superoffice_sim_server: ServedSimHandle) -> None:
    sim = superoffice_sim_server
    backend = sim.app.backend
    assert isinstance(backend, SuperOfficeBackend)
    tickets = [t["TicketId"] for t in backend.store.tickets()]
    token = sim.mint_token()
    headers = {"authorization": f"Bearer {token}", "accept": "application/json"}

    async def worker(index: int, step: int, http: httpx.AsyncClient, stats: load.Stats) -> None:
        ticket = tickets[(index + step) % len(tickets)]
        response = stats.count(await http.get(f"/api/v1/Ticket/{ticket}", headers=headers))
        stats.reads += 1
        if step % 2:
            return
        assert response.status_code == 200, response.text
        current = response.json()
        since = format_datetime(datetime.fromisoformat(current["LastChanged"]), usegmt=True)
        marker = f"[{index}.{step}]"
        log = (current.get("ExtraFields") or {}).get("x_log", "") + marker
        written = stats.count(
            await http.patch(
                f"/api/v1/Ticket/{ticket}",
                json={"ExtraFields": {"x_log": log}},
                headers={
                    **headers,
                    "content-type": "application/merge-patch+json",
                    "if-unmodified-since": since,
                },
            )
        )
        stats.writes += 1
        if written.status_code == 200:
            stats.acknowledged.append((ticket, marker))
        else:
            assert written.status_code == 412, written.text
            stats.refused.append((ticket, marker))

    stats = load.run(sim.base_url, worker, verify=sim.verify)
    _check(stats)
    final = {
        t["TicketId"]: (t.get("ExtraFields") or {}).get("x_log", "")
        for t in backend.store.tickets()
    }
    for ticket, marker in stats.acknowledged:
        assert final[ticket].count(marker) == 1, marker
    for ticket, marker in stats.refused:
        assert marker not in final[ticket]
    acknowledged = sum(log.count("[") for log in final.values())
    assert acknowledged == len(stats.acknowledged)


def test_forcepoint_dlp_under_load(forcepoint_dlp_sim_server: ServedSimHandle) -> None:
    sim = forcepoint_dlp_sim_server
    backend = sim.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    keys = [
        (i["id"], i["partition_index"]) for i in sim.seed["incidents"] if i["type"] == "INCIDENTS"
    ][:16]
    before = {key[0]: list(backend.store.get("INCIDENTS", key[0]).comments) for key in keys}  # type: ignore[union-attr]
    headers = {"authorization": f"Bearer {sim.mint_token(kind='access')}"}
    prefix = "/dlp/rest/v1/incidents"

    async def worker(index: int, step: int, http: httpx.AsyncClient, stats: load.Stats) -> None:
        incident, partition = keys[(index + step) % len(keys)]
        if step % 2 == 0:
            query = {"type": "INCIDENTS", "ids": [incident]}
            response = stats.count(await http.post(prefix, json=query, headers=headers))
            assert response.status_code == 200, response.text
            stats.reads += 1
            return
        marker = f"[{index}.{step}]"
        action = "ADD_COMMENT" if step % 4 == 0 else "STATUS"
        body: dict[str, object] = {
            "type": "INCIDENTS",
            "action_type": action,
            "incident_keys": [{"incident_id": incident, "partition_index": partition}],
            "comment": marker,
        }
        if action == "STATUS":
            body["value"] = "IN_PROCESS" if index % 2 else "ESCALATED"
        written = stats.count(await http.post(f"{prefix}/update", json=body, headers=headers))
        stats.writes += 1
        assert written.status_code == 200, written.text
        stats.acknowledged.append((incident, marker))

    stats = load.run(sim.base_url, worker, verify=sim.verify)
    _check(stats)
    added: dict[int, list[str]] = defaultdict(list)
    for incident, marker in stats.acknowledged:
        added[incident].append(marker)
    for incident, _ in keys:
        stored = backend.store.get("INCIDENTS", incident)
        assert stored is not None
        new = stored.comments[len(before[incident]) :]
        assert stored.comments[: len(before[incident])] == before[incident]
        assert sorted(new) == sorted(added[incident])  # each acknowledged comment, once


def test_sentinelone_under_load(sentinelone_sim_server: ServedSimHandle) -> None:
    sim = sentinelone_sim_server
    threats = sim.seed["threat_ids"]
    headers = {"authorization": f"ApiToken {sim.mint_token(write=True)}"}
    prefix = "/web/api/v2.1/threats"
    # Both updates set values, so each client owns its threats: the last value it was
    # acknowledged must be the one in the final state, whatever the others did.
    owned = {index: threats[index :: load.CLIENTS] for index in range(load.CLIENTS)}
    last: dict[str, str] = {}

    async def worker(index: int, step: int, http: httpx.AsyncClient, stats: load.Stats) -> None:
        mine = owned[index]
        threat = mine[step % len(mine)]
        if step % 2 == 0:
            params = {"ids": ",".join(mine), "limit": "100"}
            response = stats.count(await http.get(prefix, params=params, headers=headers))
            assert response.status_code == 200, response.text
            stats.reads += 1
            return
        marker = f"INC-{index}-{step}"
        body = {"filter": {"ids": [threat]}, "data": {"externalTicketId": marker}}
        written = stats.count(
            await http.post(f"{prefix}/external-ticket-id", json=body, headers=headers)
        )
        stats.writes += 1
        assert written.status_code == 200, written.text
        assert written.json()["data"]["affected"] == 1
        stats.acknowledged.append((threat, marker))
        last[threat] = marker

    stats = load.run(sim.base_url, worker, verify=sim.verify)
    _check(stats)
    with httpx.Client(base_url=sim.base_url, verify=sim.verify) as http:
        ids = ",".join(last)
        response = http.get(prefix, params={"ids": ids, "limit": "1000"}, headers=headers)
    final = {t["id"]: t["threatInfo"]["externalTicketId"] for t in response.json()["data"]}
    assert final == last
