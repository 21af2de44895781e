"""``scripts/drift.py``, loaded as a module for the tests that drive it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "drift.py"


def load_drift() -> ModuleType:
    """Import the script as the module ``drift`` (registered, as its dataclasses need)."""
    spec = importlib.util.spec_from_file_location("drift", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["drift"] = module
    spec.loader.exec_module(module)
    return module
