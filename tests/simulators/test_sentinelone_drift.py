"""scripts/drift.py over the SentinelOne corpus: what strict mode changes, and a
simulator standing in for a live console reached as a live one is."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.vendors import VENDORS

from tests.corpus.drift_script import load_drift

SENTINELONE = VENDORS["sentinelone"]


@pytest.fixture(scope="module")
def drift() -> ModuleType:
    return load_drift()


@pytest.fixture
def console() -> Iterator[ServedSimHandle]:
    """A simulator in its field behaviour, standing in for a live console."""
    server = ServedSimHandle(SENTINELONE.create_app())
    yield server
    server.stop()


def test_strict_mode_drifts_where_the_corpus_relies_on_departures(drift: Any) -> None:
    calls = drift.read_only_calls(SENTINELONE)
    with (
        drift.simulator_target(SENTINELONE) as field,
        drift.simulator_target(SENTINELONE, strict=True) as strict,
    ):
        report = drift.compare(calls, field, strict)
    assert report.skipped == []
    by_call: dict[str, dict[str, Any]] = {}
    for difference in report.differences:
        by_call.setdefault(difference.call, {})[difference.aspect] = difference
    # A read-only call that relies on a request departure is refused by strict mode...
    relying = {
        c.id for c in calls if set(c.departures) - {"sentinelone/threat-undocumented-fields"}
    }
    for call_id in relying:
        assert (by_call[call_id]["status"].first, by_call[call_id]["status"].second) == (
            "200",
            "400",
        ), call_id
    # ...and every other call that reads whole threats lacks the undocumented fields.
    poll = by_call["elastic-threat-poll"]
    assert set(poll) == {"fields"}
    assert "data[].threatInfo.fileExtensionType" in poll["fields"].first
    assert poll["fields"].second.endswith(": -")
    # Calls on documented forms that read no threat answer alike.
    for same in ("celerium-system-status", "fortisoar-login", "xsoar-test-module"):
        assert same in report.compared
        assert same not in by_call


def test_a_console_reached_from_the_environment(
    drift: Any, console: ServedSimHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    token = next(t["token"] for t in console.seed["tokens"] if t["write"])
    env = {"SENTINELONE_LIVE_BASE_URL": console.base_url, "SENTINELONE_LIVE_TOKEN": token}
    assert drift.main(["sentinelone"], env=env) == 0
    out = capsys.readouterr().out
    assert "no differences" in out
    assert "0 skipped" in out
    assert drift.main(["sentinelone", "--strict"], env=env) == 1
    out = capsys.readouterr().out
    assert "insightconnect-get-threats-trigger: status 200 | 400" in out
    assert "data[].agentRealtimeInfo.scanStatus" in out
