"""The documents as package data: ticket-bindings-specs, from the workspace and as built."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest
from ticket_bindings_specs import VENDORS, load_spec, spec_path
from ticket_bindings_specs.cli import main
from ticket_simulators.vendors import VENDORS as REGISTRY

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


def test_every_registered_vendor_has_its_document():
    assert set(VENDORS) == set(REGISTRY)
    for name, vendor in REGISTRY.items():
        assert VENDORS[name] == vendor.spec
        assert spec_path(name).read_bytes() == (SPECS / vendor.spec).read_bytes()


def test_load_spec_gives_a_fresh_dict_each_time():
    first = load_spec("forcepoint_dlp")
    assert first["info"]["title"] == "Forcepoint DLP REST API"
    first["info"]["title"] = "changed"
    assert load_spec("forcepoint-dlp")["info"]["title"] == "Forcepoint DLP REST API"


def test_an_unknown_vendor_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown vendor 'zendesk'; expected one of rezolve"):
        spec_path("zendesk")


def test_command_prints_the_paths(capsys):
    assert main(["path", "superoffice"]) == 0
    assert Path(capsys.readouterr().out.strip()) == spec_path("superoffice")
    assert main(["config"]) == 0
    config = Path(capsys.readouterr().out.strip())
    assert config.name == "schemathesis.toml"
    assert 'hooks = "ticket_bindings_specs.contract.hooks"' in config.read_text()


def test_built_wheel_and_sdist_carry_the_documents(tmp_path):
    """`uv build` makes the sdist, then the wheel from it (no repository at hand)."""
    # `uv run` names its own executable in UV.
    uv = os.environ.get("UV") or shutil.which("uv")
    assert uv is not None, "run the suite with `uv run`, or put uv on PATH"
    subprocess.run(
        [uv, "build", str(ROOT / "specs-package"), "--out-dir", str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("*.whl")
    (sdist,) = tmp_path.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        for name in VENDORS.values():
            data = archive.read(f"ticket_bindings_specs/openapi/{name}")
            assert data == (SPECS / name).read_bytes(), name
        assert "ticket_bindings_specs/contract/schemathesis.toml" in archive.namelist()
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    root = sdist.name.removesuffix(".tar.gz")
    for name in VENDORS.values():
        assert f"{root}/src/ticket_bindings_specs/openapi/{name}" in names
