"""Serving over real sockets: the ``ticket-sim`` command and the session server fixture."""

from __future__ import annotations

import logging
import shutil
import socket
import ssl
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.cli import main
from ticket_simulators.rezolve import DOC_TICKET_ID, create_app

from .rezolve_helpers import DESCRIPTION, PARAMS, TICKET


def _command() -> list[str]:
    script = shutil.which("ticket-sim", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ticket_simulators"]


@contextmanager
def _ticket_sim(*args: str) -> Iterator[list[str]]:
    """Run ``ticket-sim``; yield the lines it prints before serving."""
    with subprocess.Popen(
        [*_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        try:
            lines = [proc.stdout.readline().strip()]
            if "--tls" in args:
                lines.append(proc.stdout.readline().strip())
            yield lines
        finally:
            proc.terminate()
            _, stderr = proc.communicate(timeout=10)
        assert proc.returncode == 0, stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _headers(client: httpx.Client) -> dict[str, str]:
    seed = client.get("/__sim__/seed").json()
    token = client.post("/__sim__/tokens", json={}).json()["token"]
    tenant = seed["tenants"][0]
    return {
        "authorization": f"Bearer {token}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
    }


def test_ticket_sim_serves_http() -> None:
    port = _free_port()
    with _ticket_sim("rezolve", "--port", str(port)) as lines:
        assert lines == [f"listening on http://127.0.0.1:{port}"]
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            response = client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=_headers(client))
    assert response.status_code == 200
    assert response.json()["object_id"] == DOC_TICKET_ID


def test_ticket_sim_serves_https_with_a_throwaway_ca(tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    with _ticket_sim("rezolve", "--port", "0", "--tls", "--ca-file", str(ca_file)) as lines:
        url = lines[0].removeprefix("listening on ")
        assert url.startswith("https://127.0.0.1:")
        assert lines[1] == f"CA certificate: {ca_file}"
        verify = ssl.create_default_context(cafile=str(ca_file))
        with httpx.Client(base_url=url, verify=verify) as client:
            response = client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=_headers(client))
        assert response.status_code == 200
        with httpx.Client(base_url=url) as untrusting, pytest.raises(httpx.ConnectError):
            untrusting.get("/__sim__/seed")


def test_cli_rejects_unknown_vendor_and_stray_ca_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["zendesk", "--port", "1"])
    with pytest.raises(SystemExit):
        main(["rezolve", "--port", "1", "--ca-file", "ca.pem"])
    assert "--ca-file needs --tls" in capsys.readouterr().err


def test_session_server_over_loopback(
    rezolve_sim_server: ServedSimHandle, caplog: pytest.LogCaptureFixture
) -> None:
    assert rezolve_sim_server.base_url.startswith("http://127.0.0.1:")
    with rezolve_sim_server.client() as client:
        headers = _headers(client)
        etag = client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=headers).json()["etag"]
        body = {"etag": etag, "ticketUpdate": {DESCRIPTION: "over the wire"}}
        response = client.patch(
            f"{TICKET}/REQ-0509/update", params=PARAMS, headers=headers, json=body
        )
        assert response.status_code == 200
        rezolve_sim_server.inject("drop", count=1)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=headers)
        assert rezolve_sim_server.requests.last.fault == "drop"
    # A drop is deliberate: uvicorn must not log it as a broken application.
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_served_handle_over_tls() -> None:
    server = ServedSimHandle(create_app(), tls=True)
    try:
        assert server.base_url.startswith("https://127.0.0.1:")
        assert server.ca_file is not None
        assert server.ca_file.read_text().startswith("-----BEGIN CERTIFICATE-----")
        with server.client() as client:
            assert client.get("/__sim__/seed").status_code == 200
    finally:
        server.stop()
    assert server.ca_file is not None
    assert not server.ca_file.exists()


def test_session_server_is_reset_between_tests(rezolve_sim_server: ServedSimHandle) -> None:
    with rezolve_sim_server.client() as client:
        headers = _headers(client)
        ticket = client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=headers).json()
    assert ticket["data"][DESCRIPTION] != "over the wire"
    assert rezolve_sim_server.requests.call_count == 1


def test_every_answered_request_is_already_in_the_log(
    rezolve_sim_server: ServedSimHandle,
) -> None:
    # The entry is written before the answer's last byte leaves the server, so a client
    # that holds its answer never races the log (once a flaky CI failure).
    with rezolve_sim_server.client() as client:
        headers = _headers(client)
        for sent in range(1, 101):
            answer = client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=headers)
            assert answer.status_code == 200
            assert rezolve_sim_server.requests.call_count == sent
            assert rezolve_sim_server.requests.last.status == 200


def test_a_crash_answers_the_documented_500_body(
    rezolve_sim_server: ServedSimHandle, break_store: Callable[[SimHandle, str], None]
) -> None:
    break_store(rezolve_sim_server, "view")
    with rezolve_sim_server.client() as client:
        response = client.get(f"{TICKET}/REQ-0509", params=PARAMS, headers=_headers(client))
    assert response.status_code == 500
    assert response.json() == {"error": True, "message": "Internal server error"}


def test_listening_socket_is_tcp_so_answers_are_not_delayed() -> None:
    """asyncio sets TCP_NODELAY on accepted connections only for an IPPROTO_TCP socket."""
    import socket

    from ticket_simulators._core.serve import bind

    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()
