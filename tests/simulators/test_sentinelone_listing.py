"""GET /threats paging (cursor, skip, counts, sorting) and every 400 the API answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.sentinelone import BASE_URL, create_app

from .sentinelone_helpers import EXTERNAL_TICKET_ID, INCIDENT, S1, THREATS, error_codes


@pytest.fixture(scope="module")
def s1() -> Iterator[S1]:
    # Read-only tests share one simulator; nothing here changes a threat.
    sim = SimHandle(create_app(), BASE_URL)
    with sim.client() as client:
        yield S1(sim, client)
    sim.close()


def pages(s1: S1, params: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Every page, following nextCursor."""
    result = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = s1.get(query)
        assert response.status_code == 200, response.text
        body = response.json()
        result.append(body["data"])
        cursor = body["pagination"]["nextCursor"]
        if cursor is None:
            return result


def test_the_cursor_walks_every_threat_once_in_id_order(s1: S1) -> None:
    walked = pages(s1, {"limit": 70})
    assert [len(p) for p in walked] == [70, 70, 70, 70, 20]
    ids = [t["id"] for p in walked for t in p]
    assert ids == sorted(s1.seed["threat_ids"], key=int)


def test_the_cursor_keeps_the_filter_and_sort(s1: S1) -> None:
    params = {"limit": 25, "osTypes": "windows", "sortBy": "createdAt", "sortOrder": "desc"}
    walked = [t for p in pages(s1, params) for t in p]
    created = [t["threatInfo"]["createdAt"] for t in walked]
    assert created == sorted(created, reverse=True)
    assert {t["agentRealtimeInfo"]["agentOsType"] for t in walked} == {"windows"}
    assert len(walked) == s1.get({"osTypes": "windows"}).json()["pagination"]["totalItems"]


def test_default_page_and_totals(s1: S1) -> None:
    body = s1.get().json()
    assert len(body["data"]) == 10
    assert body["pagination"]["totalItems"] == 300
    assert body["pagination"]["nextCursor"]


def test_skip_count_only_and_skip_count(s1: S1) -> None:
    everything = [t["id"] for t in s1.threats()]
    skipped = s1.get({"skip": 5, "limit": 3}).json()
    assert [t["id"] for t in skipped["data"]] == everything[5:8]
    count = s1.get({"countOnly": "true", "osTypes": "macos"}).json()
    assert count["data"] == []
    assert count["pagination"] == {
        "totalItems": len(s1.ids({"osTypes": "macos"})),
        "nextCursor": None,
    }
    assert s1.get({"skipCount": "true"}).json()["pagination"]["totalItems"] is None


def test_unknown_sort_fields_fall_back_to_id_order(s1: S1) -> None:
    ids = [t["id"] for t in s1.get({"sortBy": "nonsense", "limit": 5}).json()["data"]]
    assert ids == [t["id"] for t in s1.threats()][:5]


def test_threat_objects_have_the_documented_shape(s1: S1) -> None:
    threat = s1.get({"limit": 1}).json()["data"][0]
    assert threat["id"] == threat["threatInfo"]["threatId"]
    assert {"threatInfo", "agentRealtimeInfo", "agentDetectionInfo", "indicators"} <= set(threat)
    assert threat["threatInfo"]["createdAt"].endswith("Z")
    assert threat["threatInfo"]["incidentStatus"] in ("unresolved", "in_progress", "resolved")


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"limit": "0"}, 4000010),
        ({"limit": "1001"}, 4000010),
        ({"limit": "ten"}, 4000010),
        ({"limit": "9" * 5000}, 4000010),
        ({"skip": "1001"}, 4000010),
        ({"sortOrder": "up"}, 4000010),
        ({"countOnly": "yes"}, 4000010),
        ({"cursor": "not-a-cursor"}, 4000010),
        ({"osTypes": "windows,beos"}, 4000010),
        ({"detectionEnginesNin": ","}, 4000010),
        ({"osTypes": "windows,"}, 4000010),
        ({"ids": ""}, 4000020),
        ({"incidentStatuses": "open"}, 4000010),
        ({"osArchs": "64bit"}, 4000010),
        ({"agentIsActive": "1"}, 4000010),
        ({"createdAt__gt": "yesterday"}, 4000010),
        ({"createdAt__gt": "2024-02-30T00:00:00Z"}, 4000010),
        ({"agentTagsData": "env=prod"}, 4000010),
        ({"ids": "12,abc"}, 4000020),
        ({"siteIds": "site-1"}, 4000020),
    ],
)
def test_bad_query_values_are_400_with_the_vendor_body(
    s1: S1, params: dict[str, str], code: int
) -> None:
    response = s1.get(params)
    assert response.status_code == 400
    assert error_codes(response) == [code]
    error = response.json()["errors"][0]
    assert error["title"] in ("Validation Error", "Invalid Identifier")
    assert next(iter(params)) in error["detail"]


def test_every_problem_is_named(s1: S1) -> None:
    response = s1.get({"limit": "0", "osTypes": "beos", "sortOrder": "up"})
    details = " ".join(e["detail"] for e in response.json()["errors"])
    assert all(name in details for name in ("limit", "osTypes", "sortOrder"))


GOOD_DATA = {"incidentStatus": "resolved"}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"filter": {"osTypes": ["beos"]}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"noSuchField": True}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"ids": 12}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"ids": [12]}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"ids": ["x1"]}, "data": GOOD_DATA}, 4000020),
        ({"filter": {"limit": 0}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"limit": True}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"limit": 2.5}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"resolved": "yes"}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"resolved": 1}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"updatedAt__lte": "2024-13-01T00:00:00Z"}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"agentTagsData": '["prod"]'}, "data": GOOD_DATA}, 4000010),
        ({"filter": {"query": 5}, "data": GOOD_DATA}, 4000010),
        ({"filter": [], "data": GOOD_DATA}, 4000010),
        ({"data": GOOD_DATA}, 4000010),
        ({"filter": {}}, 4000010),
        ({"filter": {}, "data": {}}, 4000010),
        ({"filter": {}, "data": {"incidentStatus": "closed"}}, 4000010),
        ({"filter": {}, "data": {"incidentStatus": "resolved", "analystVerdict": "bad"}}, 4000010),
        ({"filter": {}, "data": {"incidentStatus": "resolved", "analystVerdict": None}}, 4000010),
        ({"filter": {}, "data": {"incidentStatus": "resolved", "extra": 1}}, 4000010),
        ({"filter": {}, "data": GOOD_DATA, "extra": 1}, 4000010),
        ([], 4000010),
    ],
)
def test_bad_incident_bodies_are_400(s1: S1, body: Any, code: int) -> None:
    response = s1.client.post(INCIDENT, json=body, headers=s1.auth(s1.admin))
    assert response.status_code == 400, response.text
    assert error_codes(response)[0] == code


@pytest.mark.parametrize(
    "data",
    [{}, {"externalTicketId": 42}, {"externalTicketId": None}, {"externalTicketId": "x", "y": 1}],
)
def test_bad_external_ticket_bodies_are_400(s1: S1, data: Any) -> None:
    response = s1.client.post(
        EXTERNAL_TICKET_ID, json={"filter": {}, "data": data}, headers=s1.auth(s1.admin)
    )
    assert response.status_code == 400
    assert error_codes(response) == [4000010]


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b'{"filter": {}}', "text/plain"),
        (b"NaN", "application/json"),
    ],
)
def test_unreadable_bodies_are_400(s1: S1, content: bytes, content_type: str) -> None:
    headers = {**s1.auth(s1.admin), "content-type": content_type}
    response = s1.client.post(INCIDENT, content=content, headers=headers)
    assert response.status_code == 400
    assert error_codes(response) == [4000010]


def test_unknown_routes_and_methods_answer_in_the_vendor_shape(s1: S1) -> None:
    missing = s1.client.get(f"{THREATS}/nope", headers=s1.auth(s1.admin))
    assert missing.status_code == 404
    assert error_codes(missing) == [4040010]
    wrong = s1.client.delete(INCIDENT, headers=s1.auth(s1.admin))
    assert wrong.status_code == 405
    assert "POST" in wrong.headers["allow"]


def test_an_empty_sort_order_is_refused_like_any_value_outside_the_enum(
    sentinelone_sim: SimHandle,
) -> None:
    token = next(t["token"] for t in sentinelone_sim.seed["tokens"] if not t["account_ids"])
    with sentinelone_sim.client() as client:
        for order in ("", "ASC2"):
            response = client.get(
                "/web/api/v2.1/threats",
                params={"sortOrder": order},
                headers={"Authorization": f"ApiToken {token}"},
            )
            assert response.status_code == 400, order
            assert "sortOrder" in response.text
