"""ticket_overlays.rezolve against the in-process Rezolve simulator."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from rezolve_client import Client
from rezolve_client.models import Ticket
from ticket_overlays import RetryPolicy, rezolve
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID, create_app

from .sim_clients import append_lands_once_but_outcome_unknown
from .transports import LosesFirstPatchAnswer

DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


def tenant(sim: SimHandle, index: int = 0) -> dict[str, Any]:
    tenants: list[dict[str, Any]] = sim.seed["tenants"]
    return tenants[index]


def fields(sim: SimHandle, type_name: str = "Service Request") -> dict[str, str]:
    first = tenant(sim)["id"]
    ticket_type = next(
        t for t in sim.seed["ticket_types"] if t["name"] == type_name and t["tenant_id"] == first
    )
    return {f["name"]: f["id"] for f in ticket_type["fields"]}


def connect(sim: SimHandle, token: str | None = None, **kwargs: Any) -> Client:
    t = tenant(sim)
    options: dict[str, Any] = {"tenant_id": t["id"], "realm": t["realm"], **kwargs}
    if "token_provider" not in options:
        options["token"] = token or sim.mint_token()
    return rezolve.connect(
        sim.base_url,
        transport=sim.transport(),
        async_transport=sim.async_transport(),
        **options,
    )


@pytest.fixture
def client(rezolve_sim: SimHandle) -> Client:
    return connect(rezolve_sim)


def test_connect_sends_token_tenant_and_realm(rezolve_sim: SimHandle, client: Client) -> None:
    ticket = rezolve.get_ticket(client, DOC_TICKET_ID)
    assert isinstance(ticket, Ticket)
    assert ticket.object_id == DOC_TICKET_ID
    headers = rezolve_sim.requests.last.headers
    assert headers["x-tenantid"] == tenant(rezolve_sim)["id"]
    assert headers["realmname"] == tenant(rezolve_sim)["realm"]
    assert headers["accept"] == "application/json"


def test_update_reads_the_etag_when_not_given(client: Client) -> None:
    before = rezolve.get_ticket(client, DOC_TICKET_ID)
    result = rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "<p>Rebooted.</p>"})
    assert result.attempts == 1
    assert result.etag != str(before.etag)
    assert result.ticket is not None
    assert str(result.ticket.etag) == result.etag
    assert result.ticket.data[DESCRIPTION] == "<p>Rebooted.</p>"
    # Shallow merge: the other fields are as they were.
    others = {k: v for k, v in before.data.additional_properties.items() if k != DESCRIPTION}
    after = {k: v for k, v in result.ticket.data.additional_properties.items() if k != DESCRIPTION}
    assert after == others


def test_update_with_known_etag_sends_one_request(rezolve_sim: SimHandle, client: Client) -> None:
    etag = rezolve.get_ticket(client, DOC_TICKET_ID).etag
    count = rezolve_sim.requests.call_count
    result = rezolve.update_ticket(
        client, DOC_TICKET_ID, {DESCRIPTION: "x"}, etag=etag, fetch_ticket=False
    )
    assert result.ticket is None
    assert rezolve_sim.requests.call_count == count + 1
    assert rezolve.get_ticket(client, DOC_TICKET_ID).etag.hex == result.etag.replace("-", "")


def test_stale_etag_without_retries_raises_and_changes_nothing(client: Client) -> None:
    stale = rezolve.get_ticket(client, DOC_TICKET_ID).etag
    rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "first"})
    current = rezolve.get_ticket(client, DOC_TICKET_ID)
    with pytest.raises(rezolve.EtagMismatch) as caught:
        rezolve.update_ticket(
            client, DOC_TICKET_ID, {DESCRIPTION: "second"}, etag=stale, attempts=1
        )
    assert caught.value.status_code == 400
    assert caught.value.vendor_code == "ETAG_MISMATCH"
    assert caught.value.attempts == 1
    assert rezolve.get_ticket(client, DOC_TICKET_ID).to_dict() == current.to_dict()


def test_stale_etag_is_rebased_on_the_next_attempt(client: Client) -> None:
    stale = rezolve.get_ticket(client, DOC_TICKET_ID).etag
    rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "first"})
    result = rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "second"}, etag=stale)
    assert result.attempts == 2
    assert result.ticket is not None
    assert result.ticket.data[DESCRIPTION] == "second"


def test_changes_function_sees_the_current_ticket(client: Client) -> None:
    rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "a"})
    seen: list[str] = []

    def append(ticket: Ticket) -> dict[str, Any]:
        seen.append(ticket.data[DESCRIPTION])
        return {DESCRIPTION: ticket.data[DESCRIPTION] + "b"}

    result = rezolve.update_ticket(client, DOC_TICKET_ID, append)
    assert seen == ["a"]
    assert result.ticket is not None
    assert result.ticket.data[DESCRIPTION] == "ab"


def test_typed_errors(rezolve_sim: SimHandle) -> None:
    ids = fields(rezolve_sim)
    client = connect(rezolve_sim)
    with pytest.raises(rezolve.InputValidationFailure) as bad:
        rezolve.update_ticket(client, DOC_TICKET_ID, {ids["quantity"]: "many", ids["vip"]: "yes"})
    assert set(bad.value.reasons) == {ids["quantity"], ids["vip"]}
    assert ids["quantity"] in str(bad.value)
    with pytest.raises(rezolve.TicketNotFound, match=r"Ticket not found \(REQ-9999\)"):
        rezolve.get_ticket(client, "REQ-9999")

    wrong_tenant = rezolve.connect(
        rezolve_sim.base_url,
        token=rezolve_sim.mint_token(),
        tenant_id=tenant(rezolve_sim, 1)["id"],
        realm=tenant(rezolve_sim)["realm"],
        transport=rezolve_sim.transport(),
    )
    with pytest.raises(rezolve.TenantNotFound):
        rezolve.get_ticket(wrong_tenant, DOC_TICKET_ID)

    reader = connect(rezolve_sim, rezolve_sim.mint_token(roles=["ticket_user"]))
    with pytest.raises(rezolve.PermissionDenied) as denied:
        rezolve.update_ticket(reader, DOC_TICKET_ID, {DESCRIPTION: "nope"})
    assert denied.value.vendor_code == "USER_PERMISSION_FAILURE"
    assert denied.value.status_code == 401

    expired = connect(rezolve_sim, rezolve_sim.mint_token(lifetime=-10))
    with pytest.raises(rezolve.Unauthorized):
        rezolve.get_ticket(expired, DOC_TICKET_ID)


def test_token_provider_is_asked_again_after_an_authentication_failure(
    rezolve_sim: SimHandle,
) -> None:
    tokens = [rezolve_sim.mint_token(lifetime=-10), rezolve_sim.mint_token()]
    asked: list[str] = []

    def provider() -> str:
        asked.append(tokens[len(asked)])
        return asked[-1]

    client = connect(rezolve_sim, token_provider=provider)
    ticket = rezolve.get_ticket(client, DOC_TICKET_ID)
    assert ticket.object_id == DOC_TICKET_ID
    assert asked == tokens
    statuses = [entry.status for entry in list(rezolve_sim.requests)[-2:]]
    assert statuses == [401, 200]


def test_permission_failure_is_not_retried_with_a_new_token(rezolve_sim: SimHandle) -> None:
    calls = 0

    def provider() -> str:
        nonlocal calls
        calls += 1
        return rezolve_sim.mint_token(roles=["ticket_user"])

    client = connect(rezolve_sim, token_provider=provider)
    with pytest.raises(rezolve.PermissionDenied):
        rezolve.update_ticket(
            client,
            DOC_TICKET_ID,
            {DESCRIPTION: "x"},
            etag=rezolve.get_ticket(client, DOC_TICKET_ID).etag,
        )
    assert calls == 2  # one GET, one PATCH: no second try of the PATCH


def test_connect_refuses_ambiguous_credentials(rezolve_sim: SimHandle) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        rezolve.connect(rezolve_sim.base_url, tenant_id="t", realm="r")
    with pytest.raises(ValueError, match="exactly one"):
        rezolve.connect(
            rezolve_sim.base_url, tenant_id="t", realm="r", token="a", token_provider=lambda: "b"
        )


def test_secrets_stay_out_of_reprs_errors_and_logs(
    rezolve_sim: SimHandle, caplog: pytest.LogCaptureFixture
) -> None:
    secret = rezolve_sim.mint_token(roles=["ticket_user"])
    auth = rezolve.RezolveAuth(tenant_id="t", realm="r", token=secret)
    assert secret not in repr(auth)
    client = connect(rezolve_sim, secret)
    with caplog.at_level(logging.DEBUG), pytest.raises(rezolve.PermissionDenied) as denied:
        rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "x"})
    for text in (str(denied.value), repr(denied.value), repr(client), caplog.text):
        assert secret not in text


@pytest.mark.anyio
async def test_async_helpers(client: Client) -> None:
    before = await rezolve.aget_ticket(client, DOC_TICKET_ID)
    result = await rezolve.aupdate_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "async"})
    assert result.ticket is not None
    assert result.ticket.data[DESCRIPTION] == "async"
    assert result.etag != str(before.etag)
    types = await rezolve.alist_ticket_types(client)
    names = {t.name for t in types}
    assert "Service Request" in names
    request_type = next(t for t in types if t.name == "Service Request")
    assert rezolve.field_ids(request_type)["description"] == DESCRIPTION


@pytest.mark.anyio
async def test_twenty_concurrent_writers_lose_nothing(client: Client) -> None:
    """20 writers x 10 appends on one ticket: each lands exactly once, no lost update."""
    await rezolve.aupdate_ticket(client, DOC_TICKET_ID, {DESCRIPTION: ""})
    etag_of: dict[str, str] = {}

    async def writer(w: int) -> None:
        for n in range(10):
            marker = f"[w{w:02d}-{n}]"

            def append(ticket: Ticket, marker: str = marker) -> dict[str, Any]:
                return {DESCRIPTION: ticket.data[DESCRIPTION] + marker}

            result = await rezolve.aupdate_ticket(
                client, DOC_TICKET_ID, append, attempts=500, fetch_ticket=False
            )
            etag_of[marker] = result.etag

    await asyncio.gather(*(writer(w) for w in range(20)))
    final = await rezolve.aget_ticket(client, DOC_TICKET_ID)
    text: str = final.data[DESCRIPTION]
    markers = [f"[w{w:02d}-{n}]" for w in range(20) for n in range(10)]
    assert all(text.count(m) == 1 for m in markers)
    assert len(text) == sum(len(m) for m in markers)
    # The last marker in the text came from the last write; its etag is the final one.
    last = max(markers, key=text.index)
    assert str(final.etag) == etag_of[last]
    assert len(set(etag_of.values())) == 200


def test_timeouts_and_tls_verification_are_on_by_default() -> None:
    """Over real TLS: an unknown CA is refused by default, and accepted when given."""
    server = ServedSimHandle(create_app(), tls=True)
    try:
        t = server.seed["tenants"][0]
        options: dict[str, Any] = {
            "token": server.mint_token(),
            "tenant_id": t["id"],
            "realm": t["realm"],
        }
        with rezolve.connect(server.base_url, **options) as client:
            assert client.get_httpx_client().timeout == rezolve.DEFAULT_TIMEOUT
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                rezolve.get_ticket(client, DOC_TICKET_ID)
        assert server.ca_file is not None
        ca = str(server.ca_file)
        with rezolve.connect(server.base_url, verify=ca, **options) as trusted:
            assert rezolve.get_ticket(trusted, DOC_TICKET_ID).object_id == DOC_TICKET_ID
    finally:
        server.stop()


def losing_first_answer(sim: SimHandle) -> Client:
    """A retrying client whose first PATCH answer is lost after the write applied."""
    t = tenant(sim)
    return rezolve.connect(
        sim.base_url,
        token=sim.mint_token(),
        tenant_id=t["id"],
        realm=t["realm"],
        transport=LosesFirstPatchAnswer(sim.transport()),
        retry=RetryPolicy(wait_initial=0, jitter=0),
    )


def test_an_append_whose_answer_was_lost_is_not_run_again(rezolve_sim: SimHandle) -> None:
    """The resend is refused (stale etag); the helper says the outcome is unknown."""
    append_lands_once_but_outcome_unknown(losing_first_answer(rezolve_sim))
    patches = [e.status for e in rezolve_sim.requests if e.method == "PATCH"]
    assert patches == [200, 400]  # applied, then the resend refused as ETAG_MISMATCH


def test_a_plain_change_whose_answer_was_lost_is_simply_rewritten(
    rezolve_sim: SimHandle,
) -> None:
    """Setting values is safe to repeat: the helper rebases and writes them again."""
    client = losing_first_answer(rezolve_sim)
    result = rezolve.update_ticket(client, DOC_TICKET_ID, {DESCRIPTION: "set"})
    assert result.attempts == 2
    assert result.ticket is not None
    assert result.ticket.data[DESCRIPTION] == "set"
