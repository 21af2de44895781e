"""Bearer tokens, tenant and realm headers, scopes and realm roles."""

from __future__ import annotations

import base64
import json
import time

import jwt
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_TICKET_ID

from .rezolve_helpers import DESCRIPTION, TICKET_TYPES, Rezolve

UNAUTHORIZED = {
    "error": True,
    "code": "UNAUTHORIZED",
    "message": "Missing or invalid bearer token",
    "status": 401,
}


def _claims(rz: Rezolve) -> dict[str, object]:
    claims: dict[str, object] = jwt.decode(rz.token, options={"verify_signature": False})
    return claims


def _unsigned(claims: dict[str, object]) -> str:
    def part(data: dict[str, object]) -> str:
        raw = json.dumps(data).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


def test_token_claims_are_keycloak_like(rz: Rezolve) -> None:
    claims = _claims(rz)
    agent = rz.user("agent")
    assert claims["iss"] == f"http://rezolve.sim/realms/{rz.tenant['realm']}"
    assert claims["aud"] == "rezolve-api"
    assert claims["sub"] == agent["subject"]
    assert claims["preferred_username"] == agent["username"]
    assert claims["tenant_id"] == rz.tenant["id"]
    assert claims["realm_access"] == {"roles": ["ticket_agent"]}
    assert claims["scope"] == "tickets:read tickets:write"
    assert claims["exp"] == claims["iat"] + 3600  # type: ignore[operator]


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Token abc", "Bearer not.a.jwt"],
)
def test_missing_or_malformed_authorization(rz: Rezolve, authorization: str | None) -> None:
    headers = rz.headers()
    del headers["authorization"]
    if authorization is not None:
        headers["authorization"] = authorization
    response = rz.patch({DESCRIPTION: "x"}, headers=headers, etag=rz.ticket()["etag"])
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_forged_signature(rz: Rezolve) -> None:
    forged = jwt.encode(_claims(rz), "another-secret-that-is-long-enough!!", algorithm="HS256")
    response = rz.get(headers=rz.headers(forged))
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)


def test_alg_none_is_rejected(rz: Rezolve) -> None:
    response = rz.get(headers=rz.headers(_unsigned(_claims(rz))))
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)


def test_token_from_another_simulator_is_rejected(rz: Rezolve, rezolve_sim: SimHandle) -> None:
    from ticket_simulators.rezolve import create_app

    other = SimHandle(create_app(), "http://rezolve.sim").mint_token()
    response = rz.get(headers=rz.headers(other))
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)


def test_wrong_audience(rz: Rezolve) -> None:
    token = rz.sim.mint_token(audience="account")
    assert rz.get(headers=rz.headers(token)).status_code == 401


def test_expiry_follows_the_simulator_clock(rz: Rezolve) -> None:
    token = rz.sim.mint_token(lifetime=60)
    assert rz.get(headers=rz.headers(token)).status_code == 200
    rz.sim.clock.advance(59)
    assert rz.get(headers=rz.headers(token)).status_code == 200
    rz.sim.clock.advance(1)
    response = rz.get(headers=rz.headers(token))
    assert (response.status_code, response.json()) == (401, UNAUTHORIZED)


def test_minted_expired_token(rz: Rezolve) -> None:
    token = rz.sim.mint_token(lifetime=-1)
    assert rz.get(headers=rz.headers(token)).status_code == 401


def test_real_time_does_not_expire_tokens_early(rz: Rezolve) -> None:
    # PyJWT would judge exp by the machine clock; a clock set in the past must still accept.
    rz.sim.clock.set(rz.sim.clock.now().replace(year=2020))
    token = rz.sim.mint_token(lifetime=5)
    assert time.time() > jwt.decode(token, options={"verify_signature": False})["exp"]
    assert rz.get(headers=rz.headers(token)).status_code == 200


def test_realm_header_must_match_token(rz: Rezolve) -> None:
    for realm in ("globex", "", "ACME-CORP"):
        response = rz.get(headers=rz.headers(realmname=realm))
        assert (response.status_code, response.json()) == (401, UNAUTHORIZED)
    headers = rz.headers()
    del headers["realmname"]
    assert rz.get(headers=headers).status_code == 401


@pytest.mark.parametrize("tenant", [None, "", "other", "00000000-0000-4000-8000-000000000000"])
def test_tenant_header_missing_or_different(rz: Rezolve, tenant: str | None) -> None:
    headers = rz.headers()
    if tenant is None:
        del headers["x-tenantid"]
    else:
        headers["x-tenantid"] = tenant
    response = rz.patch({DESCRIPTION: "x"}, headers=headers, etag=rz.ticket()["etag"])
    assert response.status_code == 404
    assert response.json() == {"error": True, "message": "Tenant not found"}


def test_other_tenants_id_with_own_token(rz: Rezolve) -> None:
    response = rz.get(headers=rz.headers(x_tenantid=rz.other_tenant["id"]))
    assert response.json() == {"error": True, "message": "Tenant not found"}


def test_token_for_a_tenant_that_does_not_exist(rz: Rezolve) -> None:
    ghost = "00000000-0000-4000-8000-000000000000"
    token = rz.sim.mint_token(tenant_id=ghost)
    response = rz.get(headers=rz.headers(token, x_tenantid=ghost))
    assert (response.status_code, response.json()["message"]) == (404, "Tenant not found")


def test_token_from_the_wrong_realm_for_the_tenant(rz: Rezolve) -> None:
    token = rz.sim.mint_token(realm="globex")
    response = rz.get(headers=rz.headers(token, realmname="globex"))
    assert response.status_code == 401


def test_ticket_of_another_tenant_is_not_found(rz: Rezolve) -> None:
    other = rz.other_tenant
    token = rz.sim.mint_token(tenant_id=other["id"])
    headers = rz.headers(token, x_tenantid=other["id"], realmname=other["realm"])
    response = rz.get(DOC_TICKET_ID, headers=headers)
    assert response.json() == {"error": True, "message": "Ticket not found (REQ-0509)"}
    assert rz.get("CTC-0054", headers=headers).status_code == 200
    assert rz.get("CTC-0054").status_code == 404


WRITE_DENIED = {
    "error": True,
    "code": "USER_PERMISSION_FAILURE",
    "message": "You do not have the permission to update the ticket",
    "status": 401,
}
READ_DENIED = {**WRITE_DENIED, "message": "You do not have the permission to read the ticket"}


@pytest.mark.parametrize(
    ("roles", "scopes"),
    [
        ([], ["tickets:read", "tickets:write"]),
        (["ticket_user"], ["tickets:read", "tickets:write"]),
        (["offline_access"], ["tickets:write"]),
        (["ticket_agent"], ["tickets:read"]),
        (["ticket_admin"], []),
    ],
)
def test_update_needs_write_scope_and_role(
    rz: Rezolve, roles: list[str], scopes: list[str]
) -> None:
    token = rz.sim.mint_token(roles=roles, scopes=scopes)
    before = rz.ticket()
    response = rz.patch({DESCRIPTION: "x"}, headers=rz.headers(token), etag=before["etag"])
    assert (response.status_code, response.json()) == (401, WRITE_DENIED)
    assert rz.ticket() == before


@pytest.mark.parametrize("role", ["ticket_agent", "ticket_admin"])
def test_write_roles(rz: Rezolve, role: str) -> None:
    token = rz.sim.mint_token(roles=[role], scopes=["tickets:write"])
    assert rz.patch({DESCRIPTION: "x"}, headers=rz.headers(token)).status_code == 200


def test_ticket_user_can_read_but_not_write(rz: Rezolve) -> None:
    token = rz.sim.mint_token(subject=rz.user("user")["subject"])
    assert jwt.decode(token, options={"verify_signature": False})["realm_access"] == {
        "roles": ["ticket_user"]
    }
    assert rz.get(headers=rz.headers(token)).status_code == 200
    response = rz.patch({DESCRIPTION: "x"}, headers=rz.headers(token))
    assert response.json() == WRITE_DENIED


@pytest.mark.parametrize(
    ("roles", "scopes"), [([], ["tickets:read"]), (["ticket_user"], []), (["x"], ["openid"])]
)
def test_reads_need_a_read_scope_and_a_ticket_role(
    rz: Rezolve, roles: list[str], scopes: list[str]
) -> None:
    token = rz.sim.mint_token(roles=roles, scopes=scopes)
    for path, params in [(None, None), (TICKET_TYPES, {"type": "user", "module": "ticketing"})]:
        if path is None:
            response = rz.get(headers=rz.headers(token))
        else:
            response = rz.client.get(path, params=params, headers=rz.headers(token))
        assert (response.status_code, response.json()) == (401, READ_DENIED)
