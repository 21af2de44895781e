"""ticket_overlays.superoffice against the in-process SuperOffice simulator."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from superoffice_client import Client
from superoffice_client.models import PatchOp, PatchOperation, StringFields, TicketEntity
from ticket_overlays import RetryPolicy, WriteOutcomeUnknown, superoffice
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.superoffice import DOC_PASSWORD, DOC_USERNAME

from .transports import LosesFirstPatchAnswer

COUNTER = "SuperOffice:2"


def connect(sim: SimHandle, **kwargs: Any) -> Client:
    if not {"username", "ticket", "token", "token_provider"} & set(kwargs):
        kwargs["token"] = sim.mint_token()
    return superoffice.connect(
        sim.base_url, transport=sim.transport(), async_transport=sim.async_transport(), **kwargs
    )


@pytest.fixture
def client(superoffice_sim: SimHandle) -> Client:
    return connect(superoffice_sim)


def counter(ticket: TicketEntity) -> int:
    fields = ticket.custom_fields
    assert isinstance(fields, StringFields)
    value = fields.additional_properties[COUNTER]
    return int(value or 0)


def increment(ticket: TicketEntity) -> dict[str, Any]:
    return {"CustomFields": {COUNTER: str(counter(ticket) + 1)}}


# --- connect and authentication -------------------------------------------------------


def test_connect_with_basic_credentials(superoffice_sim: SimHandle) -> None:
    client = connect(superoffice_sim, username=DOC_USERNAME, password=DOC_PASSWORD)
    ticket = superoffice.get_ticket(client, 900)
    assert ticket.ticket_id == 900
    assert superoffice_sim.requests.last.headers["accept"] == "application/json"


def test_connect_with_soticket(superoffice_sim: SimHandle) -> None:
    ticket = superoffice_sim.mint_token(scheme="soticket")
    client = connect(superoffice_sim, ticket=ticket)
    assert superoffice.get_ticket(client, 900).ticket_id == 900


def test_connect_with_token_provider_retries_once_on_401(superoffice_sim: SimHandle) -> None:
    tokens = iter(["expired-or-garbage", superoffice_sim.mint_token()])
    client = connect(superoffice_sim, token_provider=lambda: next(tokens))
    assert superoffice.get_ticket(client, 900).ticket_id == 900
    assert [r.status for r in superoffice_sim.requests] == [401, 200]


def test_wrong_password_raises_unauthorized(superoffice_sim: SimHandle) -> None:
    client = connect(superoffice_sim, username=DOC_USERNAME, password="wrong-password")
    with pytest.raises(superoffice.Unauthorized) as caught:
        superoffice.get_ticket(client, 900)
    assert caught.value.status_code == 401
    assert caught.value.vendor_code == "SoAuthenticationException"
    assert "wrong-password" not in str(caught.value) + repr(caught.value)


def test_language_headers_and_app_token(superoffice_sim: SimHandle) -> None:
    client = connect(
        superoffice_sim, app_token="app-secret", language="nb", culture="en", time_zone="CET"
    )
    superoffice.get_ticket(client, 900)
    headers = superoffice_sim.requests.last.headers
    assert headers["so-language"] == "nb"
    assert headers["accept-language"] == "nb"
    assert headers["so-culture"] == "en"
    # Offsets are always asked for, so LastChanged is an instant whatever the profile.
    assert headers["so-timezone"] == "CET,includeTZOffset"
    assert headers["so-apptoken"] == "[REDACTED]"  # sent, and the log hides it


def test_secrets_stay_out_of_reprs_and_logs(
    superoffice_sim: SimHandle, caplog: pytest.LogCaptureFixture
) -> None:
    auth = superoffice.SuperOfficeAuth(
        username=DOC_USERNAME, password=DOC_PASSWORD, app_token="app-secret"
    )
    assert DOC_PASSWORD not in repr(auth)
    assert "app-secret" not in repr(auth)
    token = superoffice_sim.mint_token()
    assert token not in repr(superoffice.SuperOfficeAuth(token=token))
    caplog.set_level(logging.DEBUG)
    client = connect(superoffice_sim, token=token, app_token="app-secret")
    superoffice.get_ticket(client, 900)
    assert token not in caplog.text
    assert "app-secret" not in caplog.text


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"username": "u"}, {"password": "p"}, {"token": "t", "ticket": "7T:x"}],
)
def test_auth_needs_exactly_one_credential(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"exactly one|needs both"):
        superoffice.SuperOfficeAuth(**kwargs)


def test_connect_over_tls(make_superoffice_sim_server: ServedSimHandle) -> None:
    server = make_superoffice_sim_server
    server.reset()
    with superoffice.connect(
        server.base_url, username=DOC_USERNAME, password=DOC_PASSWORD, verify=server.verify
    ) as client:
        assert superoffice.get_ticket(client, 901).ticket_id == 901


# --- builders ---------------------------------------------------------------------------


def test_json_patch_builder_escapes_and_types() -> None:
    patch = (
        superoffice.JsonPatch()
        .test("/Title", "Old")
        .replace(("CustomFields", "a/b~c"), "x")
        .add(("Tags", "-"), {"Id": 1})
        .remove("Deadline")
    )
    assert patch.to_list() == [
        {"op": "test", "path": "/Title", "value": "Old"},
        {"op": "replace", "path": "/CustomFields/a~1b~0c", "value": "x"},
        {"op": "add", "path": "/Tags/-", "value": {"Id": 1}},
        {"op": "remove", "path": "Deadline"},
    ]
    assert all(isinstance(op, PatchOperation) for op in patch)
    assert patch.operations[0].op is PatchOp.TEST


def test_merge_patch_helpers() -> None:
    assert superoffice.merge_patch({"Title": "T"}, Deadline=None).to_dict() == {
        "Title": "T",
        "Deadline": None,
    }
    current = {"Title": "Old", "Category": {"TicketCategoryId": 2, "Name": "P"}, "Deadline": "x"}
    ops = superoffice.merge_to_operations(
        {
            "title": "New",
            "Category": {"TicketCategoryId": 3},
            "Deadline": None,
            "Slevel": "External",
        },
        current,
    )
    assert ops.to_list() == [
        {"op": "add", "path": "/Title", "value": "New"},
        {"op": "add", "path": "/Category/TicketCategoryId", "value": 3},
        {"op": "remove", "path": "/Deadline"},
        {"op": "add", "path": "/Slevel", "value": "External"},
    ]


# --- patch_ticket -----------------------------------------------------------------------


def test_patch_with_builder_and_with_merge_patch(client: Client) -> None:
    patch = (
        superoffice.JsonPatch().replace("/Title", "Built").replace("Priority/TicketPriorityId", 4)
    )
    ticket = superoffice.patch_ticket(client, 900, patch)
    assert ticket.title == "Built"
    assert ticket.priority is not None
    assert ticket.priority.name == "Critical"  # type: ignore[union-attr]
    merged = superoffice.patch_ticket(client, 900, {"Title": "Merged", "Deadline": None})
    assert merged.title == "Merged"
    assert merged.deadline is None


def test_patch_with_select_nulls_the_rest(client: Client) -> None:
    ticket = superoffice.patch_ticket(client, 900, {"Title": "Sel"}, select=["Title"])
    assert ticket.title == "Sel"
    assert ticket.category is None


def test_patch_errors_are_typed(client: Client) -> None:
    with pytest.raises(superoffice.TestFailed) as failed:
        superoffice.patch_ticket(client, 900, superoffice.JsonPatch().test("/Title", "nope"))
    assert failed.value.status_code == 409
    assert failed.value.vendor_code == "JsonPatchTestFailedException"
    with pytest.raises(superoffice.BadRequest, match="Department"):
        superoffice.patch_ticket(client, 900, {"Department": "foo"})
    with pytest.raises(superoffice.BadRequest, match="must be a string"):
        superoffice.patch_ticket(
            client, 900, [PatchOperation.from_dict({"op": "add", "path": "/Title", "value": 1})]
        )
    with pytest.raises(superoffice.TicketNotFound):
        superoffice.patch_ticket(client, 4242, {"Title": "x"})


def test_patch_if_unmodified_since_from_last_changed(client: Client) -> None:
    changed = superoffice.get_ticket(client, 900).last_changed
    assert isinstance(changed, datetime)
    superoffice.patch_ticket(client, 900, {"Title": "First"}, if_unmodified_since=changed)
    with pytest.raises(superoffice.PreconditionFailed) as stale:
        superoffice.patch_ticket(client, 900, {"Title": "Second"}, if_unmodified_since=changed)
    assert stale.value.status_code == 412


# --- update_ticket ----------------------------------------------------------------------


@pytest.mark.parametrize("guard", ["if-unmodified-since", "test"])
def test_update_reads_then_writes_once(
    superoffice_sim: SimHandle, client: Client, guard: superoffice.Guard
) -> None:
    result = superoffice.update_ticket(client, 900, {"Title": "Updated"}, guard=guard)
    assert result.attempts == 1
    assert result.ticket.title == "Updated"
    methods = [r.method for r in superoffice_sim.requests]
    assert methods == ["GET", "PATCH"]
    last = superoffice_sim.requests.last.headers
    assert ("if-unmodified-since" in last) == (guard == "if-unmodified-since")


@pytest.mark.parametrize("guard", ["if-unmodified-since", "test"])
def test_update_retries_after_an_interleaved_write(
    superoffice_sim: SimHandle, client: Client, guard: superoffice.Guard
) -> None:
    other = connect(superoffice_sim)
    interfered: list[int] = []

    def change(ticket: TicketEntity) -> dict[str, Any]:
        if not interfered:  # someone else writes between our read and our write
            interfered.append(1)
            superoffice.patch_ticket(other, 900, increment(ticket))
        return increment(ticket)

    result = superoffice.update_ticket(client, 900, change, guard=guard)
    assert result.attempts == 2
    assert counter(result.ticket) == 2


def test_update_gives_up_after_the_attempts(superoffice_sim: SimHandle, client: Client) -> None:
    other = connect(superoffice_sim)

    def always_interfered(ticket: TicketEntity) -> dict[str, Any]:
        superoffice.patch_ticket(other, 900, increment(ticket))
        return {"Title": "never written"}

    with pytest.raises(superoffice.PreconditionFailed) as caught:
        superoffice.update_ticket(client, 900, always_interfered, attempts=3)
    assert caught.value.attempts == 3
    assert superoffice.get_ticket(client, 900).title != "never written"


def test_update_does_not_retry_other_errors(superoffice_sim: SimHandle, client: Client) -> None:
    with pytest.raises(superoffice.BadRequest):
        superoffice.update_ticket(client, 900, {"NumReplies": 99})
    assert [r.method for r in superoffice_sim.requests] == ["GET", "PATCH"]
    with pytest.raises(ValueError, match="attempts"):
        superoffice.update_ticket(client, 900, {"Title": "x"}, attempts=0)


@pytest.mark.anyio
@pytest.mark.parametrize("guard", ["if-unmodified-since", "test"])
async def test_ten_concurrent_writers_lose_no_update(
    superoffice_sim: SimHandle, guard: superoffice.Guard
) -> None:
    client = connect(superoffice_sim)
    start = counter(await superoffice.aget_ticket(client, 900))
    # A little latency lets the writers' reads and writes interleave, as on a network.
    superoffice_sim.inject("latency", seconds=0.002)
    results = await asyncio.gather(
        *(
            superoffice.aupdate_ticket(client, 900, increment, guard=guard, attempts=20)
            for _ in range(10)
        )
    )
    assert counter(await superoffice.aget_ticket(client, 900)) == start + 10
    assert sorted(counter(r.ticket) for r in results) == list(range(start + 1, start + 11))
    assert sum(r.attempts for r in results) > 10  # they did collide, and recovered


@pytest.mark.anyio
async def test_async_patch_and_errors(superoffice_sim: SimHandle) -> None:
    client = connect(superoffice_sim)
    ticket = await superoffice.apatch_ticket(
        client, 901, superoffice.JsonPatch().add("/Tags/-", {"Id": 6})
    )
    assert ticket.tags
    with pytest.raises(superoffice.TestFailed):
        await superoffice.apatch_ticket(client, 901, superoffice.JsonPatch().test("/Title", "x"))


def test_http_date_rounds_fractions_up() -> None:
    assert (
        superoffice.http_date(datetime(2026, 3, 2, 10, 0, 0, tzinfo=UTC))
        == "Mon, 02 Mar 2026 10:00:00 GMT"
    )
    assert (
        superoffice.http_date(datetime(2026, 3, 2, 10, 0, 0, 500, tzinfo=UTC))
        == "Mon, 02 Mar 2026 10:00:01 GMT"
    )


def test_transport_errors_pass_through_without_retries(superoffice_sim: SimHandle) -> None:
    client = connect(superoffice_sim, retry=False)
    superoffice_sim.inject("drop", count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        superoffice.get_ticket(client, 900)
    superoffice_sim.inject("status", status=503, count=1)
    with pytest.raises(superoffice.ServerError):
        superoffice.get_ticket(client, 900)


@pytest.mark.parametrize("guard", ["if-unmodified-since", "test"])
def test_an_increment_whose_answer_was_lost_is_not_run_again(
    superoffice_sim: SimHandle, guard: superoffice.Guard
) -> None:
    """The resend is refused (412 or 409); the helper says the outcome is unknown."""
    client = superoffice.connect(
        superoffice_sim.base_url,
        token=superoffice_sim.mint_token(),
        transport=LosesFirstPatchAnswer(superoffice_sim.transport()),
        retry=RetryPolicy(wait_initial=0, jitter=0),
    )
    before = counter(superoffice.get_ticket(client, 900))
    with pytest.raises(WriteOutcomeUnknown) as unknown:
        superoffice.update_ticket(client, 900, increment, guard=guard)
    assert counter(unknown.value.current) == before + 1
    assert counter(superoffice.get_ticket(client, 900)) == before + 1
    patches = [e.status for e in superoffice_sim.requests if e.method == "PATCH"]
    assert patches[0] == 200
    assert patches[1:] in ([409], [412])


# --- the ticket archive ------------------------------------------------------------------


def test_list_tickets_follows_every_page(client: Client, superoffice_sim: SimHandle) -> None:
    seeded = sorted(t["id"] for t in superoffice_sim.seed["tickets"])
    rows = superoffice.list_tickets(client, select=["ticketId", "lastChanged"], page_size=3)
    assert [r.primary_key for r in rows] == seeded
    assert [r.additional_properties["ticketId"] for r in rows] == seeded
    pages = [r for r in superoffice_sim.requests if r.path.endswith("/Ticket")]
    assert len(pages) == -(-len(seeded) // 3)  # ceil: the last page is short
    changed = superoffice.list_tickets(
        client, where="lastChanged afterTime '2100-01-01T00:00:00'", order_by="ticketId desc"
    )
    assert changed == []
    assert len(superoffice.list_tickets(client, limit=2)) == 2


def test_list_tickets_errors_are_typed(client: Client) -> None:
    with pytest.raises(superoffice.BadRequest):
        superoffice.list_tickets(client, select="noSuchColumn")
    with pytest.raises(ValueError, match="page_size"):
        superoffice.list_tickets(client, page_size=0)


@pytest.mark.anyio
async def test_alist_tickets(superoffice_sim: SimHandle) -> None:
    client = connect(superoffice_sim)
    rows = await superoffice.alist_tickets(client, where="title contains 'printer'")
    assert rows
    assert all("printer" in str(r.additional_properties["title"]).lower() for r in rows)
