"""The README's Python samples run, in order, against a simulator served on loopback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.rezolve import create_app as create_rezolve

README = Path(__file__).resolve().parents[1] / "README.md"


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def python_blocks(title: str) -> list[str]:
    return re.findall(r"```python\n(.+?)```", section(title), flags=re.S)


@pytest.fixture
def rezolve_server() -> Iterator[ServedSimHandle]:
    server = ServedSimHandle(create_rezolve())
    try:
        yield server
    finally:
        server.stop()


def test_rezolve_samples(rezolve_server: ServedSimHandle, monkeypatch: pytest.MonkeyPatch) -> None:
    tenant = rezolve_server.seed["tenants"][0]
    monkeypatch.setenv("REZOLVE_BASE_URL", rezolve_server.base_url)
    monkeypatch.setenv("REZOLVE_TOKEN", rezolve_server.mint_token())
    monkeypatch.setenv("REZOLVE_TENANT_ID", tenant["id"])
    monkeypatch.setenv("REZOLVE_REALM", tenant["realm"])
    blocks = python_blocks("Rezolve.ai ticketing")
    assert len(blocks) >= 5
    namespace: dict[str, Any] = {"__name__": "readme"}
    try:
        for block in blocks:
            exec(compile(block, str(README), "exec"), namespace)
        # The samples really wrote to the simulator.
        ticket = namespace["rezolve"].get_ticket(namespace["client"], "REQ-0509")
        assert ticket.data[namespace["description"]] == (
            "<p>Laptop shipped.</p><p>Courier booked.</p>"
        )
    finally:
        if "client" in namespace:
            namespace["client"].get_httpx_client().close()
    # The fixture sample is a test of its own: run it with a fresh in-process simulator.
    handle = SimHandle(create_rezolve(), "http://rezolve.sim")
    try:
        namespace["test_my_integration"](handle)
    finally:
        handle.close()
