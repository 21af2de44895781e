"""Versions of a ticket share what a write did not change, and what is kept between
requests (answer text, checked values, verified tokens) never answers stale data."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET
from ticket_simulators.superoffice import SuperOfficeBackend
from ticket_simulators.superoffice.patch import apply_patch, parse_operations, settle
from ticket_simulators.superoffice.schema import PROPERTIES

from .superoffice_helpers import TICKET, SuperOffice, error, op, open_superoffice

# The answers compared here write date-times as stored: the documented profile.
pytestmark = pytest.mark.ticket_sim(profile="documented")


@pytest.fixture
def so(superoffice_sim: SimHandle) -> Iterator[SuperOffice]:
    yield from open_superoffice(superoffice_sim)


def _backend(so: SuperOffice) -> SuperOfficeBackend:
    backend = so.sim.app.backend
    assert isinstance(backend, SuperOfficeBackend)
    return backend


def _expected_body(so: SuperOffice, ticket_id: int = SO_TICKET) -> bytes:
    """The answer written from scratch, as Starlette's JSONResponse writes JSON."""
    stored = _backend(so).store.ticket(ticket_id)
    entity = {p.name: stored[p.name] for p in PROPERTIES}
    entity["_Links"] = {
        "Self": f"{so.sim.base_url}{TICKET}/{ticket_id}",
        "Archive": f"{so.sim.base_url}{TICKET}",
    }
    text = json.dumps(entity, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode()


# Writes that change a nested value only, toggle values back and forth, change
# references and what the server derives, and fail (which must change nothing).
WRITES: list[tuple[list[dict[str, Any]] | dict[str, Any], int]] = [
    ([op("replace", "/Title", "First")], 200),
    ([op("replace", "/CustomFields/x_sla_tier", "Gold")], 200),
    ([op("replace", "/CustomFields/x_sla_tier", "Silver")], 200),
    ([op("replace", "/CustomFields/x_sla_tier", "Gold")], 200),
    ([op("add", "/ExtraFields/origin", "phone")], 200),
    ([op("add", "/ExtraFields/origin", "web")], 200),
    ([op("remove", "/ExtraFields/origin")], 200),
    ([op("add", "/Tags/-", {"Id": 6})], 200),
    ([op("remove", "/Tags/0")], 200),
    ([op("replace", "/Category/TicketCategoryId", 3)], 200),
    ([op("replace", "/Category/TicketCategoryId", 2)], 200),
    ([op("replace", "/BaseStatus", "Closed")], 200),
    ([op("replace", "/BaseStatus", "Active")], 200),
    ([op("replace", "/OwnedBy", {"AssociateId": 2147483647})], 200),
    ([op("replace", "/Person", None)], 200),
    ([op("replace", "/Person", {"PersonId": 203})], 200),
    ({"Title": "Zürich ✓", "Deadline": "2026-06-01T12:00:00+02:00"}, 200),
    ([op("replace", "/Title", "Not written"), op("test", "/Title", "Other")], 409),
    ([op("replace", "/Category/Name", "Renamed")], 400),
    ([op("replace", "/Messages/0/Author", "Someone")], 400),
    ([op("replace", "/Title", "Last")], 200),
]


def test_every_answer_is_the_ticket_as_stored_now(so: SuperOffice) -> None:
    # The answer text is reused from the previous answer for values a write did not
    # change; a stale piece would show up as a difference from a fresh rendering.
    assert so.get().content == _expected_body(so)
    for body, status in WRITES:
        response = so.patch(body)
        assert response.status_code == status, response.text
        if status == 200:
            assert response.content == _expected_body(so)
        assert so.get().content == _expected_body(so)
        assert so.get(901).content == _expected_body(so, 901)


def test_answers_after_a_reset_show_the_seed(so: SuperOffice) -> None:
    seeded = so.get().content
    so.ok([op("replace", "/Title", "Changed"), op("add", "/ExtraFields/k", "v")])
    so.sim.reset()  # keeps the marker's profile
    assert so.get().content == seeded == _expected_body(so)


def test_a_write_never_changes_an_earlier_version_or_the_catalog(so: SuperOffice) -> None:
    store = _backend(so).store
    so.ok([op("replace", "/Title", "Before")])  # references are now catalog entries
    earlier = store.ticket(900, shared=True)
    snapshot = copy.deepcopy(earlier)
    catalog = copy.deepcopy(store.catalog)
    for body, _ in WRITES:
        so.patch(body)
    assert earlier == snapshot
    assert store.catalog == catalog


def test_settle_answers_alike_with_and_without_remembered_checks(so: SuperOffice) -> None:
    store = _backend(so).store
    now = datetime(2026, 4, 1, tzinfo=UTC)
    for body, status in WRITES:
        if isinstance(body, list) and status == 200:
            current = store.ticket(900, shared=True)
            ops = parse_operations(body)
            plain = settle(current, apply_patch(current, ops), store.catalog, now)
            remembered = settle(
                current, apply_patch(current, ops), store.catalog, now, checked=store.checked
            )
            assert list(remembered.items()) == list(plain.items())
        so.patch(body)
    assert len(store.checked) > 0


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("ConnectId", True, "ConnectId must be an integer"),
        ("OwnedBy", "retired", "OwnedBy/AssociateId: associate 14 is retired"),
    ],
)
def test_a_stored_value_that_fails_its_check_is_still_refused(
    so: SuperOffice, name: str, value: Any, message: str
) -> None:
    # No write can store such a value; planting one shows that only values once
    # checked are spared their check, so a patch still refuses this ticket.
    store = _backend(so).store
    so.ok([op("replace", "/Title", "One")])
    so.ok([op("replace", "/Title", "Two")])
    if value == "retired":
        value = store.catalog.associates[14]
    store._tickets[900] = {**store.ticket(900, shared=True), name: value}
    assert message in error(so.patch([op("replace", "/Title", "Three")]), 400)
    assert message in error(so.patch([op("replace", "/Title", "Four")]), 400)


def test_remembered_checks_belong_to_one_catalog(so: SuperOffice) -> None:
    store = _backend(so).store
    so.ok([op("replace", "/Title", "One")])
    so.ok([op("replace", "/Title", "Two")])
    before = store.checked
    so.sim.reset()
    assert store.checked is not before
    assert store.checked.catalog is store.catalog
    assert len(store.checked) == 0


def test_a_verified_bearer_token_still_expires(so: SuperOffice) -> None:
    token = so.sim.mint_token(lifetime=60)
    assert so.get(headers=so.headers(token)).status_code == 200
    assert so.get(headers=so.headers(token)).status_code == 200
    so.sim.clock.advance(61)
    error(so.get(headers=so.headers(token)), 401, "SoAuthenticationException")


def test_a_changed_signature_is_refused_after_the_genuine_token(so: SuperOffice) -> None:
    token = so.sim.mint_token()
    assert so.get(headers=so.headers(token)).status_code == 200
    head, claims, signature = token.split(".")
    forged = f"{head}.{claims}.{signature[:-4]}AAAA"
    error(so.get(headers=so.headers(forged)), 401, "SoAuthenticationException")


def test_links_follow_each_requests_host(superoffice_sim: SimHandle) -> None:
    token = superoffice_sim.mint_token()
    for host in ("one.example", "two.example:8443", "one.example"):
        with httpx.Client(
            transport=superoffice_sim.transport(), base_url=f"http://{host}"
        ) as client:
            response = client.get(f"{TICKET}/900", headers={"authorization": f"Bearer {token}"})
        assert response.status_code == 200
        links = response.json()["_Links"]
        assert links == {"Self": f"http://{host}{TICKET}/900", "Archive": f"http://{host}{TICKET}"}
