"""The README's "Options, errors and logging" samples run against a served simulator.

(``tests/test_readme_samples.py`` type-checks every README sample with mypy --strict.)"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.rezolve import DOC_TICKET_ID, create_app

README = Path(__file__).resolve().parents[2] / "README.md"
TITLE = "Options, errors and logging"


def blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {TITLE}\n")
    end = text.index("\n## ", start + 1)
    found = re.findall(r"```python\n(.+?)```", text[start:end], flags=re.S)
    assert len(found) >= 3, "the section lost its samples"
    return found


@pytest.fixture
def rezolve_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ServedSimHandle]:
    server = ServedSimHandle(create_app())
    tenant = server.seed["tenants"][0]
    monkeypatch.setenv("REZOLVE_BASE_URL", server.base_url)
    monkeypatch.setenv("REZOLVE_TOKEN", server.mint_token())
    monkeypatch.setenv("REZOLVE_TENANT_ID", tenant["id"])
    monkeypatch.setenv("REZOLVE_REALM", tenant["realm"])
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    try:
        yield server
    finally:
        server.stop()


def test_the_samples_run(
    rezolve_server: ServedSimHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, Any] = {"__name__": "readme"}
    http_logger = logging.getLogger("ticket_overlays.http")
    level = http_logger.level
    try:
        for block in blocks():
            exec(compile(block, str(README), "exec"), namespace)
    finally:
        http_logger.setLevel(level)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == DOC_TICKET_ID
    # The per-call header won over the derived client's; the original client sends none.
    traced = [entry.headers.get("x-trace-id") for entry in rezolve_server.requests]
    assert traced == ["one-call", None, None]
    status, code, _request_id, raw = out[1].split(" ", 3)
    assert status == "404"
    assert raw.startswith("{")
    assert code != "None" or "not found" in raw.lower()
    assert out[2].startswith("200 ")
    nightly, client = namespace["nightly"], namespace["client"]
    assert nightly.get_httpx_client().timeout.read == 60.0
    assert client.get_httpx_client().timeout.read == 10.0
    client.get_httpx_client().close()
