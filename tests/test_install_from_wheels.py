"""The packages install from built wheels into a fresh environment, as README.md tells a user.

One test takes the steps of the README section "Using these packages in your project",
in order: build every workspace package (wheel and sdist), create a fresh virtual
environment, install the wheels and the example project with pip, import every package,
and run the example project's own tests against the simulators. A second test checks
that the README shows exactly those steps.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

from tests.codegen.test_regenerate import load_script

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SECTION = "Using these packages in your project"
# How the README writes the places the test chooses.
SHOWN = {"dist": "/path/to/ticket-bindings/dist", "venv": ".venv"}


def uv() -> list[str]:
    found = os.environ.get("UV") or shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def steps(dist: str, venv: str, wheels: list[str], modules: list[str]) -> list[list[str]]:
    """The commands after the build, each run in the user's project folder."""
    python = f"{venv}/bin/python"
    return [
        ["python", "-m", "venv", venv],
        [python, "-m", "pip", "install", "--find-links", dist, *wheels, ".[test]"],
        [python, "-c", f"import {', '.join(modules)}"],
        [python, "-m", "pytest"],
    ]


BUILD = ["python", "-m", "uv", "build", "--all-packages", "--out-dir", "dist"]


def shown_steps(modules: list[str]) -> list[str]:
    dist, venv = SHOWN["dist"], SHOWN["venv"]
    return [" ".join(BUILD)] + [
        " ".join(f'"{a}"' if a == ".[test]" or " " in a else a for a in step)
        for step in steps(dist, venv, [f"{dist}/*.whl"], modules)
    ]


def top_level_modules(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return {
            name.split("/")[0]
            for name in archive.namelist()
            if name.count("/") == 1 and name.endswith("/__init__.py")
        }


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {SECTION}\n")
    end = text.find("\n## ", start + 1)
    return text[start:end]


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert proc.returncode == 0, f"{argv}\n{proc.stdout}\n{proc.stderr}"
    return proc


def clean_env() -> dict[str, str]:
    """This environment without the workspace's virtual environment in it."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    }
    venv_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if p != venv_bin)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def member_modules() -> list[str]:
    """The import packages the workspace members ship, read from their build settings."""
    modules = []
    for member in load_script().workspace_pins.members(ROOT):
        with (member.path / "pyproject.toml").open("rb") as file:
            tool = tomllib.load(file).get("tool", {})
        uv_build = tool.get("uv", {}).get("build-backend", {}).get("module-name")
        hatch = tool.get("hatch", {}).get("build", {}).get("targets", {}).get("wheel", {})
        if uv_build:
            modules.append(uv_build)
        elif hatch.get("packages"):
            modules += [Path(p).name for p in hatch["packages"]]
        else:
            modules.append(canonicalize_name(member.name).replace("-", "_"))
    return sorted(modules)


def installed_modules(dist: Path) -> list[str]:
    return sorted({m for wheel in dist.glob("*.whl") for m in top_level_modules(wheel)})


# Building six packages and installing them with pip takes about a minute alone; room
# for a loaded machine.
@pytest.mark.timeout(900)
def test_wheels_install_into_a_fresh_environment_and_the_example_tests_pass(
    tmp_path: Path,
) -> None:
    env = clean_env()
    dist = tmp_path / "dist"
    run([*uv(), *BUILD[3:6], str(dist)], ROOT, env)

    # A wheel and an sdist of every workspace member, whatever the members are.
    members = {
        canonicalize_name(m.name): m.version for m in load_script().workspace_pins.members(ROOT)
    }
    wheels = {parse_wheel_filename(w.name)[:2] for w in dist.glob("*.whl")}
    sdists = {parse_sdist_filename(s.name) for s in dist.glob("*.tar.gz")}
    expected = {(name, version) for name, version in members.items()}
    assert {(n, str(v)) for n, v in wheels} == expected
    assert {(n, str(v)) for n, v in sdists} == expected

    # The user's project: a copy of examples/, outside this repository.
    project = tmp_path / "project"
    shutil.copytree(ROOT / "examples", project, ignore=shutil.ignore_patterns("__pycache__"))
    modules = installed_modules(dist)
    assert modules == member_modules()
    venv = tmp_path / "venv"
    commands = steps(str(dist), str(venv), sorted(str(w) for w in dist.glob("*.whl")), modules)
    commands[0][0] = sys.executable  # any Python 3.11+; the suite's is at hand
    for command in commands[:-1]:
        run(command, project, env)

    # Every package came from the wheel folder: the versions installed are the built ones.
    listed = run([str(venv / "bin/python"), "-m", "pip", "list", "--format=freeze"], project, env)
    installed = dict(line.split("==", 1) for line in listed.stdout.splitlines() if "==" in line)
    for name, version in members.items():
        assert installed.get(name) == version, (name, installed.get(name))

    proc = run([*commands[-1], "-q", "-p", "no:cacheprovider"], project, env)
    assert re.search(r"\b3 passed\b", proc.stdout), proc.stdout


def test_the_readme_shows_the_steps_the_test_takes() -> None:
    lines = [line.strip() for line in section().splitlines()]
    for command in shown_steps(member_modules()):
        assert command in lines, command


@pytest.mark.timeout(600)
def test_uv_installs_every_package_from_its_path_into_a_fresh_environment(
    tmp_path: Path,
) -> None:
    # The README's other route: name each package by path; their pins meet each other.
    env = clean_env()
    venv = tmp_path / "venv"
    run([*uv(), "venv", "--quiet", str(venv)], tmp_path, env)
    paths = [str(m.path) for m in load_script().workspace_pins.members(ROOT)]
    run(
        [*uv(), "pip", "install", "--quiet", "--python", str(venv / "bin/python"), *paths],
        tmp_path,
        env,
    )
    modules = member_modules()
    run([str(venv / "bin/python"), "-c", f"import {', '.join(modules)}"], tmp_path, env)
