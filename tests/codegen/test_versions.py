"""Versions and pins: no requirement on a workspace package can resolve to the public index."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tests.codegen.test_regenerate import load_script

ROOT = Path(__file__).resolve().parents[2]


def project(folder: Path) -> dict[str, Any]:
    table: dict[str, Any] = tomllib.loads((folder / "pyproject.toml").read_text())["project"]
    return table


def test_every_package_carries_a_local_label_and_every_pin_is_exact() -> None:
    pins = load_script().workspace_pins
    members = pins.members(ROOT)
    names = {m.name for m in members}
    assert {"ticket-overlays", "ticket-simulators", "rezolve-client"} <= names
    assert pins.local_label_problems(members) == []
    assert pins.drift(ROOT, members) == []
    # What drift() promises, checked directly: each requirement on a member (in a member
    # or a consumer) is `==` that member's exact version, which carries a local label.
    versions = {m.name: m.version for m in members}
    consumers = [m.path for m in members] + [ROOT / c for c in pins.CONSUMERS]
    pinned = 0
    for folder in consumers:
        pyproject = tomllib.loads((folder / "pyproject.toml").read_text())
        for written in pins.requirements(pyproject):
            requirement = Requirement(written)
            if requirement.name in versions:
                assert str(requirement.specifier) == f"=={versions[requirement.name]}"
                assert Version(versions[requirement.name]).local
                pinned += 1
    assert pinned >= 6  # the overlays' four clients, the examples' overlays and simulators


def test_a_generated_version_is_the_spec_version_plus_a_label() -> None:
    regen = load_script()
    for vendor in regen.VENDORS.values():
        version = Version(project(vendor.target)["version"])
        assert version.public == str(Version(regen.load_spec(vendor.spec_path)["info"]["version"]))
        assert version.local
        assert version.local.startswith("spec.")


def test_a_changed_spec_changes_the_version_and_the_pins_follow(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor = regen.VENDORS["rezolve"]
    before = project(vendor.target)["version"]
    spec = vendor.spec_path
    spec.write_text(spec.read_text().replace("  title: ", "  title: Changed ", 1))
    assert regen.run(regen.select(["rezolve"]), check=False) == 0
    after = project(vendor.target)["version"]
    assert after != before
    assert Version(after).public == Version(before).public
    overlays = project(regen.WORKSPACE / "overlays")["dependencies"]
    assert f"rezolve-client=={after}" in overlays
    assert regen.relocks == [True]
    assert f"rezolve-client=={before}' -> 'rezolve-client=={after}'" in capsys.readouterr().out
    assert regen.run(regen.select(["rezolve"]), check=True) == 0


def test_check_fails_on_a_stale_pin(regen: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    pyproject = regen.WORKSPACE / "overlays" / "pyproject.toml"
    version = project(regen.VENDORS["rezolve"].target)["version"]
    text = pyproject.read_text()
    pyproject.write_text(text.replace(f"rezolve-client=={version}", "rezolve-client"))
    assert regen.run(regen.select(["rezolve"]), check=True) == 1
    out = capsys.readouterr().out
    stale = f"stale pin in overlays/pyproject.toml: 'rezolve-client' -> 'rezolve-client=={version}'"
    assert stale in out
    assert "never edit generated/" in out
    assert "rezolve-client" in pyproject.read_text()  # --check never writes
    assert f"rezolve-client=={version}" not in pyproject.read_text()
