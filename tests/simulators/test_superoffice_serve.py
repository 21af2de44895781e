"""Serving over a real socket: the session server fixture and ``ticket-sim superoffice``."""

from __future__ import annotations

import base64
import shutil
import ssl
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.superoffice import SuperOfficeBackend

from .superoffice_helpers import TICKET


def test_session_server_answers_over_the_socket(superoffice_sim_server: ServedSimHandle) -> None:
    credential = base64.b64encode(b"tje0:Tje0").decode()
    with httpx.Client(base_url=superoffice_sim_server.base_url) as client:
        response = client.get(f"{TICKET}/900", headers={"authorization": f"Basic {credential}"})
        assert response.status_code == 200
        assert response.json()["_Links"]["Self"] == f"{superoffice_sim_server.base_url}{TICKET}/900"
        changed = client.patch(
            f"/Cust12345{TICKET}/900",
            json={"Title": "Over the wire"},
            headers={
                "authorization": f"Basic {credential}",
                "content-type": "application/merge-patch+json",
            },
        )
        assert changed.status_code == 200
        assert changed.json()["_Links"]["Self"].endswith(f"/Cust12345{TICKET}/900")


def test_session_server_is_reset_for_each_test(superoffice_sim_server: ServedSimHandle) -> None:
    backend = superoffice_sim_server.app.backend
    assert isinstance(backend, SuperOfficeBackend)
    assert backend.store.ticket(900)["Title"] == "Printer on floor 3 is offline"


def _command() -> list[str]:
    script = shutil.which("ticket-sim", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ticket_simulators"]


def test_ticket_sim_superoffice_serves_https(tmp_path: Path) -> None:
    ca_file = tmp_path / "ca.pem"
    args = ["superoffice", "--port", "0", "--tls", "--ca-file", str(ca_file)]
    with subprocess.Popen(
        [*_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        try:
            url = proc.stdout.readline().strip().removeprefix("listening on ")
            assert proc.stdout.readline().strip() == f"CA certificate: {ca_file}"
            verify = ssl.create_default_context(cafile=str(ca_file))
            with httpx.Client(base_url=url, verify=verify) as client:
                response = client.get(
                    f"/Cust12345{TICKET}/900", headers={"authorization": "Basic dGplMDpUamUw"}
                )
        finally:
            proc.terminate()
            _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 0, stderr
    assert url.startswith("https://127.0.0.1:")
    assert response.status_code == 200
    assert response.json()["TicketId"] == 900


def test_a_crash_answers_the_error_object(
    superoffice_sim_server: ServedSimHandle, break_store: Callable[[SimHandle, str], None]
) -> None:
    break_store(superoffice_sim_server, "ticket")
    with superoffice_sim_server.client() as client:
        response = client.get(f"{TICKET}/900", headers={"authorization": "Basic dGplMDpUamUw"})
    assert response.status_code == 500
    assert response.json()["Error"] is True
    assert response.json()["ErrorType"] == "SoServerException"
