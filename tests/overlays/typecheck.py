"""Running mypy --strict on a snippet, for tests of what the type checker catches."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mypy_strict(path: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict over one file, as a user's CI would run it (no cache)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
