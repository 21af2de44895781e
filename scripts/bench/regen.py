"""Regeneration: scripts/regenerate.py against bare openapi-python-client runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from .common import PYTHON, REGENERATE, ROOT, SPECS, VENDORS
from .results import Row, median, paired

__all__ = ["bench_regen"]


def _bare_generate(key: str, outdir: Path) -> float:
    """Seconds for one bare ``openapi-python-client generate`` run (post hooks included)."""
    vendor = VENDORS[key]
    spec, project, package = vendor.spec, vendor.client_project, vendor.client_package
    config = yaml.safe_load((SPECS / "generator.yaml").read_text(encoding="utf-8")) or {}
    config["project_name_override"] = project
    config["package_name_override"] = package
    config_path = outdir / f"{key}.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    output = outdir / project
    shutil.rmtree(output, ignore_errors=True)
    command = [
        PYTHON,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(SPECS / spec),
        "--meta",
        "uv",
        "--config",
        str(config_path),
        "--output-path",
        str(output),
        "--custom-template-path",
        str(SPECS / "templates"),
        "--fail-on-warning",
    ]
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(PYTHON).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"bare generation of {key} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def _timed(command: Sequence[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed, proc.stdout


def bench_regen(quick: bool) -> list[Row]:
    """Full regeneration and the no-change run against the sum of bare generator runs."""
    rounds = 1 if quick else 3
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        outdir = Path(tmp)

        def bare_sum() -> float:
            return sum(_bare_generate(key, outdir) for key in VENDORS)

        def full() -> float:
            # --check always regenerates every client (it never trusts the skip record).
            return _timed([PYTHON, str(REGENERATE), "--check"])[0]

        mine, theirs, ratios = paired(full, bare_sum, rounds)
        rows = [
            Row(
                f"regenerate all 4 clients ({cores} cores)",
                median(mine),
                median(theirs),
                "s",
                ratios,
                "<= 0.70x",
                median(ratios) <= 0.70,
                note="baseline: sum of bare generator runs",
            )
        ]
        # Prime the skip record, then time runs with nothing to do.
        _, out = _timed([PYTHON, str(REGENERATE)])
        nochange = []
        for _ in range(2 if quick else 7):
            elapsed, out = _timed([PYTHON, str(REGENERATE)])
            nochange.append(elapsed)
        said = out.count("skipped")
        base = median(theirs)
        rows.append(
            Row(
                "regenerate, no spec changed",
                median(nochange),
                base,
                "s",
                [t / base for t in nochange],
                "< 1 s",
                median(nochange) < 1.0,
                note=f"skipped {said} of {len(VENDORS)}",
            )
        )
        return rows
