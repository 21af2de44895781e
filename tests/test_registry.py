"""Every vendor in the registry has each of its parts, named as the registry says.

"Adding a vendor" in the README lists these parts; a vendor added without one of them
fails here, naming what is missing.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest
from ticket_bindings_specs.contract import PROFILES as CONTRACT_PROFILES
from ticket_simulators.vendors import VENDORS, Vendor

ROOT = Path(__file__).resolve().parents[1]


def _pyproject(path: str) -> dict[str, object]:
    return tomllib.loads((ROOT / path / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("vendor", VENDORS.values(), ids=lambda v: v.name)
def test_each_layer_has_the_vendor(vendor: Vendor) -> None:
    assert (ROOT / "specs" / vendor.spec).is_file()
    assert (ROOT / "generated" / vendor.client_project / vendor.client_package).is_dir()
    importlib.import_module(vendor.client_package)
    overlay = importlib.import_module(vendor.overlay)
    assert callable(overlay.connect)
    simulator = importlib.import_module(vendor.simulator)
    assert callable(vendor.create_app)
    assert vendor.base_url.startswith("http")
    assert simulator.DOCUMENTED_PROFILE in vendor.profiles
    assert isinstance(simulator.DEPARTURES, dict)
    assert vendor.contract_profile in CONTRACT_PROFILES
    assert (ROOT / "tests" / "corpus" / f"{vendor.module}.yaml").is_file()
    assert (ROOT / "tests" / "corpus" / f"{vendor.module}_context.py").is_file()
    assert (ROOT / "scripts" / "bench" / "recipes" / f"{vendor.bench_recipe}.py").is_file()


@pytest.mark.parametrize("vendor", VENDORS.values(), ids=lambda v: v.name)
def test_the_workspace_installs_the_vendors_client(vendor: Vendor) -> None:
    root = _pyproject(".")
    dependencies = root["project"]["dependencies"]  # type: ignore[index]
    assert vendor.client_project in dependencies
    assert vendor.client_project in root["tool"]["uv"]["sources"]  # type: ignore[index]
    overlays = _pyproject("overlays")["project"]["dependencies"]  # type: ignore[index]
    assert any(r.startswith(f"{vendor.client_project}==") for r in overlays)


def test_nothing_vendor_shaped_is_left_out_of_the_registry() -> None:
    modules = {v.module for v in VENDORS.values()}
    simulators = ROOT / "simulators" / "src" / "ticket_simulators"
    assert {p.parent.name for p in simulators.glob("*/departures.py")} == modules
    assert {p.stem for p in (ROOT / "specs").glob("*.yaml")} - {"generator"} == modules
    assert {p.name for p in (ROOT / "generated").iterdir() if p.is_dir()} == {
        v.client_project for v in VENDORS.values()
    }
    assert {p.stem for p in (ROOT / "tests" / "corpus").glob("*.yaml")} == modules
