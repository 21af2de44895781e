"""Hostile input over a real socket: a 4xx, no change, and the next request served.

Each case of ``hostile_input.py`` goes to the session's served simulator (uvicorn on a
loopback port, as a developer runs it). The answer must be the documented 4xx in the
vendor's error shape (``{"error": ...}`` on the control API); the whole state must be
byte for byte what it was, faults and clock included; and an ordinary read on the same
connection must then answer exactly as before the attack.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.rezolve import DOC_TICKET_ID
from ticket_simulators.vendors import VENDORS

from . import hostile_input as corpus
from .bad_input import Case
from .state import snapshot
from .test_bad_input import CORPORA, FP_QUERY, RZ_FIELDS, RZ_QUERY, S1, SO_MERGE

CaseSource = Callable[[SimHandle], Iterator[Case]]
SOURCES: dict[str, CaseSource] = {
    "rezolve": corpus.rezolve_cases,
    "superoffice": corpus.superoffice_cases,
    "sentinelone": corpus.sentinelone_cases,
    "forcepoint-dlp": corpus.forcepoint_cases,
}


def _normal_read(vendor: str, sim: SimHandle) -> tuple[str, str, bytes | None]:
    """An ordinary request of the vendor's API: method, path with query, JSON body."""
    if vendor == "rezolve":
        return "GET", f"/api/v2/ticketing/ticket/REQ-0509?{RZ_QUERY}", None
    if vendor == "superoffice":
        return "GET", "/api/v1/Ticket/900", None
    if vendor == "sentinelone":
        return "GET", f"{S1}?ids={sim.seed['threat_ids'][0]}", None
    return "POST", "/dlp/rest/v1/incidents", httpx.Request("POST", "/", json=FP_QUERY).read()


def _cases(vendor: str) -> dict[str, Case]:
    probe = SimHandle(VENDORS[vendor].create_app(seed=0), VENDORS[vendor].base_url)
    try:
        cases = [*SOURCES[vendor](probe), *corpus.control_cases()]
    finally:
        probe.close()
    named = {case.name: case for case in cases}
    assert len(named) == len(cases), "case names must be unique"
    return named


CASES = {vendor: _cases(vendor) for vendor in SOURCES}


@dataclass
class Target:
    server: ServedSimHandle
    client: httpx.Client
    headers: dict[str, str]
    read: tuple[str, str, bytes | None]
    baseline: Any


_TARGETS: dict[str, Target] = {}


@pytest.fixture(scope="module")
def targets() -> Iterator[dict[str, Target]]:
    yield _TARGETS
    for target in _TARGETS.values():
        target.client.close()
    _TARGETS.clear()


def _target(request: pytest.FixtureRequest, targets: dict[str, Target], vendor: str) -> Target:
    if vendor not in targets:
        server: ServedSimHandle = request.getfixturevalue(
            f"make_{vendor.replace('-', '_')}_sim_server"
        )
        server.reset()
        client = httpx.Client(base_url=server.base_url, verify=server.verify, timeout=30)
        target = Target(
            server, client, CORPORA[vendor][1](server), _normal_read(vendor, server), None
        )
        target.baseline = _read(target)
        targets[vendor] = target
    return targets[vendor]


def _read(target: Target) -> Any:
    method, path, body = target.read
    headers = {**target.headers, "content-type": "application/json"}
    response = target.client.request(method, path, content=body, headers=headers)
    assert response.status_code == 200, response.text[:300]
    return response.json()


def _send(target: Target, case: Case) -> httpx.Response:
    headers = dict(target.headers)
    if case.content_type is not None:
        headers["content-type"] = case.content_type
    overridden = {name for name, _ in case.headers}
    raw = [(k.encode(), v.encode()) for k, v in headers.items() if k not in overridden]
    raw += [(k.encode(), v.encode()) for k, v in case.headers]
    url = case.path + (f"?{case.query}" if case.query else "")
    request = target.client.build_request(case.method, url, content=case.body or b"")
    host = request.headers["host"].encode()
    request.headers = httpx.Headers([(b"host", host), *raw])
    if case.body:
        request.headers["content-length"] = str(len(case.body))
    return target.client.send(request)


def _state(server: ServedSimHandle) -> tuple[bytes, list[dict[str, Any]]]:
    faults = [fault.to_json() for fault in server.app.runtime.faults.active()]
    return pickle.dumps(snapshot(server)), faults


def _params() -> Iterator[Any]:
    for vendor, cases in CASES.items():
        for name in cases:
            yield pytest.param(vendor, name, id=f"{vendor}-{name}"[:100])


@pytest.mark.parametrize(("vendor", "name"), list(_params()))
def test_hostile_input_is_refused_changes_nothing_and_the_server_goes_on(
    request: pytest.FixtureRequest, targets: dict[str, Target], vendor: str, name: str
) -> None:
    target = _target(request, targets, vendor)
    case = CASES[vendor][name]
    server = target.server
    before = _state(server)
    now = server.clock.now()
    try:
        response = _send(target, case)
        assert response.status_code == case.status, response.text[:300]
        if case.name.startswith("control-"):
            assert isinstance(response.json()["error"], str)
        else:
            CORPORA[vendor][2](response)
        assert _state(server) == before
        assert abs(server.clock.now() - now) < timedelta(minutes=5)
        assert _read(target) == target.baseline
    except BaseException:
        server.reset()  # leave a clean server for the next case, whatever went wrong
        raise


EDGE_TEXT = "\U0001f600 \uffff \u2028 ünï \x00"


def test_values_at_the_edge_of_valid_are_stored_and_read_back(
    request: pytest.FixtureRequest, targets: dict[str, Target]
) -> None:
    """A stored value is always one that reads back: astral characters (sent as an
    escaped surrogate pair), non-characters, NUL, and the last instant of year 9999."""
    rz = _target(request, targets, "rezolve")
    so = _target(request, targets, "superoffice")
    try:
        tenant = rz.server.seed["tenants"][0]["id"]
        etag = rz.server.app.backend.store.ticket(tenant, DOC_TICKET_ID).etag  # type: ignore[attr-defined]
        description = RZ_FIELDS["description"]
        body = {
            "etag": etag,
            "ticketUpdate": {description: EDGE_TEXT, RZ_FIELDS["due_date"]: "9999-12-31"},
        }
        written = _send(
            rz,
            Case(
                "rz",
                "PATCH",
                "/api/v2/ticketing/ticket/REQ-0509/update",
                200,
                json.dumps(body).encode(),
                query=RZ_QUERY,
            ),
        )
        assert written.status_code == 200, written.text
        data = _read(rz)["data"]
        assert data[description] == EDGE_TEXT
        assert data[RZ_FIELDS["due_date"]] == "9999-12-31"

        change = {"Title": EDGE_TEXT, "Deadline": "9999-12-31T23:59:59Z"}
        written = _send(
            so,
            Case("so", "PATCH", "/api/v1/Ticket/900", 200, json.dumps(change).encode(), SO_MERGE),
        )
        assert written.status_code == 200, written.text
        ticket = _read(so)
        assert ticket["Title"] == EDGE_TEXT
        assert ticket["Deadline"].startswith("9999-12-31T23:59:59")
    finally:
        rz.server.reset()
        so.server.reset()
        rz.baseline, so.baseline = _read(rz), _read(so)
