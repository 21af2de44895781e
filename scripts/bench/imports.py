"""Import: cold import of each generated package against ``import httpx``."""

from __future__ import annotations

import subprocess

from .common import PYTHON, VENDORS
from .results import Row, median, paired

__all__ = ["bench_import"]


def _import_seconds(module: str) -> float:
    code = (
        "import time\nstart = time.perf_counter()\n"
        f"import {module}\nprint(time.perf_counter() - start)\n"
    )
    proc = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    return float(proc.stdout.strip())


def bench_import(quick: bool) -> list[Row]:
    """Cold import (a fresh interpreter) of each generated package against httpx."""
    rounds = 1 if quick else 11
    rows = []
    for package in (vendor.client_package for vendor in VENDORS.values()):
        _import_seconds(package)  # compile the bytecode once
        mine, theirs, ratios = paired(
            lambda p=package: _import_seconds(p) * 1e3,  # type: ignore[misc]
            lambda: _import_seconds("httpx") * 1e3,
            rounds,
        )
        rows.append(
            Row(
                f"import {package}",
                median(mine),
                median(theirs),
                "ms",
                ratios,
                "<= 1.50x",
                median(ratios) <= 1.5,
                note="baseline: import httpx",
            )
        )
    return rows
