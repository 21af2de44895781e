"""The workspace's own packages, their versions, and the exact pins between them.

Every package this repository builds carries a PEP 440 local version label
(``2.0+spec.3f9a1c0b7d2e``, ``0.1.0+ticketbindings``), and every requirement on one of
them, in a member or in ``examples/``, pins that exact version with ``==``. The public
index refuses uploads whose version has a local label, so no such requirement can ever be
satisfied by an unrelated project of the same name published there.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

# Projects that consume the workspace's packages without being members: their pins are
# kept in step too.
CONSUMERS = ("examples",)


@dataclass(frozen=True)
class Package:
    """One workspace member: where it is, its distribution name and its version."""

    path: Path
    name: str
    version: str


@dataclass(frozen=True)
class Drift:
    """A requirement on a workspace package that does not pin its current version."""

    pyproject: Path
    written: str
    expected: str


def _pyproject(folder: Path) -> dict[str, Any]:
    with (folder / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def members(root: Path) -> list[Package]:
    """Every member of the uv workspace at ``root`` (its ``members`` globs less ``exclude``)."""
    workspace = _pyproject(root).get("tool", {}).get("uv", {}).get("workspace", {})
    excluded = {p for pattern in workspace.get("exclude", []) for p in root.glob(pattern)}
    folders = sorted(
        {
            folder
            for pattern in workspace.get("members", [])
            for folder in root.glob(pattern)
            if (folder / "pyproject.toml").is_file() and folder not in excluded
        }
    )
    packages = []
    for folder in folders:
        project = _pyproject(folder).get("project", {})
        packages.append(Package(folder, str(project["name"]), str(project["version"])))
    return packages


def local_label_problems(packages: list[Package]) -> list[str]:
    """Members whose version could also be published on the public index."""
    problems = []
    for package in packages:
        try:
            version = Version(package.version)
        except InvalidVersion:
            problems.append(f"{package.name}: {package.version!r} is not a PEP 440 version")
            continue
        if version.local is None:
            problems.append(
                f"{package.name}: version {package.version} has no local label (+...), so a "
                "public project of that name could satisfy a requirement on it"
            )
    return problems


def requirements(project: dict[str, Any]) -> list[str]:
    """The requirement strings a pyproject's ``[project]`` table declares."""
    table = project.get("project", {})
    found = list(table.get("dependencies", []))
    for group in table.get("optional-dependencies", {}).values():
        found += group
    for group in project.get("dependency-groups", {}).values():
        found += [r for r in group if isinstance(r, str)]
    return found


def _pinned(written: str, version: str) -> str:
    """``written`` with its version specifier replaced by ``==version`` (extras, marker kept)."""
    head, semicolon, marker = written.partition(";")
    name = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?", head)
    assert name is not None  # it parsed as a requirement, so it starts with a name
    return f"{name.group(1)}{name.group(2) or ''}=={version}{semicolon}{marker}"


def drift(root: Path, packages: list[Package]) -> list[Drift]:
    """Every requirement on a workspace package that does not pin its version exactly."""
    versions = {canonicalize_name(p.name): p.version for p in packages}
    folders = [p.path for p in packages] + [
        root / c for c in CONSUMERS if (root / c / "pyproject.toml").is_file()
    ]
    found = []
    for folder in folders:
        for written in requirements(_pyproject(folder)):
            try:
                requirement = Requirement(written)
            except InvalidRequirement:
                continue  # uv reports those itself, with better context
            version = versions.get(canonicalize_name(requirement.name))
            if version is None or requirement.url:
                continue
            expected = _pinned(written, version)
            if written != expected:
                found.append(Drift(folder / "pyproject.toml", written, expected))
    return found


def apply(drifts: list[Drift]) -> None:
    """Rewrite each drifted requirement in place, leaving the rest of each file as it is."""
    for item in drifts:
        text = item.pyproject.read_text(encoding="utf-8")
        quoted = f'"{item.written}"'
        if quoted not in text:
            raise SystemExit(f"{item.pyproject}: cannot find {quoted} to re-pin it")
        item.pyproject.write_text(text.replace(quoted, f'"{item.expected}"'), encoding="utf-8")
