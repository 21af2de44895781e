"""specs/rezolve.yaml: what the update needs in `security`, and the ticket-type listing.

The scope and realm role the update document names only in prose are in the operation's
`security` (OpenAPI 3.1 lets a requirement list roles for any scheme type). The simulator
is checked against them: a token carrying exactly one requirement's names may update, and
a token missing any of them may not.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID

from tests.specs.test_specs import ROOT, deref, load

SPEC = load(ROOT / "specs" / "rezolve.yaml")
PATHS = SPEC["paths"]
UPDATE = PATHS["/api/v2/ticketing/ticket/{objectId}/update"]["patch"]
LISTING = PATHS["/api/v2/ticketing/ticket-type"]["get"]
PARAMS = {"type": "template", "module": "ticketing"}
DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


def _names(requirement: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    """(scopes, roles) a requirement lists for the bearer token."""
    listed = requirement["bearerAuth"]
    return [n for n in listed if ":" in n], [n for n in listed if ":" not in n]


def _update(sim: SimHandle, client: httpx.Client, token: str) -> httpx.Response:
    tenant = sim.seed["tenants"][0]
    headers = {
        "authorization": f"Bearer {token}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
        "accept": "application/json",
    }
    path = "/api/v2/ticketing/ticket/REQ-0509"
    etag = client.get(path, params=PARAMS, headers=headers).json().get("etag")
    if etag is None:  # a token that may not even read: read with the default agent's
        agent = {**headers, "authorization": f"Bearer {sim.mint_token()}"}
        etag = client.get(path, params=PARAMS, headers=agent).json()["etag"]
    body = {"etag": etag, "ticketUpdate": {DESCRIPTION: "<p>checked</p>"}}
    return client.patch(f"{path}/update", params=PARAMS, headers=headers, json=body)


def test_update_security_lists_the_scope_and_each_write_role() -> None:
    requirements = UPDATE["security"]
    roles = set()
    for requirement in requirements:
        assert set(requirement) == {"bearerAuth", "tenantId", "realmName"}
        assert requirement["tenantId"] == requirement["realmName"] == []
        scopes, listed_roles = _names(requirement)
        assert scopes == ["tickets:write"]
        assert len(listed_roles) == 1
        roles.update(listed_roles)
    assert roles == {"ticket_agent", "ticket_admin"}
    # Reads keep the document-wide requirement: token, tenant and realm, nothing listed.
    assert SPEC["security"] == [{"bearerAuth": [], "tenantId": [], "realmName": []}]
    assert "security" not in LISTING


@pytest.mark.parametrize("index", range(len(UPDATE["security"])))
def test_a_token_with_one_requirements_names_may_update(rezolve_sim: SimHandle, index: int) -> None:
    scopes, roles = _names(UPDATE["security"][index])
    token = rezolve_sim.mint_token(scopes=scopes, roles=roles)
    with rezolve_sim.client() as client:
        response = _update(rezolve_sim, client, token)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("scopes", "roles"),
    [
        (["tickets:write"], ["ticket_user"]),  # the scope without a write role
        (["tickets:read"], ["ticket_agent"]),  # a write role without the scope
        ([], ["ticket_admin"]),
    ],
)
def test_a_token_missing_a_listed_name_may_not_update(
    rezolve_sim: SimHandle, scopes: list[str], roles: list[str]
) -> None:
    satisfied = [
        r
        for r in UPDATE["security"]
        if set(_names(r)[0]) <= set(scopes) and set(_names(r)[1]) <= set(roles)
    ]
    assert not satisfied  # the case really misses something the spec lists
    token = rezolve_sim.mint_token(scopes=scopes, roles=roles)
    with rezolve_sim.client() as client:
        response = _update(rezolve_sim, client, token)
    assert response.status_code == 401
    assert response.json()["code"] == "USER_PERMISSION_FAILURE"


def _parameter(name: str) -> dict[str, Any]:
    found = [deref(SPEC, p) for p in LISTING["parameters"]]
    return next(p for p in found if p["name"] == name)


def test_listing_top_has_no_upper_bound() -> None:
    # The vendor's own example asks for $top=10000.
    schema = _parameter("$top")["schema"]
    assert "maximum" not in schema
    assert schema["minimum"] == 1
    assert _parameter("$top")["examples"]["everything"]["value"] == 10000


def test_listing_documents_conditional_requests() -> None:
    assert _parameter("if-none-match")["in"] == "header"
    assert "ETag" in LISTING["responses"]["200"]["headers"]
    assert "304" in LISTING["responses"]
    assert "content" not in LISTING["responses"]["304"]


def test_the_simulators_full_selection_validates_against_the_spec(
    rezolve_sim: SimHandle,
) -> None:
    # Every property `$select` may name is declared, so a generated client exposes it.
    select = "id,name,properties,fields,workflow,action_permissions,filters,v1_name"
    tenant = rezolve_sim.seed["tenants"][0]
    headers = {
        "authorization": f"Bearer {rezolve_sim.mint_token()}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
    }
    with rezolve_sim.client() as client:
        params = {**PARAMS, "$select": select, "$top": "10000", "$skip": "0"}
        body = client.get("/api/v2/ticketing/ticket-type", params=params, headers=headers).json()
    schema = deref(SPEC, LISTING["responses"]["200"]["content"]["application/json"]["schema"])
    validator = OAS31Validator(
        {**schema, "components": SPEC["components"]}, format_checker=OAS31Validator.FORMAT_CHECKER
    )
    assert [e.message for e in validator.iter_errors(body)] == []
    declared = set(SPEC["components"]["schemas"]["TicketType"]["properties"])
    for ticket_type in body["data"]["value"]:
        assert set(ticket_type) == set(select.split(",")) <= declared
    transition = SPEC["components"]["schemas"]["WorkflowTransition"]["properties"]
    for ticket_type in body["data"]["value"]:
        for item in ticket_type["workflow"]["transitions"]:
            assert set(item) <= set(transition)
