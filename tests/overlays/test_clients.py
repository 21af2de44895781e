"""Clients as a user tries them: derivation, budgets, proxies, redirects, errors, logging.

Each test stands for one way the clients used to break under ordinary httpx habits or
misbehaving servers. Resends are counted in the simulators' request log.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import ticket_overlays
from ticket_overlays import (
    MalformedResponse,
    RetriesExhausted,
    RetryPolicy,
    forcepoint_dlp,
    raw_responses,
    rezolve,
    sentinelone,
    superoffice,
    with_options,
)
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from .sim_clients import rezolve_client, sent
from .transports import CutsFirstBody, LoopbackServer, canned, trickle
from .typecheck import mypy_strict

TICKET = DOC_TICKET_ID
DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


@pytest.fixture
def server() -> Iterator[list[LoopbackServer]]:
    started: list[LoopbackServer] = []
    yield started
    for one in started:
        one.stop()


# --- with_* and with_options keep retries and transports --------------------------------


@pytest.mark.parametrize("derive", ["with_timeout", "with_headers", "with_cookies"])
def test_generated_with_methods_keep_retries_and_transport(
    rezolve_sim: SimHandle, derive: str
) -> None:
    client = rezolve_client(rezolve_sim)
    original_timeout = client.get_httpx_client().timeout
    if derive == "with_timeout":
        derived = client.with_timeout(httpx.Timeout(7.0))
    elif derive == "with_headers":
        derived = client.with_headers({"x-trace": "derived"})
    else:
        derived = client.with_cookies({"session": "derived"})
    rezolve_sim.inject("status", status=503, count=1)
    # The simulator transport answers (there is no network to reach), and the 503 is
    # retried: the derived client kept both.
    assert rezolve.get_ticket(derived, TICKET).object_id == TICKET
    assert sent(rezolve_sim, "GET", f"/ticket/{TICKET}") == 2
    # The original is as it was.
    assert client.get_httpx_client().timeout == original_timeout
    assert "x-trace" not in client.get_httpx_client().headers
    assert not client.get_httpx_client().cookies
    rezolve.get_ticket(client, TICKET)
    assert "x-trace" not in rezolve_sim.requests.last.headers


def test_with_options_keeps_auth_and_transport_and_never_changes_the_original(
    rezolve_sim: SimHandle,
) -> None:
    client = rezolve_client(rezolve_sim)
    patient = RetryPolicy(attempts=3, total_timeout=5.0, wait_initial=0.01, jitter=0.0)
    derived = with_options(client, timeout=9.0, headers={"x-trace": "a"}, retry=patient)
    assert isinstance(derived, rezolve.Client)
    rezolve_sim.inject("status", status=503, count=2)
    assert rezolve.get_ticket(derived, TICKET).object_id == TICKET
    assert sent(rezolve_sim, "GET", f"/ticket/{TICKET}") == 3
    assert rezolve_sim.requests.last.headers["x-trace"] == "a"
    assert derived.get_httpx_client().timeout == httpx.Timeout(9.0)
    assert client.get_httpx_client().timeout != httpx.Timeout(9.0)
    # Without retries the derived client sends once; the original still retries.
    once = with_options(client, retry=None)
    rezolve_sim.inject("status", status=503, count=1)
    with pytest.raises(rezolve.ServerError):
        rezolve.get_ticket(once, TICKET)
    rezolve_sim.inject("status", status=503, count=1)
    assert rezolve.get_ticket(client, TICKET).object_id == TICKET


@pytest.mark.anyio
async def test_with_options_async_keeps_retries(rezolve_sim: SimHandle) -> None:
    client = with_options(rezolve_client(rezolve_sim), headers={"x-trace": "async"})
    rezolve_sim.inject("status", status=503, count=1)
    ticket = await rezolve.aget_ticket(client, TICKET)
    assert ticket.object_id == TICKET
    assert sent(rezolve_sim, "GET", f"/ticket/{TICKET}") == 2
    await client.get_async_httpx_client().aclose()


def test_helpers_take_per_call_timeout_and_headers(rezolve_sim: SimHandle) -> None:
    client = rezolve_client(rezolve_sim)
    with raw_responses() as seen:
        rezolve.get_ticket(client, TICKET, timeout=4.0, headers={"x-trace": "one call"})
    assert rezolve_sim.requests.last.headers["x-trace"] == "one call"
    assert seen.last.request.extensions["timeout"]["read"] <= 4.0
    rezolve.get_ticket(client, TICKET)
    assert "x-trace" not in rezolve_sim.requests.last.headers


# --- one deadline ----------------------------------------------------------------------


BUDGET = 1.5


@pytest.fixture
def trickling(server: list[LoopbackServer]) -> sentinelone.Client:
    """A client of a server that trickles its answer, under a ``BUDGET`` second deadline.

    Each byte comes well within the read timeout, so only the budget can stop the call.
    """
    slow = LoopbackServer(trickle(0.05))
    server.append(slow)
    budget = RetryPolicy(attempts=3, total_timeout=BUDGET, wait_initial=0.01)
    return sentinelone.connect(slow.url, "t" * 20, retry=budget, timeout=5.0)


def test_a_trickling_server_is_cut_off_at_the_budget(trickling: sentinelone.Client) -> None:
    started = time.monotonic()
    with pytest.raises((RetriesExhausted, httpx.TimeoutException)):
        sentinelone.set_external_ticket_id(trickling, "INC1", ids=["1"])
    assert time.monotonic() - started < BUDGET + 1.0


@pytest.mark.anyio
async def test_a_trickling_server_is_cut_off_at_the_budget_async(
    trickling: sentinelone.Client,
) -> None:
    started = time.monotonic()
    with pytest.raises((RetriesExhausted, httpx.TimeoutException)):
        await sentinelone.aset_external_ticket_id(trickling, "INC1", ids=["1"])
    assert time.monotonic() - started < BUDGET + 1.0
    await trickling.get_async_httpx_client().aclose()


def test_a_body_cut_off_midway_is_retried(rezolve_sim: SimHandle) -> None:
    client = rezolve_client(rezolve_sim, transport=CutsFirstBody(rezolve_sim.transport()))
    assert rezolve.get_ticket(client, TICKET).object_id == TICKET
    assert sent(rezolve_sim, "GET", f"/ticket/{TICKET}") == 2


# --- transport hygiene -------------------------------------------------------------------


def _clear_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_an_environment_proxy_is_used(
    server: list[LoopbackServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = LoopbackServer(canned(200, b'{"data": {"affected": 1}}', {"X-Via": "proxy"}))
    server.append(proxy)
    _clear_proxy_env(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client = sentinelone.connect("http://console.invalid", "t" * 20)  # retries on: the default
    assert sentinelone.set_external_ticket_id(client, "INC1", ids=["1"]) == 1
    assert proxy.heads[0].startswith(b"POST http://console.invalid/web/api/v2.1/threats/")
    # trust_env=False turns that off: the unresolvable host is then tried directly.
    direct = sentinelone.connect(
        "http://console.invalid", "t" * 20, trust_env=False, retry=RetryPolicy(attempts=1)
    )
    with pytest.raises(httpx.ConnectError):
        sentinelone.set_external_ticket_id(direct, "INC1", ids=["1"])
    assert len(proxy.heads) == 1


CREDENTIAL_HEADERS = (
    "authorization",
    "username",
    "password",
    "refresh-token",
    "so-apptoken",
    "so-ticket",
    "x-tenantid",
    "realmname",
    "cookie",
)


def _redirecting(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host != "elsewhere.test":
            return httpx.Response(302, headers={"location": "https://elsewhere.test/landing"})
        return httpx.Response(200, json={})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("vendor", ["rezolve", "superoffice", "forcepoint", "sentinelone"])
def test_a_cross_origin_redirect_drops_every_credential_header(vendor: str) -> None:
    seen: list[httpx.Request] = []
    transport = _redirecting(seen)
    common: dict[str, Any] = {"transport": transport, "follow_redirects": True}
    if vendor == "rezolve":
        client: Any = rezolve.connect(
            "https://api.test", token="jwt-secret", tenant_id="tenant", realm="realm", **common
        )
    elif vendor == "superoffice":
        client = superoffice.connect(
            "https://so.test/Cust1", ticket="so-ticket", app_token="app-secret", **common
        )
    elif vendor == "sentinelone":
        client = sentinelone.connect("https://s1.test", "api-token-secret", **common)
    else:
        client = forcepoint_dlp.connect(
            "https://fp.test", username="api-app", password="pass-secret", **common
        )
        client.get_httpx_client().auth = None  # the login request itself carries them
        client = with_options(
            client, headers={"username": "api-app", "password": "pass-secret", "refresh-token": "r"}
        )
    client.get_httpx_client().get("/anything", headers={"cookie": "session=1"})
    first, redirected = seen
    assert any(name in first.headers for name in CREDENTIAL_HEADERS)
    assert redirected.url.host == "elsewhere.test"
    assert [name for name in CREDENTIAL_HEADERS if name in redirected.headers] == []


def test_tls_is_verified_by_default() -> None:
    client = rezolve.connect("https://r.test", token="t", tenant_id="x", realm="y")
    transport = client.get_httpx_client()._transport
    pool = transport.inner._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


# --- Retry-After and backoff, pure, with a fake clock ----------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7.0),
        (" 3 ", 3.0),
        ("1.5", 1.5),
        ("-4", None),
        ("\u00b9", None),  # a superscript one: str.isdigit() says yes, float() says no
        ("\u0663", None),  # an Arabic-Indic three
        ("99999999999999999999", ticket_overlays.RETRY_AFTER_CAP),
        ("soon", None),
        ("", None),
        ("nan", None),
        ("inf", None),
        (b"\xff\xfe".decode("latin-1"), None),
    ],
)
def test_retry_after_accepts_any_bytes(value: str, expected: float | None) -> None:
    from datetime import UTC, datetime

    assert ticket_overlays.parse_retry_after(value, now=datetime(2026, 1, 1, tzinfo=UTC)) == (
        expected
    )


def test_retry_after_as_a_date_is_relative_to_now_and_capped() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    parse = ticket_overlays.parse_retry_after
    assert parse("Thu, 01 Jan 2026 12:00:30 GMT", now=now) == 30.0
    assert parse("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert parse("Fri, 01 Jan 2027 12:00:00 GMT", now=now) == ticket_overlays.RETRY_AFTER_CAP


def test_backoff_grows_and_caps() -> None:
    policy = RetryPolicy(wait_initial=0.5, wait_max=3.0, exp_base=2.0, jitter=0.25)
    waits = [ticket_overlays.backoff(policy, n, random=lambda: 1.0) for n in range(1, 6)]
    assert waits == [0.75, 1.25, 2.25, 3.25, 3.25]
    assert ticket_overlays.backoff(policy, 1, random=lambda: 0.0) == 0.5


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def _retrying(
    answer: Any,
    policy: RetryPolicy,
    clock: FakeClock,
    classifier: ticket_overlays.IdempotencyClassifier = ticket_overlays.by_method,
) -> httpx.Client:
    transport = ticket_overlays.RetryingTransport(
        httpx.MockTransport(answer), policy, classifier, clock=clock, sleep=clock.sleep
    )
    return httpx.Client(transport=transport, base_url="https://api.test")


def test_nothing_is_sent_after_the_budget_is_spent() -> None:
    clock = FakeClock()
    sends: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sends.append(clock.now)
        clock.now += 0.4  # each answer takes 0.4 s
        return httpx.Response(503)

    policy = RetryPolicy(attempts=10, total_timeout=1.0, wait_initial=0.1, jitter=0.0)
    response = _retrying(answer, policy, clock).get("/x")
    assert response.status_code == 503
    # 100.0 sent, answered 100.4, waits 0.1; 100.5 sent, answered 100.9: a wait of 0.2
    # would start a send at 101.1, past the deadline at 101.0, so it never happens.
    assert sends == [100.0, 100.5]
    assert all(t < 101.0 for t in sends)


def test_a_bad_retry_after_falls_back_to_backoff() -> None:
    clock = FakeClock()
    superscript_one = "\u00b9".encode()
    answers = iter(
        [httpx.Response(429, headers=[(b"retry-after", superscript_one)]), httpx.Response(200)]
    )
    policy = RetryPolicy(attempts=3, total_timeout=10.0, wait_initial=0.2, jitter=0.0)
    response = _retrying(lambda request: next(answers), policy, clock).get("/x")
    assert response.status_code == 200
    assert clock.slept == [0.2]


def test_the_classifier_is_asked_only_when_a_retry_is_in_question() -> None:
    clock = FakeClock()
    asked: list[str] = []

    def classifier(request: httpx.Request) -> bool:
        asked.append(request.url.path)
        return True

    statuses = iter([200, 503, 200])
    http = _retrying(
        lambda request: httpx.Response(next(statuses)),
        RetryPolicy(attempts=3, total_timeout=10.0, wait_initial=0.1, jitter=0.0),
        clock,
        classifier,
    )
    assert http.post("/answered", content=b"{}").status_code == 200
    assert asked == []  # an answer that stands needs no verdict on the body
    assert http.post("/retried", content=b"{}").status_code == 200
    assert asked == ["/retried"]  # asked once for the call, not once per attempt
    assert clock.slept == [0.1]


def _timeouts_sent(total_timeout: float, timeout: httpx.Timeout) -> dict[str, float | None]:
    sent: dict[str, float | None] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        sent.update(request.extensions["timeout"])
        return httpx.Response(200)

    clock = FakeClock()
    policy = RetryPolicy(attempts=2, total_timeout=total_timeout, jitter=0.0)
    client = _retrying(answer, policy, clock)
    client.timeout = timeout
    client.get("/x")
    return sent


def test_each_timeout_is_cut_to_the_budget_left() -> None:
    timeout = httpx.Timeout(30.0, connect=10.0)
    assert _timeouts_sent(60.0, timeout) == {
        "connect": 10.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    assert _timeouts_sent(20.0, timeout) == {
        "connect": 10.0,
        "read": 20.0,
        "write": 20.0,
        "pool": 20.0,
    }
    unlimited = _timeouts_sent(60.0, httpx.Timeout(None, connect=10.0))
    assert unlimited == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}


def test_retry_after_longer_than_the_budget_gives_up_at_once() -> None:
    clock = FakeClock()
    answers = [httpx.Response(429, headers={"retry-after": "30"})]
    policy = RetryPolicy(attempts=3, total_timeout=5.0, wait_initial=0.2, jitter=0.0)
    response = _retrying(lambda request: answers[0], policy, clock).get("/x")
    assert response.status_code == 429
    assert clock.slept == []


# --- errors that carry the answer --------------------------------------------------------


def _answering(status: int, body: bytes, headers: dict[str, str] | None = None) -> Any:
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=body, headers=headers or {})
    )


def test_errors_carry_status_headers_request_id_and_redacted_body() -> None:
    body = json.dumps({"message": "no ticket", "code": "NOT_FOUND", "token": "abc.def.ghi"})
    client = rezolve.connect(
        "https://api.test",
        token="jwt-secret",
        tenant_id="t",
        realm="r",
        transport=_answering(404, body.encode(), {"x-request-id": "req-42"}),
    )
    with pytest.raises(ticket_overlays.NotFoundError) as caught:
        rezolve.get_ticket(client, TICKET)
    error = caught.value
    assert isinstance(error, rezolve.TicketNotFound)
    assert error.status_code == 404
    assert error.headers["x-request-id"] == "req-42"
    assert error.request_id == "req-42"
    assert "abc.def.ghi" not in error.raw_body
    assert "no ticket" in error.raw_body
    assert "abc.def.ghi" not in repr(error)


@pytest.mark.parametrize(
    ("status", "family"),
    [
        (400, ticket_overlays.BadRequestError),
        (401, ticket_overlays.AuthenticationError),
        (403, ticket_overlays.PermissionDeniedError),
        (404, ticket_overlays.NotFoundError),
        (409, ticket_overlays.ConflictError),
        (412, ticket_overlays.ConflictError),
        (429, ticket_overlays.RateLimitError),
        (500, ticket_overlays.ServerError),
        (503, ticket_overlays.ServerError),
    ],
)
def test_every_vendor_error_belongs_to_a_shared_family(status: int, family: type) -> None:
    answer = httpx.Response(status, content=b"{}", headers={"retry-after": "2"})
    makers = {
        "rezolve": rezolve.make_status_error,
        "superoffice": superoffice.make_status_error,
        "sentinelone": sentinelone.make_status_error,
        "forcepoint": forcepoint_dlp.make_status_error,
    }
    for vendor, make in makers.items():
        error = make(answer)
        assert isinstance(error, family), (vendor, type(error).__mro__)
        assert isinstance(error, ticket_overlays.ApiStatusError)
        if status == 429:
            assert isinstance(error, ticket_overlays.RateLimitError)
            assert error.retry_after == 2.0


def test_forcepoint_403_is_authentication_and_permission() -> None:
    error = forcepoint_dlp.make_status_error(httpx.Response(403, json={"message": "no"}))
    assert isinstance(error, forcepoint_dlp.AuthenticationFailed)
    assert isinstance(error, ticket_overlays.AuthenticationError)


@pytest.mark.parametrize("content", [b"null", b"<html>oops</html>", b'{"unexpected": 1}', b"[]"])
def test_a_malformed_success_is_a_typed_error_keeping_the_content(content: bytes) -> None:
    client = rezolve.connect(
        "https://api.test",
        token="jwt",
        tenant_id="t",
        realm="r",
        transport=_answering(200, content),
    )
    with pytest.raises(MalformedResponse) as caught:
        rezolve.get_ticket(client, TICKET)
    assert caught.value.status_code == 200
    assert caught.value.content == content
    assert isinstance(caught.value, rezolve.RezolveError)


@pytest.mark.parametrize("content", [b"{}", b'{"Something": "else"}', b"null", b"<p>"])
def test_superoffice_never_answers_an_empty_ticket(content: bytes) -> None:
    client = superoffice.connect(
        "https://so.test/Cust1", ticket="t", transport=_answering(200, content)
    )
    with pytest.raises(MalformedResponse) as caught:
        superoffice.get_ticket(client, SO_TICKET)
    assert caught.value.content == content


def test_malformed_answers_of_the_other_vendors(forcepoint_dlp_sim: SimHandle) -> None:
    s1 = sentinelone.connect("https://s1.test", "token", transport=_answering(200, b"[1]"))
    with pytest.raises(MalformedResponse):
        sentinelone.set_external_ticket_id(s1, "INC1", ids=["1"])
    fp = forcepoint_dlp.connect(
        "https://fp.test",
        username="u",
        password="p",
        transport=_answering(200, b'{"refresh_token": 5}'),
    )
    with pytest.raises(MalformedResponse):
        forcepoint_dlp.update_incidents(fp, "TAG", value="x", incident_keys=[1])


def test_raw_response_of_a_helper_call(rezolve_sim: SimHandle) -> None:
    client = rezolve_client(rezolve_sim)
    with raw_responses() as seen:
        result = rezolve.update_ticket(client, TICKET, {DOC_DESCRIPTION_FIELD_ID: "x"})
    assert result.attempts == 1
    assert [r.request.method for r in seen.all] == ["GET", "PATCH", "GET"]
    assert seen.last.status_code == 200
    assert seen.last.elapsed.total_seconds() >= 0
    assert "etag" in {k.lower() for k in seen.last.headers}


# --- observability -----------------------------------------------------------------------


def test_one_log_line_per_attempt_with_secrets_redacted(
    rezolve_sim: SimHandle, caplog: pytest.LogCaptureFixture
) -> None:
    client = rezolve_client(rezolve_sim)
    rezolve_sim.inject("status", status=503, count=1)
    with caplog.at_level(logging.DEBUG, logger="ticket_overlays"):
        rezolve.get_ticket(client, TICKET)
        client.get_httpx_client().get(f"/api/v2/ticketing/ticket/{TICKET}?access_token=hunter22")
    lines = [r.getMessage() for r in caplog.records if r.name == "ticket_overlays.http"]
    assert len(lines) == 3
    first, second, third = lines
    assert first.startswith(f"GET {rezolve_sim.base_url}/api/v2/ticketing/ticket/{TICKET}")
    assert "-> 503 in " in first
    assert "(attempt 1 of 4): retry in " in first
    assert "-> 200 in " in second
    assert second.endswith("(attempt 2 of 4): done")
    assert "hunter22" not in third
    assert "access_token=***" in third


def test_the_environment_switches_debug_logging_on() -> None:
    code = (
        "import logging, ticket_overlays\n"
        "logger = logging.getLogger('ticket_overlays')\n"
        "print(logger.level, len(logger.handlers))\n"
    )
    env = {"TICKET_OVERLAYS_LOG": "debug", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == [str(logging.DEBUG), "1"]


# --- typed seams -------------------------------------------------------------------------


def test_a_misspelt_argument_through_the_flow_machinery_fails_mypy(tmp_path: Path) -> None:
    snippet = tmp_path / "misspelt.py"
    snippet.write_text(
        "from rezolve_client.api.tickets import get_ticket\n"
        "from rezolve_client.models import CatalogType\n"
        "from ticket_overlays._flow import Call\n"
        "ok = Call.of(get_ticket._get_kwargs, get_ticket._build_response,\n"
        "             object_id='REQ-1', type_=CatalogType.AGENT, module='ticketing')\n"
        "bad = Call.of(get_ticket._get_kwargs, get_ticket._build_response,\n"
        "              object_id='REQ-1', type_=CatalogType.AGENT, modul='ticketing')\n",
        encoding="utf-8",
    )
    result = mypy_strict(snippet)
    assert result.returncode == 1, result.stdout
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) >= 1
    assert all(":6:" in line or ":7:" in line for line in errors), result.stdout
    assert "modul" in result.stdout


def test_connect_returns_the_exported_client_types() -> None:
    assert isinstance(
        rezolve.connect("https://r.test", token="t", tenant_id="x", realm="y"), (rezolve.Client)
    )
    assert isinstance(superoffice.connect("https://s.test", token="t"), superoffice.Client)
    assert isinstance(sentinelone.connect("https://s.test", "t"), sentinelone.Client)
    assert isinstance(
        forcepoint_dlp.connect("https://f.test", username="u", password="p"), forcepoint_dlp.Client
    )
