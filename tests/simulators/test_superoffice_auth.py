"""Credentials: Basic, SOTicket, Bearer and XSRF, and the answers to bad ones."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import jwt
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import DOC_PASSWORD, DOC_USERNAME, create_app

from .superoffice_helpers import SuperOffice, error, open_superoffice

REALM = 'Basic realm="SuperOffice Username or Ticket"'


@pytest.fixture
def so(superoffice_sim: SimHandle) -> Iterator[SuperOffice]:
    yield from open_superoffice(superoffice_sim)


def basic(username: str, password: str) -> dict[str, str]:
    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"authorization": f"Basic {raw}"}


def refused(response_headers: dict[str, str], so: SuperOffice) -> str:
    response = so.get(headers=response_headers)
    message = error(response, 401, "SoAuthenticationException")
    assert response.headers["www-authenticate"] == REALM
    return message


def test_anonymous_request_is_401_with_the_vendor_body(so: SuperOffice) -> None:
    assert refused({}, so) == "Authorization required"
    response = so.patch({"Title": "x"}, headers={})
    error(response, 401, "SoAuthenticationException")
    assert so.ticket()["Title"] != "x"


def test_the_documents_basic_credentials_work(so: SuperOffice) -> None:
    # The sample request's header, verbatim.
    assert so.get(headers={"authorization": "Basic dGplMDpUamUw"}).status_code == 200
    assert so.get(headers=basic(DOC_USERNAME, DOC_PASSWORD)).status_code == 200


def test_every_seeded_active_user_can_log_in(so: SuperOffice) -> None:
    for user in so.seed["users"]:
        status = so.get(headers=basic(user["username"], user["password"])).status_code
        assert status == (401 if user["deleted"] else 200), user["username"]


def test_user_names_ignore_case_passwords_do_not(so: SuperOffice) -> None:
    assert so.get(headers=basic("TJE0", DOC_PASSWORD)).status_code == 200
    assert refused(basic(DOC_USERNAME, DOC_PASSWORD.lower()), so) == "Authentication failed"


@pytest.mark.parametrize(
    "authorization",
    [
        "Basic",
        "Basic !!!notbase64",
        "Basic " + base64.b64encode(b"no-colon").decode(),
        "Basic " + base64.b64encode(b"nobody:secret").decode(),
        "Digest abc",
        "Bearer not.a.jwt",
        "SOTicket 7T:made-up",
        "Bearer ",
    ],
)
def test_bad_credentials_are_401(so: SuperOffice, authorization: str) -> None:
    refused({"authorization": authorization}, so)


@pytest.mark.parametrize("scheme", ["SOTicket", "SoTicket", "soticket"])
def test_minted_soticket_works_in_any_case(so: SuperOffice, scheme: str) -> None:
    ticket = so.sim.mint_token(scheme="soticket")
    assert ticket.startswith("7T:")
    assert so.get(headers={"authorization": f"{scheme} {ticket}"}).status_code == 200


def test_credentials_expire_by_the_simulator_clock(so: SuperOffice) -> None:
    bearer = so.sim.mint_token(lifetime=60)
    ticket = so.sim.mint_token(scheme="soticket", lifetime=60)
    assert so.get(headers={"authorization": f"Bearer {bearer}"}).status_code == 200
    so.sim.clock.advance(61)
    refused({"authorization": f"Bearer {bearer}"}, so)
    refused({"authorization": f"SOTicket {ticket}"}, so)


def test_bearer_token_from_another_simulator_is_refused(so: SuperOffice) -> None:
    other = create_app().backend.mint_token({})
    refused({"authorization": f"Bearer {other}"}, so)


def test_bearer_token_is_a_jwt_for_the_user(so: SuperOffice) -> None:
    token = so.sim.mint_token(user="ahansen")
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == "11"
    assert claims["upn"] == "ahansen"
    assert claims["http://schemes.superoffice.net/identity/ctx"] == "Cust12345"


def test_retired_user_cannot_get_in_with_a_minted_credential(so: SuperOffice) -> None:
    token = so.sim.mint_token(user="old.admin")
    refused({"authorization": f"Bearer {token}"}, so)


def test_xsrf_value_stands_in_for_authorization(so: SuperOffice) -> None:
    value = so.sim.mint_token(scheme="xsrf")
    assert so.get(headers={"x-xsrf-token": value}).status_code == 200
    refused({"x-xsrf-token": "guessed"}, so)


def test_control_api_mints_and_lists(so: SuperOffice) -> None:
    client = so.client
    seed = client.get("/__sim__/seed").json()
    assert {"username": "tje0", "password": "Tje0"}.items() <= seed["users"][0].items()
    assert [t["id"] for t in seed["tickets"]][:2] == [900, 901]
    for scheme, header in [("bearer", "Bearer"), ("soticket", "SOTicket"), ("basic", "Basic")]:
        minted = client.post("/__sim__/tokens", json={"scheme": scheme, "user": "mberg"})
        assert minted.status_code == 201
        credential = minted.json()["token"]
        response = so.get(headers={"authorization": f"{header} {credential}"})
        assert response.status_code == 200, scheme
    for bad in [{"scheme": "digest"}, {"user": "nobody"}, {"lifetime": "long"}, {"x": 1}]:
        assert client.post("/__sim__/tokens", json=bad).status_code == 400


def test_request_log_hides_credentials(so: SuperOffice) -> None:
    so.get(headers={**basic(DOC_USERNAME, DOC_PASSWORD), "so-apptoken": "app-secret"})
    headers = so.sim.requests.last.headers
    assert headers["authorization"] == "[REDACTED]"
    assert headers["so-apptoken"] == "[REDACTED]"
