"""Forcepoint DLP simulator: refresh and access tokens, and where each is accepted."""

from __future__ import annotations

from collections.abc import Iterator

import jwt
import pytest
from ticket_simulators._core import SimHandle

from .forcepoint_dlp_helpers import (
    APP_PASSWORD,
    APP_USER,
    USER_ADMIN,
    USER_ADMIN_PASSWORD,
    WHOLE_SEED,
    Dlp,
)

QUERY = {"type": "INCIDENTS", **WHOLE_SEED}


@pytest.fixture
def dlp(forcepoint_dlp_sim: SimHandle) -> Iterator[Dlp]:
    with forcepoint_dlp_sim.client() as client:
        yield Dlp(forcepoint_dlp_sim, client)


def _strict(dlp: Dlp, strict: bool) -> None:
    dlp.sim.app.runtime.fidelity.set(strict=strict)


@pytest.mark.parametrize(
    ("strict", "refresh_name", "access_name"),
    [
        (False, "refresh_token_expires_in", "access_token_expires_in"),
        (True, "refresh_expires_in", "access_expires_in"),
    ],
)
def test_application_admin_gets_refresh_and_access_tokens(
    dlp: Dlp, strict: bool, refresh_name: str, access_name: str
) -> None:
    # Real answers name the lifetimes *_token_expires_in; strict mode keeps the guide's names.
    _strict(dlp, strict)
    response = dlp.login()
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"refresh_token", "access_token", refresh_name, access_name, "token_type"}
    assert body[refresh_name] == 86400
    assert body[access_name] == 900
    assert body["token_type"] == "JWT"
    claims = jwt.decode(body["refresh_token"], options={"verify_signature": False})
    assert claims["token_kind"] == "refresh"
    assert claims["sub"] == APP_USER
    assert claims["exp"] - claims["iat"] == 86400
    assert dlp.incidents(QUERY, token=body["access_token"]).status_code == 200


@pytest.mark.parametrize(
    ("username", "password"),
    [
        (APP_USER, "wrong"),
        ("nobody", APP_PASSWORD),
        (USER_ADMIN, USER_ADMIN_PASSWORD),
        ("", ""),
    ],
)
def test_login_refused_with_403(dlp: Dlp, username: str, password: str) -> None:
    response = dlp.login(username, password)
    assert response.status_code == 403
    assert response.json()["message"]
    assert password not in response.text or not password


@pytest.mark.parametrize(
    ("strict", "access_name"), [(False, "access_token_expires_in"), (True, "access_expires_in")]
)
def test_access_token_from_refresh_token(dlp: Dlp, strict: bool, access_name: str) -> None:
    _strict(dlp, strict)
    refresh = dlp.login().json()["refresh_token"]
    response = dlp.access(refresh)
    assert response.status_code == 200
    access = response.json()["access_token"]
    assert set(response.json()) == {"access_token", access_name, "token_type"}
    assert dlp.incidents(QUERY, token=access).status_code == 200


def test_access_token_for_credentials_in_the_field_only(dlp: Dlp) -> None:
    # Some integrations log in on auth/access-token with the username/password headers.
    headers = {"username": APP_USER, "password": APP_PASSWORD}
    response = dlp.client.post("/dlp/rest/v1/auth/access-token", headers=headers)
    assert response.status_code == 200
    assert set(response.json()) == {"access_token", "access_token_expires_in", "token_type"}
    assert dlp.incidents(QUERY, token=response.json()["access_token"]).status_code == 200
    for username, password in ((APP_USER, "wrong"), (USER_ADMIN, USER_ADMIN_PASSWORD)):
        bad = {"username": username, "password": password}
        assert dlp.client.post("/dlp/rest/v1/auth/access-token", headers=bad).status_code == 403
    _strict(dlp, True)
    refused = dlp.client.post("/dlp/rest/v1/auth/access-token", headers=headers)
    assert refused.status_code == 403
    assert "forcepoint-dlp/access-token-with-credentials" in refused.json()["message"]
    assert "access_token" not in refused.json()


def test_refresh_token_refused_on_incident_apis(dlp: Dlp) -> None:
    refresh = dlp.login().json()["refresh_token"]
    assert dlp.incidents(QUERY, token=refresh).status_code == 403
    assert dlp.update({"type": "INCIDENTS"}, token=refresh).status_code == 403


def test_access_token_refused_as_refresh_token(dlp: Dlp) -> None:
    assert dlp.access(dlp.token).status_code == 403
    assert dlp.access("garbage").status_code == 403
    assert dlp.client.post("/dlp/rest/v1/auth/access-token").status_code == 403


def test_access_token_expires_after_15_minutes(dlp: Dlp) -> None:
    access = dlp.login().json()["access_token"]
    dlp.sim.clock.advance(899)
    assert dlp.incidents(QUERY, token=access).status_code == 200
    dlp.sim.clock.advance(1)
    assert dlp.incidents(QUERY, token=access).status_code == 403


def test_refresh_token_expires_after_one_day(dlp: Dlp) -> None:
    refresh = dlp.login().json()["refresh_token"]
    dlp.sim.clock.advance(86399)
    assert dlp.access(refresh).status_code == 200
    dlp.sim.clock.advance(1)
    assert dlp.access(refresh).status_code == 403


def test_missing_or_foreign_token_is_403(dlp: Dlp) -> None:
    assert dlp.client.post("/dlp/rest/v1/incidents", json=QUERY).status_code == 403
    forged = jwt.encode({"sub": APP_USER, "token_kind": "access", "exp": 2**40}, "k" * 32)
    assert dlp.incidents(QUERY, token=forged).status_code == 403


def test_control_api_mints_tokens_and_lists_accounts(dlp: Dlp) -> None:
    created = dlp.client.post("/__sim__/tokens", json={"kind": "refresh", "lifetime": 60})
    assert created.status_code == 201
    assert dlp.access(created.json()["token"]).status_code == 200
    assert dlp.client.post("/__sim__/tokens", json={"kind": "other"}).status_code == 400
    accounts = dlp.client.get("/__sim__/seed").json()["accounts"]
    assert {"username": APP_USER, "password": APP_PASSWORD, "admin_type": "Application"} in (
        accounts
    )
    assert any(a["admin_type"] == "User" for a in accounts)


def test_credentials_are_redacted_in_the_request_log(dlp: Dlp) -> None:
    dlp.login()
    logged = dlp.sim.requests.last
    assert logged is not None
    assert APP_PASSWORD not in str(logged.to_json())
