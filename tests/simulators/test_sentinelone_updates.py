"""Both updates: what they change, what they answer, and that GET sees the change."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from ticket_simulators._core import SimHandle

from .sentinelone_helpers import S1, error_codes


@pytest.fixture
def s1(sentinelone_sim: SimHandle) -> Iterator[S1]:
    with sentinelone_sim.client() as client:
        yield S1(sentinelone_sim, client)


def test_external_ticket_id_by_ids_is_visible_through_get(s1: S1) -> None:
    ids = s1.seed["threat_ids"][:3]
    s1.sim.clock.set(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC))
    response = s1.set_ticket({"ids": ids}, "INC0099001")
    assert response.status_code == 200
    assert response.json() == {"data": {"affected": 3}}
    linked = s1.threats({"externalTicketIds": "INC0099001"})
    assert sorted(t["id"] for t in linked) == sorted(ids)
    for threat in linked:
        assert threat["threatInfo"]["externalTicketExists"] is True
        assert threat["threatInfo"]["updatedAt"].startswith("2025-03-04T05:06:07.")
    assert s1.ids({"externalTicketId__contains": "0099"}) == set(ids)


def test_the_same_filter_selects_the_same_threats_for_get_and_both_updates(s1: S1) -> None:
    site = s1.seed["sites"][1]["id"]
    threat_filter = {"siteIds": [site], "osTypes": ["windows"], "incidentStatusesNin": ["resolved"]}
    params = {"siteIds": site, "osTypes": "windows", "incidentStatusesNin": "resolved"}
    selected = s1.ids(params)
    assert selected
    assert s1.set_ticket(threat_filter, "SEC-4242").json()["data"]["affected"] == len(selected)
    assert s1.ids({"externalTicketIds": "SEC-4242"}) == selected
    answer = s1.set_incident(threat_filter, "in_progress").json()["data"]
    assert {d["threatId"] for d in answer["details"]} == selected
    assert s1.ids({"incidentStatuses": "in_progress", "siteIds": site, "osTypes": "windows"}) >= (
        selected
    )


def test_incident_update_reports_each_threat(s1: S1) -> None:
    unresolved = s1.threats({"incidentStatuses": "unresolved", "analystVerdicts": "undefined"})
    ids = [t["id"] for t in unresolved[:2]]
    response = s1.set_incident({"ids": ids}, "resolved", "true_positive")
    assert response.status_code == 200
    body = response.json()["data"]
    assert body["affected"] == 2
    assert sorted(body["details"], key=lambda d: d["threatId"]) == [
        {"threatId": i, "result": "updated", "analystVerdict": "updated"} for i in sorted(ids)
    ]
    for threat in s1.threats({"ids": ",".join(ids)}):
        info = threat["threatInfo"]
        assert (info["incidentStatus"], info["incidentStatusDescription"]) == (
            "resolved",
            "Resolved",
        )
        assert (info["analystVerdict"], info["analystVerdictDescription"]) == (
            "true_positive",
            "True positive",
        )
    assert s1.ids({"resolved": "true", "ids": ",".join(ids)}) == set(ids)


def test_repeating_an_incident_update_changes_nothing(s1: S1) -> None:
    ids = s1.seed["threat_ids"][10:12]
    s1.set_incident({"ids": ids}, "in_progress", "suspicious")
    again = s1.set_incident({"ids": ids}, "in_progress", "suspicious").json()["data"]
    assert again["affected"] == 0
    assert {(d["result"], d["analystVerdict"]) for d in again["details"]} == {
        ("already_set", "already_set")
    }
    status_only = s1.set_incident({"ids": ids}, "in_progress").json()["data"]
    assert {(d["result"], d["analystVerdict"]) for d in status_only["details"]} == {
        ("already_set", "not_changed")
    }


def test_a_filter_matching_nothing_affects_nothing(s1: S1) -> None:
    response = s1.set_ticket({"computerName__contains": ["no-such-host"]}, "INC1")
    assert response.json() == {"data": {"affected": 0}}
    answer = s1.set_incident({"ids": ["1"]}, "resolved").json()
    assert answer == {"data": {"affected": 0, "details": []}}


def test_filter_limit_caps_the_update(s1: S1) -> None:
    response = s1.set_ticket({"osTypes": ["linux"], "limit": 4}, "INC-CAP")
    assert response.json() == {"data": {"affected": 4}}
    first_linux = [t["id"] for t in s1.threats({"osTypes": "linux"})][:4]
    assert s1.ids({"externalTicketIds": "INC-CAP"}) == set(first_linux)


def test_an_empty_filter_updates_every_threat_in_the_tokens_scope(s1: S1) -> None:
    scoped = s1.scoped
    in_scope = s1.ids(token=scoped["token"])
    assert in_scope == s1.ids({"accountIds": scoped["account_ids"][0]})
    response = s1.set_ticket({}, "INC-ALL", token=scoped["token"])
    assert response.json()["data"]["affected"] == len(in_scope)
    assert s1.ids({"externalTicketIds": "INC-ALL"}) == in_scope
    # Ids outside the token's scope are not found, not updated.
    other = s1.ids({"accountIds": s1.seed["accounts"][1]["id"]})
    response = s1.set_ticket({"ids": sorted(other)[:2]}, "INC-OTHER", token=scoped["token"])
    assert response.json() == {"data": {"affected": 0}}


def test_a_rejected_update_changes_nothing(s1: S1) -> None:
    before = s1.threats()
    ids = s1.seed["threat_ids"][:2]
    bad = s1.set_incident({"ids": ids, "osTypes": ["beos"]}, "resolved")
    assert bad.status_code == 400
    assert error_codes(bad) == [4000010]
    assert s1.threats() == before


def test_concurrent_updates_apply_whole(s1: S1) -> None:
    ids = s1.seed["threat_ids"][:40]
    barrier = threading.Barrier(4)

    def worker(n: int) -> None:
        with s1.sim.client() as client:
            other = S1(s1.sim, client)
            barrier.wait()
            other.set_ticket({"ids": ids}, f"INC-{n}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tickets = {t["threatInfo"]["externalTicketId"] for t in s1.threats({"ids": ",".join(ids)})}
    assert len(tickets) == 1  # the last update won for all forty, never a mixture


def test_limits_at_their_bounds(s1: S1) -> None:
    """255-character ticket ids and the largest 64-bit id pass; one more does not."""
    ids = s1.seed["threat_ids"][:1]
    assert s1.set_ticket({"ids": ids}, "T" * 255).status_code == 200
    too_long = s1.set_ticket({"ids": ids}, "T" * 256)
    assert too_long.status_code == 400
    assert error_codes(too_long) == [4000010]
    assert s1.set_ticket({"ids": [str(2**63 - 1)]}, "INC1").json() == {"data": {"affected": 0}}
    past = s1.set_ticket({"ids": [str(2**63)]}, "INC1")
    assert error_codes(past) == [4000020]
    listed = s1.set_ticket({"ids": ids * 10_000}, "INC1")
    assert listed.status_code == 200
    over = s1.set_ticket({"ids": ids * 10_001}, "INC1")
    assert error_codes(over) == [4000010]
