"""Forcepoint DLP simulator: Get Incidents by ids and by date range and filters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ticket_simulators._core import SimHandle

from .forcepoint_dlp_helpers import WHOLE_SEED, Dlp


@pytest.fixture
def dlp(forcepoint_dlp_sim: SimHandle) -> Iterator[Dlp]:
    with forcepoint_dlp_sim.client() as client:
        yield Dlp(forcepoint_dlp_sim, client)


def _all(dlp: Dlp, kind: str = "INCIDENTS", **filters: Any) -> dict[str, Any]:
    response = dlp.incidents({"type": kind, **WHOLE_SEED, **filters})
    assert response.status_code in (200, 420), response.text
    body: dict[str, Any] = response.json()
    return body


def test_by_ids_answers_found_and_not_found(dlp: Dlp) -> None:
    first = dlp.seeded()[0]
    response = dlp.incidents({"type": "INCIDENTS", "ids": [first["id"], 999]})
    assert response.status_code == 200
    body = response.json()
    assert [i["id"] for i in body["incidents"]] == [first["id"]]
    assert body["not_found_ids"] == [999]
    incident = body["incidents"][0]
    assert incident["event_id"] == first["event_id"]
    assert incident["partition_index"] == first["partition_index"]
    assert isinstance(incident["event_id"], str)
    assert incident["source"]["login_name"]


def test_ids_win_over_filters(dlp: Dlp) -> None:
    first = dlp.seeded()[0]
    body = {"type": "INCIDENTS", "ids": [first["id"]], "from_date": "01/01/1999 00:00:00"}
    body["to_date"] = "01/01/1999 00:00:01"
    assert dlp.incidents(body).status_code == 200


@pytest.mark.parametrize(("profile", "status"), [("guide", 420), ("field", 200)])
def test_nothing_found_with_not_found_ids(dlp: Dlp, profile: str, status: int) -> None:
    # The guide answers 420; servers in the field answer 200 with zero counts.
    dlp.sim.app.runtime.fidelity.set(profile=profile)
    response = dlp.incidents({"type": "INCIDENTS", "ids": [1, 2]})
    assert response.status_code == status
    assert response.json() == {
        "incidents": [],
        "total_count": 0,
        "total_returned": 0,
        "not_found_ids": [1, 2],
    }
    empty = dlp.incidents({"type": "INCIDENTS", "from_date": "01/01/2000 00:00:00"} | _day())
    assert empty.status_code == status
    assert empty.json()["total_count"] == 0


def _day() -> dict[str, str]:
    return {"to_date": "02/01/2000 00:00:00"}


def test_date_range_in_guide_format(dlp: Dlp) -> None:
    body = _all(dlp)
    assert body["total_count"] == body["total_returned"] > 0
    half = dlp.incidents(
        {"type": "INCIDENTS", "from_date": "01/10/2021 00:00:00", "to_date": "03/10/2021 23:59:59"}
    ).json()
    assert 0 < half["total_count"] < body["total_count"]
    for incident in half["incidents"]:
        assert incident["incident_time"][:10] in ("01/10/2021", "02/10/2021", "03/10/2021")


@pytest.mark.parametrize(
    "body",
    [
        {"type": "INCIDENTS"},
        {"type": "INCIDENTS", "from_date": "2021-10-01T00:00:00"} | _day(),
        {"type": "INCIDENTS", "ids": []},
        {"type": "INCIDENTS", "ids": ["1a"]},
        {"type": "INCIDENTS", "ids": [str(2**63)]},
        {"type": "INCIDENTS", "ids": [2**63]},  # incident ids are 64-bit longs
        {"type": "OTHER", "ids": [1]},
        {"ids": [1]},
        {"type": "INCIDENTS", "ids": [1], "severity": "SEVERE"},
        {"type": "INCIDENTS", "ids": [1], "event_id": "12a"},
        {"type": "INCIDENTS", "ids": [1], "event_id": 2**64},
        {"type": "INCIDENTS", "ids": [1], "event_id": -1},
        {"type": "INCIDENTS", "ids": [1], "event_id": True},
        {"type": "INCIDENTS", "ids": [1], "remove_ignored_incidents": "TRUE"},
    ],
)
def test_invalid_queries_are_400(dlp: Dlp, body: dict[str, Any]) -> None:
    response = dlp.incidents(body)
    assert response.status_code == 400
    assert response.json()["message"]


def test_ids_as_strings_in_the_field_only(dlp: Dlp) -> None:
    first = dlp.seeded()[0]
    found = dlp.incidents({"type": "INCIDENTS", "ids": [str(first["id"])]})
    assert found.status_code == 200
    assert [i["id"] for i in found.json()["incidents"]] == [first["id"]]
    dlp.sim.app.runtime.fidelity.set(strict=True)
    refused = dlp.incidents({"type": "INCIDENTS", "ids": [str(first["id"])]})
    assert refused.status_code == 400
    assert "forcepoint-dlp/ids-as-strings" in refused.json()["message"]


@pytest.mark.parametrize("strict", [False, True])
def test_event_id_filter_as_number_or_string(dlp: Dlp, strict: bool) -> None:
    # The guide's example sends the event id as a number, its answers carry strings.
    dlp.sim.app.runtime.fidelity.set(strict=strict)
    first = dlp.seeded()[0]
    for event_id in (first["event_id"], int(first["event_id"])):
        body = _all(dlp, event_id=event_id)
        assert [i["event_id"] for i in body["incidents"]] == [first["event_id"]]


def test_more_than_1000_ids_is_400(dlp: Dlp) -> None:
    response = dlp.incidents({"type": "INCIDENTS", "ids": list(range(1001))})
    assert response.status_code == 400
    assert "1000" in response.json()["message"]


@pytest.mark.parametrize(
    "key", ["severity", "action", "channel", "endpoint_type", "assigned_to", "detected_by"]
)
def test_each_filter_narrows(dlp: Dlp, key: str) -> None:
    everything = _all(dlp)["incidents"]
    value = everything[0][key]
    narrowed = _all(dlp, **{key: value})["incidents"]
    assert narrowed
    assert all(i[key] == value for i in narrowed)
    assert len(narrowed) <= len(everything)


def test_policy_source_event_and_status_filters(dlp: Dlp) -> None:
    first = _all(dlp)["incidents"][0]
    assert [i["id"] for i in _all(dlp, event_id=first["event_id"])["incidents"]] == [first["id"]]
    policy = first["policies"].split("; ")[-1]
    assert all(policy in i["policies"] for i in _all(dlp, policies=policy)["incidents"])
    login = first["source"]["login_name"]
    by_source = _all(dlp, source=login)["incidents"]
    assert by_source
    assert all(i["source"]["login_name"] == login for i in by_source)
    closed = _all(dlp, status="CLOSE")["incidents"]
    assert closed
    assert {i["status"] for i in closed} == {"Closed"}


def test_false_positives_hidden_unless_asked_for(dlp: Dlp) -> None:
    shown = _all(dlp)["incidents"]
    assert "False Positive" not in {i["status"] for i in shown}
    fps = _all(dlp, status="FALSE_POSITIVE")["incidents"]
    assert fps
    assert {i["status"] for i in fps} == {"False Positive"}


def test_remove_ignored_incidents(dlp: Dlp) -> None:
    target = _all(dlp)["incidents"][0]
    key = {"incident_id": target["id"], "partition_index": target["partition_index"]}
    update = {"type": "INCIDENTS", "action_type": "FALSE_POSITIVE", "value": "1"}
    assert dlp.update(update | {"incident_keys": [key]}).status_code == 200
    kept = _all(dlp)["incidents"]
    assert target["id"] in [i["id"] for i in kept]
    removed = _all(dlp, remove_ignored_incidents=True)["incidents"]
    assert target["id"] not in [i["id"] for i in removed]


def test_sort_by_insert_date(dlp: Dlp) -> None:
    dlp.client.post(
        "/__sim__/incidents/generate",
        json={"count": 3, "from": "2021-10-01T00:00:00", "to": "2021-10-01T00:00:03"},
    )
    default = [i["id"] for i in _all(dlp)["incidents"]]
    assert default == sorted(default)
    by_insert = [i["id"] for i in _all(dlp, sort_by="INSERT_DATE")["incidents"]]
    assert sorted(by_insert) == default


def test_discovery_fields(dlp: Dlp) -> None:
    by_filter = _all(dlp, "DISCOVERY")["incidents"]
    assert by_filter
    first = by_filter[0]
    assert "partition_index" not in first
    assert "channel" in first
    assert "transaction_size" not in first
    assert "file_path" in first
    by_id = dlp.one(first["id"], "DISCOVERY")
    assert "channel" not in by_id
    assert set(by_id["source"]) == {"host_name"}
    assert "transaction_size" in by_id


def test_at_most_10000_returned_with_true_total(dlp: Dlp) -> None:
    response = dlp.client.post(
        "/__sim__/incidents/generate",
        json={"count": 10_001, "from": "2022-01-01T00:00:00", "to": "2022-01-02T00:00:00"},
    )
    assert response.json()["generated"] == 10_001
    body = dlp.incidents(
        {"type": "INCIDENTS", "from_date": "01/01/2022 00:00:00", "to_date": "02/01/2022 00:00:00"}
    ).json()
    assert body["total_returned"] == 10_000
    assert len(body["incidents"]) == 10_000
    assert body["total_count"] == 10_001


def test_generate_rejects_bad_input(dlp: Dlp) -> None:
    response = dlp.client.post("/__sim__/incidents/generate", json={"count": 0})
    assert response.status_code == 400


@pytest.mark.parametrize("kind", ["INCIDENTS", "DISCOVERY"])
def test_violation_triggers_by_profile(dlp: Dlp, kind: str) -> None:
    first = dlp.seeded(kind)[0]
    dlp.sim.app.runtime.fidelity.set(profile="guide")
    count = dlp.one(first["id"], kind)["violation_triggers"]
    assert isinstance(count, int)
    assert count >= 1
    dlp.sim.app.runtime.fidelity.set(profile="field")
    incident = dlp.one(first["id"], kind)
    triggers = incident["violation_triggers"]
    # The field's answers list the matched rules, one per trigger the guide counts.
    assert len(triggers) == count
    policies = incident["policies"].split("; ")
    for trigger in triggers:
        assert trigger["policy_name"] in policies
        assert trigger["rule_name"]
        assert [set(c) for c in trigger["classifiers"]] == [{"classifier_name", "number_matches"}]
    top = max(c["number_matches"] for t in triggers for c in t["classifiers"])
    assert top == max(incident["maximum_matches"], 1)


def test_trailing_slash_path_of_the_guides_examples(dlp: Dlp) -> None:
    headers = {"authorization": f"Bearer {dlp.token}"}
    body = {"type": "INCIDENTS", **WHOLE_SEED}
    for strict in (False, True):
        dlp.sim.app.runtime.fidelity.set(strict=strict)
        slash = dlp.client.post("/dlp/rest/v1/incidents/", json=body, headers=headers)
        plain = dlp.incidents(body)
        assert slash.status_code == plain.status_code == 200
        assert slash.json() == plain.json()


@pytest.mark.parametrize("strict", [False, True])
def test_enabled_policy_names(dlp: Dlp, strict: bool) -> None:
    # A companion listing integrations call to check their credentials.
    dlp.sim.app.runtime.fidelity.set(strict=strict)
    path = "/dlp/rest/v1/policy/enabled-names"
    headers = {"authorization": f"Bearer {dlp.token}"}
    dlp_names = dlp.client.get(path, params={"type": "DLP"}, headers=headers)
    assert dlp_names.status_code == 200
    assert "PCI" in dlp_names.json()["enabled_policies"]
    discovery = dlp.client.get(path, params={"type": "DISCOVERY"}, headers=headers)
    assert discovery.json()["enabled_policies"] != dlp_names.json()["enabled_policies"]
    for bad in ({}, {"type": "dlp"}, {"type": "OTHER"}):
        assert dlp.client.get(path, params=bad, headers=headers).status_code == 400
    assert dlp.client.get(path, params={"type": "DLP"}).status_code == 403
    refresh = dlp.sim.mint_token(kind="refresh")
    refresh_header = {"authorization": f"Bearer {refresh}"}
    denied = dlp.client.get(path, params={"type": "DLP"}, headers=refresh_header)
    assert denied.status_code == 403
