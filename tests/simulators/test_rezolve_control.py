"""The /__sim__/ control API and the handle that wraps it: reset, clock, faults, log."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from ticket_simulators._core import SimHandle

from .rezolve_helpers import DESCRIPTION, Rezolve


def test_reset_restores_the_seed(rz: Rezolve) -> None:
    original = rz.ticket()
    rz.patch({DESCRIPTION: "changed"})
    rz.sim.clock.advance(3600)
    rz.sim.inject("status", status=503, path="/nowhere")
    response = rz.client.post("/__sim__/reset", json={})
    assert response.status_code == 200
    assert rz.ticket() == original
    assert rz.client.get("/__sim__/faults").json() == {"faults": []}
    assert rz.sim.requests.call_count == 1  # only the GET above; control calls are not logged


def test_tokens_survive_a_reset(rz: Rezolve) -> None:
    rz.sim.reset()
    assert rz.get().status_code == 200


def test_clock_advance_and_set(rz: Rezolve) -> None:
    start = rz.sim.clock.now()
    response = rz.client.post("/__sim__/clock", json={"advance": 90})
    assert response.status_code == 200
    now = response.json()["now"]
    assert now.endswith("Z")
    assert (rz.sim.clock.now() - start).total_seconds() >= 90
    response = rz.client.post("/__sim__/clock", json={"set": "2030-01-01T00:00:00+02:00"})
    assert response.json() == {"now": "2029-12-31T22:00:00.000Z"}
    rz.token = rz.sim.mint_token()  # the old token expired years ago
    rz.patch({DESCRIPTION: "later"})
    assert rz.ticket()["lastUpdatedAt"].startswith("2029-12-31T22:00")
    rz.client.post("/__sim__/reset", json={})
    assert rz.sim.clock.now().year == start.year


@pytest.mark.parametrize(
    "body",
    [{}, {"advance": "1"}, {"advance": True}, {"set": "2030-01-01T00:00:00"}, {"later": 1}, []],
)
def test_clock_rejects_bad_input(rz: Rezolve, body: Any) -> None:
    response = rz.client.post("/__sim__/clock", json=body)
    assert response.status_code == 400
    assert isinstance(response.json()["error"], str)


def test_status_fault_uses_the_vendor_body(rz: Rezolve) -> None:
    response = rz.client.post("/__sim__/faults", json={"kind": "status", "count": 1})
    assert response.status_code == 201
    assert response.json()["fault"]["status"] == 500
    failed = rz.get()
    assert failed.status_code == 500
    assert failed.json() == {"error": True, "message": "Internal server error"}
    assert rz.get().status_code == 200  # count=1 retired the fault


def test_429_with_retry_after(rz: Rezolve) -> None:
    rz.sim.inject("status", status=429, retry_after=7, path=r"/update$", method="patch")
    assert rz.get().status_code == 200  # the path and method do not match
    response = rz.patch({DESCRIPTION: "x"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"]["code"] == "RATE_LIMIT_EXCEEDED"


def test_drop_is_a_transport_error_in_process(rz: Rezolve) -> None:
    rz.client.post("/__sim__/faults", json={"kind": "drop", "count": 2})
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            rz.get()
    assert rz.get().status_code == 200
    assert [e.status for e in rz.sim.requests] == [None, None, 200]
    assert rz.sim.requests[0].fault == "drop"


@pytest.mark.anyio
async def test_drop_through_asgi_transport(rezolve_sim: SimHandle) -> None:
    rezolve_sim.inject("drop")
    async with rezolve_sim.async_client() as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/api/v2/ticketing/ticket-type")
        # The control API is never faulted, so a test can always clear faults.
        response = await client.delete("/__sim__/faults")
        assert response.json() == {"cleared": 1}
        assert (await client.get("/api/v2/ticketing/ticket-type")).status_code == 401


def test_latency_composes_with_a_status(rz: Rezolve) -> None:
    rz.sim.inject("latency", seconds=0.05, count=1)
    rz.sim.inject("status", status=503, count=1)
    response = rz.get()
    assert response.status_code == 503
    assert response.elapsed.total_seconds() >= 0.05
    assert response.json() == {"error": True, "message": "Service Unavailable"}
    assert rz.client.get("/__sim__/faults").json() == {"faults": []}


def test_only_the_first_terminal_fault_fires(rz: Rezolve) -> None:
    first = rz.sim.inject("status", status=502, count=1)
    second = rz.sim.inject("status", status=504, count=1)
    assert rz.get().status_code == 502
    assert (first.fired, second.fired) == (1, 0)
    assert rz.get().status_code == 504


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "explode"},
        {"kind": "latency"},
        {"kind": "latency", "seconds": -1},
        {"kind": "status", "status": 200},
        {"kind": "status", "status": "500"},
        {"kind": "status", "count": 0},
        {"kind": "drop", "status": 500},
        {"kind": "drop", "path": "("},
        {"kind": "drop", "method": "FETCH"},
        {"kind": "drop", "colour": "red"},
        ["drop"],
    ],
)
def test_faults_reject_bad_input(rz: Rezolve, body: Any) -> None:
    response = rz.client.post("/__sim__/faults", json=body)
    assert response.status_code == 400
    assert response.json()["error"]


def test_control_rejects_invalid_json(rz: Rezolve) -> None:
    response = rz.client.post(
        "/__sim__/faults", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["error"].startswith("body must be valid JSON")


@pytest.mark.ticket_sim(faults=[{"kind": "status", "status": 503, "count": 1}])
def test_marker_injects_faults(rz: Rezolve) -> None:
    assert rz.get().status_code == 503
    assert rz.get().status_code == 200


def test_request_log_redacts_credentials(rz: Rezolve) -> None:
    rz.get(headers=rz.headers(x_refresh_token="r3fr3sh", password="hunter2"))
    log = rz.client.get("/__sim__/requests").json()
    assert log["count"] == 1
    entry = log["requests"][0]
    assert entry["method"] == "GET"
    assert entry["path"] == "/api/v2/ticketing/ticket/REQ-0509"
    assert entry["query"] == "type=template&module=ticketing"
    assert entry["status"] == 200
    assert entry["headers"]["authorization"] == "[REDACTED]"
    assert entry["headers"]["x-refresh-token"] == "[REDACTED]"
    assert entry["headers"]["password"] == "[REDACTED]"
    assert entry["headers"]["x-tenantid"] == rz.tenant["id"]
    assert rz.token not in str(log)
    assert rz.sim.requests.last.status == 200


def test_seed_and_tokens_endpoints(rz: Rezolve) -> None:
    assert rz.client.get("/__sim__/seed").json() == rz.seed
    subject = rz.user("service-account")["subject"]
    response = rz.client.post("/__sim__/tokens", json={"subject": subject})
    assert response.status_code == 201
    token = response.json()["token"]
    assert rz.patch({DESCRIPTION: "x"}, headers=rz.headers(token)).status_code == 200
    assert rz.ticket()["lastUpdatedBy"] == subject
    empty = rz.client.post("/__sim__/tokens", headers={"content-type": "application/json"})
    assert empty.status_code == 201  # an empty JSON body takes every default


@pytest.mark.parametrize(
    "body", [{"roles": "ticket_agent"}, {"lifetime": "1h"}, {"subject": 3}, {"colour": "red"}]
)
def test_tokens_reject_bad_options(rz: Rezolve, body: dict[str, Any]) -> None:
    response = rz.client.post("/__sim__/tokens", json=body)
    assert response.status_code == 400


def test_unknown_routes_answer_in_the_vendor_style(rz: Rezolve) -> None:
    response = rz.client.get("/api/v2/ticketing/nothing")
    assert response.json() == {"error": True, "message": "Not Found"}
    response = rz.client.delete("/api/v2/ticketing/ticket/REQ-0509")
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
