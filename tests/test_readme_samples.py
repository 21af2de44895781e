"""The README's Python samples run, in order, against simulators served on loopback (the
simulators' own ``<vendor>_sim_server`` fixtures), and every README's samples (this
repository's and each generated client's) pass mypy --strict."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from ticket_overlays import forcepoint_dlp
from ticket_simulators import ServedSimHandle, SimHandle
from ticket_simulators.rezolve import create_app as create_rezolve

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
# What the generated clients' samples take as given (a user's own values).
GIVEN = ["base_url", "jwt", "tenant_id", "realm", "api_token", "username", "password"]
GIVEN += ["ticket", "access_token"]


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


@pytest.fixture
def run_section() -> Iterator[Any]:
    """Runs a README section's Python blocks in one namespace; closes what they opened."""
    namespaces: list[dict[str, Any]] = []

    def run(title: str) -> dict[str, Any]:
        blocks = re.findall(r"```python\n(.+?)```", section(title), flags=re.S)
        assert blocks, f"no samples in {title}"
        namespace: dict[str, Any] = {"__name__": "readme"}
        namespaces.append(namespace)
        for block in blocks:
            exec(compile(block, str(README), "exec"), namespace)
        return namespace

    yield run
    for namespace in namespaces:
        if "client" in namespace:
            namespace["client"].get_httpx_client().close()


def test_rezolve_samples(
    rezolve_sim_server: ServedSimHandle, monkeypatch: pytest.MonkeyPatch, run_section: Any
) -> None:
    tenant = rezolve_sim_server.seed["tenants"][0]
    monkeypatch.setenv("REZOLVE_BASE_URL", rezolve_sim_server.base_url)
    monkeypatch.setenv("REZOLVE_TOKEN", rezolve_sim_server.mint_token())
    monkeypatch.setenv("REZOLVE_TENANT_ID", tenant["id"])
    monkeypatch.setenv("REZOLVE_REALM", tenant["realm"])
    namespace = run_section("Rezolve.ai ticketing")
    # The samples really wrote to the simulator.
    ticket = namespace["rezolve"].get_ticket(namespace["client"], "REQ-0509")
    assert ticket.data[namespace["description"]] == ("<p>Laptop shipped.</p><p>Courier booked.</p>")
    # The fixture sample is a test of its own: run it with a fresh in-process simulator.
    handle = SimHandle(create_rezolve(), "http://rezolve.sim")
    try:
        namespace["test_my_integration"](handle)
    finally:
        handle.close()


def test_forcepoint_samples(
    forcepoint_dlp_sim_server: ServedSimHandle, monkeypatch: pytest.MonkeyPatch, run_section: Any
) -> None:
    account = forcepoint_dlp_sim_server.seed["accounts"][0]
    monkeypatch.setenv("FORCEPOINT_BASE_URL", forcepoint_dlp_sim_server.base_url)
    monkeypatch.setenv("FORCEPOINT_USERNAME", account["username"])
    monkeypatch.setenv("FORCEPOINT_PASSWORD", account["password"])
    namespace = run_section("Forcepoint DLP incidents")
    assert len(namespace["incidents"]) > 10
    assert namespace["result"].unprocessed_ids == []
    tagged = forcepoint_dlp.fetch_incidents(
        namespace["client"], datetime(2021, 10, 1), datetime(2021, 10, 7, 23, 59, 59)
    )
    assert {i.tag for i in tagged} == {"reviewed"}


def test_superoffice_samples(
    superoffice_sim_server: ServedSimHandle, monkeypatch: pytest.MonkeyPatch, run_section: Any
) -> None:
    user = superoffice_sim_server.seed["users"][0]
    context = superoffice_sim_server.seed["context"]
    monkeypatch.setenv("SUPEROFFICE_BASE_URL", f"{superoffice_sim_server.base_url}/{context}")
    monkeypatch.setenv("SUPEROFFICE_USERNAME", user["username"])
    monkeypatch.setenv("SUPEROFFICE_PASSWORD", user["password"])
    namespace = run_section("SuperOffice tickets")
    assert namespace["result"].attempts == 1


def test_sentinelone_samples(
    sentinelone_sim_server: ServedSimHandle, monkeypatch: pytest.MonkeyPatch, run_section: Any
) -> None:
    writer = next(
        t for t in sentinelone_sim_server.seed["tokens"] if t["write"] and not t["account_ids"]
    )
    monkeypatch.setenv("SENTINELONE_BASE_URL", sentinelone_sim_server.base_url)
    monkeypatch.setenv("SENTINELONE_TOKEN", writer["token"])
    namespace = run_section("SentinelOne threats")
    assert len(namespace["ids"]) == 5
    assert namespace["affected"] == 5
    assert namespace["result"].affected == 5
    linked = list(
        namespace["sentinelone"].iter_threats(namespace["client"], {"ids": namespace["ids"]})
    )
    assert {t.threat_info.external_ticket_id for t in linked} == {"INC0012345"}
    assert {str(t.threat_info.incident_status) for t in linked} == {"in_progress"}


def python_blocks(readme: Path) -> dict[str, str]:
    """Each section's Python samples joined into one module, by section title."""
    text = readme.read_text(encoding="utf-8")
    modules = {}
    for match in re.finditer(r"\n## (.+?)\n(.*?)(?=\n## |\Z)", text, flags=re.S):
        blocks = re.findall(r"```python\n(.+?)```", match.group(2), flags=re.S)
        if blocks:
            modules[match.group(1)] = "\n".join(blocks)
    return modules


def test_every_readme_sample_passes_mypy_strict(tmp_path: Path) -> None:
    files = []
    readmes = [README, *sorted((ROOT / "generated").glob("*/README.md"))]
    for readme in readmes:
        prelude = "" if readme == README else "".join(f"{name}: str\n" for name in GIVEN)
        for title, code in python_blocks(readme).items():
            name = re.sub(r"\W+", "_", f"{readme.parent.name}_{title}".lower())
            path = tmp_path / f"sample_{name}.py"
            path.write_text(prelude + code, encoding="utf-8")
            files.append(path)
    assert len(files) >= len(readmes) + 4  # the four vendors' sections at least
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file=", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
