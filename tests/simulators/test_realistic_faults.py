"""Faults as real networks make them, and a journal that can verify what was sent."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from ticket_simulators._core import ConnectionDropped, Fault, FaultSet, ServedSimHandle, SimHandle
from ticket_simulators.rezolve import DOC_TICKET_ID, create_app

from .rezolve_helpers import DESCRIPTION, Rezolve

UPDATE = "/api/v2/ticketing/ticket/REQ-0509/update"


# --- faults after the handler -------------------------------------------------------------


def test_apply_then_drop_commits_the_write_and_sends_nothing(rz: Rezolve) -> None:
    rz.sim.inject("apply_then_drop", method="PATCH", count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        rz.patch({DESCRIPTION: "applied"})
    assert rz.ticket()["data"][DESCRIPTION] == "applied"
    patch = next(e for e in rz.sim.requests if e.method == "PATCH")
    assert (patch.status, patch.fault) == (None, "apply_then_drop")
    assert rz.patch({DESCRIPTION: "again"}).status_code == 200  # the fault retired


def _served_patch(server: ServedSimHandle, text: str) -> httpx.Response:
    tenant = server.seed["tenants"][0]
    etag = server.app.backend.store.ticket(tenant["id"], DOC_TICKET_ID).etag  # type: ignore[attr-defined]
    with server.client() as client:
        return client.patch(
            UPDATE,
            params={"type": "agent", "module": "ticketing"},
            headers={
                "authorization": f"Bearer {server.mint_token()}",
                "x-tenantid": tenant["id"],
                "realmname": tenant["realm"],
            },
            json={"etag": etag, "ticketUpdate": {DESCRIPTION: text}},
        )


def _description(server: ServedSimHandle) -> str:
    tenant = server.seed["tenants"][0]["id"]
    ticket = server.app.backend.store.ticket(tenant, DOC_TICKET_ID)  # type: ignore[attr-defined]
    return str(ticket.data[DESCRIPTION])


def test_apply_then_drop_over_a_socket(rezolve_sim_server: ServedSimHandle) -> None:
    rezolve_sim_server.inject("apply_then_drop", method="PATCH", count=1)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        _served_patch(rezolve_sim_server, "applied")
    assert _description(rezolve_sim_server) == "applied"


def test_truncate_sends_the_head_and_part_of_the_body_then_closes(
    rezolve_sim_server: ServedSimHandle,
) -> None:
    rezolve_sim_server.inject("truncate", method="PATCH", keep_bytes=12, count=1)
    with pytest.raises(httpx.RemoteProtocolError, match=r"incomplete|closed"):
        _served_patch(rezolve_sim_server, "cut short")
    assert _description(rezolve_sim_server) == "cut short"  # the write still applied
    entry = rezolve_sim_server.requests.last
    assert (entry.status, entry.fault) == (200, "truncate")


def test_truncate_in_process_raises_the_transport_error(rz: Rezolve) -> None:
    rz.sim.inject("truncate", method="PATCH", count=1)
    with pytest.raises(ConnectionDropped):
        rz.patch({DESCRIPTION: "cut"})
    assert rz.ticket()["data"][DESCRIPTION] == "cut"


@pytest.mark.ticket_sim(faults=[{"kind": "malformed", "method": "PATCH", "count": 1}])
def test_malformed_answers_completely_with_a_body_that_does_not_parse(
    rezolve_sim_server: ServedSimHandle,
) -> None:
    response = _served_patch(rezolve_sim_server, "garbled")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.content) > 0
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert _description(rezolve_sim_server) == "garbled"
    assert _served_patch(rezolve_sim_server, "clean").json()["success"] is True


def test_fault_cut_always_spoils_the_body() -> None:
    fault = Fault(kind="malformed", keep_bytes=1000)
    assert fault.cut(b'{"a":1}') == b'{"a":1'
    assert Fault(kind="truncate").cut(b"0123456789") == b"01234"
    assert Fault(kind="truncate", keep_bytes=0).cut(b"{}") == b""


# --- latency ranges and probabilities, seeded -----------------------------------------------


def _draws(faults: FaultSet, n: int = 200) -> list[tuple[float, str | None]]:
    plans = [faults.plan("GET", "/x") for _ in range(n)]
    return [(p.latency, p.terminal.kind if p.terminal else None) for p in plans]


def _fault_set(*faults: Fault) -> FaultSet:
    fault_set = FaultSet()
    for fault in faults:
        fault_set.add(fault)
    return fault_set


def test_latency_is_drawn_from_its_range_and_repeats_with_its_seed() -> None:
    def make(seed: int) -> FaultSet:
        return _fault_set(Fault(kind="latency", seconds=0.1, seconds_max=0.5, seed=seed))

    first, again, other = _draws(make(7)), _draws(make(7)), _draws(make(8))
    assert first == again
    assert first != other
    delays = [delay for delay, _ in first]
    assert all(0.1 <= d <= 0.5 for d in delays)
    assert min(delays) < 0.2
    assert max(delays) > 0.4


def test_a_probable_fault_fires_on_its_share_and_repeats_with_its_seed() -> None:
    def make(seed: int) -> FaultSet:
        return _fault_set(Fault(kind="drop", probability=0.3, seed=seed))

    first, again, other = _draws(make(1)), _draws(make(1)), _draws(make(2))
    assert first == again
    assert first != other
    fired = sum(kind == "drop" for _, kind in first)
    assert 30 <= fired <= 90  # about 60 of 200


def test_a_probable_fault_that_does_not_fire_lets_a_later_one_decide() -> None:
    faults = _fault_set(
        Fault(kind="drop", probability=0.5, seed=3), Fault(kind="status", status=503)
    )
    kinds = {kind for _, kind in _draws(faults, 100)}
    assert kinds == {"drop", "status"}


def test_count_is_charged_only_when_a_probable_fault_fires() -> None:
    fault = Fault(kind="drop", probability=0.5, seed=5, count=10)
    fired = sum(kind == "drop" for _, kind in _draws(_fault_set(fault), 200))
    assert fired == 10


def test_a_seeded_run_repeats_through_the_control_api() -> None:
    runs = []
    for _ in range(2):
        sim = SimHandle(create_app(), "http://rezolve.sim")
        with sim.client() as client:
            for body in (
                {"kind": "status", "status": 503, "probability": 0.3, "seed": 11, "path": "^/api"},
                {"kind": "drop", "probability": 0.2, "seed": 12, "path": "^/api"},
                {"kind": "latency", "seconds": 0, "seconds_max": 0.001, "seed": 13},
            ):
                assert client.post("/__sim__/faults", json=body).status_code == 201
            listed = client.get("/__sim__/faults").json()["faults"]
            assert [f["probability"] for f in listed] == [0.3, 0.2, 1.0]
            assert listed[2]["seconds_max"] == 0.001
            seen: list[int | str] = []
            for _ in range(40):
                try:
                    seen.append(client.get("/api/v2/ticketing/ticket-type").status_code)
                except httpx.RemoteProtocolError:
                    seen.append("dropped")
        sim.close()
        runs.append(seen)
    assert runs[0] == runs[1]
    assert {503, "dropped"} <= set(runs[0])


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "latency", "seconds": 1, "seconds_max": 0.5},
        {"kind": "drop", "probability": 0},
        {"kind": "drop", "probability": 1.01},
        {"kind": "drop", "seconds_max": 1},
        {"kind": "status", "keep_bytes": 3},
        {"kind": "truncate", "keep_bytes": -1},
        {"kind": "drop", "seed": "one"},
        {"kind": "explode"},
    ],
)
def test_fault_options_are_checked(rz: Rezolve, body: dict[str, Any]) -> None:
    response = rz.client.post("/__sim__/faults", json=body)
    assert response.status_code == 400
    assert response.json()["error"]
    with pytest.raises(ValueError):  # noqa: PT011 (the message is the control API's)
        rz.sim.inject_json(body)
    assert rz.sim.app.runtime.faults.active() == []


# --- the journal --------------------------------------------------------------------------


def test_the_log_keeps_bodies_redacted_and_query_secrets_hidden(rz: Rezolve) -> None:
    response = rz.client.post(
        "/api/v2/ticketing/ticket/REQ-0509/update",
        params={"type": "agent", "access_token": "tok-in-query", "api_key": "k3y"},
        headers={**rz.headers(), "content-type": "application/json"},
        content=b'{"password": "hunter2", "nested": {"client_secret": "s3"}, "note": "kept"}',
    )
    assert response.status_code in (400, 404, 405)
    entry = rz.sim.requests.last
    assert entry.query == "type=agent&access_token=[REDACTED]&api_key=[REDACTED]"
    assert '"note": "kept"' in entry.body
    assert "hunter2" not in entry.body
    assert "s3" not in entry.body
    assert entry.body.count("[REDACTED]") == 2
    shown = json.dumps(rz.client.get("/__sim__/requests").json())
    for secret in ("hunter2", "tok-in-query", "k3y", rz.token):
        assert secret not in shown
        assert secret not in repr(entry)


def test_the_log_cuts_long_bodies(rz: Rezolve) -> None:
    limit = rz.sim.app.runtime.limits.log_body_bytes
    rz.patch({DESCRIPTION: "x" * (2 * limit)})
    entry = rz.sim.requests.last
    assert entry.body.endswith("…[cut]")
    assert len(entry.raw_body) == limit


def test_counting_requests_as_a_mock_server_verifies(rz: Rezolve) -> None:
    rz.patch({DESCRIPTION: "first"})  # each patch reads the etag first: GET, then PATCH
    rz.patch({DESCRIPTION: "second"})
    rz.get(headers=rz.headers(x_request_id="abc-123"))
    tenant = rz.tenant["id"]
    cases: list[tuple[dict[str, Any], int]] = [
        ({}, 5),
        ({"method": "PATCH"}, 2),
        ({"method": "patch", "path": r"/REQ-0509/update$"}, 2),
        ({"method": "GET", "query": "module=ticketing"}, 3),
        ({"headers": {"x-tenantid": f"^{tenant}$"}}, 5),
        ({"headers": {"x-request-id": "abc"}}, 1),
        ({"headers": {"x-missing": ".*"}}, 0),
        ({"body": '"second"'}, 1),
        ({"status": 200, "method": "PATCH"}, 2),
        ({"headers": {"authorization": "Bearer"}}, 0),  # secrets are not there to match
    ]
    for pattern, expected in cases:
        answer = rz.client.post("/__sim__/requests/count", json=pattern).json()
        assert answer == {"count": expected, "complete": True}, pattern
        assert rz.sim.count_requests(**pattern) == expected, pattern
        rz.sim.assert_requests(expected, **pattern)
    found = rz.client.post("/__sim__/requests/find", json={"body": "first"}).json()
    assert [e["method"] for e in found["requests"]] == ["PATCH"]
    with pytest.raises(AssertionError, match="expected 3 request"):
        rz.sim.assert_requests(3, method="PATCH")
