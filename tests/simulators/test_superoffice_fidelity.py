"""What real SuperOffice servers do beyond the PATCH document, and strict mode without it:
PUT of the whole ticket, the ticket agent's endpoints, the archive listing, date-times
without an offset, the newer TicketEntity members, and the two date-time profiles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from .superoffice_helpers import TICKET, SuperOffice, error, http_date, op, open_superoffice

AGENT = "/api/v1/Agents/Ticket"
NEWER = (
    "FirstReadByOwner", "TimeSpent", "Language", "Sentiment", "SentimentConfidence",
    "SuggestedCategoryId", "SuggestedCategoryName", "OrigHumanCategoryId", "IconHint", "Sale",
    "Project", "FormSubmission", "TicketType", "ActiveStatusMonitorId",
)  # fmt: skip


@pytest.fixture
def so(superoffice_sim: SimHandle) -> Iterator[SuperOffice]:
    yield from open_superoffice(superoffice_sim)


def strict(so: SuperOffice) -> None:
    so.sim.app.runtime.fidelity.set(strict=True)


def put(so: SuperOffice, body: Any, ticket_id: int = SO_TICKET, **headers: str) -> httpx.Response:
    return so.client.put(
        f"{TICKET}/{ticket_id}",
        content=json.dumps(body).encode(),
        headers={**so.headers(**headers), "content-type": "application/json"},
    )


def agent(so: SuperOffice, name: str, body: Any = None, **params: str) -> httpx.Response:
    content = None if body is None else json.dumps(body).encode()
    headers = {**so.headers(), "content-type": "application/json"}
    return so.client.post(f"{AGENT}/{name}", content=content, params=params, headers=headers)


def listing(so: SuperOffice, query: str = "", **headers: str) -> httpx.Response:
    return so.client.get(f"{TICKET}?{query}", headers=so.headers(**headers))


def relies_on(response: httpx.Response, *departures: str) -> None:
    message = error(response, 400, "ArgumentException")
    for departure in departures:
        assert departure in message


# --- PUT of the whole ticket ---------------------------------------------------------------


def test_put_saves_the_ticket_sent_back_whole(so: SuperOffice) -> None:
    ticket = so.ticket()
    ticket["Title"] = "Printer replaced"
    ticket["Category"] = {**ticket["Category"], "TicketCategoryId": 3, "Name": "ignored"}
    ticket["NumMessages"] = 99  # read-only: ignored, as the server's save ignores it
    ticket["Unknown"] = "ignored"
    response = put(so, ticket)
    assert response.status_code == 200, response.text
    saved = response.json()
    assert saved["Title"] == "Printer replaced"
    assert saved["Category"]["Name"] == "Network"  # resolved by its primary key
    assert saved["NumMessages"] == so.ticket(900)["NumMessages"] != 99
    assert saved == so.ticket()


def test_put_keeps_what_the_body_leaves_out_and_checks_what_it_names(so: SuperOffice) -> None:
    before = so.ticket()
    saved = put(so, {"title": "Only the title"}).json()
    assert saved["Title"] == "Only the title"
    assert saved["Priority"] == before["Priority"]
    after = so.ticket()
    error(put(so, {"Title": ""}), 400)
    error(put(so, {"Category": None}), 400)
    assert so.ticket() == after


def test_put_needs_an_entity_and_honours_if_unmodified_since(so: SuperOffice) -> None:
    error(put(so, [op("replace", "/Title", "x")]), 400)
    error(so.client.put(f"{TICKET}/900?notify=maybe", json={}, headers=so.headers()), 400)
    notified = so.client.put(f"{TICKET}/900?notify=True", json={}, headers=so.headers())
    assert notified.status_code == 200
    error(put(so, {"Title": "x"}, 99999), 404)
    stale = http_date("2026-03-01T00:00:00+00:00")
    error(put(so, {"Title": "x"}, if_unmodified_since=stale), 412)
    assert so.ticket()["Title"] != "x"


def test_strict_mode_refuses_put_naming_every_departure(so: SuperOffice) -> None:
    strict(so)
    relies_on(put(so, {"Title": "x"}), "superoffice/put-ticket-entity")
    both = put(so, {"Title": "x", "Deadline": "2026-06-01T12:00:00"})
    relies_on(both, "superoffice/put-ticket-entity", "superoffice/datetime-without-offset")


# --- the ticket agent ----------------------------------------------------------------------


def test_agent_reads_the_bare_entity_and_null_for_an_unknown_id(so: SuperOffice) -> None:
    response = agent(so, "GetTicketEntity", ticketEntityId="900")
    assert response.status_code == 200
    entity = response.json()
    assert "_Links" not in entity
    assert {k: v for k, v in so.ticket().items() if k != "_Links"} == entity
    missing = agent(so, "GetTicketEntity", ticketEntityId="99999")
    assert (missing.status_code, missing.json()) == (200, None)
    error(agent(so, "GetTicketEntity"), 400)
    error(agent(so, "GetTicketEntity", ticketEntityId="x"), 400)


def test_agent_saves_the_ticket_its_body_names(so: SuperOffice) -> None:
    camel = {"ticketId": 901, "title": "Saved by the agent", "category": {"ticketCategoryId": 1}}
    response = agent(so, "SaveTicketEntity", camel)
    assert response.status_code == 200, response.text
    assert response.json()["Title"] == "Saved by the agent"
    assert so.ticket(901)["Category"]["TicketCategoryId"] == 1
    assert "not create" in error(agent(so, "SaveTicketEntity", {"TicketId": 0}), 400)
    error(agent(so, "SaveTicketEntity", {"TicketId": 99999}), 404)
    error(agent(so, "SaveTicketEntity", ["not", "an", "entity"]), 400)


def test_strict_mode_refuses_the_agent(so: SuperOffice) -> None:
    strict(so)
    relies_on(agent(so, "GetTicketEntity", ticketEntityId="900"), "agent-ticket-endpoints")
    relies_on(agent(so, "SaveTicketEntity", {"TicketId": 900}), "agent-ticket-endpoints")


# --- date-times ----------------------------------------------------------------------------


def test_a_date_time_without_offset_is_read_as_utc_and_min_value_clears(so: SuperOffice) -> None:
    so.sim.app.runtime.fidelity.set(profile="documented")
    after = so.ok({"Deadline": "2026-06-01T12:00:00", "Activate": "2026-06-02 08:00:00"})
    assert after["Deadline"] == "2026-06-01T12:00:00+00:00"
    assert after["Activate"] == "2026-06-02T08:00:00+00:00"
    assert so.ok({"Deadline": "0001-01-01T00:00:00"})["Deadline"] is None


def test_strict_mode_refuses_a_date_time_without_offset(so: SuperOffice) -> None:
    before = so.ticket()
    strict(so)
    relies_on(so.patch({"Deadline": "2026-06-01T12:00:00"}), "datetime-without-offset")
    relies_on(so.patch([op("replace", "/Deadline", "0001-01-01T00:00:00")]), "datetime-without")
    assert so.ok({"Deadline": "2026-06-01T12:00:00Z"})["Deadline"] == "2026-06-01T12:00:00+00:00"
    assert before["Deadline"] != "2026-06-01T12:00:00+00:00"


def test_a_ticket_sent_back_in_any_date_form_changes_only_what_differs(so: SuperOffice) -> None:
    created = so.ticket()["CreatedAt"]
    for time_zone in ("", "includeTZOffset"):
        # The field profile answers without offsets, or in UTC with Z when asked.
        read = so.get(headers=so.headers(so_timezone=time_zone)).json()
        assert read["CreatedAt"] == created + ("Z" if time_zone else "")
        after = so.ok({**read, "Title": f"Echoed {time_zone}"})
        assert after["CreatedAt"] == created
    # A test operation compares instants too.
    last = so.ticket()["LastChanged"]
    so.ok([op("test", "/LastChanged", last + "Z"), op("replace", "/Title", "tested")])
    error(so.patch([op("test", "/LastChanged", "2000-01-01T00:00:00Z")]), 409)


# --- newer members -------------------------------------------------------------------------


def test_newer_members_are_answered_and_read_only(so: SuperOffice) -> None:
    ticket = so.ticket()
    assert set(NEWER) <= set(ticket)
    assert ticket["TicketType"]["Name"] == "Request"
    assert ticket["IconHint"] == "svgNav_cs_blue"
    error(so.patch([op("replace", "/TimeSpent", 5)]), 400)
    so.ok({**ticket, "Title": "newer members echoed unchanged"})


def test_strict_mode_leaves_newer_members_out_and_refuses_them(so: SuperOffice) -> None:
    strict(so)
    ticket = so.ticket()
    assert not set(NEWER) & set(ticket)
    selected = so.get(params={"$select": "Title,IconHint"}).json()
    assert "IconHint" not in selected
    assert selected["Title"]
    relies_on(so.patch({"IconHint": "x"}), "superoffice/newer-entity-fields")
    relies_on(so.patch([op("test", "/TimeSpent", 0)]), "superoffice/newer-entity-fields")


# --- the two profiles ----------------------------------------------------------------------


def test_field_profile_writes_date_times_as_real_servers_do(so: SuperOffice) -> None:
    so.ok({"CustomFields": {"SuperOffice:2": "2026-01-01T00:00:00+00:00"}})
    naive = so.ticket()
    # No offset, at any depth: the ticket's own dates, its messages', its priority's hours.
    for value in (
        naive["LastChanged"],
        naive["Messages"][0]["CreatedAt"],
        naive["Priority"]["MonStart"],
    ):
        assert value is None or len(value) == len("2026-03-02T08:46:00"), value
    # What a user stored is answered as written.
    assert naive["CustomFields"]["SuperOffice:2"] == "2026-01-01T00:00:00+00:00"
    zoned = so.get(headers=so.headers(so_timezone="CET,includeTZOffset")).json()
    assert zoned["LastChanged"] == naive["LastChanged"] + "Z"
    selected = so.get(params={"$select": "LastChanged"}).json()
    assert selected["LastChanged"] == naive["LastChanged"]
    so.sim.app.runtime.fidelity.set(profile="documented")
    assert so.ticket()["LastChanged"] == naive["LastChanged"] + "+00:00"


# --- the archive listing -------------------------------------------------------------------


def test_listing_answers_rows_with_their_keys_and_pages(so: SuperOffice) -> None:
    page = listing(so, "$top=2").json()
    assert set(page) == {"odata.metadata", "odata.nextLink", "value"}
    rows = page["value"]
    assert [r["PrimaryKey"] for r in rows] == [900, 901]
    assert set(rows[0]) == {
        "PrimaryKey",
        "EntityName",
        "ticketId",
        "title",
        "createdAt",
        "lastChanged",
    }
    assert rows[0]["EntityName"] == "ticket"
    following = so.client.get(page["odata.nextLink"], headers=so.headers()).json()
    assert following["value"][0]["PrimaryKey"] == 902
    every = listing(so, "$top=10000").json()
    assert "odata.nextLink" not in every
    assert len(every["value"]) == len(so.seed["tickets"])


def test_listing_filters_selects_and_orders(so: SuperOffice) -> None:
    query = (
        "$select=ticketId,ticketStatusName,categoryFullName&$filter=(title contains 'PRINTER')"
        " and ticketId ge 900&$orderby=ticketId desc"
    )
    rows = listing(so, query).json()["value"]
    titles = {t["id"]: t["title"] for t in so.seed["tickets"]}
    assert rows
    assert all("printer" in titles[r["ticketId"]].lower() for r in rows)
    assert [r["ticketId"] for r in rows] == sorted((r["ticketId"] for r in rows), reverse=True)
    assert rows[0]["categoryFullName"].startswith("Support")
    changed = listing(so, "$filter=lastChanged afterTime '2100-01-01T00:00:00'").json()
    assert changed["value"] == []
    bad = (
        "$select=nope",
        "$filter=title eq",
        "$filter=ticketId contains 'x'",
        "$top=-1",
        "$format=xml",
        "$orderby=title sideways",
        "$filter=createdAt gt 'someday'",
    )
    for query in bad:
        error(listing(so, query), 400)


def test_strict_mode_refuses_the_listing(so: SuperOffice) -> None:
    strict(so)
    relies_on(listing(so), "superoffice/ticket-archive-listing")


# --- paths ---------------------------------------------------------------------------------


def test_on_site_virtual_directory_and_online_tenants(so: SuperOffice) -> None:
    for prefix in ("/SuperOffice", "/crmwebd", "/Cust12345", ""):
        response = so.client.get(f"{prefix}{TICKET}/900", headers=so.headers())
        assert response.status_code == 200, prefix
    error(so.client.get(f"/Cust99999{TICKET}/900", headers=so.headers()), 404)


# --- tenant status -------------------------------------------------------------------------


def test_tenant_status_says_where_the_tenant_is_served(so: SuperOffice) -> None:
    response = so.client.get("/api/state/cust12345")  # no credentials needed
    assert response.status_code == 200
    state = response.json()
    assert state["ContextIdentifier"] == "Cust12345"
    assert state["State"] == "Running"
    assert state["IsRunning"] is True
    assert state["Api"] == state["Endpoint"] + "/api"
    assert so.client.get(f"{state['Endpoint']}{TICKET}/900", headers=so.headers()).is_success
    assert state["ValidUntil"].endswith("Z")
    error(so.client.get("/api/state/Cust99999"), 404)
    strict(so)
    relies_on(so.client.get("/api/state/Cust12345"), "superoffice/tenant-status")


# --- a ticket's messages -------------------------------------------------------------------


def test_messages_listing_gives_each_message_with_its_text(so: SuperOffice) -> None:
    ticket = so.ticket()
    query = "$select=ticketMessageId,ticketId,body,htmlBody&$orderby=createdAt desc"
    rows = so.client.get(f"{TICKET}/900/Messages?{query}", headers=so.headers()).json()["value"]
    ids = [m["TicketMessageId"] for m in ticket["Messages"]]
    assert [r["ticketMessageId"] for r in rows] == list(reversed(ids))
    assert {r["EntityName"] for r in rows} == {"ej_message"}
    assert {r["ticketId"] for r in rows} == {900}
    assert all(r["body"] for r in rows)
    assert all(r["htmlBody"].startswith("<html>") for r in rows)
    first = so.client.get(f"{TICKET}/900/Messages?$top=1", headers=so.headers()).json()
    assert ticket["Title"] in first["value"][0]["body"]
    error(so.client.get(f"{TICKET}/99999/Messages", headers=so.headers()), 404)
    error(so.client.get(f"{TICKET}/900/Messages?$select=title", headers=so.headers()), 400)
    strict(so)
    relies_on(
        so.client.get(f"{TICKET}/900/Messages", headers=so.headers()),
        "superoffice/ticket-messages-listing",
    )
