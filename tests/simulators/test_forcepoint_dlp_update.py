"""Forcepoint DLP simulator: Update Incidents, its actions, keys and limits."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from ticket_simulators._core import SimHandle

from .forcepoint_dlp_helpers import Dlp


@pytest.fixture
def dlp(forcepoint_dlp_sim: SimHandle) -> Iterator[Dlp]:
    with forcepoint_dlp_sim.client() as client:
        yield Dlp(forcepoint_dlp_sim, client)


def _key(incident: dict[str, Any], *, partition: bool = True) -> dict[str, int]:
    key = {"incident_id": incident["id"]}
    if partition:
        key["partition_index"] = incident["partition_index"]
    return key


def _update(dlp: Dlp, incidents: list[dict[str, Any]], **body: Any) -> Any:
    return dlp.update({"type": "INCIDENTS", "incident_keys": [_key(i) for i in incidents], **body})


def test_status_update_is_200_with_empty_body(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    response = _update(dlp, [target], action_type="STATUS", value="ESCALATED")
    assert response.status_code == 200
    assert response.content == b""
    assert dlp.one(target["id"])["status"] == "Escalated"


@pytest.mark.parametrize(
    ("action", "value", "field", "expected"),
    [
        ("SEVERITY", "LOW", "severity", "LOW"),
        ("ASSIGN_TO", "analyst7", "assigned_to", "analyst7"),
        ("TAG", "t" * 100, "tag", "t" * 100),
        ("STATUS", "LEGAL_HOLD", "status", "LEGAL_HOLD"),
        ("FALSE_POSITIVE", "1", "ignored_incidents", True),
    ],
)
def test_each_action_changes_its_field(
    dlp: Dlp, action: str, value: str, field: str, expected: Any
) -> None:
    target = dlp.seeded()[1]
    assert _update(dlp, [target], action_type=action, value=value).status_code == 200
    assert dlp.one(target["id"])[field] == expected


def test_false_positive_zero_includes_again(dlp: Dlp) -> None:
    target = dlp.seeded()[2]
    _update(dlp, [target], action_type="FALSE_POSITIVE", value="1")
    assert _update(dlp, [target], action_type="FALSE_POSITIVE", value="0").status_code == 200
    assert dlp.one(target["id"])["ignored_incidents"] is False


def test_release_and_comment(dlp: Dlp) -> None:
    target = dlp.seeded()[3]
    assert _update(dlp, [target], action_type="RELEASE", comment="ok").status_code == 200
    assert dlp.one(target["id"])["released_incident"] is True
    assert _update(dlp, [target], action_type="ADD_COMMENT", comment="noted").status_code == 200


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("as_number", [False, True])
def test_update_by_event_ids(dlp: Dlp, strict: bool, as_number: bool) -> None:
    # The guide's example sends event ids as JSON numbers, integrations as strings.
    dlp.sim.app.runtime.fidelity.set(strict=strict)
    target = dlp.seeded("DISCOVERY")[0]
    event_id = int(target["event_id"]) if as_number else target["event_id"]
    body = {"type": "DISCOVERY", "event_ids": [event_id], "action_type": "TAG"}
    assert dlp.update(body | {"value": "moved"}).status_code == 200
    assert dlp.one(target["id"], "DISCOVERY")["tag"] == "moved"


def test_false_positive_value_as_number_in_the_field_only(dlp: Dlp) -> None:
    target = dlp.seeded()[4]
    assert _update(dlp, [target], action_type="FALSE_POSITIVE", value=1).status_code == 200
    assert dlp.one(target["id"])["ignored_incidents"] is True
    assert _update(dlp, [target], action_type="FALSE_POSITIVE", value=0).status_code == 200
    assert dlp.one(target["id"])["ignored_incidents"] is False
    dlp.sim.app.runtime.fidelity.set(strict=True)
    refused = _update(dlp, [target], action_type="FALSE_POSITIVE", value=1)
    assert refused.status_code == 400
    assert "forcepoint-dlp/false-positive-value-number" in refused.json()["message"]
    assert dlp.one(target["id"])["ignored_incidents"] is False


def test_history_records_each_change_newest_first(dlp: Dlp) -> None:
    target = dlp.seeded()[5]
    before = dlp.one(target["id"])
    assert [h["task_name"] for h in before["history"]] == ["Detected and recorded incident"]
    assert before["history"][0]["admin_name"] == "system"
    _update(dlp, [target], action_type="ASSIGN_TO", value="analyst7", comment="yours")
    _update(dlp, [target], action_type="TAG", value="urgent")
    history = dlp.one(target["id"])["history"]
    assigned = before.get("assigned_to") or "Unassigned"
    assert [h["task_name"] for h in history] == [
        "Incident tagged. New tag: urgent",
        f"Changed incident assignment from {assigned} to analyst7 ",
        "Detected and recorded incident",
    ]
    assert history[0]["admin_name"] == "api-app"  # the administrator the token names
    assert history[1]["comments"] == "yours"
    assert "comments" not in history[0]
    now = dlp.sim.clock.now().strftime("%d/%m/%Y %H:%M:%S")
    assert history[0]["update_time"][:10] == now[:10]
    dlp.sim.app.runtime.fidelity.set(strict=True)  # the guide lists no history
    assert "history" not in dlp.one(target["id"])


@pytest.mark.parametrize(
    "body",
    [
        {"action_type": "ADD_COMMENT"},
        {"action_type": "TAG", "value": "t" * 101},
        {"action_type": "TAG"},
        {"action_type": "SEVERITY", "value": "SEVERE"},
        {"action_type": "FALSE_POSITIVE", "value": "2"},
        {"action_type": "FALSE_POSITIVE", "value": 2},
        {"action_type": "FALSE_POSITIVE", "value": True},
        {"action_type": "TAG", "value": 1},
        {"action_type": "STATUS", "value": ""},
        {"action_type": "DELETE", "value": "x"},
        {"action_type": "STATUS", "value": "NEW", "scan_partitions": "SOME"},
    ],
)
def test_action_rules_are_400(dlp: Dlp, body: dict[str, Any]) -> None:
    response = _update(dlp, dlp.seeded()[:1], **body)
    assert response.status_code == 400
    assert response.json()["message"]


def test_release_not_for_discovery(dlp: Dlp) -> None:
    target = dlp.seeded("DISCOVERY")[0]
    body = {"type": "DISCOVERY", "incident_keys": [{"incident_id": target["id"]}]}
    assert dlp.update(body | {"action_type": "RELEASE"}).status_code == 400


def test_empty_or_missing_lists_are_400(dlp: Dlp) -> None:
    body = {"type": "INCIDENTS", "action_type": "STATUS", "value": "NEW"}
    assert dlp.update(body).status_code == 400
    assert dlp.update(body | {"incident_keys": []}).status_code == 400
    assert dlp.update(body | {"event_ids": []}).status_code == 400
    for bad in (["12a"], [-1], [2**64], [1.5], [True], [None], "123"):
        assert dlp.update(body | {"event_ids": bad}).status_code == 400, bad


def test_scan_partitions_none_needs_partition_index(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    body = {"type": "INCIDENTS", "action_type": "TAG", "value": "x"}
    keys = {"incident_keys": [_key(target, partition=False)]}
    assert dlp.update(body | keys).status_code == 400
    assert dlp.update(body | keys | {"scan_partitions": "NONE"}).status_code == 400
    assert dlp.update(body | keys | {"scan_partitions": "ALL"}).status_code == 200


def test_scan_partitions_last_active_covers_two_partitions(dlp: Dlp) -> None:
    partitions = dlp.sim.seed["partitions"]
    old = next(i for i in dlp.seeded() if i["partition_index"] == partitions[0])
    recent = next(i for i in dlp.seeded() if i["partition_index"] == partitions[-2])
    body = {
        "type": "INCIDENTS",
        "action_type": "TAG",
        "value": "x",
        "scan_partitions": "LAST_ACTIVE",
    }
    ok = dlp.update(body | {"incident_keys": [_key(recent, partition=False)]})
    assert ok.status_code == 200
    missed = dlp.update(body | {"incident_keys": [_key(old, partition=False)]})
    assert missed.status_code == 422
    assert missed.json() == {"unprocessed_ids": [str(old["id"])]}


def test_wrong_partition_or_unknown_ids_are_unprocessed(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    body = {"type": "INCIDENTS", "action_type": "TAG", "value": "x"}
    wrong = {"incident_id": target["id"], "partition_index": 19990101}
    response = dlp.update(body | {"incident_keys": [wrong]})
    assert response.status_code == 422
    assert response.json()["unprocessed_ids"] == [str(target["id"])]
    response = dlp.update(body | {"event_ids": ["42"]})
    assert response.status_code == 422
    assert response.json()["unprocessed_ids"] == ["42"]


def test_partly_processed_is_200(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    keys = [_key(target), {"incident_id": 7, "partition_index": 20211001}]
    body = {"type": "INCIDENTS", "action_type": "TAG", "value": "y", "incident_keys": keys}
    assert dlp.update(body).status_code == 200
    assert dlp.one(target["id"])["tag"] == "y"


def test_unknown_custom_status_is_422(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    response = _update(dlp, [target], action_type="STATUS", value="NOT_CONFIGURED")
    assert response.status_code == 422
    assert response.json()["unprocessed_ids"] == [str(target["id"])]


def test_more_than_1000_keys_is_400_and_changes_nothing(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    keys = [_key(target)] * 1001
    body = {"type": "INCIDENTS", "action_type": "TAG", "value": "big", "incident_keys": keys}
    response = dlp.update(body)
    assert response.status_code == 400
    assert "1000" in response.json()["message"]
    assert "tag" not in dlp.one(target["id"]) or dlp.one(target["id"])["tag"] != "big"


def test_concurrent_updates_never_interleave(dlp: Dlp) -> None:
    incidents = dlp.seeded()[:10]
    errors: list[int] = []

    def tag(value: str) -> None:
        with dlp.sim.client() as client:
            response = client.post(
                "/dlp/rest/v1/incidents/update",
                headers={"authorization": f"Bearer {dlp.token}"},
                json={
                    "type": "INCIDENTS",
                    "action_type": "TAG",
                    "value": value,
                    "incident_keys": [_key(i) for i in incidents],
                },
            )
            if response.status_code != 200:
                errors.append(response.status_code)

    threads = [threading.Thread(target=tag, args=(f"v{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    tags = {dlp.one(i["id"])["tag"] for i in incidents}
    assert len(tags) == 1


def test_reset_restores_seed(dlp: Dlp) -> None:
    target = dlp.seeded()[0]
    _update(dlp, [target], action_type="TAG", value="changed")
    assert dlp.client.post("/__sim__/reset", json={}).status_code == 200
    assert dlp.one(target["id"]).get("tag") != "changed"
