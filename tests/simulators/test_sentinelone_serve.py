"""Serving SentinelOne over real sockets: ``ticket-sim sentinelone`` and the session fixture."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from ticket_simulators._core import ServedSimHandle

from .sentinelone_helpers import THREATS


def _command() -> list[str]:
    script = shutil.which("ticket-sim", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ticket_simulators"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_ticket_sim_serves_sentinelone() -> None:
    port = _free_port()
    with subprocess.Popen(
        [*_command(), "sentinelone", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        try:
            assert proc.stdout.readline().strip() == f"listening on http://127.0.0.1:{port}"
            with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
                token = client.get("/__sim__/seed").json()["tokens"][0]["token"]
                response = client.get(
                    THREATS,
                    params={"osTypes": "windows,linux", "limit": "2"},
                    headers={"authorization": f"ApiToken {token}"},
                )
                assert response.status_code == 200
                assert len(response.json()["data"]) == 2
        finally:
            proc.terminate()
            _, stderr = proc.communicate(timeout=10)
        assert proc.returncode == 0, stderr


def test_session_server_over_loopback(sentinelone_sim_server: ServedSimHandle) -> None:
    token = sentinelone_sim_server.mint_token(write=True)
    with sentinelone_sim_server.client() as client:
        headers = {"authorization": f"ApiToken {token}"}
        first = client.get(THREATS, params={"limit": "1"}, headers=headers).json()["data"][0]
        body = {"filter": {"ids": [first["id"]]}, "data": {"externalTicketId": "INC-LOOP"}}
        response = client.post(f"{THREATS}/external-ticket-id", json=body, headers=headers)
        assert response.json() == {"data": {"affected": 1}}
