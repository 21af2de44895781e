"""Every call that public integrations make, replayed over a socket against the simulator.

A call gets the status the real vendor gives and carries every field the integration
reads. A call that relies on a departure from the documents is refused (or, for an
answer-side departure, answered without the undocumented field) under ``--strict``;
a call that relies on none works the same in both modes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.vendors import VENDORS

from .replay import Call, all_calls, body_of, missing_reads, replay, vendor_modules

ROOT = Path(__file__).resolve().parents[2]
CALLS = all_calls()
README_SECTION = "## Where the vendors differ from their documents"


def _server(request: pytest.FixtureRequest, call: Call) -> ServedSimHandle:
    server: ServedSimHandle = request.getfixturevalue(f"{call.vendor}_sim_server")
    return server


def _departures() -> dict[str, str]:
    """Every departure id the simulators register, with its vendor's Python name."""
    owners = {}
    for vendor in VENDORS.values():
        module = __import__(f"ticket_simulators.{vendor.module}", fromlist=["DEPARTURES"])
        owners.update(dict.fromkeys(module.DEPARTURES, vendor.module))
    return owners


DEPARTURES = _departures()


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.key)
def test_call_is_answered_as_the_real_vendor_answers(
    request: pytest.FixtureRequest, call: Call
) -> None:
    response = replay(call, _server(request, call))
    assert response.status_code == call.status, response.text
    assert missing_reads(body_of(response), call.reads) == [], response.text


@pytest.mark.parametrize("call", [c for c in CALLS if not c.departures], ids=lambda c: c.key)
def test_documented_call_is_answered_alike_in_strict_mode(
    request: pytest.FixtureRequest, call: Call
) -> None:
    response = replay(call, _server(request, call), strict=True)
    assert response.status_code == call.status, response.text
    assert missing_reads(body_of(response), call.reads) == [], response.text


def _strict_witness(departure: str) -> Call:
    for call in CALLS:
        if departure in call.departures and call.strict is not None:
            return call
    raise AssertionError(f"no corpus call with a strict expectation relies on {departure}")


@pytest.mark.parametrize("departure", sorted(DEPARTURES))
def test_strict_mode_refuses_the_departure(request: pytest.FixtureRequest, departure: str) -> None:
    call = _strict_witness(departure)
    assert call.strict is not None
    response = replay(call, _server(request, call), strict=True)
    expected = call.strict
    assert response.status_code == expected["status"], response.text
    body = body_of(response)
    if response.status_code >= 400:
        # The refusal says which departure the documents do not describe.
        assert departure in response.text
    for path in expected.get("absent", ()):
        assert missing_reads(body, [path]) == [path], f"{path} is still in {response.text}"


def _spec_behaviours(vendor: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for entry in node.get("x-vendor-behaviour", ()):
                found[entry["id"]] = entry
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("departure", sorted(DEPARTURES))
def test_departure_is_recorded_with_its_evidence(departure: str) -> None:
    vendor = DEPARTURES[departure]
    entry = _spec_behaviours(vendor).get(departure)
    assert entry is not None, f"specs/{vendor}.yaml has no x-vendor-behaviour {departure}"
    assert entry.get("behaviour"), entry
    assert entry.get("evidence"), entry
    assert any(departure in call.departures for call in CALLS), f"no corpus call uses {departure}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert README_SECTION in readme
    section = readme.split(README_SECTION, 1)[1].split("\n## ", 1)[0]
    assert f"`{departure}`" in section, f"README does not list {departure}"


def test_corpus_names_only_registered_departures_and_known_vendors() -> None:
    keys = [call.key for call in CALLS]
    assert len(keys) == len(set(keys)), "call ids repeat"
    for call in CALLS:
        assert set(call.departures) <= set(DEPARTURES), call.key
        assert not call.departures or call.strict is not None, call.key
        assert call.integration.repository.count("/") == 1, call.key
    assert set(vendor_modules()) <= {v.module for v in VENDORS.values()}
    for vendor in vendor_modules():
        for entry in _spec_behaviours(vendor).values():
            assert entry["id"] in DEPARTURES, f"spec records {entry['id']}, no simulator checks it"
