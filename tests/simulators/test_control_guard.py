"""The control API on a developer's machine: only JSON, only this host, a token beyond it.

A web page in a browser can reach a loopback simulator: it may post ``text/plain``
across origins without a preflight, or rebind a DNS name to 127.0.0.1 and read
answers under its own ``Host``. Both must be refused, and change nothing.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest
from ticket_simulators._core import ServedSimHandle
from ticket_simulators._core.controlguard import host_name
from ticket_simulators._core.serve import BackgroundServer, is_loopback
from ticket_simulators.cli import main
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID, create_app

from .state import snapshot
from .test_bad_input import rezolve_headers

CLOSE = b"Connection: close\r\n"
CROSS_ORIGIN = {"origin": "https://attacker.example", "content-type": "text/plain"}


def _raw(server: ServedSimHandle, head: bytes, body: bytes = b"") -> bytes:
    """Send a hand-written request; return the raw answer (up to the server's close)."""
    host, port = server.base_url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head + body)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/__sim__/reset", b""),
        ("/__sim__/faults", b'{"kind": "status", "status": 503}'),
        ("/__sim__/clock", b'{"advance": 86400}'),
        ("/__sim__/tokens", b"{}"),
    ],
)
@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_a_cross_origin_simple_post_is_refused_and_changes_nothing(
    rezolve_sim_server: ServedSimHandle, path: str, body: bytes, content_type: str | None
) -> None:
    server = rezolve_sim_server
    with server.client() as client:
        client.patch(  # something a reset would undo
            "/api/v2/ticketing/ticket/REQ-0509/update",
            params={"type": "agent", "module": "ticketing"},
            headers=rezolve_headers(server),
            json={"etag": _etag(server), "ticketUpdate": {_DESCRIPTION: "changed"}},
        ).raise_for_status()
        before, now = snapshot(server), server.clock.now()
        headers = {"origin": "https://attacker.example"}
        if content_type is not None:
            headers["content-type"] = content_type
        response = client.post(path, content=body, headers=headers)
        assert response.status_code == 415
        assert "application/json" in response.json()["error"]
        assert "access-control-allow-origin" not in response.headers
        assert snapshot(server) == before
        assert server.app.runtime.faults.active() == []
        assert (server.clock.now() - now).total_seconds() < 60
        # The preflight a browser would need for a JSON post is not granted either.
        preflight = client.options(
            path,
            headers={"origin": "https://attacker.example", "access-control-request-method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers


@pytest.mark.parametrize(
    "host", ["attacker.example", "attacker.example:80", "127.0.0.1.nip.io", "[::2]", ""]
)
def test_a_foreign_host_cannot_read_or_steer_the_control_api(
    rezolve_sim_server: ServedSimHandle, host: str
) -> None:
    server = rezolve_sim_server
    port = server.base_url.rsplit(":", 1)[1]
    host_line = f"Host: {host.replace(':80', f':{port}')}\r\n".encode() if host else b""
    answer = _raw(server, b"GET /__sim__/seed HTTP/1.1\r\n" + host_line + CLOSE + b"\r\n")
    status_line, _, rest = answer.partition(b"\r\n")
    # No Host at all is malformed HTTP/1.1 (the server's parser refuses it first).
    assert status_line.split()[1] in ((b"403",) if host else (b"400", b"403"))
    assert b"password" not in rest.lower()
    body = b'{"kind": "drop"}'
    answer = _raw(
        server,
        b"POST /__sim__/faults HTTP/1.1\r\n"
        + host_line
        + CLOSE
        + b"Content-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n",
        body,
    )
    assert answer.split()[1] in (b"400", b"403")
    assert server.app.runtime.faults.active() == []


@pytest.mark.parametrize("host", ["localhost", "LocalHost", "127.0.0.1"])
def test_loopback_names_are_welcome(rezolve_sim_server: ServedSimHandle, host: str) -> None:
    port = rezolve_sim_server.base_url.rsplit(":", 1)[1]
    with httpx.Client() as client:
        response = client.get(
            f"{rezolve_sim_server.base_url}/__sim__/clock", headers={"host": f"{host}:{port}"}
        )
    assert response.status_code == 200


def test_host_name_parsing() -> None:
    assert host_name("LocalHost:8080") == "localhost"
    assert host_name("[::1]:8080") == "::1"
    assert host_name("[::1]") == "::1"
    assert host_name("127.0.0.1") == "127.0.0.1"
    assert host_name("example.test:x") == "example.test:x"


@pytest.fixture
def tokened() -> Iterator[ServedSimHandle]:
    app = create_app()
    app.runtime.control_token = "s3cret-control-token"
    server = ServedSimHandle(app)
    yield server
    server.stop()


def test_a_control_token_is_required_once_configured(tokened: ServedSimHandle) -> None:
    with tokened.client() as client:
        assert client.get("/__sim__/clock").status_code == 401
        wrong = client.get("/__sim__/clock", headers={"x-sim-control-token": "guess"})
        assert wrong.status_code == 401
        assert "s3cret" not in wrong.text
        right = {"x-sim-control-token": "s3cret-control-token"}
        assert client.get("/__sim__/clock", headers=right).status_code == 200
        # The token stands for the host check: a remote caller names the host its own way.
        foreign = client.get("/__sim__/clock", headers={**right, "host": "sim.lan:1"})
        assert foreign.status_code == 200
        # ...but not for the media type.
        plain = client.post("/__sim__/reset", content=b"", headers={**right, **CROSS_ORIGIN})
        assert plain.status_code == 415


def test_serving_beyond_loopback_needs_a_token_and_warns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert is_loopback("127.0.0.1")
    assert is_loopback("::1")
    assert is_loopback("localhost")
    assert not is_loopback("0.0.0.0")
    assert not is_loopback("192.168.1.10")
    with pytest.raises(ValueError, match="control token"):
        BackgroundServer(create_app(), host="0.0.0.0")
    app = create_app()
    app.runtime.control_token = "t0ken-for-the-lan"
    server = BackgroundServer(app, host="0.0.0.0")
    try:
        assert "warning: listening on 0.0.0.0" in capsys.readouterr().err
        server.start()
        port = server.base_url.rsplit(":", 1)[1]
        with httpx.Client() as client:
            url = f"http://127.0.0.1:{port}/__sim__/seed"
            assert client.get(url).status_code == 401
            seeded = client.get(url, headers={"x-sim-control-token": "t0ken-for-the-lan"})
            assert seeded.status_code == 200
    finally:
        server.stop()


def test_the_command_refuses_a_public_host_without_a_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TICKET_SIM_CONTROL_TOKEN", raising=False)
    with pytest.raises(SystemExit) as exited:
        main(["rezolve", "--port", "0", "--host", "0.0.0.0"])
    assert exited.value.code == 2
    assert "--control-token" in capsys.readouterr().err


def test_control_bodies_have_the_vendor_routes_limit(rezolve_sim_server: ServedSimHandle) -> None:
    limit = rezolve_sim_server.app.runtime.limits.max_body_bytes
    with rezolve_sim_server.client() as client:
        big = json.dumps({"kind": "drop", "path": "x" * limit}).encode()
        response = client.post(
            "/__sim__/faults", content=big, headers={"content-type": "application/json"}
        )
        assert response.status_code == 413
        assert client.get("/__sim__/faults").json() == {"faults": []}
        # Bad clock input answers 400 and breaks nothing afterwards.
        far = client.post("/__sim__/clock", json={"set": "9999-12-31T23:59:59-05:00"})
        assert far.status_code == 400
        after = client.get("/__sim__/clock")
        assert after.status_code == 200


_DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


def _etag(server: ServedSimHandle) -> str:
    tenant = server.seed["tenants"][0]["id"]
    etag: str = server.app.backend.store.ticket(tenant, DOC_TICKET_ID).etag  # type: ignore[attr-defined]
    return etag


def test_forwarded_headers_change_neither_links_nor_client(
    superoffice_sim_server: ServedSimHandle,
) -> None:
    # A loopback client is no proxy: X-Forwarded-Proto must not turn the links an answer
    # carries into https ones, nor X-Forwarded-For change who the client is.
    from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

    server = superoffice_sim_server
    headers = {
        "Authorization": f"Bearer {server.mint_token()}",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-For": "203.0.113.9",
    }
    answer = httpx.get(f"{server.base_url}/api/v1/Ticket/{SO_TICKET}", headers=headers)
    assert answer.status_code == 200
    link = answer.json()["_Links"]["Self"]
    assert link.startswith(server.base_url + "/"), link
    assert "server" not in answer.headers
