"""API tokens: 401 without a usable one, 403 without the permission, scope and expiry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ticket_simulators._core import REDACTED, SimHandle
from ticket_simulators.sentinelone import BASE_URL, create_app

from .sentinelone_helpers import EXTERNAL_TICKET_ID, INCIDENT, S1, THREATS, error_codes

UNAUTHORIZED = {"errors": [{"code": 4010010, "title": "Authentication Failed", "detail": None}]}
FORBIDDEN = {"errors": [{"code": 4030010, "title": "Insufficient Permissions", "detail": None}]}
BODIES = {
    EXTERNAL_TICKET_ID: {"filter": {"ids": ["1"]}, "data": {"externalTicketId": "INC1"}},
    INCIDENT: {"filter": {"ids": ["1"]}, "data": {"incidentStatus": "resolved"}},
}


@pytest.fixture
def s1(sentinelone_sim: SimHandle) -> Iterator[S1]:
    with sentinelone_sim.client() as client:
        yield S1(sentinelone_sim, client)


@pytest.mark.parametrize(
    "header",
    [None, "", "ApiToken", "ApiToken ", "ApiToken not-a-token", "Basic dXNlcjpwYXNz", "Token abc"],
)
def test_missing_or_unknown_tokens_are_401_everywhere(s1: S1, header: str | None) -> None:
    headers = {} if header is None else {"authorization": header}
    assert s1.client.get(THREATS, headers=headers).json() == UNAUTHORIZED
    for path, body in BODIES.items():
        response = s1.client.post(path, json=body, headers=headers)
        assert response.status_code == 401
        assert response.json() == UNAUTHORIZED


def test_an_unusable_token_is_401_even_with_a_bad_body(s1: S1) -> None:
    response = s1.client.post(INCIDENT, content=b"{", headers={"authorization": "ApiToken x"})
    assert response.status_code == 401


def test_seeded_tokens_read_write_and_scope(s1: S1) -> None:
    assert s1.get(token=s1.admin).status_code == 200
    assert s1.get(token=s1.viewer).status_code == 200
    for path, body in BODIES.items():
        assert s1.client.post(path, json=body, headers=s1.auth(s1.admin)).status_code == 200
        denied = s1.client.post(path, json=body, headers=s1.auth(s1.viewer))
        assert denied.status_code == 403
        assert denied.json() == FORBIDDEN


def test_a_read_only_token_is_refused_before_its_body_is_read(s1: S1) -> None:
    response = s1.client.post(INCIDENT, content=b"{", headers=s1.auth(s1.viewer))
    assert response.status_code == 403


def test_the_scheme_is_case_insensitive_but_bearer_and_token_are_refused(s1: S1) -> None:
    for scheme in ("apitoken", "APITOKEN", "APIToken"):
        response = s1.client.get(THREATS, headers={"authorization": f"{scheme} {s1.admin}"})
        assert response.status_code == 200
    # `Token` is for console sessions, not API tokens; `Bearer` is not a console scheme.
    for scheme in ("Bearer", "Token"):
        response = s1.client.get(THREATS, headers={"authorization": f"{scheme} {s1.admin}"})
        assert response.status_code == 401


def test_minted_tokens_through_the_control_api(s1: S1) -> None:
    writer = s1.client.post("/__sim__/tokens", json={}).json()["token"]
    reader = s1.client.post("/__sim__/tokens", json={"write": False}).json()["token"]
    assert s1.set_ticket({"ids": ["1"]}, "INC1", token=writer).status_code == 200
    assert s1.set_ticket({"ids": ["1"]}, "INC1", token=reader).status_code == 403
    assert s1.get(token=reader).status_code == 200
    bad = s1.client.post("/__sim__/tokens", json={"write": "no"})
    assert bad.status_code == 400
    assert s1.client.post("/__sim__/tokens", json={"role": "x"}).status_code == 400


def test_a_minted_token_scoped_to_an_account_sees_only_it(s1: S1) -> None:
    account = s1.seed["accounts"][1]["id"]
    token = s1.sim.mint_token(account_ids=[account])
    seen = s1.threats(token=token)
    assert seen
    assert {t["agentRealtimeInfo"]["accountId"] for t in seen} == {account}


def test_tokens_expire_with_the_simulated_clock(s1: S1) -> None:
    token = s1.sim.mint_token(lifetime=60)
    assert s1.get(token=token).status_code == 200
    s1.sim.clock.advance(61)
    assert s1.get(token=token).json() == UNAUTHORIZED


def test_minted_tokens_survive_a_reset_and_seeded_ones_stay_the_same(s1: S1) -> None:
    token = s1.sim.mint_token()
    seeded = s1.seed["tokens"]
    s1.sim.reset()
    assert s1.get(token=token).status_code == 200
    assert s1.sim.seed["tokens"] == seeded


def test_the_seed_listing_names_its_tokens(s1: S1) -> None:
    listing = s1.client.get("/__sim__/seed").json()
    kinds = {(t["write"], t["account_ids"] is None) for t in listing["tokens"]}
    assert kinds == {(True, True), (False, True), (True, False)}


def test_the_request_log_never_shows_a_token(s1: S1) -> None:
    s1.get()
    logged = s1.client.get("/__sim__/requests").text
    assert s1.admin not in logged
    assert REDACTED in logged


def test_other_seeds_issue_other_tokens(s1: S1) -> None:
    other = SimHandle(create_app(seed=1), BASE_URL)
    assert other.seed["tokens"][0]["token"] != s1.admin
    assert other.seed["threat_ids"] != s1.seed["threat_ids"]
    with other.client() as client:
        response = client.get(THREATS, headers=S1.auth(s1.admin))
        assert error_codes(response) == [4010010]
    other.close()
