"""`st run` with the shipped configuration, as a user runs it, against served simulators.

Each run is a subprocess of schemathesis' own command line, pointed at a simulator the
session serves on loopback: it must pass, and its JUnit report must name every
operation of the document. A run whose credentials are refused, or that has none, must
fail. The budget is small (a few examples per operation, no coverage phase) to keep the
suite fast; the documented command runs every phase.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ticket_bindings_specs import VENDORS, load_spec, spec_path
from ticket_bindings_specs.contract import PROFILES, config_path

# Strict simulators: the spec transcribes the documents, so its negative checks hold there.
pytestmark = pytest.mark.ticket_sim(strict=True)

ST = Path(sys.executable).with_name("st")
BUDGET = ["--max-examples", "3", "--phases", "examples,fuzzing,stateful", "--seed", "1"]
# A run expected to fail need not go far to show it.
FAILING = ["--max-examples", "1", "--phases", "examples,fuzzing"]


def st_run(vendor: str, base_url: str, cwd: Path, *extra: str, env: dict[str, str] | None = None):
    """``st --config-file <shipped> run <document> --url <base_url> ...`` run in ``cwd``.

    Schemathesis keeps a cache of past failures in its working directory and replays
    them first: each run gets its own, so no run depends on another.
    """
    command = [str(ST), "--config-file", str(config_path()), "run", str(spec_path(vendor))]
    # Only the variables a user's shell would have: no live-tenant settings leak in.
    clean = {k: v for k, v in os.environ.items() if "_LIVE_" not in k}
    return subprocess.run(
        [*command, "--url", base_url, "--workers", "1", *BUDGET, *extra],
        env={**clean, "NO_COLOR": "1", **(env or {})},
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def operation_labels(vendor: str) -> set[str]:
    document = load_spec(vendor)
    return {
        f"{method.upper()} {path}"
        for path, item in document["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    }


@pytest.fixture(params=sorted(VENDORS))
def served(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(vendor, base URL of its simulator served on loopback, freshly reset)."""
    vendor: str = request.param
    handle = request.getfixturevalue(f"{vendor.replace('-', '_')}_sim_server")
    return vendor, handle.base_url


def test_shipped_configuration_passes_and_tests_every_operation(served, tmp_path):
    vendor, base_url = served
    junit = tmp_path / "junit.xml"
    run = st_run(vendor, base_url, tmp_path, "--report", "junit", "--report-junit-path", str(junit))
    assert run.returncode == 0, run.stdout[-4000:]
    report = ET.parse(junit).getroot()
    cases = {str(case.get("name")): case for case in report.iter("testcase")}
    assert operation_labels(vendor) <= set(cases), sorted(cases)
    for name, case in cases.items():
        assert not list(case), f"{name}: {ET.tostring(case, encoding='unicode')[:2000]}"


@pytest.mark.parametrize("vendor", ["rezolve", "forcepoint-dlp"])
def test_refused_credentials_fail_the_run(vendor, request, tmp_path):
    """Credentials from the environment that the server refuses: every case fails."""
    handle = request.getfixturevalue(f"{vendor.replace('-', '_')}_sim_server")
    profile = PROFILES[vendor]
    # Refused tokens or passwords, with whatever else the vendor needs beside them.
    junk = {f"{profile.live_prefix}_{name}": "not-a-credential" for name in profile.live_variables}
    secret = "token-the-server-refuses"
    junk[
        f"{profile.live_prefix}_{'PASSWORD' if 'PASSWORD' in profile.live_variables else 'TOKEN'}"
    ] = secret
    run = st_run(vendor, handle.base_url, tmp_path, *FAILING, env=junk)
    assert run.returncode == 1, run.stdout[-4000:]
    if vendor == "forcepoint-dlp":
        # The login itself is refused: the run stops there, saying so.
        assert "refresh-token refused for 'not-a-credential': 403" in run.stdout
    else:
        assert "valid request refused for authentication (401)" in run.stdout
        assert "every answer (2 operations) refused the credentials (401)" in run.stdout
    assert secret not in run.stdout + run.stderr


class RefuseEverything(BaseHTTPRequestHandler):
    """A server that is no simulator and wants credentials for everything."""

    def refuse(self) -> None:
        self.send_response(401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.refuse()

    def do_POST(self) -> None:
        self.refuse()

    def do_PATCH(self) -> None:
        self.refuse()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def not_a_simulator():
    server = ThreadingHTTPServer(("127.0.0.1", 0), RefuseEverything)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_a_run_without_credentials_fails(not_a_simulator, tmp_path):
    """No live variables and no simulator at --url: the run fails and says what to set."""
    run = st_run("superoffice", not_a_simulator, tmp_path, *FAILING)
    assert run.returncode == 1, run.stdout[-4000:]
    assert "Authentication Error" in run.stdout
    assert "is not a ticket-sim simulator (POST /__sim__/tokens answered 401)" in run.stdout
    assert "for a live tenant set SUPEROFFICE_LIVE_TOKEN" in run.stdout
