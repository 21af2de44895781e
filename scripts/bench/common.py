"""Paths and the vendor registry, shared by every section."""

from __future__ import annotations

import sys
from pathlib import Path

from ticket_simulators.vendors import VENDORS

__all__ = ["PYTHON", "REGENERATE", "ROOT", "SPECS", "VENDORS"]

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
REGENERATE = ROOT / "scripts" / "regenerate.py"
PYTHON = sys.executable
