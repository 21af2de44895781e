"""The ``regen`` fixture: scripts/regenerate.py pointed at a scratch copy of the workspace."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.codegen.test_regenerate import ROOT, load_script


@pytest.fixture
def regen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The script, pointed at a scratch copy of specs/, generated/ and the pyproject files."""
    module = load_script()
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    generated = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", generated, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(module, "SPECS", specs)
    monkeypatch.setattr(module, "GENERATED", generated)
    monkeypatch.setattr(module, "SCRATCH", tmp_path / "scratch")
    # The workspace whose pins a run keeps in step: the members' and the consumers'
    # pyproject files, copied; uv.lock is not refreshed (the calls are recorded).
    projects = [m.path for m in module.workspace_pins.members(ROOT)]
    projects += [ROOT / c for c in module.workspace_pins.CONSUMERS]
    for folder in [ROOT, *projects]:
        source = folder / "pyproject.toml"
        copy = tmp_path / folder.relative_to(ROOT) / "pyproject.toml"
        if source.is_file() and not copy.exists():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, copy)
    monkeypatch.setattr(module, "WORKSPACE", tmp_path)
    relocks: list[bool] = []
    monkeypatch.setattr(module, "relocks", relocks, raising=False)

    def relock() -> bool:
        relocks.append(True)
        return True

    monkeypatch.setattr(module, "relock", relock)
    return module
