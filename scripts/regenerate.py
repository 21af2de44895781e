#!/usr/bin/env python3
"""Regenerate the typed vendor clients from ``specs/`` into ``generated/``.

Usage::

    python scripts/regenerate.py [VENDOR ...]          # regenerate (all vendors by default)
    python scripts/regenerate.py --check [VENDOR ...]  # fail with a diff if generated/ drifted

Each client is generated into a scratch folder first; ``generated/<vendor>-client`` is
replaced only when generation succeeded, so a broken spec never leaves a half-written
client behind. Independent specs are generated in parallel. The run prints what changed:
files added, removed and modified, and the public names (models and operations) that
appeared or disappeared.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = SPECS / "templates"
GENERATOR_CONFIG = SPECS / "generator.yaml"
# Scratch space on the same file system as generated/, so the final swap is a rename.
SCRATCH = ROOT / ".regen-cache"
# Tool caches that may appear inside a client folder; they are never part of a client.
IGNORED = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})


@dataclass(frozen=True)
class Vendor:
    """One spec and the client package generated from it."""

    key: str
    spec: str
    project: str
    package: str

    @property
    def spec_path(self) -> Path:
        """Path of the vendor's OpenAPI document."""
        return SPECS / self.spec

    @property
    def target(self) -> Path:
        """Folder of the committed generated client."""
        return GENERATED / self.project


VENDORS: dict[str, Vendor] = {
    v.key: v
    for v in (
        Vendor("rezolve", "rezolve.yaml", "rezolve-client", "rezolve_client"),
        Vendor("sentinelone", "sentinelone.yaml", "sentinelone-client", "sentinelone_client"),
        Vendor("superoffice", "superoffice.yaml", "superoffice-client", "superoffice_client"),
        Vendor(
            "forcepoint-dlp",
            "forcepoint_dlp.yaml",
            "forcepoint-dlp-client",
            "forcepoint_dlp_client",
        ),
    )
}


@dataclass
class Outcome:
    """Result of generating one vendor's client into scratch space."""

    vendor: Vendor
    output: Path | None
    log: str
    ok: bool


@dataclass
class Changes:
    """Differences between two generated trees."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    names_added: list[str] = field(default_factory=list)
    names_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when the trees are identical."""
        return not (self.added or self.removed or self.modified)


def _custom_templates() -> Path | None:
    """The repository's template overrides, if there are any."""
    if TEMPLATES.is_dir() and any(TEMPLATES.rglob("*.jinja")):
        return TEMPLATES
    return None


def _write_config(vendor: Vendor, workdir: Path) -> Path:
    """Write the shared generator config with this vendor's names filled in."""
    config = yaml.safe_load(GENERATOR_CONFIG.read_text(encoding="utf-8")) or {}
    config["project_name_override"] = vendor.project
    config["package_name_override"] = vendor.package
    path = workdir / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")
    return path


def generate(vendor: Vendor, workdir: Path) -> Outcome:
    """Run openapi-python-client for one vendor into ``workdir``."""
    output = workdir / vendor.project
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(vendor.spec_path),
        "--meta",
        "uv",
        "--config",
        str(_write_config(vendor, workdir)),
        "--output-path",
        str(output),
        "--fail-on-warning",
    ]
    templates = _custom_templates()
    if templates is not None:
        command += ["--custom-template-path", str(templates)]
    env = dict(os.environ)
    # The post hooks call `ruff`; take the one installed beside this interpreter.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    log = proc.stdout + proc.stderr
    ok = proc.returncode == 0 and (output / vendor.package / "__init__.py").is_file()
    return Outcome(vendor, output if ok else None, log, ok)


def _files(tree: Path) -> set[str]:
    """Relative paths of the files under ``tree`` (tool caches ignored)."""
    if not tree.is_dir():
        return set()
    return {
        p.relative_to(tree).as_posix()
        for p in tree.rglob("*")
        if p.is_file() and IGNORED.isdisjoint(p.relative_to(tree).parts)
    }


def public_names(tree: Path, package: str) -> set[str]:
    """Public models and operations of a generated package."""
    names: set[str] = set()
    pkg = tree / package
    models_init = pkg / "models" / "__init__.py"
    if models_init.is_file():
        module = ast.parse(models_init.read_text(encoding="utf-8"))
        for node in module.body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
            ):
                value = ast.literal_eval(node.value)
                names.update(f"models.{name}" for name in value)
    api = pkg / "api"
    if api.is_dir():
        for path in api.rglob("*.py"):
            if path.name != "__init__.py":
                rel = path.relative_to(pkg).with_suffix("")
                names.add(".".join(rel.parts))
    return names


def compare(old: Path, new: Path, package: str) -> Changes:
    """What differs between the committed tree ``old`` and the fresh tree ``new``."""
    old_files, new_files = _files(old), _files(new)
    changes = Changes(
        added=sorted(new_files - old_files),
        removed=sorted(old_files - new_files),
        modified=sorted(
            f for f in old_files & new_files if not filecmp.cmp(old / f, new / f, shallow=False)
        ),
    )
    old_names, new_names = public_names(old, package), public_names(new, package)
    changes.names_added = sorted(new_names - old_names)
    changes.names_removed = sorted(old_names - new_names)
    return changes


def _lines(path: Path) -> list[str]:
    """A file's lines for a diff (none when it does not exist)."""
    if not path.is_file():
        return []
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def unified_diff(old: Path, new: Path, changes: Changes, limit: int = 400) -> str:
    """A readable diff of the changed files, cut after ``limit`` lines."""
    lines: list[str] = []
    for rel in changes.modified + changes.added + changes.removed:
        before = _lines(old / rel)
        after = _lines(new / rel)
        lines += difflib.unified_diff(
            before, after, f"committed/{rel}", f"regenerated/{rel}", lineterm=""
        )
    if len(lines) > limit:
        lines = [*lines[:limit], f"... ({len(lines) - limit} more diff lines)"]
    return "\n".join(lines)


def describe(vendor: Vendor, changes: Changes) -> str:
    """One human-readable summary of a vendor's changes."""
    if changes.empty:
        return f"{vendor.key}: unchanged"
    parts = [
        f"{vendor.key}: {len(changes.added)} added, {len(changes.removed)} removed, "
        f"{len(changes.modified)} modified files"
    ]
    for label, items in (
        ("  + file", changes.added),
        ("  - file", changes.removed),
        ("  ~ file", changes.modified),
        ("  + name", changes.names_added),
        ("  - name", changes.names_removed),
    ):
        parts += [f"{label} {item}" for item in items]
    return "\n".join(parts)


def swap_in(vendor: Vendor, fresh: Path) -> None:
    """Replace the committed client with ``fresh``, keeping the old one until it is in."""
    target = vendor.target
    GENERATED.mkdir(exist_ok=True)
    backup = fresh.parent / f"{vendor.project}.previous"
    if target.exists():
        os.replace(target, backup)
    try:
        os.replace(fresh, target)
    except OSError:
        if backup.exists():
            os.replace(backup, target)
        raise
    shutil.rmtree(backup, ignore_errors=True)


def select(names: Iterable[str]) -> list[Vendor]:
    """The vendors named on the command line (all when none are)."""
    chosen = list(names) or list(VENDORS)
    unknown = [n for n in chosen if n not in VENDORS]
    if unknown:
        raise SystemExit(
            f"unknown vendor(s): {', '.join(unknown)}; choose from {', '.join(VENDORS)}"
        )
    return [VENDORS[n] for n in chosen]


def run(vendors: Sequence[Vendor], *, check: bool) -> int:
    """Generate ``vendors`` in parallel; swap them in, or compare when ``check``."""
    SCRATCH.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=SCRATCH) as scratch:
        workdirs = [Path(scratch) / v.key for v in vendors]
        for w in workdirs:
            w.mkdir()
        with ThreadPoolExecutor(max_workers=max(1, min(len(vendors), os.cpu_count() or 1))) as pool:
            outcomes = list(pool.map(generate, vendors, workdirs))

        failed = [o for o in outcomes if not o.ok]
        for o in failed:
            print(f"{o.vendor.key}: generation FAILED; generated/ left untouched\n{o.log}")
        status = 1 if failed else 0
        for o in outcomes:
            if o.output is None:
                continue
            changes = compare(o.vendor.target, o.output, o.vendor.package)
            print(describe(o.vendor, changes))
            if check:
                if not changes.empty:
                    print(unified_diff(o.vendor.target, o.output, changes))
                    status = 1
            elif not changes.empty:
                swap_in(o.vendor, o.output)
        if check and status:
            print(
                "generated/ differs from what the specs produce: run "
                "`python scripts/regenerate.py` and commit the result (never edit generated/)."
            )
        return status


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("vendors", nargs="*", help=f"vendors to regenerate ({', '.join(VENDORS)})")
    parser.add_argument(
        "--check", action="store_true", help="compare with generated/ instead of writing it"
    )
    args = parser.parse_args(argv)
    return run(select(args.vendors), check=args.check)


if __name__ == "__main__":
    sys.exit(main())
