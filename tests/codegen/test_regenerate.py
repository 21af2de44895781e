"""scripts/regenerate.py: drift check, safe swap, readable change report."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "regenerate.py"


def load_script() -> ModuleType:
    # The script imports its sibling modules, as it does when run from scripts/.
    if str(SCRIPT.parent) not in sys.path:
        sys.path.insert(0, str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("regenerate", SCRIPT)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate"] = module
    spec.loader.exec_module(module)
    return module


def tree(path: Path) -> dict[str, bytes]:
    return {
        p.relative_to(path).as_posix(): p.read_bytes()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_check_is_clean_on_main() -> None:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "unchanged" in proc.stdout


def test_check_reports_a_hand_edit(regen: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    client = regen.GENERATED / "rezolve-client" / "rezolve_client" / "client.py"
    client.write_text(client.read_text() + "\n# hand edit\n")
    assert regen.run(regen.select(["rezolve"]), check=True) == 1
    out = capsys.readouterr().out
    assert "+# hand edit" not in out
    assert "-# hand edit" in out
    assert "never edit generated/" in out
    # --check never writes.
    assert "# hand edit" in client.read_text()


def test_failed_generation_leaves_generated_untouched(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(regen.GENERATED)
    spec = regen.SPECS / "rezolve.yaml"
    spec.write_text(
        spec.read_text().replace(
            '$ref: "#/components/schemas/Ticket"\n', '$ref: "#/components/schemas/Nope"\n'
        )
    )
    assert regen.run(regen.select(["rezolve"]), check=False) == 1
    assert "rezolve: the spec is broken; generated/ left untouched" in capsys.readouterr().out
    assert tree(regen.GENERATED) == before


def test_spec_edit_is_swapped_in_and_reported(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = regen.SPECS / "rezolve.yaml"
    text = spec.read_text().replace(
        "    TicketTypePage:\n",
        "    AuditNote:\n      type: object\n      description: A note.\n"
        "      properties:\n        text:\n          type: string\n"
        "    TicketTypePage:\n",
    )
    text = text.replace(
        "        ticketTypeId:\n",
        '        auditNote:\n          $ref: "#/components/schemas/AuditNote"\n'
        "        ticketTypeId:\n",
    )
    spec.write_text(text)
    assert regen.run(regen.select(["rezolve"]), check=False) == 0
    out = capsys.readouterr().out
    assert "+ name models.AuditNote" in out
    assert "+ file rezolve_client/models/audit_note.py" in out
    assert (regen.GENERATED / "rezolve-client/rezolve_client/models/audit_note.py").is_file()
    # A second run finds nothing to do.
    assert regen.run(regen.select(["rezolve"]), check=False) == 0
    assert "rezolve: unchanged" in capsys.readouterr().out


def test_unknown_vendor_is_refused(regen: ModuleType) -> None:
    with pytest.raises(SystemExit, match="unknown vendor"):
        regen.select(["nope"])


@pytest.mark.parametrize(
    "package",
    ["rezolve_client", "forcepoint_dlp_client", "sentinelone_client", "superoffice_client"],
)
def test_generated_package_imports(package: str) -> None:
    module = importlib.import_module(package)
    assert hasattr(module, "Client")
    assert hasattr(module, "AuthenticatedClient")


def stamp(regen: ModuleType, *keys: str) -> None:
    """Record the vendors as generated from their current inputs, as a run would."""
    stamps = {
        key: {
            "inputs": regen.inputs_key(regen.VENDORS[key]),
            "tree": regen.tree_key(regen.VENDORS[key].target),
        }
        for key in keys
    }
    regen._write_stamps(stamps)


def test_a_run_records_what_it_generated_and_the_next_run_skips_it(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regen.run(regen.select(["rezolve"]), check=False) == 0
    assert "skipped" not in capsys.readouterr().out
    assert regen.up_to_date(regen.VENDORS["rezolve"], regen._read_stamps())
    assert regen.run(regen.select(["rezolve"]), check=False) == 0
    out = capsys.readouterr().out
    assert "rezolve: unchanged (skipped: spec, config, templates and generator unchanged)" in out


def test_skip_names_each_vendor_it_skipped(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    stamp(regen, *regen.VENDORS)
    assert regen.run(regen.select([]), check=False) == 0
    out = capsys.readouterr().out
    for key in regen.VENDORS:
        assert f"{key}: unchanged (skipped" in out


@pytest.mark.parametrize("change", ["spec", "config", "template", "generator", "hand edit"])
def test_any_changed_input_or_hand_edit_defeats_the_skip(
    regen: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, change: str
) -> None:
    vendor = regen.VENDORS["rezolve"]
    if change == "config":
        config = tmp_path / "generator.yaml"
        shutil.copy(regen.GENERATOR_CONFIG, config)
        monkeypatch.setattr(regen, "GENERATOR_CONFIG", config)
    if change == "template":
        templates = tmp_path / "templates"
        shutil.copytree(ROOT / "specs" / "templates", templates)
        monkeypatch.setattr(regen, "TEMPLATES", templates)
    stamp(regen, "rezolve")
    assert regen.up_to_date(vendor, regen._read_stamps())
    if change == "spec":
        vendor.spec_path.write_text(vendor.spec_path.read_text() + "\n# edited\n")
    elif change == "config":
        config.write_text(config.read_text() + "\n# edited\n")
    elif change == "template":
        first = sorted(templates.glob("*.jinja"))[0]
        first.write_text(first.read_text() + "\n")
    elif change == "generator":
        real = regen._version
        monkeypatch.setattr(
            regen, "_version", lambda d: "0.0.1" if d == "openapi-python-client" else real(d)
        )
    else:
        client = vendor.target / "rezolve_client" / "client.py"
        client.write_text(client.read_text() + "\n# hand edit\n")
    assert not regen.up_to_date(vendor, regen._read_stamps())


def test_check_never_trusts_the_record(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    client = regen.GENERATED / "rezolve-client" / "rezolve_client" / "client.py"
    client.write_text(client.read_text() + "\n# hand edit\n")
    # A record claiming the edited tree is what the inputs produce: --check ignores it.
    stamp(regen, "rezolve")
    assert regen.run(regen.select(["rezolve"]), check=True) == 1
    out = capsys.readouterr().out
    assert "skipped" not in out
    assert "-# hand edit" in out
