"""Where the SentinelOne simulator follows the field rather than the documents.

Each departure is accepted by default and refused in strict mode with a 400 that names
it; answer-side departures are left out of strict answers. Forms the console refuses
stay refused in both modes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.sentinelone import BASE_URL, DEPARTURES, PROFILES, create_app
from ticket_simulators.sentinelone.model import UNDOCUMENTED

from .sentinelone_helpers import EXTERNAL_TICKET_ID, INCIDENT, S1, THREATS, error_codes


@pytest.fixture(params=[False, True], ids=["field", "strict"])
def s1(request: pytest.FixtureRequest) -> Iterator[S1]:
    sim = SimHandle(create_app(strict=request.param), BASE_URL)
    with sim.client() as client:
        yield S1(sim, client)
    sim.close()


def strict(s1: S1) -> bool:
    mode: bool = s1.client.get("/__sim__/mode").json()["strict"]
    return mode


def assert_departure(s1: S1, response: Any, departure: str) -> None:
    """Accepted in the field; refused in strict mode with a 400 naming ``departure``."""
    assert departure in DEPARTURES
    if strict(s1):
        assert response.status_code == 400, response.text
        assert error_codes(response) == [4000010] * len(response.json()["errors"])
        assert departure in response.text
    else:
        assert response.status_code == 200, response.text


def open_ids(s1: S1, n: int = 2) -> list[str]:
    ids = [t["id"] for t in s1.threats({"incidentStatuses": "unresolved"})]
    return ids[:n]


# --- requests -----------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["APIToken", "apitoken", "APITOKEN"])
def test_the_scheme_word_in_another_case(s1: S1, scheme: str) -> None:
    response = s1.client.get(THREATS, headers={"authorization": f"{scheme} {s1.admin}"})
    assert_departure(s1, response, "sentinelone/auth-scheme-case")


def test_a_bad_token_is_401_whatever_the_spelling(s1: S1) -> None:
    # The token is checked before the spelling: strict mode does not turn a 401 into 400.
    response = s1.client.get(THREATS, headers={"authorization": "APIToken nope"})
    assert response.status_code == 401


def test_strict_mode_names_every_departure_of_a_call_at_once(s1: S1) -> None:
    threat_id = open_ids(s1, 1)[0]
    verdict = "suspicious"
    before = s1.threats({"ids": threat_id})[0]["threatInfo"]["analystVerdict"]
    if before == verdict:
        verdict = "true_positive"
    body = {"filter": {"ids": threat_id, "tenant": "true"}, "data": {"analystVerdict": verdict}}
    response = s1.client.post(
        f"{THREATS}/analyst-verdict", json=body, headers={"authorization": f"APIToken {s1.admin}"}
    )
    after = s1.threats({"ids": threat_id})[0]["threatInfo"]["analystVerdict"]
    if strict(s1):
        assert response.status_code == 400
        for departure in (
            "sentinelone/auth-scheme-case",
            "sentinelone/filter-list-as-string",
            "sentinelone/filter-bool-as-string",
        ):
            assert departure in response.text
        assert after == before  # nothing applied
    else:
        assert response.json() == {"data": {"affected": 1}}
        assert after == verdict


@pytest.mark.parametrize("spelling", ["False", "FALSE", "True"])
def test_query_booleans_as_python_writes_them(s1: S1, spelling: str) -> None:
    response = s1.get({"resolved": spelling, "limit": "1000"})
    assert_departure(s1, response, "sentinelone/query-python-bool")
    if response.status_code == 200:
        wanted = spelling.lower() == "true"
        statuses = {
            t["threatInfo"]["incidentStatus"] == "resolved" for t in response.json()["data"]
        }
        assert statuses == {wanted}


def test_count_only_takes_the_python_spelling_too(s1: S1) -> None:
    response = s1.get({"countOnly": "True"})
    assert_departure(s1, response, "sentinelone/query-python-bool")
    if response.status_code == 200:
        assert response.json()["data"] == []


@pytest.mark.parametrize("spelling", ["yes", "1", "t"])
def test_other_boolean_spellings_stay_refused(s1: S1, spelling: str) -> None:
    response = s1.get({"resolved": spelling})
    assert response.status_code == 400
    assert "sentinelone/" not in response.text


@pytest.mark.parametrize(
    "moment",
    [
        "2024-03-01 12:00:00.000000",
        "2024-03-01T12:00:00",
        "2024-03-01 12:00:00+00:00",
        "2024-03-01T13:00:00+0100",
    ],
)
def test_dates_without_a_zone_or_a_t_are_read_as_utc(s1: S1, moment: str) -> None:
    response = s1.get({"createdAt__gt": moment, "limit": "1000"})
    assert_departure(s1, response, "sentinelone/query-naive-datetime")
    if response.status_code == 200:
        same = s1.ids({"createdAt__gt": "2024-03-01T12:00:00Z"})
        assert {t["id"] for t in response.json()["data"]} == same


def test_malformed_dates_stay_refused(s1: S1) -> None:
    for bad in ("2024-03-01", "2024-03-01 25:00:00", "01/03/2024 12:00", "2024-03-01T12:00:00+1"):
        assert s1.get({"createdAt__gt": bad}).status_code == 400


def test_a_repeated_list_parameter_adds_up_like_commas(s1: S1) -> None:
    first, second = open_ids(s1)
    response = s1.get([("ids", first), ("ids", second)])
    assert_departure(s1, response, "sentinelone/query-repeated-keys")
    if response.status_code == 200:
        assert {t["id"] for t in response.json()["data"]} == {first, second}
    # One comma-joined parameter is the documented form, in both modes.
    assert s1.ids({"ids": f"{first},{second}"}) == {first, second}


def test_a_list_filter_field_as_one_string(s1: S1) -> None:
    first, second = open_ids(s1)
    body = {"filter": {"ids": f"{first},{second}"}, "data": {"externalTicketId": "INC-9"}}
    response = s1.client.post(EXTERNAL_TICKET_ID, json=body, headers=s1.auth(s1.admin))
    assert_departure(s1, response, "sentinelone/filter-list-as-string")
    tickets = {
        t["threatInfo"]["externalTicketId"] for t in s1.threats({"ids": f"{first},{second}"})
    }
    if response.status_code == 200:
        assert response.json() == {"data": {"affected": 2}}
        assert tickets == {"INC-9"}
    else:
        assert "INC-9" not in tickets  # refused entirely


def test_content_hashes_as_a_string_is_documented(s1: S1) -> None:
    threat = s1.threats({"ids": open_ids(s1, 1)[0]})[0]
    body = {
        "filter": {"contentHashes": threat["threatInfo"]["sha1"]},
        "data": {"externalTicketId": "X"},
    }
    response = s1.client.post(EXTERNAL_TICKET_ID, json=body, headers=s1.auth(s1.admin))
    assert response.status_code == 200, response.text
    assert response.json()["data"]["affected"] >= 1


@pytest.mark.parametrize("ids", [715718962991148224, [715718962991148224], {"a": 1}])
def test_numbers_and_objects_in_id_filters_stay_refused(s1: S1, ids: Any) -> None:
    body = {"filter": {"ids": ids}, "data": {"incidentStatus": "resolved"}}
    response = s1.client.post(INCIDENT, json=body, headers=s1.auth(s1.admin))
    assert response.status_code == 400
    assert "sentinelone/" not in response.text


@pytest.mark.parametrize("flag", ["true", "TRUE", "false"])
def test_a_boolean_filter_field_as_a_string(s1: S1, flag: str) -> None:
    body = {
        "filter": {"ids": open_ids(s1, 1), "tenant": flag},
        "data": {"incidentStatus": "resolved"},
    }
    response = s1.client.post(INCIDENT, json=body, headers=s1.auth(s1.admin))
    assert_departure(s1, response, "sentinelone/filter-bool-as-string")


@pytest.mark.parametrize("s1", [False], ids=["field"], indirect=True)  # strict refuses it
def test_a_string_boolean_filters_like_the_boolean(s1: S1) -> None:
    ids = ",".join(open_ids(s1, 6))
    inactive = s1.ids({"ids": ids, "agentIsActive": "false"})
    body = {"filter": {"ids": ids, "agentIsActive": "False"}, "data": {"externalTicketId": "T"}}
    response = s1.client.post(EXTERNAL_TICKET_ID, json=body, headers=s1.auth(s1.admin))
    assert response.json() == {"data": {"affected": len(inactive)}}


# --- answers ------------------------------------------------------------------------


def test_undocumented_threat_fields_only_outside_strict_mode(s1: S1) -> None:
    threat = s1.get({"limit": "1"}).json()["data"][0]
    present = {
        name
        for section, names in UNDOCUMENTED.items()
        for name in names
        for part in (threat.get(section[:-2], []) if section.endswith("[]") else [threat[section]])
        if name in part
    }
    if strict(s1):
        assert present == set()
    else:
        expected = {n for section, names in UNDOCUMENTED.items() for n in names}
        if not threat["mitigationStatus"]:
            expected -= set(UNDOCUMENTED["mitigationStatus[]"])
        assert present == expected
    # The documented fields are the same in both modes.
    assert threat["threatInfo"]["threatId"] == threat["id"]


# --- companions ---------------------------------------------------------------------


def test_system_status_needs_no_token_and_system_info_does(s1: S1) -> None:
    assert s1.client.get("/web/api/v2.1/system/status").json() == {"data": {"health": "ok"}}
    assert s1.client.get("/web/api/v2.1/system/info").status_code == 401
    info = s1.client.get("/web/api/v2.1/system/info", headers=s1.auth(s1.viewer)).json()["data"]
    assert {"release", "version", "build", "latestAgentVersion", "patch"} <= set(info)


@pytest.mark.parametrize("prefix", ["/web/api/v2.1", "/web/api/v2.0"])
def test_login_by_api_token_gives_a_session_for_the_token_scheme(s1: S1, prefix: str) -> None:
    login = s1.client.post(
        f"{prefix}/users/login/by-api-token", json={"data": {"apiToken": s1.admin}}
    )
    assert login.status_code == 200
    session = login.json()["data"]["token"]
    assert session != s1.admin
    headers = {"authorization": f"Token {session}"}
    assert s1.client.get(THREATS, headers=headers).status_code == 200
    body = {"filter": {"ids": open_ids(s1, 1)}, "data": {"incidentStatus": "in_progress"}}
    assert s1.client.post(INCIDENT, json=body, headers=headers).status_code == 200
    # The session is not an API token, and the API token is not a session.
    assert (
        s1.client.get(THREATS, headers={"authorization": f"ApiToken {session}"}).status_code == 401
    )
    assert s1.client.get(THREATS, headers={"authorization": f"Token {s1.admin}"}).status_code == 401


def test_a_session_keeps_its_tokens_rights_and_lifetime(s1: S1) -> None:
    def session_of(token: str) -> dict[str, str]:
        answer = s1.client.post(
            "/web/api/v2.1/users/login/by-api-token", json={"data": {"apiToken": token}}
        )
        return {"authorization": f"Token {answer.json()['data']['token']}"}

    body = {"filter": {"ids": open_ids(s1, 1)}, "data": {"incidentStatus": "resolved"}}
    assert s1.client.post(INCIDENT, json=body, headers=session_of(s1.viewer)).status_code == 403
    short = s1.sim.mint_token(lifetime=60)
    headers = session_of(short)
    assert s1.client.get(THREATS, headers=headers).status_code == 200
    s1.sim.clock.advance(61)
    assert s1.client.get(THREATS, headers=headers).status_code == 401


@pytest.mark.parametrize(
    "body", [{}, {"data": {}}, {"data": {"apiToken": ""}}, {"data": {"apiToken": 5}}, []]
)
def test_a_bad_login_body_is_400_and_a_wrong_token_401(s1: S1, body: Any) -> None:
    path = "/web/api/v2.1/users/login/by-api-token"
    assert s1.client.post(path, json=body).status_code == 400
    assert s1.client.post(path, content=b"{").status_code == 400
    assert s1.client.post(path, json={"data": {"apiToken": "nope"}}).status_code == 401


def test_accounts_and_activity_types_check_credentials(s1: S1) -> None:
    assert s1.client.get("/web/api/v2.1/accounts").status_code == 401
    every = s1.client.get("/web/api/v2.1/accounts", headers=s1.auth(s1.admin)).json()
    assert [a["id"] for a in every["data"]] == [a["id"] for a in s1.seed["accounts"]]
    scoped = s1.client.get("/web/api/v2.1/accounts", headers=s1.auth(s1.scoped["token"]))
    assert [a["id"] for a in scoped.json()["data"]] == s1.scoped["account_ids"]
    types = s1.client.get("/web/api/v2.1/activities/types", headers=s1.auth(s1.viewer)).json()
    assert types["data"]
    assert all({"id", "action"} <= set(t) for t in types["data"])


def test_the_analyst_verdict_alone(s1: S1) -> None:
    ids = open_ids(s1, 2)
    before = {t["id"]: t["threatInfo"] for t in s1.threats({"ids": ",".join(ids)})}
    path = f"{THREATS}/analyst-verdict"
    body = {"filter": {"ids": ids}, "data": {"analystVerdict": "true_positive"}}
    first = s1.client.post(path, json=body, headers=s1.auth(s1.admin)).json()
    changed = sum(info["analystVerdict"] != "true_positive" for info in before.values())
    assert first == {"data": {"affected": changed}}
    after = {t["id"]: t["threatInfo"] for t in s1.threats({"ids": ",".join(ids)})}
    for threat_id, info in after.items():
        assert (info["analystVerdict"], info["analystVerdictDescription"]) == (
            "true_positive",
            "True positive",
        )
        # The verdict alone: the incident status is left as it was.
        assert info["incidentStatus"] == before[threat_id]["incidentStatus"]
    again = s1.client.post(path, json=body, headers=s1.auth(s1.admin)).json()
    assert again == {"data": {"affected": 0}}
    assert s1.client.post(path, json=body, headers=s1.auth(s1.viewer)).status_code == 403
    bad = {"filter": {"ids": ids}, "data": {"analystVerdict": "guilty"}}
    assert s1.client.post(path, json=bad, headers=s1.auth(s1.admin)).status_code == 400
    extra = {
        "filter": {"ids": ids},
        "data": {"analystVerdict": "undefined", "incidentStatus": "resolved"},
    }
    assert s1.client.post(path, json=extra, headers=s1.auth(s1.admin)).status_code == 400


def test_the_v20_listing_answers_flat_threats_over_the_same_filters(s1: S1) -> None:
    path = "/web/api/v2.0/threats"
    flat = s1.client.get(path, params={"limit": "1000"}, headers=s1.auth(s1.admin)).json()
    nested = {t["id"]: t for t in s1.threats()}
    assert len(flat["data"]) == len(nested) == flat["pagination"]["totalItems"]
    for threat in flat["data"]:
        source = nested[threat["id"]]
        assert "threatInfo" not in threat
        assert threat["resolved"] == (source["threatInfo"]["incidentStatus"] == "resolved")
        assert threat["fileContentHash"] == source["threatInfo"]["sha1"]
        assert threat["external_ticket_id"] == source["threatInfo"]["externalTicketId"]
        assert threat["agentComputerName"] == source["agentRealtimeInfo"]["agentComputerName"]
    resolved = s1.client.get(path, params={"resolved": "true"}, headers=s1.auth(s1.admin))
    assert resolved.json()["data"]
    assert all(t["resolved"] for t in resolved.json()["data"])
    assert s1.client.get(path, params={"limit": "0"}, headers=s1.auth(s1.admin)).status_code == 400
    assert s1.client.get(path).status_code == 401


# --- profiles -----------------------------------------------------------------------


def test_the_recorded_500_profile_answers_an_empty_update_as_the_document_shows() -> None:
    assert PROFILES == ("default", "recorded-500")
    sim = SimHandle(create_app(profile="recorded-500"), BASE_URL)
    with sim.client() as client:
        s1 = S1(sim, client)
        nothing = s1.set_ticket({"ids": ["1"]}, "INC-1")
        assert nothing.status_code == 500
        assert nothing.json() == {"data": {"affected": 0}}
        something = s1.set_ticket({"ids": open_ids(s1, 1)}, "INC-1")
        assert (something.status_code, something.json()) == (200, {"data": {"affected": 1}})
        client.post("/__sim__/mode", json={"profile": "default"})
        assert s1.set_ticket({"ids": ["1"]}, "INC-1").status_code == 200
    sim.close()
