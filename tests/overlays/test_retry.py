"""The retry policy of every overlay client, driven by the simulators' fault injection.

Each test counts what the client tried from the simulator's request log: idempotent
updates succeed after transient faults, non-idempotent ones are sent exactly once, and a
fault that persists ends in a typed error within the policy's bounds.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from ticket_overlays import (
    DEFAULT_RETRY,
    NO_RETRY,
    RetriesExhausted,
    RetryingAsyncTransport,
    RetryingTransport,
    RetryPolicy,
    forcepoint_dlp,
    retry_non_idempotent,
    rezolve,
    superoffice,
)
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID
from ticket_simulators.rezolve import create_app as create_rezolve_app
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET
from ticket_simulators.superoffice import SuperOfficeBackend

from .sim_clients import FAST, forcepoint_client, rezolve_client, sent, superoffice_client

DESCRIPTION = DOC_DESCRIPTION_FIELD_ID
FP_UPDATE = "/dlp/rest/v1/incidents/update"
INCIDENT = 2719600


def comments(sim: SimHandle) -> list[str]:
    backend = sim.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    incident = backend.store.get("INCIDENTS", INCIDENT)
    assert incident is not None
    return list(incident.comments)


def add_comment(client: forcepoint_dlp.Client, comment: str) -> forcepoint_dlp.UpdateResult:
    """Comment on INCIDENT: an update that is not safe to repeat."""
    return forcepoint_dlp.update_incidents(
        client, "ADD_COMMENT", comment=comment, incident_keys=[INCIDENT], scan_partitions="ALL"
    )


def tags(sim: SimHandle, ticket_id: int = 901) -> list[Any]:
    backend = sim.app.backend
    assert isinstance(backend, SuperOfficeBackend)
    return list(backend.store.ticket(ticket_id).get("Tags") or [])


# --- defaults ---------------------------------------------------------------------------


def test_every_connect_retries_times_out_and_verifies_by_default() -> None:
    clients: list[Any] = [
        rezolve.connect("https://r.test", token="t", tenant_id="x", realm="y"),
        forcepoint_dlp.connect("https://f.test", username="u", password="p"),
        superoffice.connect("https://s.test", token="t"),
    ]
    for client in clients:
        sync, asyncio_client = client.get_httpx_client(), client.get_async_httpx_client()
        assert isinstance(sync._transport, RetryingTransport)
        assert isinstance(asyncio_client._transport, RetryingAsyncTransport)
        assert sync._transport.policy == DEFAULT_RETRY
        assert sync.timeout.read is not None
        assert sync.timeout.connect is not None
        pool = sync._transport.inner._pool  # type: ignore[attr-defined]
        assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    # Without retries a call is still sent under the deadline, once.
    plain = superoffice.connect("https://s.test", token="t", retry=None)
    transport = plain.get_httpx_client()._transport
    assert isinstance(transport, RetryingTransport)
    assert transport.policy == NO_RETRY


def test_policy_rejects_unbounded_settings() -> None:
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError, match="total_timeout"):
        RetryPolicy(total_timeout=0)
    with pytest.raises(TypeError):
        superoffice.connect("https://s.test", token="t", retry="yes")  # type: ignore[arg-type]


# --- classifiers ------------------------------------------------------------------------


def _request(method: str, path: str, body: Any) -> httpx.Request:
    return httpx.Request(method, f"https://x.test{path}", json=body)


@pytest.mark.parametrize(
    ("body", "safe"),
    [
        ({"type": "INCIDENTS", "action_type": "STATUS", "value": "CLOSE"}, True),
        ({"type": "INCIDENTS", "action_type": "TAG", "value": "x"}, True),
        ({"type": "INCIDENTS", "action_type": "ADD_COMMENT", "comment": "c"}, False),
        ({"type": "INCIDENTS", "action_type": "ASSIGN_TO", "value": "a", "comment": "c"}, False),
        ([1, 2], False),
    ],
)
def test_forcepoint_classifier(body: Any, safe: bool) -> None:
    assert forcepoint_dlp.is_idempotent(_request("POST", FP_UPDATE, body)) is safe
    assert forcepoint_dlp.is_idempotent(_request("POST", "/dlp/rest/v1/incidents", {}))


@pytest.mark.parametrize(
    ("body", "safe"),
    [
        ({"Title": "x"}, True),
        ([{"op": "replace", "path": "/Title", "value": "x"}], True),
        ([{"op": "add", "path": "/CustomFields/SuperOffice:1", "value": "x"}], True),
        ([{"op": "remove", "path": "/Deadline"}], True),
        ([{"op": "add", "path": "/Tags/-", "value": {"Id": 1}}], False),
        ([{"op": "add", "path": "/Tags/0", "value": {"Id": 1}}], False),
        ([{"op": "remove", "path": "/Tags/0"}], False),
        ([{"op": "move", "from": "/Tags/0", "path": "/Title"}], False),
    ],
)
def test_superoffice_classifier(body: Any, safe: bool) -> None:
    assert superoffice.is_idempotent(_request("PATCH", "/api/v1/Ticket/1", body)) is safe


# --- idempotent updates recover ---------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "status", "status": 503, "count": 2},
        {"kind": "status", "status": 502, "count": 1},
        {"kind": "status", "status": 429, "retry_after": 0, "count": 2},
        {"kind": "drop", "count": 2},
    ],
    ids=["503x2", "502", "429-retry-after", "drop-x2"],
)
def test_rezolve_update_survives_transient_faults(
    rezolve_sim: SimHandle, fault: dict[str, Any]
) -> None:
    client = rezolve_client(rezolve_sim)
    etag = rezolve.get_ticket(client, DOC_TICKET_ID).etag
    rezolve_sim.inject_json({**fault, "method": "PATCH"})
    result = rezolve.update_ticket(
        client, DOC_TICKET_ID, {DESCRIPTION: "<p>after faults</p>"}, etag=etag
    )
    assert result.attempts == 1  # one logical write: the transport did the retrying
    assert result.ticket is not None
    assert result.ticket.data[DESCRIPTION] == "<p>after faults</p>"
    assert sent(rezolve_sim, "PATCH", "/update") == fault["count"] + 1


def test_forcepoint_status_update_survives_faults(forcepoint_dlp_sim: SimHandle) -> None:
    client = forcepoint_client(forcepoint_dlp_sim)
    forcepoint_dlp_sim.inject("status", status=500, path=FP_UPDATE, count=1)
    forcepoint_dlp_sim.inject("drop", path=FP_UPDATE, count=1)
    result = forcepoint_dlp.update_incidents(
        client, "STATUS", value="IN_PROCESS", incident_keys=[INCIDENT], scan_partitions="ALL"
    )
    assert result.unprocessed_ids == []
    assert sent(forcepoint_dlp_sim, "POST", FP_UPDATE) == 3
    backend = forcepoint_dlp_sim.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    incident = backend.store.get("INCIDENTS", INCIDENT)
    assert incident is not None
    assert incident.status == "IN_PROCESS"


def test_forcepoint_login_is_retried(forcepoint_dlp_sim: SimHandle) -> None:
    client = forcepoint_client(forcepoint_dlp_sim)
    forcepoint_dlp_sim.inject("status", status=503, path="refresh-token", count=2)
    forcepoint_dlp.update_incidents(
        client, "SEVERITY", value="LOW", incident_keys=[INCIDENT], scan_partitions="ALL"
    )
    assert sent(forcepoint_dlp_sim, "POST", "/refresh-token") == 3


def test_superoffice_merge_patch_survives_faults(superoffice_sim: SimHandle) -> None:
    client = superoffice_client(superoffice_sim)
    superoffice_sim.inject("drop", method="PATCH", count=1)
    superoffice_sim.inject("status", status=503, method="PATCH", count=1)
    ticket = superoffice.patch_ticket(client, 901, {"Title": "Retried title"})
    assert ticket.title == "Retried title"
    assert sent(superoffice_sim, "PATCH", "/Ticket/901") == 3


@pytest.mark.anyio
async def test_async_updates_survive_faults(
    rezolve_sim: SimHandle, superoffice_sim: SimHandle
) -> None:
    rz = rezolve_client(rezolve_sim)
    rezolve_sim.inject("status", status=503, method="PATCH", count=2)
    result = await rezolve.aupdate_ticket(rz, DOC_TICKET_ID, {DESCRIPTION: "<p>async</p>"})
    assert result.ticket is not None
    assert result.ticket.data[DESCRIPTION] == "<p>async</p>"
    assert sent(rezolve_sim, "PATCH", "/update") == 3
    so = superoffice_client(superoffice_sim)
    superoffice_sim.inject("drop", method="PATCH", count=2)
    ticket = await superoffice.apatch_ticket(so, 901, {"Title": "Async"})
    assert ticket.title == "Async"
    assert sent(superoffice_sim, "PATCH", "/Ticket/901") == 3


def test_retry_after_is_honoured(rezolve_sim: SimHandle) -> None:
    client = rezolve_client(rezolve_sim)
    rezolve_sim.inject("status", status=429, retry_after=1, count=1)
    started = time.monotonic()
    assert rezolve.get_ticket(client, DOC_TICKET_ID).object_id == DOC_TICKET_ID
    assert time.monotonic() - started >= 1.0
    assert rezolve_sim.requests.call_count == 2


# --- non-idempotent requests are sent once ----------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "status", "status": 503},
        {"kind": "status", "status": 429, "retry_after": 0},
        {"kind": "drop"},
    ],
    ids=["503", "429", "drop"],
)
def test_forcepoint_comment_is_sent_exactly_once(
    forcepoint_dlp_sim: SimHandle, fault: dict[str, Any]
) -> None:
    client = forcepoint_client(forcepoint_dlp_sim)
    before = comments(forcepoint_dlp_sim)
    forcepoint_dlp_sim.inject_json({**fault, "path": FP_UPDATE, "count": 1})
    expected: type[Exception] = (
        httpx.RemoteProtocolError if fault["kind"] == "drop" else forcepoint_dlp.ForcepointError
    )
    with pytest.raises(expected):
        add_comment(client, "checked once")
    assert sent(forcepoint_dlp_sim, "POST", FP_UPDATE) == 1
    assert comments(forcepoint_dlp_sim) == before  # the fault answered; nothing applied


def test_forcepoint_comment_retries_when_the_caller_opts_in(forcepoint_dlp_sim: SimHandle) -> None:
    client = forcepoint_client(forcepoint_dlp_sim)
    before = comments(forcepoint_dlp_sim)
    forcepoint_dlp_sim.inject("status", status=503, path=FP_UPDATE, count=1)
    with retry_non_idempotent():
        add_comment(client, "at least once")
    assert sent(forcepoint_dlp_sim, "POST", FP_UPDATE) == 2
    assert comments(forcepoint_dlp_sim) == [*before, "at least once"]
    opted = forcepoint_client(forcepoint_dlp_sim, retry=RetryPolicy(retry_non_idempotent=True))
    forcepoint_dlp_sim.inject("status", status=503, path=FP_UPDATE, count=1)
    add_comment(opted, "again")
    assert comments(forcepoint_dlp_sim) == [*before, "at least once", "again"]


def test_opt_in_reaches_concurrent_batches(forcepoint_dlp_sim: SimHandle) -> None:
    client = forcepoint_client(forcepoint_dlp_sim)
    forcepoint_dlp_sim.inject("status", status=503, path=FP_UPDATE, count=2)
    with retry_non_idempotent():
        result = forcepoint_dlp.update_incidents(
            client,
            "ADD_COMMENT",
            comment="batched",
            incident_keys=[INCIDENT, 10**9],
            scan_partitions="ALL",
            batch_size=1,
            concurrency=2,
        )
    assert result.batches == 2
    assert sent(forcepoint_dlp_sim, "POST", FP_UPDATE) == 4


@pytest.mark.parametrize("kind", ["status", "drop"])
def test_superoffice_append_is_sent_exactly_once(superoffice_sim: SimHandle, kind: str) -> None:
    client = superoffice_client(superoffice_sim)
    before = tags(superoffice_sim)
    if kind == "status":
        superoffice_sim.inject("status", status=503, method="PATCH", count=1)
    else:
        superoffice_sim.inject("drop", method="PATCH", count=1)
    with pytest.raises((superoffice.ServerError, httpx.RemoteProtocolError)):
        superoffice.patch_ticket(client, 901, superoffice.JsonPatch().add("/Tags/-", {"Id": 6}))
    assert sent(superoffice_sim, "PATCH", "/Ticket/901") == 1
    assert tags(superoffice_sim) == before


@pytest.mark.anyio
async def test_async_append_is_sent_exactly_once(superoffice_sim: SimHandle) -> None:
    client = superoffice_client(superoffice_sim)
    superoffice_sim.inject("status", status=500, method="PATCH", count=1)
    with pytest.raises(superoffice.ServerError):
        await superoffice.apatch_ticket(
            client, 901, superoffice.JsonPatch().add("/Tags/-", {"Id": 6})
        )
    assert sent(superoffice_sim, "PATCH", "/Ticket/901") == 1


# --- persistent faults end in typed errors within bounds --------------------------------


def test_persistent_5xx_ends_in_the_vendor_error(
    rezolve_sim: SimHandle, forcepoint_dlp_sim: SimHandle, superoffice_sim: SimHandle
) -> None:
    rezolve_sim.inject("status", status=503)
    started = time.monotonic()
    with pytest.raises(rezolve.ServerError) as rz:
        rezolve.get_ticket(rezolve_client(rezolve_sim), DOC_TICKET_ID)
    assert rz.value.status_code == 503
    assert rezolve_sim.requests.call_count == FAST.attempts
    superoffice_sim.inject("status", status=500)
    with pytest.raises(superoffice.ServerError):
        superoffice.get_ticket(superoffice_client(superoffice_sim), SO_TICKET)
    assert superoffice_sim.requests.call_count == FAST.attempts
    forcepoint_dlp_sim.inject("status", status=502, path=FP_UPDATE)
    with pytest.raises(forcepoint_dlp.ServerError):
        forcepoint_dlp.update_incidents(
            forcepoint_client(forcepoint_dlp_sim),
            "TAG",
            value="x",
            incident_keys=[INCIDENT],
            scan_partitions="ALL",
        )
    assert sent(forcepoint_dlp_sim, "POST", FP_UPDATE) == FAST.attempts
    assert time.monotonic() - started < 3 * FAST.total_timeout


def test_persistent_drop_ends_in_retries_exhausted(rezolve_sim: SimHandle) -> None:
    rezolve_sim.inject("drop")
    with pytest.raises(RetriesExhausted) as failed:
        rezolve.get_ticket(rezolve_client(rezolve_sim), DOC_TICKET_ID)
    assert failed.value.attempts == FAST.attempts
    assert isinstance(failed.value, httpx.TransportError)
    assert isinstance(failed.value.__cause__, httpx.RemoteProtocolError)
    assert "GET /api/v2/ticketing/ticket/REQ-0509" in str(failed.value)
    assert rezolve_sim.requests.call_count == FAST.attempts


def test_persistent_429_with_long_retry_after_stops_within_the_budget(
    rezolve_sim: SimHandle,
) -> None:
    policy = RetryPolicy(attempts=10, total_timeout=0.5, wait_initial=0.01)
    rezolve_sim.inject("status", status=429, retry_after=30)
    started = time.monotonic()
    with pytest.raises(rezolve.RezolveError) as limited:
        rezolve.get_ticket(rezolve_client(rezolve_sim, retry=policy), DOC_TICKET_ID)
    assert limited.value.status_code == 429
    assert time.monotonic() - started < 0.5
    assert rezolve_sim.requests.call_count == 1  # waiting 30 s would cross the budget


def test_latency_past_the_timeout_is_retried_then_bounded(
    rezolve_sim_server: ServedSimHandle,
) -> None:
    rezolve_sim_server.inject("latency", seconds=1.0, count=1)
    with rezolve_client(rezolve_sim_server, timeout=0.3) as client:
        # The first attempt times out after 0.3 s; the second one answers.
        assert rezolve.get_ticket(client, DOC_TICKET_ID).object_id == DOC_TICKET_ID
    # Slow for good: every attempt times out, and the whole call keeps to total_timeout.
    rezolve_sim_server.inject("latency", seconds=2.0)
    policy = RetryPolicy(attempts=10, total_timeout=0.8, wait_initial=0.01, wait_max=0.02)
    started = time.monotonic()
    with (
        rezolve_client(rezolve_sim_server, timeout=0.3, retry=policy) as slow,
        pytest.raises(RetriesExhausted) as failed,
    ):
        rezolve.get_ticket(slow, DOC_TICKET_ID)
    elapsed = time.monotonic() - started
    # Ten attempts of 0.3 s would take 3 s: the budget stopped them, and the last
    # attempt's timeout was cut to what was left (the slack is for a busy machine).
    assert elapsed < 0.8 + 1.0
    assert failed.value.attempts >= 2
    assert isinstance(failed.value.__cause__, httpx.TimeoutException)


def test_certificate_failures_are_not_retried() -> None:
    server = ServedSimHandle(create_rezolve_app(), tls=True)
    try:
        with (
            rezolve_client(server) as client,
            pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED") as refused,
        ):
            rezolve.get_ticket(client, DOC_TICKET_ID)
        assert not isinstance(refused.value, RetriesExhausted)
    finally:
        server.stop()


def test_async_persistent_fault(superoffice_sim: SimHandle) -> None:
    async def run() -> None:
        client = superoffice_client(superoffice_sim)
        superoffice_sim.inject("drop")
        with pytest.raises(RetriesExhausted):
            await superoffice.aget_ticket(client, SO_TICKET)
        await client.get_async_httpx_client().aclose()

    asyncio.run(run())
    assert superoffice_sim.requests.call_count == FAST.attempts


def test_retry_after_as_an_http_date() -> None:
    from email.utils import format_datetime

    from ticket_overlays import parse_retry_after

    now = datetime.now(UTC).replace(microsecond=0)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now) == 30
    assert parse_retry_after("7", now=now) == 7
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None, now=now) is None


def test_retry_logs_mask_secrets(rezolve_sim: SimHandle, caplog: pytest.LogCaptureFixture) -> None:
    token = rezolve_sim.mint_token()
    t = rezolve_sim.seed["tenants"][0]
    client = rezolve.connect(
        rezolve_sim.base_url,
        token=token,
        tenant_id=t["id"],
        realm=t["realm"],
        transport=rezolve_sim.transport(),
        retry=FAST,
    )
    rezolve_sim.inject("status", status=503, count=1)
    with caplog.at_level(logging.INFO, logger="ticket_overlays.http"):
        rezolve.get_ticket(client, DOC_TICKET_ID)
    # At INFO only the retried attempt shows; the one that ended the call is DEBUG.
    (record,) = [r for r in caplog.records if r.name == "ticket_overlays.http"]
    message = record.getMessage()
    assert message.startswith("GET http://rezolve.sim/api/v2/ticketing/ticket/REQ-0509?")
    assert "-> 503 in " in message
    assert "(attempt 1 of 4): retry in " in message
    assert token not in caplog.text


def test_readme_reliability_sample_runs() -> None:
    """The README's Reliability sample builds a client (no request is sent)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Reliability\n") :]
    blocks = re.findall(r"```python\n(.+?)```", section, flags=re.S)
    assert blocks
    namespace: dict[str, Any] = {"__name__": "readme"}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    client = namespace["client"]
    assert client.get_httpx_client()._transport.policy == namespace["policy"]
    client.get_httpx_client().close()
