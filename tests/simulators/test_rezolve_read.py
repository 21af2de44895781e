"""GET ticket (with ETag and If-None-Match), GET ticket-type, and the seed world."""

from __future__ import annotations

import re

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_TICKET_ID, create_app

from .rezolve_helpers import DESCRIPTION, PARAMS, TICKET_TYPES, Rezolve, reason

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
FIELD_TYPES = {
    "text",
    "textarea",
    "dropdown",
    "multiselect",
    "date",
    "datetime",
    "number",
    "checkbox",
    "file",
}


def test_get_ticket_shape(rz: Rezolve) -> None:
    response = rz.get()
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "etag",
        "id",
        "object_id",
        "ticketTypeId",
        "data",
        "lastUpdatedBy",
        "lastUpdatedAt",
        "createdAt",
    }
    assert body["object_id"] == DOC_TICKET_ID
    assert UUID.fullmatch(body["id"])
    assert UUID.fullmatch(body["etag"])
    assert response.headers["etag"] == f'"{body["etag"]}"'
    assert body["data"][DESCRIPTION].startswith("<p>")
    assert set(body["data"]) == set(rz.fields().values())


@pytest.mark.parametrize(
    "template", ['"{}"', "{}", 'W/"{}"', '"00000000-0000-4000-8000-000000000000", "{}"', "*"]
)
def test_if_none_match_gives_304(rz: Rezolve, template: str) -> None:
    etag = rz.ticket()["etag"]
    response = rz.get(headers=rz.headers(if_none_match=template.format(etag)))
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == f'"{etag}"'


def test_if_none_match_with_an_old_etag_gives_the_ticket(rz: Rezolve) -> None:
    old = rz.ticket()["etag"]
    rz.patch({DESCRIPTION: "x"}, etag=old)
    response = rz.get(headers=rz.headers(if_none_match=f'"{old}"'))
    assert response.status_code == 200
    assert response.json()["data"][DESCRIPTION] == "x"


def test_every_read_after_a_write_shows_the_write(rz: Rezolve) -> None:
    # The answer's body is rendered once per state of the ticket; each write must
    # replace it, however often the old state was read before.
    for n in range(3):
        before = rz.ticket()
        assert rz.ticket() == before
        changed = rz.patch({DESCRIPTION: f"<p>write {n}</p>"}, etag=before["etag"])
        assert changed.status_code == 200
        after = rz.get()
        assert after.json()["data"][DESCRIPTION] == f"<p>write {n}</p>"
        assert after.json()["etag"] == changed.json()["etag"] != before["etag"]
        assert after.headers["etag"] == f'"{after.json()["etag"]}"'
        assert after.headers["content-type"] == "application/json"


def test_get_requires_type_and_module(rz: Rezolve) -> None:
    assert set(reason(rz.get(params={}))) == {"type", "module"}


def test_get_by_internal_uuid_is_not_found(rz: Rezolve) -> None:
    internal = rz.ticket()["id"]
    response = rz.get(internal)
    assert response.status_code == 404
    assert response.json() == {"error": True, "message": f"Ticket not found ({internal})"}


def test_ticket_types(rz: Rezolve) -> None:
    response = rz.client.get(TICKET_TYPES, params=PARAMS, headers=rz.headers())
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True
    assert isinstance(body["message"], str)
    assert body["timestamp"].endswith("Z")
    types = body["data"]["value"]
    assert [t["name"] for t in types] == ["Service Request", "Incident"]
    for ticket_type in types:
        assert set(ticket_type) == {"id", "name", "properties", "fields", "workflow"}
        assert {f["type"] for f in ticket_type["fields"]} == FIELD_TYPES
        for field in ticket_type["fields"]:
            assert UUID.fullmatch(field["id"])
            assert set(field) == {
                "id",
                "name",
                "label",
                "type",
                "required",
                "order",
                "options",
                "defaultValue",
                "visibleTo",
                "dataSource",
            }
        statuses = ticket_type["workflow"]["statuses"]
        assert sum(s["isInitial"] for s in statuses) == 1
        assert {"id", "name", "key", "color", "isInitial", "isTerminal"} == set(statuses[0])
        # Transitions name statuses by key, their sources as a list (the document's form).
        status_keys = {s["key"] for s in statuses}
        for transition in ticket_type["workflow"]["transitions"]:
            assert set(transition) == {"id", "name", "from", "to", "requiredFields", "allowedRoles"}
            assert isinstance(transition["from"], list)
            assert {*transition["from"], transition["to"]} <= status_keys


def test_ticket_types_select_top_skip(rz: Rezolve) -> None:
    params = {**PARAMS, "$select": "id,name,v1_name", "$top": "1", "$skip": "1"}
    response = rz.client.get(TICKET_TYPES, params=params, headers=rz.headers())
    assert response.json()["data"]["value"] == [
        {"id": rz.seed["ticket_types"][1]["id"], "name": "Incident", "v1_name": "incident"}
    ]


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ({"$select": "id,secret"}, "$select"),
        ({"$select": ""}, "$select"),
        ({"$top": "0"}, "$top"),
        ({"$top": "ten"}, "$top"),
        ({"$top": "+5"}, "$top"),
        ({"$top": "1.5"}, "$top"),
        ({"$top": "\u0665"}, "$top"),
        ({"$skip": "-1"}, "$skip"),
    ],
)
def test_ticket_types_bad_options(rz: Rezolve, extra: dict[str, str], key: str) -> None:
    response = rz.client.get(TICKET_TYPES, params={**PARAMS, **extra}, headers=rz.headers())
    assert set(reason(response)) == {key}


def test_ticket_types_top_has_no_upper_bound(rz: Rezolve) -> None:
    # The vendor's own example asks for $top=10000 to get every ticket type at once.
    for top in ("10000", "1" + "0" * 40, "0001"):
        params = {**PARAMS, "$top": top, "$skip": "0"}
        response = rz.client.get(TICKET_TYPES, params=params, headers=rz.headers())
        assert response.status_code == 200, response.text
        expected = 1 if top == "0001" else 2
        assert len(response.json()["data"]["value"]) == expected
    params = {**PARAMS, "$skip": "9" * 40}
    response = rz.client.get(TICKET_TYPES, params=params, headers=rz.headers())
    assert response.json()["data"]["value"] == []


def test_ticket_types_answer_an_etag_and_304_while_it_holds(rz: Rezolve) -> None:
    full = rz.client.get(TICKET_TYPES, params=PARAMS, headers=rz.headers())
    etag = full.headers["etag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    again = rz.client.get(TICKET_TYPES, params=PARAMS, headers=rz.headers(if_none_match=etag))
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    # A different selection is a different answer with a different etag.
    narrow = {**PARAMS, "$select": "id,name"}
    other = rz.client.get(TICKET_TYPES, params=narrow, headers=rz.headers(if_none_match=etag))
    assert other.status_code == 200
    assert other.headers["etag"] != etag
    stale = rz.client.get(
        TICKET_TYPES, params=PARAMS, headers=rz.headers(if_none_match='"0123456789abcdef"')
    )
    assert stale.status_code == 200
    assert stale.json()["data"] == full.json()["data"]


def test_ticket_types_etag_is_per_tenant(rz: Rezolve) -> None:
    tenant = rz.other_tenant
    token = rz.sim.mint_token(tenant_id=tenant["id"])
    headers = rz.headers(token, x_tenantid=tenant["id"], realmname=tenant["realm"])
    mine = rz.client.get(TICKET_TYPES, params=PARAMS, headers=rz.headers()).headers["etag"]
    theirs = rz.client.get(TICKET_TYPES, params=PARAMS, headers=headers).headers["etag"]
    assert mine != theirs


def test_seed_world(rezolve_sim: SimHandle) -> None:
    seed = rezolve_sim.seed
    assert [t["realm"] for t in seed["tenants"]] == ["acme-corp", "globex"]
    assert len(seed["ticket_types"]) == 4
    assert len(seed["tickets"]) == 40
    kinds = {(u["tenant_id"], u["kind"]) for u in seed["users"]}
    assert len(kinds) == 8
    doc_ticket = next(t for t in seed["tickets"] if t["object_id"] == DOC_TICKET_ID)
    assert doc_ticket["tenant_id"] == seed["tenants"][0]["id"]
    assert doc_ticket["ticket_type"] == "Service Request"
    request_type = next(t for t in seed["ticket_types"] if t["id"] == doc_ticket["ticket_type_id"])
    description = next(f for f in request_type["fields"] if f["id"] == DESCRIPTION)
    assert description["type"] == "textarea"


def test_seed_is_deterministic_and_seed_dependent() -> None:
    first = SimHandle(create_app(seed=0), "http://rezolve.sim").seed
    again = SimHandle(create_app(seed=0), "http://rezolve.sim").seed
    other = SimHandle(create_app(seed=7), "http://rezolve.sim").seed
    assert first == again
    assert first["tenants"] != other["tenants"]
    assert DOC_TICKET_ID in {t["object_id"] for t in other["tickets"]}


@pytest.mark.ticket_sim(seed=3)
def test_marker_chooses_the_seed(rezolve_sim: SimHandle) -> None:
    assert rezolve_sim.seed["seed"] == 3
    assert rezolve_sim.seed == SimHandle(create_app(seed=3), "x").seed


def test_seeded_tickets_all_pass_their_own_validation(rz: Rezolve) -> None:
    # Writing every seeded value back must be accepted: the seed respects the rules.
    for tenant in rz.seed["tenants"]:
        token = rz.sim.mint_token(tenant_id=tenant["id"])
        headers = rz.headers(token, x_tenantid=tenant["id"], realmname=tenant["realm"])
        for ticket in rz.seed["tickets"]:
            if ticket["tenant_id"] != tenant["id"]:
                continue
            current = rz.get(ticket["object_id"], headers=headers).json()
            response = rz.patch(
                current["data"],
                object_id=ticket["object_id"],
                etag=current["etag"],
                headers=headers,
            )
            assert response.status_code == 200, response.text
