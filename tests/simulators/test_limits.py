"""Bounded memory and connections: header limits (431), read timeouts (408), a log
bounded in bytes, and a server that keeps serving after a handler bug."""

from __future__ import annotations

import contextlib
import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from ticket_simulators._core import ServedSimHandle, SimHandle, json_text
from ticket_simulators._core.limits import Limits
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID, create_app

from .state import snapshot
from .test_bad_input import rezolve_headers

TICKET = "/api/v2/ticketing/ticket/REQ-0509"
PARAMS = {"type": "agent", "module": "ticketing"}
DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


def _address(server: ServedSimHandle) -> tuple[str, int]:
    host, port = server.base_url.removeprefix("http://").rsplit(":", 1)
    return host, int(port)


def _answer(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _one_answer(sock: socket.socket) -> bytes:
    """One complete answer (head and content-length body) from a kept-alive connection."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1])
        for line in head.lower().split(b"\r\n")
        if line.startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def test_one_header_over_its_limit_gets_431_in_the_vendor_style(
    rezolve_sim_server: ServedSimHandle,
) -> None:
    limit = rezolve_sim_server.app.runtime.limits.max_header_bytes
    with rezolve_sim_server.client() as client:
        big = {**rezolve_headers(rezolve_sim_server), "x-note": "n" * limit}
        response = client.get(TICKET, params=PARAMS, headers=big)
        assert response.status_code == 431
        assert response.json()["error"] is True  # Rezolve's error body
        assert client.get(
            TICKET, params=PARAMS, headers=rezolve_headers(rezolve_sim_server)
        ).is_success


@pytest.mark.parametrize("size", [40_000, 1_048_576])
def test_a_head_over_its_limit_is_refused_before_it_is_read(
    rezolve_sim_server: ServedSimHandle, size: int
) -> None:
    before = snapshot(rezolve_sim_server)
    with socket.create_connection(_address(rezolve_sim_server), timeout=10) as sock:
        sock.sendall(b"GET " + TICKET.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Pad: ")
        # The server may answer and close while the head is still arriving.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(b"p" * size + b"\r\n\r\n")
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert snapshot(rezolve_sim_server) == before
    assert rezolve_sim_server.requests.call_count == 0  # the app never saw it
    with rezolve_sim_server.client() as client:
        assert client.get(
            TICKET, params=PARAMS, headers=rezolve_headers(rezolve_sim_server)
        ).is_success


def test_a_thousand_requests_with_large_headers_keep_the_log_under_its_byte_bound(
    rezolve_sim_server: ServedSimHandle,
) -> None:
    server = rezolve_sim_server
    limits = server.app.runtime.limits
    headers = {**rezolve_headers(server), "x-trace": "t" * (limits.max_header_bytes - 100)}
    with server.client() as client:
        for n in range(1000):
            response = client.get(TICKET, params={**PARAMS, "n": str(n)}, headers=headers)
            assert response.status_code == 200
    log = server.requests
    assert log.call_count == 1000
    # Kept whole, these heads alone would be about four times the bound.
    assert 1000 * limits.max_header_bytes > 3 * limits.log_bytes
    assert log.bytes <= limits.log_bytes
    shown = json_text([entry.to_json() for entry in log])
    assert len(shown.encode()) <= limits.log_bytes
    assert len(log) == server.count_requests(path=DOC_TICKET_ID)
    assert not log.complete  # it knows it forgot the oldest
    assert log.last.query.endswith("n=999")
    assert log.last.headers["x-trace"].endswith("…[cut]")
    assert len(log.last.headers["x-trace"]) <= limits.log_value_bytes + 10


def _update(server: ServedSimHandle, description: str) -> tuple[bytes, bytes]:
    """The head and body of an update of the documented ticket, written by hand."""
    tenant = server.seed["tenants"][0]
    etag = server.app.backend.store.ticket(tenant["id"], DOC_TICKET_ID).etag  # type: ignore[attr-defined]
    body = json.dumps({"etag": etag, "ticketUpdate": {DESCRIPTION: description}}).encode()
    head = (
        f"PATCH {TICKET}/update?type=agent&module=ticketing HTTP/1.1\r\nHost: x\r\n"
        + "".join(f"{k}: {v}\r\n" for k, v in rezolve_headers(server).items())
        + f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head, body


@pytest.fixture
def impatient() -> Iterator[ServedSimHandle]:
    app = create_app()
    # Short, so the tests wait little; long enough that a busy machine never trips them
    # on the requests that do arrive whole.
    app.runtime.limits = Limits(head_timeout=1.0, body_timeout=1.0)
    server = ServedSimHandle(app)
    yield server
    server.stop()


def test_a_head_that_never_ends_gets_408(impatient: ServedSimHandle) -> None:
    with socket.create_connection(_address(impatient), timeout=10) as sock:
        sock.sendall(b"GET " + TICKET.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Slow: a")
        answer = _answer(sock)  # returns once the server closes
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert impatient.requests.call_count == 0


def test_a_body_that_never_ends_gets_408_and_applies_nothing(impatient: ServedSimHandle) -> None:
    head, body = _update(impatient, "half")
    before = snapshot(impatient)
    with socket.create_connection(_address(impatient), timeout=10) as sock:
        sock.sendall(head + body[: len(body) // 2])
        answer = _answer(sock)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert snapshot(impatient) == before
    deadline = time.monotonic() + 10  # the handler task sees the hang-up a moment later
    while impatient.requests.call_count == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert impatient.requests.last.status is None  # logged as a request never answered
    assert snapshot(impatient) == before


def test_a_head_trickled_after_a_long_body_read_gets_408_on_the_head_timeout() -> None:
    # One timer watches a connection's reads: after a read with a long bound (a body,
    # 60 s here), the next head's short bound (1 s) must still be kept, on a kept-alive
    # connection. The socket gives up after 10 s, long before the body bound.
    app = create_app()
    app.runtime.limits = Limits(head_timeout=1.0, body_timeout=60.0)
    server = ServedSimHandle(app)
    try:
        head, body = _update(server, "whole")
        with socket.create_connection(_address(server), timeout=10) as sock:
            sock.sendall(head)
            time.sleep(1.5)  # the body comes after the head's bound: the body's applies
            sock.sendall(body)
            first = sock.recv(65536)
            assert first.startswith(b"HTTP/1.1 200 "), first[:80]
            sock.sendall(b"GET " + TICKET.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Slow: a")
            second = _answer(sock)
        assert b"HTTP/1.1 408 " in second
        assert server.requests.call_count == 1  # the update; the trickled head never ran
    finally:
        server.stop()


def test_a_handler_bug_answers_500_and_the_connection_serves_on(
    rezolve_sim_server: ServedSimHandle,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = rezolve_sim_server.app.backend.store  # type: ignore[attr-defined]
    real = store.view
    calls = 0

    def fails_once(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("simulated bug")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "view", fails_once)
    headers = rezolve_headers(rezolve_sim_server)
    local = []
    with rezolve_sim_server.client(limits=httpx.Limits(max_connections=1)) as client:
        first = client.get(TICKET, params=PARAMS, headers=headers)
        local.append(first.extensions["network_stream"].get_extra_info("client_addr"))
        second = client.get(TICKET, params=PARAMS, headers=headers)
        local.append(second.extensions["network_stream"].get_extra_info("client_addr"))
    assert first.status_code == 500
    assert first.json() == {"error": True, "message": "Internal server error"}
    assert second.status_code == 200
    assert local[0] == local[1]  # the same connection, kept open after the bug
    assert "simulated bug" in caplog.text


def test_a_url_over_the_head_limit_gets_414(rezolve_sim_server: ServedSimHandle) -> None:
    limit = rezolve_sim_server.app.runtime.limits.max_head_bytes
    with socket.create_connection(_address(rezolve_sim_server), timeout=10) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(b"GET /" + b"u" * limit + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _answer(sock).startswith(b"HTTP/1.1 414 ")


def test_in_process_only_headers_count_toward_the_limits(rezolve_sim: SimHandle) -> None:
    """A long query string reaches the vendor's own validation (no socket to protect)."""
    with rezolve_sim.client() as client:
        padded = {**PARAMS, "pad": "p" * 40_000}
        response = client.get(TICKET, params=padded, headers=rezolve_headers(rezolve_sim))
    assert response.status_code == 200


def test_a_slow_second_head_on_a_kept_alive_connection_gets_408(impatient: ServedSimHandle) -> None:
    head = f"GET {TICKET}?type=agent&module=ticketing HTTP/1.1\r\nHost: x\r\n".encode()
    with socket.create_connection(_address(impatient), timeout=10) as sock:
        sock.sendall(head + b"\r\n")
        first = _one_answer(sock)
        sock.sendall(head)  # the second head never ends
        rest = _answer(sock)
    assert first.startswith(b"HTTP/1.1 401 ")
    assert rest.startswith(b"HTTP/1.1 408 ")
