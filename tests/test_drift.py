"""scripts/drift.py: the corpus' read-only calls against two servers, compared by shape.

A simulator in one profile stands in for the live tenant and one in another: Forcepoint's
field and guide profiles differ in the status of "nothing found" and in the shape of
``violation_triggers``, and the check must name exactly those differences.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.forcepoint_dlp import ACCOUNTS
from ticket_simulators.vendors import VENDORS

from tests.corpus.drift_script import load_drift
from tests.corpus.replay import vendor_modules

FORCEPOINT = VENDORS["forcepoint-dlp"]
ACCOUNT = next(a for a in ACCOUNTS if a.admin_type == "Application")
TRIGGER_FIELDS = {
    "incidents[].violation_triggers[].policy_name",
    "incidents[].violation_triggers[].rule_name",
    "incidents[].violation_triggers[].classifiers[].number_matches",
}


@pytest.fixture(scope="module")
def drift() -> ModuleType:
    return load_drift()


@pytest.fixture
def guide_tenant() -> Iterator[ServedSimHandle]:
    """A simulator in the guide profile, standing in for a live manager."""
    server = ServedSimHandle(FORCEPOINT.create_app(profile="guide"))
    yield server
    server.stop()


def _env(server: ServedSimHandle) -> dict[str, str]:
    return {
        "FORCEPOINT_DLP_LIVE_BASE_URL": server.base_url,
        "FORCEPOINT_DLP_LIVE_USERNAME": ACCOUNT.username,
        "FORCEPOINT_DLP_LIVE_PASSWORD": ACCOUNT.password,
        "FORCEPOINT_DLP_LIVE_FROM_DATE": "01/10/2021 00:00:00",
        "FORCEPOINT_DLP_LIVE_TO_DATE": "08/10/2021 00:00:00",
    }


def test_profiles_drift_in_nothing_found_and_violation_triggers(drift: Any) -> None:
    calls = drift.read_only_calls(FORCEPOINT)
    with (
        drift.simulator_target(FORCEPOINT, "guide") as guide,
        drift.simulator_target(FORCEPOINT, "field") as field,
    ):
        report = drift.compare(calls, guide, field)
    assert report.skipped == []
    assert set(report.compared) == {c.id for c in calls}
    by_call: dict[str, dict[str, Any]] = {}
    for difference in report.differences:
        by_call.setdefault(difference.call, {})[difference.aspect] = difference
    # A quiet window: 420 in the guide, 200 with zero counts in the field; same fields.
    quiet = by_call.pop("xsoar-fetch-quiet-window")
    assert set(quiet) == {"status"}
    assert (quiet["status"].first, quiet["status"].second) == ("420", "200")
    # Every answer with incidents differs only in the detail of the violation triggers.
    assert by_call
    for call, aspects in by_call.items():
        assert set(aspects) == {"fields"}, call
        only_guide, only_field = aspects["fields"].first, aspects["fields"].second
        assert only_guide.endswith(": -"), call
        assert all(path in only_field for path in TRIGGER_FIELDS), call
    # The credentials check answers alike in both.
    assert "xsoar-test-module" in report.compared
    assert "xsoar-test-module" not in by_call
    rendered = report.render()
    assert "xsoar-fetch-quiet-window: status 420 | 200" in rendered
    assert "incidents[].violation_triggers[].policy_name" in rendered


def test_live_tenant_from_the_environment(
    drift: Any, guide_tenant: ServedSimHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    # The "live tenant" is reached as a live one is: env configuration, a real login.
    env = _env(guide_tenant)
    assert drift.main(["forcepoint-dlp"], env=env) == 1
    out = capsys.readouterr().out
    assert f"live tenant {guide_tenant.base_url} | simulator (field)" in out
    assert "xsoar-fetch-quiet-window: status 420 | 200" in out
    assert "0 skipped" in out
    assert drift.main(["forcepoint-dlp", "--profile", "guide"], env=env) == 0
    assert "no differences" in capsys.readouterr().out


def test_strict_simulator_lacks_the_fields_real_answers_carry(
    drift: Any, guide_tenant: ServedSimHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    guide_tenant.app.runtime.fidelity.set(profile="field")
    code = drift.main(["forcepoint-dlp", "--strict", "--profile", "field"], env=_env(guide_tenant))
    assert code == 1
    out = capsys.readouterr().out
    # Ids sent as strings are refused by the documents-only simulator, and the history
    # real answers carry is missing from its answers.
    assert "xsoar-get-remote-data: status 200 | 400" in out
    assert "only on live tenant" in out
    assert "incidents[].history[].task_name" in out


def test_cannot_run_without_a_tenant(drift: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main(["forcepoint-dlp"], env={}) == 2
    assert "FORCEPOINT_DLP_LIVE_BASE_URL" in capsys.readouterr().err


def test_a_call_without_its_placeholders_is_skipped(
    drift: Any, guide_tenant: ServedSimHandle
) -> None:
    # A tenant where nothing is found leaves the incident placeholders without values.
    env = _env(guide_tenant) | {
        "FORCEPOINT_DLP_LIVE_FROM_DATE": "01/01/2001 00:00:00",
        "FORCEPOINT_DLP_LIVE_TO_DATE": "02/01/2001 00:00:00",
    }
    live = drift.live_target(FORCEPOINT, env)
    assert "incident_id" not in live.values
    with drift.simulator_target(FORCEPOINT, "guide") as simulator:
        report = drift.compare(drift.read_only_calls(FORCEPOINT), live, simulator)
    assert any("xsoar-get-remote-data" in s and "incident_id" in s for s in report.skipped)
    assert "xsoar-test-module" in report.compared


@pytest.mark.parametrize("vendor", vendor_modules())
def test_a_simulator_does_not_drift_from_itself(drift: Any, vendor: str) -> None:
    entry = next(v for v in VENDORS.values() if v.module == vendor)
    calls = drift.read_only_calls(entry)
    with drift.simulator_target(entry) as one, drift.simulator_target(entry) as two:
        report = drift.compare(calls, one, two)
    assert report.differences == []
    assert len(report.compared) == len(calls)


def test_key_paths_and_vendor_codes(drift: Any) -> None:
    body = {"incidents": [{"id": 1, "source": {"host_name": "a"}}, {"id": 2, "tags": []}]}
    assert drift.key_paths(body) == {
        "incidents",
        "incidents[].id",
        "incidents[].source",
        "incidents[].source.host_name",
        "incidents[].tags",
    }
    assert drift.key_paths([{"a": 1}]) == {"[].a"}
    assert drift.key_paths("text") == frozenset()
    # Each vendor's error body style: SentinelOne, Rezolve, SuperOffice, Forcepoint.
    assert drift.vendor_code({"errors": [{"code": 4000010, "title": "Validation"}]}) == "4000010"
    assert drift.vendor_code({"code": "ETAG_MISMATCH", "message": "stale"}) == "ETAG_MISMATCH"
    assert drift.vendor_code({"Error": True, "ErrorType": "SoException"}) == "SoException"
    assert drift.vendor_code({"status": 400, "message": "bad"}) is None
    assert drift.vendor_code(None) is None


def test_live_values_from_generic_environment_names(drift: Any) -> None:
    # Without a live_context hook, ${name} comes from <VENDOR>_LIVE_<NAME>, tokens also
    # from <VENDOR>_LIVE_TOKEN (the live contract tests' name).
    values = drift._values_from_env(
        FORCEPOINT,
        {"FORCEPOINT_DLP_LIVE_TOKEN": "t", "FORCEPOINT_DLP_LIVE_FROM_DATE": "01/01/2024 00:00:00"},
    )
    assert values["access_token"] == "t"
    assert values["from_date"] == "01/01/2024 00:00:00"
    assert "to_date" not in values
    rezolve = drift._values_from_env(
        VENDORS["rezolve"],
        {"REZOLVE_LIVE_TOKEN": "t", "REZOLVE_LIVE_TENANT_ID": "x", "REZOLVE_LIVE_REALM": "r"},
    )
    assert {rezolve[k] for k in ("access_token", "tenant_id", "realm_name")} == {"t", "x", "r"}
