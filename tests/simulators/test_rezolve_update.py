"""PATCH /api/v2/ticketing/ticket/{objectId}/update, rule by rule."""

from __future__ import annotations

from typing import Any

import pytest

from .rezolve_helpers import DESCRIPTION, Rezolve, reason


def test_update_returns_new_etag_and_get_shows_value(rz: Rezolve) -> None:
    before = rz.ticket()
    response = rz.patch({DESCRIPTION: "<p>Updated description text.</p>"}, etag=before["etag"])
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True
    assert body["message"] == "ticket updated successfully"
    assert body["status"] == 200
    assert body["etag"] != before["etag"]
    after = rz.get()
    assert after.json()["etag"] == body["etag"]
    assert after.headers["etag"] == f'"{body["etag"]}"'
    assert after.json()["data"][DESCRIPTION] == "<p>Updated description text.</p>"


def test_etag_rotates_and_old_etag_is_rejected(rz: Rezolve) -> None:
    first = rz.ticket()["etag"]
    second = rz.patch({DESCRIPTION: "one"}, etag=first).json()["etag"]
    third = rz.patch({DESCRIPTION: "two"}, etag=second).json()["etag"]
    assert len({first, second, third}) == 3
    stale = rz.patch({DESCRIPTION: "three"}, etag=first)
    assert stale.status_code == 400
    assert stale.json() == {
        "error": True,
        "code": "ETAG_MISMATCH",
        "message": "Ticket might have been updated. Please check changes and resubmit",
        "status": 400,
    }


def test_etag_comparison_ignores_case(rz: Rezolve) -> None:
    etag = rz.ticket()["etag"]
    assert rz.patch({DESCRIPTION: "x"}, etag=etag.upper()).status_code == 200


def test_shallow_merge_leaves_other_fields(rz: Rezolve) -> None:
    before = rz.ticket()["data"]
    fields = rz.fields()
    rz.patch({fields["priority"]: "urgent", fields["quantity"]: 4})
    after = rz.ticket()["data"]
    assert after[fields["priority"]] == "urgent"
    assert after[fields["quantity"]] == 4
    untouched = set(before) - {fields["priority"], fields["quantity"]}
    assert {k: after[k] for k in untouched} == {k: before[k] for k in untouched}


def test_clearing_with_each_types_empty_value(rz: Rezolve) -> None:
    fields = rz.fields()
    empties: dict[str, Any] = {
        fields["description"]: "",
        fields["affected_services"]: [],
        fields["due_date"]: None,
        fields["scheduled_at"]: None,
        fields["quantity"]: None,
        fields["attachments"]: [],
    }
    assert rz.patch(empties).status_code == 200
    data = rz.ticket()["data"]
    assert {k: data[k] for k in empties} == empties


def test_required_fields_cannot_be_cleared(rz: Rezolve) -> None:
    fields = rz.fields()
    response = rz.patch({fields["subject"]: "  ", fields["priority"]: None})
    assert set(reason(response)) == {fields["subject"], fields["priority"]}


def test_required_datetime_cannot_be_cleared(rz: Rezolve) -> None:
    fields = rz.fields("Incident")
    response = rz.patch({fields["occurred_at"]: None}, object_id="INC-0200")
    assert set(reason(response)) == {fields["occurred_at"]}


def test_required_multiselect_and_file_cannot_be_emptied(rz: Rezolve) -> None:
    # Globex (the second tenant) has required list fields on its contracts and payments.
    globex = rz.other_tenant
    token = rz.sim.mint_token(tenant_id=globex["id"])
    headers = rz.headers(token, x_tenantid=globex["id"], realmname=globex["realm"])
    ids = {
        (t["name"], f["name"]): f["id"]
        for t in rz.seed["ticket_types"]
        if t["tenant_id"] == globex["id"]
        for f in t["fields"]
    }
    for object_id, field_id in [
        ("CTC-0045", ids["Contract", "regions"]),
        ("PMT-0038", ids["Payment", "receipts"]),
    ]:
        etag = rz.get(object_id, headers=headers).json()["etag"]
        response = rz.patch({field_id: []}, object_id=object_id, etag=etag, headers=headers)
        assert set(reason(response)) == {field_id}


GOOD: dict[str, Any] = {
    "subject": "x" * 255,
    "description": "y" * 65_535,
    "priority": "high",
    "affected_services": ["vpn", "email"],
    "due_date": "2024-02-29",
    "scheduled_at": "2025-03-01T10:15:00+01:00",
    "quantity": 2.5,
    "vip": True,
    "attachments": [{"name": "a.pdf", "url": "https://files.example/a.pdf"}],
}

BAD: dict[str, list[Any]] = {
    "subject": [None, 5, "x" * 256],
    "description": [None, ["a"], "y" * 65_536],
    "priority": ["critical", 1, ["high"]],
    "affected_services": ["vpn", ["vpn", "vpn"], ["fax"], [1], None],
    "due_date": ["2024-02-30", "2024-2-1", "01/02/2024", "2024-01-01T00:00:00Z", 20240101],
    "scheduled_at": ["2025-03-01T10:15:00", "2025-03-01", "yesterday", 1700000000],
    "quantity": [True, "3", [3], 2**60],
    "vip": [None, "true", 1],
    "attachments": [
        None,
        {"name": "a", "url": "https://x/a"},
        [{"name": "a"}],
        [{"name": "", "url": "https://x/a"}],
        [{"name": "a", "url": "ftp://x/a"}],
        [{"name": "a", "url": "https://x/a", "size": 3}],
    ],
}


def test_every_field_type_accepts_valid_values(rz: Rezolve) -> None:
    fields = rz.fields()
    changes = {fields[name]: value for name, value in GOOD.items()}
    assert rz.patch(changes).status_code == 200
    data = rz.ticket()["data"]
    assert {k: data[k] for k in changes} == changes


@pytest.mark.parametrize("index", range(6))
def test_bad_values_name_every_offending_field(rz: Rezolve, index: int) -> None:
    fields = rz.fields()
    changes = {fields[name]: values[index % len(values)] for name, values in BAD.items()}
    before = rz.ticket()
    response = rz.patch(changes, etag=before["etag"])
    assert set(reason(response)) == set(changes)
    assert rz.ticket() == before


def test_one_bad_value_rejects_the_whole_update(rz: Rezolve) -> None:
    fields = rz.fields()
    before = rz.ticket()
    response = rz.patch({fields["priority"]: "urgent", fields["vip"]: "yes"})
    assert set(reason(response)) == {fields["vip"]}
    assert rz.ticket() == before


def test_unknown_and_foreign_field_ids(rz: Rezolve) -> None:
    incident_field = rz.fields("Incident")["title"]
    unknown = "00000000-0000-4000-8000-000000000000"
    response = rz.patch({unknown: "x", incident_field: "y", "not-a-uuid": 1})
    assert set(reason(response)) == {unknown, incident_field, "not-a-uuid"}


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b'{"etag": ', "body"),
        (b"[]", "body"),
        (b'"text"', "body"),
        (b'{"etag": NaN}', "body"),
        (b"\xff\xfe", "body"),
    ],
)
def test_malformed_bodies(rz: Rezolve, content: bytes, key: str) -> None:
    response = rz.patch_raw(content=content, headers=rz.headers(content_type="application/json"))
    assert set(reason(response)) == {key}


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_wrong_content_type(rz: Rezolve, content_type: str | None) -> None:
    headers = rz.headers()
    if content_type is not None:
        headers["content-type"] = content_type
    etag = rz.ticket()["etag"]
    body = f'{{"etag": "{etag}", "ticketUpdate": {{"{DESCRIPTION}": "x"}}}}'
    response = rz.patch_raw(content=body.encode(), headers=headers)
    assert set(reason(response)) == {"content-type"}


def test_content_type_with_charset_is_fine(rz: Rezolve) -> None:
    etag = rz.ticket()["etag"]
    body = f'{{"etag": "{etag}", "ticketUpdate": {{"{DESCRIPTION}": "x"}}}}'
    headers = rz.headers(content_type="application/json; charset=utf-8")
    assert rz.patch_raw(content=body.encode(), headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ({"ticketUpdate": {DESCRIPTION: "x"}}, {"etag"}),
        ({"etag": None, "ticketUpdate": {DESCRIPTION: "x"}}, {"etag"}),
        ({"etag": "b5f8c028", "ticketUpdate": {DESCRIPTION: "x"}}, {"etag"}),
        ({"etag": 12, "ticketUpdate": {DESCRIPTION: "x"}}, {"etag"}),
        ({"etag": "b5f8c028-924c-4e2c-af9e-eed4aa584e99"}, {"ticketUpdate"}),
        ({"etag": "b5f8c028-924c-4e2c-af9e-eed4aa584e99", "ticketUpdate": []}, {"ticketUpdate"}),
        ({"etag": "b5f8c028-924c-4e2c-af9e-eed4aa584e99", "ticketUpdate": {}}, {"ticketUpdate"}),
        ({}, {"etag", "ticketUpdate"}),
        (
            {"etag": "b5f8c028-924c-4e2c-af9e-eed4aa584e99", "ticketUpdate": {}, "force": True},
            {"ticketUpdate", "force"},
        ),
    ],
)
def test_body_shape_errors(rz: Rezolve, body: dict[str, Any], keys: set[str]) -> None:
    assert set(reason(rz.patch_raw(json=body))) == keys


def test_validation_is_reported_before_a_stale_etag(rz: Rezolve) -> None:
    stale = "b5f8c028-924c-4e2c-af9e-eed4aa584e99"
    response = rz.patch({rz.fields()["vip"]: "maybe"}, etag=stale)
    assert response.json()["code"] == "INPUT_VALIDATION_FAILURE"


@pytest.mark.parametrize(
    ("params", "keys"),
    [
        ({"module": "ticketing"}, {"type"}),
        ({"type": "", "module": "ticketing"}, {"type"}),
        ({"type": "admin", "module": "ticketing"}, {"type"}),
        ({"type": "agent"}, {"module"}),
        ({}, {"type", "module"}),
    ],
)
def test_query_parameters(rz: Rezolve, params: dict[str, str], keys: set[str]) -> None:
    assert set(reason(rz.patch({DESCRIPTION: "x"}, params=params))) == keys


@pytest.mark.parametrize("catalog", ["template", "agent", "user"])
def test_every_catalog_type_is_accepted(rz: Rezolve, catalog: str) -> None:
    params = {"type": catalog, "module": "ticketing"}
    assert rz.patch({DESCRIPTION: "x"}, params=params).status_code == 200


@pytest.mark.parametrize(("value", "ok"), [("true", True), ("FALSE", True), ("yes", False)])
def test_issupportrequest_header(rz: Rezolve, value: str, ok: bool) -> None:
    response = rz.patch({DESCRIPTION: "x"}, headers=rz.headers(issupportrequest=value))
    if ok:
        assert response.status_code == 200
    else:
        assert set(reason(response)) == {"issupportrequest"}


def test_internal_uuid_in_path_is_not_found(rz: Rezolve) -> None:
    internal = rz.ticket()["id"]
    response = rz.patch_raw(
        internal, json={"etag": rz.ticket()["etag"], "ticketUpdate": {DESCRIPTION: "x"}}
    )
    assert response.status_code == 404
    assert response.json() == {"error": True, "message": f"Ticket not found ({internal})"}


def test_unknown_ticket(rz: Rezolve) -> None:
    response = rz.patch_raw(
        "REQ-9999", json={"etag": rz.ticket()["etag"], "ticketUpdate": {DESCRIPTION: "x"}}
    )
    assert response.status_code == 404
    assert response.json() == {"error": True, "message": "Ticket not found (REQ-9999)"}


def test_last_updated_by_is_the_token_subject(rz: Rezolve) -> None:
    admin = rz.user("admin")
    rz.patch({DESCRIPTION: "x"}, headers=rz.headers(rz.sim.mint_token(subject=admin["subject"])))
    ticket = rz.ticket()
    assert ticket["lastUpdatedBy"] == admin["subject"]
    assert ticket["lastUpdatedAt"].startswith(rz.sim.clock.now().isoformat()[:16])


def test_service_account_writes_under_its_subject(rz: Rezolve) -> None:
    account = rz.user("service-account")
    assert account["subject"].startswith("sa-tenant-")
    token = rz.sim.mint_token(subject=account["subject"])
    assert rz.patch({DESCRIPTION: "x"}, headers=rz.headers(token)).status_code == 200
    assert rz.ticket()["lastUpdatedBy"] == account["subject"]


def test_failed_requests_change_nothing(rz: Rezolve) -> None:
    before = rz.ticket()
    fields = rz.fields()
    user_token = rz.sim.mint_token(subject=rz.user("user")["subject"])
    failures = [
        rz.patch({fields["vip"]: "no"}),
        rz.patch({DESCRIPTION: "x"}, etag="b5f8c028-924c-4e2c-af9e-eed4aa584e99"),
        rz.patch({DESCRIPTION: "x"}, headers=rz.headers(user_token)),
        rz.patch({DESCRIPTION: "x"}, headers=rz.headers("not-a-jwt")),
        rz.patch({DESCRIPTION: "x"}, params={"type": "template"}),
    ]
    assert [r.status_code for r in failures] == [400, 400, 401, 401, 400]
    assert rz.ticket() == before
