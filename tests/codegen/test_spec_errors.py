"""scripts/regenerate.py tells a spec author what is wrong, where, and what to do."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.codegen.test_regenerate import tree

ROOT = Path(__file__).resolve().parents[2]
REF = '$ref: "#/components/schemas/Ticket"\n'


def break_spec(regen: ModuleType, old: str, new: str) -> Path:
    spec: Path = regen.SPECS / "rezolve.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))
    return spec


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


@pytest.mark.parametrize("check", [False, True])
def test_yaml_error_names_the_file_and_line(
    regen: ModuleType, capsys: pytest.CaptureFixture[str], check: bool
) -> None:
    before = tree(regen.GENERATED)
    spec = break_spec(regen, "    TicketTypePage:\n", "    TicketTypePage: [\n")
    assert regen.run(regen.select(["rezolve"]), check=check) == 1
    out = capsys.readouterr().out
    found = re.search(r"^specs/rezolve.yaml:(\d+):\d+: invalid YAML: while parsing", out, re.M)
    assert found, out
    # YAML notices the error a few lines on, where the open bracket meets a key.
    broken = line_of(spec, "TicketTypePage: [")
    assert broken <= int(found.group(1)) <= broken + 3
    assert tree(regen.GENERATED) == before


def test_bad_ref_names_the_missing_target_and_where_it_is(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = break_spec(regen, REF, '$ref: "#/components/schemas/Nope"\n')
    assert regen.run(regen.select(["rezolve"]), check=False) == 1
    out = capsys.readouterr().out
    line = line_of(spec, "#/components/schemas/Nope")
    assert f"\nspecs/rezolve.yaml:{line}:" in out
    assert "$ref '#/components/schemas/Nope' does not resolve" in out
    assert "no 'Nope' under #/components/schemas" in out


def test_generator_messages_show_values_not_object_reprs(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    # A response the generator cannot use: its own warning names the status code.
    break_spec(
        regen,
        '        "200":\n          description: The ticket was updated',
        '        "299":\n          description: Odd.\n          content:\n'
        "            application/x-odd:\n              schema:\n                type: string\n"
        '        "200":\n          description: The ticket was updated',
    )
    assert regen.run(regen.select(["rezolve"]), check=False) == 1
    out = capsys.readouterr().out
    assert "Cannot parse response for status code '299'" in out
    assert "object at 0x" not in out


def test_check_on_a_broken_spec_says_the_spec_is_broken(
    regen: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    break_spec(regen, REF, '$ref: "#/components/schemas/Nope"\n')
    assert regen.run(regen.select(["rezolve"]), check=True) == 1
    out = capsys.readouterr().out
    assert "rezolve: the spec is broken" in out
    assert "regenerating alone will not help" in out
    # Regenerating is not the advice for a spec that cannot be generated from.
    assert "run `python scripts/regenerate.py`" not in out


def uv() -> list[str]:
    found = os.environ.get("UV") or shutil.which("uv")
    return [found] if found else ["python3", "-m", "uv"]


def test_generated_clients_build_without_a_uv_warning(tmp_path: Path) -> None:
    # The build backend pin in the generated pyproject must include the uv in use, or
    # every build and sync after a regeneration warns about it.
    client = ROOT / "generated" / "rezolve-client"
    proc = subprocess.run(
        [*uv(), "build", "--wheel", "--out-dir", str(tmp_path), str(client)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr.lower(), proc.stderr
    assert list(tmp_path.glob("rezolve_client-*.whl"))
