"""Hand-written code is mypy-strict and ruff clean; generated code type-checks strictly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = sorted(p for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").is_file())


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_mypy_strict_on_hand_written_and_generated_code() -> None:
    # One mypy process checks everything: the configured hand-written roots (strict,
    # from pyproject.toml) and each generated package.
    packages = [arg for p in GENERATED for arg in ("-p", p.name.replace("-", "_"))]
    proc = run("mypy", "overlays/src", "simulators/src", "scripts", "tests")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = run("mypy", "--strict", "--config-file=", *packages)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_clean() -> None:
    proc = run("ruff", "check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = run("ruff", "format", "--check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr
