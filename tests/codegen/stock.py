"""A client generated with the generator's stock templates, driven in a fresh interpreter.

The canary tests of the template overrides show the bug an override works around: they
generate without the overrides, then call the stock client against a mocked server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def generate_stock(
    regen: ModuleType, vendor: Any, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Generate ``vendor``'s client (a ``regenerate.Vendor``) without the overrides.

    ``regen`` is the loaded regenerate script; the result is the generated project folder.
    """
    monkeypatch.setattr(regen, "_custom_templates", lambda: None)
    outcome = regen.generate(vendor, workdir)
    assert outcome.ok, outcome.log
    assert outcome.output is not None
    output: Path = outcome.output
    return output


def run_mocked(output: Path, package: str, base_url: str, *, handler: str, calls: str) -> str:
    """Run ``calls`` against ``package`` imported from ``output`` only; what they print.

    ``calls`` use ``client``, the package's ``Client`` whose every request is answered by
    ``handler``, the body of a function of ``request``. The run must succeed.
    """
    script = "\n".join(
        [
            "import httpx",
            f"import {package}",
            f"from {package} import Client",
            f"assert {package}.__file__.startswith({str(output)!r})",
            "def handler(request):",
            textwrap.indent(textwrap.dedent(handler).strip(), "    "),
            f"client = Client(base_url={base_url!r})",
            "client.set_httpx_client(",
            f"    httpx.Client(base_url={base_url!r}, transport=httpx.MockTransport(handler))",
            ")",
            textwrap.dedent(calls),
        ]
    )
    env = {**os.environ, "PYTHONPATH": str(output)}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout
