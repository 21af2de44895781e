"""Benchmark servers (simulators, Prism) and the load generator binaries, found on the machine."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .common import PYTHON, ROOT, SPECS

__all__ = [
    "PRISM_INSTALL",
    "WRK_INSTALL",
    "Server",
    "free_port",
    "prism_binary",
    "start_prism",
    "start_simulator",
    "wait_for_port",
    "wrk_binary",
]


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, deadline: float) -> bool:
    """Wait until something accepts connections on ``port``."""
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return True
        time.sleep(0.1)
    return False


@dataclass
class Server:
    """A benchmark server process on a loopback port."""

    name: str
    port: int
    proc: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        """CPU time the process has used so far (user + system)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """Stop the process (only this one)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _start(name: str, command: list[str], port: int, *, startup: float) -> Server:
    """Run ``command`` quietly as server ``name``, once it accepts connections on ``port``.

    A server not listening within ``startup`` seconds is stopped, and RuntimeError says so.
    """
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = Server(name, port, proc)
    if not wait_for_port(port, time.monotonic() + startup):
        server.stop()
        raise RuntimeError(f"the {name} did not start within {startup:g} s")
    return server


def start_simulator(vendor: str) -> Server:
    """``ticket-sim VENDOR`` on a free port (uvicorn, one process)."""
    port = free_port()
    command = [PYTHON, "-m", "ticket_simulators", vendor, "--port", str(port)]
    return _start(f"{vendor} simulator", command, port, startup=60)


PRISM_INSTALL = "npm install --prefix .bench-tools @stoplight/prism-cli"
WRK_INSTALL = "apt-get install wrk"


def prism_binary() -> tuple[Path | None, str]:
    """Prism's launcher: ``prism`` on PATH, or one installed into ``.bench-tools/``.

    Never installed from here: when missing, the reason carries the install command.
    """
    found = shutil.which("prism")
    if found:
        return Path(found), ""
    local = ROOT / ".bench-tools" / "node_modules" / ".bin" / "prism"
    if local.exists():
        return local, ""
    return None, f"Prism not found; install it with: {PRISM_INSTALL}"


def start_prism(binary: Path, spec: str) -> Server:
    """Prism in mock mode serving ``specs/<spec>`` on a free port, logging errors only."""
    port = free_port()
    # Prism takes seconds to start where a simulator takes a fraction of one.
    return _start(
        f"prism {spec}",
        [str(binary), "mock", str(SPECS / spec), "-p", str(port), "-h", "127.0.0.1", "-v", "error"],
        port,
        startup=90,
    )


def wrk_binary() -> tuple[str | None, str]:
    """wrk on PATH; when missing, the reason carries the install command."""
    found = shutil.which("wrk")
    if found:
        return found, ""
    return None, f"wrk not found; install it with: {WRK_INSTALL}"
