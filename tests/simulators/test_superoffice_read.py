"""GET /api/v1/Ticket/{id}: the entity, $select, If-Modified-Since, errors and routing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import SuperOfficeBackend, create_app

from .superoffice_helpers import SuperOffice, error, http_date, open_superoffice


@pytest.fixture
def so(superoffice_sim: SimHandle) -> Iterator[SuperOffice]:
    yield from open_superoffice(superoffice_sim)


def test_ticket_has_every_documented_property_and_nested_entities(so: SuperOffice) -> None:
    ticket = so.ticket()
    # The document's 47 members and the 14 newer ones real answers carry.
    assert len(ticket) == 47 + 14
    assert ticket["TicketId"] == 900
    assert ticket["Category"]["TicketCategoryId"] == 2
    assert ticket["Status"]["Status"] == ticket["BaseStatus"]
    assert ticket["Person"]["ContactName"]
    assert ticket["Messages"][0]["TicketMessageId"] == 9000
    assert ticket["NumMessages"] == len(ticket["Messages"])
    assert ticket["_Links"] == {
        "Self": "http://superoffice.sim/api/v1/Ticket/900",
        "Archive": "http://superoffice.sim/api/v1/Ticket",
    }
    assert {"FieldRight", "FieldType", "FieldLength"} <= set(
        next(iter(ticket["FieldProperties"].values()))
    )


def tickets(seed: int) -> list[dict[str, object]]:
    backend = create_app(seed=seed).backend
    assert isinstance(backend, SuperOfficeBackend)
    return backend.store.tickets()


def test_seed_is_deterministic_and_varies_by_seed() -> None:
    first, again, other = (tickets(s) for s in (0, 0, 7))
    assert first == again
    assert first != other


def test_every_seeded_ticket_can_be_read(so: SuperOffice) -> None:
    for entry in so.seed["tickets"]:
        assert so.ticket(entry["id"])["Title"] == entry["title"]


def test_select_names_properties_in_any_case(so: SuperOffice) -> None:
    ticket = so.get(params={"$select": "TITLE, lastchanged,Category/TicketCategoryId"}).json()
    assert ticket["Title"]
    assert ticket["LastChanged"]
    assert ticket["Category"]["TicketCategoryId"] == 2
    assert ticket["Category"]["Name"] is None
    assert ticket["Person"] is None
    assert ticket["_Links"] is None


def test_select_of_unknown_names_nulls_everything(so: SuperOffice) -> None:
    # The document's own example names properties a ticket does not have.
    ticket = so.get(params={"$select": "name,department,category/id"}).json()
    assert ticket["Category"]["TicketCategoryId"] is None
    assert ticket["Title"] is None


def test_select_applies_to_array_items(so: SuperOffice) -> None:
    ticket = so.get(params={"$select": "messages/ticketmessageid"}).json()
    assert all(m["TicketMessageId"] and m["Author"] is None for m in ticket["Messages"])


def test_if_modified_since(so: SuperOffice) -> None:
    ticket = so.ticket()
    since = http_date(ticket["LastChanged"])
    response = so.get(headers=so.headers(if_modified_since=since))
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["last-modified"] == since
    so.ok({"Title": "Changed"})
    assert so.get(headers=so.headers(if_modified_since=since)).status_code == 200
    # An unreadable date is ignored, as HTTP says.
    assert so.get(headers=so.headers(if_modified_since="yesterday")).status_code == 200


def test_fk_must_be_a_boolean(so: SuperOffice) -> None:
    assert so.get(params={"fk": "true"}).status_code == 200
    error(so.get(params={"fk": "maybe"}), 400)


def test_missing_ticket_is_404(so: SuperOffice) -> None:
    error(so.get(4242), 404, "SoNotFoundException")


def test_id_must_be_a_32_bit_integer(so: SuperOffice) -> None:
    error(so.get("nine"), 400)
    error(so.get("99999999999"), 400)


def test_tenant_prefix_and_root_both_serve(so: SuperOffice) -> None:
    headers = so.headers()
    assert so.client.get("/api/v1/Ticket/900", headers=headers).status_code == 200
    assert so.client.get("/cust12345/api/v1/Ticket/900", headers=headers).status_code == 200
    response = so.client.get("http://superoffice.sim/Cust99999/api/v1/Ticket/900", headers=headers)
    error(response, 404)


def test_wrong_method_and_unknown_route_answer_the_error_object(so: SuperOffice) -> None:
    response = so.client.delete("/api/v1/Ticket/900", headers=so.headers())
    error(response, 405)
    assert "PATCH" in response.headers["allow"]
    error(so.client.get("/api/v1/Nothing", headers=so.headers()), 404)


def test_head_on_a_ticket_is_answered_as_get(so: SuperOffice) -> None:
    # The ticket's path serves GET, PATCH and PUT; HEAD once fell through to a 500.
    response = so.client.head("/api/v1/Ticket/900", headers=so.headers())
    assert response.status_code == 200
    assert response.headers["content-type"] == so.get().headers["content-type"]


def test_injected_faults_use_the_error_object(so: SuperOffice) -> None:
    so.sim.inject("status", status=503, count=1)
    error(so.get(), 503)
    assert so.get().status_code == 200
