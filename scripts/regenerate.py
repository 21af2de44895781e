#!/usr/bin/env python3
"""Regenerate the typed vendor clients from ``specs/`` into ``generated/``.

Usage::

    python scripts/regenerate.py [VENDOR ...]          # regenerate (all vendors by default)
    python scripts/regenerate.py --check [VENDOR ...]  # fail with a diff if generated/ drifted

Each client is generated into a scratch folder first; ``generated/<vendor>-client`` is
replaced only when generation succeeded, so a broken spec never leaves a half-written
client behind. Independent specs are generated in parallel: a few worker processes,
each importing the generator once and generating its share of the specs in-process, then
the generator config's post hooks (ruff) run once over every fresh client. The run prints
what changed: files added, removed and modified, and the public names (models and
operations) that appeared or disappeared.

A vendor whose inputs (spec, generator config, template overrides, generator and ruff
versions, this script) are those it was last generated from, and whose ``generated/``
folder is still what that run wrote, is skipped and reported as such; the record lives
in ``.regen-cache/``. ``--check`` never uses that record: it always regenerates.

A generated client's version is the spec's ``info.version`` with a local label derived
from its generation inputs (``2.0+spec.3f9a1c0b7d2e``): a changed spec gives a changed
version. After a run, every requirement on a workspace package (in members and in
``examples/``) is re-pinned to that package's exact version and ``uv.lock`` is refreshed;
``--check`` fails when a pin is stale. A spec that cannot be read (invalid YAML, a
``$ref`` to nothing) is reported with its file and line before the generator runs.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import difflib
import filecmp
import hashlib
import importlib.metadata
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import workspace_pins
import yaml
from packaging.version import InvalidVersion, Version
from spec_check import SpecError, load_spec
from ticket_simulators.vendors import VENDORS as REGISTRY

ROOT = Path(__file__).resolve().parent.parent
# The uv workspace whose members' pins and lock file a run keeps in step.
WORKSPACE = ROOT
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = SPECS / "templates"
GENERATOR_CONFIG = SPECS / "generator.yaml"
# Scratch space on the same file system as generated/, so the final swap is a rename.
SCRATCH = ROOT / ".regen-cache"
# Tool caches that may appear inside a client folder; they are never part of a client.
IGNORED = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})
SCRIPT = Path(__file__).resolve()
# What the skip record is called inside SCRATCH.
STAMPS = "stamps.json"


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


# From the project's vendor registry, which every tool that loops over vendors reads.
VENDORS: dict[str, Vendor] = {
    v.name: Vendor(v.name, v.spec, v.client_project, v.client_package) for v in REGISTRY.values()
}


@dataclass
class Outcome:
    """Result of generating one vendor's client into scratch space."""

    vendor: Vendor
    output: Path | None
    log: str
    ok: bool
    # The spec itself is unreadable (YAML, references, version): nothing was generated.
    spec_broken: bool = False


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


def _template_files() -> list[tuple[str, Path]]:
    """The template overrides, each named by its path under the overrides folder."""
    templates = _custom_templates()
    if templates is None:
        return []
    return [
        (f"template/{p.relative_to(templates).as_posix()}", p)
        for p in templates.rglob("*")
        if p.is_file()
    ]


def _generator_config() -> dict[str, Any]:
    """The shared generator config, as written in ``specs/generator.yaml``."""
    config = yaml.safe_load(GENERATOR_CONFIG.read_text(encoding="utf-8")) or {}
    if not isinstance(config, dict):
        raise SystemExit(f"{GENERATOR_CONFIG} must hold a mapping")
    return config


def _shown(path: Path) -> str:
    """``path`` as messages name it: relative to the project when it is inside it."""
    try:
        return path.relative_to(WORKSPACE).as_posix()
    except ValueError:
        return str(path)


def client_version(vendor: Vendor, spec: dict[str, Any]) -> str:
    """The generated client's version: the spec's ``info.version`` plus a local label.

    The label hashes what the client is generated from (the spec, the generator config,
    the template overrides and the generator's version), so any change to them gives a
    new version; being a local label, it also keeps the version off the public index.
    """
    info = spec.get("info")
    declared = str(info.get("version", "")) if isinstance(info, dict) else ""
    files = [("spec", vendor.spec_path), ("config", GENERATOR_CONFIG), *_template_files()]
    digest = hashlib.sha256(
        (_digest_files(files) + _version("openapi-python-client")).encode()
    ).hexdigest()
    try:
        base = Version(declared)
    except InvalidVersion:
        raise SpecError(
            f"{_shown(vendor.spec_path)}: info.version {declared!r} is not a PEP 440 version "
            "(the client's version is made from it)"
        ) from None
    if base.local is not None:
        raise SpecError(
            f"{_shown(vendor.spec_path)}: info.version {declared!r} must not carry a +label"
        )
    return str(Version(f"{base}+spec.{digest[:12]}"))


def _write_config(vendor: Vendor, workdir: Path, version: str) -> Path:
    """Write the generator config for one vendor: its names and version filled in, post
    hooks left out.

    The post hooks run once over every fresh client afterwards (see ``run_post_hooks``).
    """
    config = _generator_config()
    config["project_name_override"] = vendor.project
    config["package_name_override"] = vendor.package
    config["package_version_override"] = version
    config["post_hooks"] = []
    path = workdir / "config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")
    return path


def _hook_env() -> dict[str, str]:
    """Environment for the post hooks: the ``ruff`` installed beside this interpreter."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"
    return env


def _job(vendor: Vendor, workdir: Path, version: str) -> dict[str, str | None]:
    """What a worker needs to generate one vendor's client."""
    templates = _custom_templates()
    return {
        "key": vendor.key,
        "spec": str(vendor.spec_path),
        "config": str(_write_config(vendor, workdir, version)),
        "output": str(workdir / vendor.project),
        "templates": str(templates) if templates is not None else None,
    }


def _worker(jobs: list[dict[str, str | None]]) -> dict[str, dict[str, Any]]:
    """Generate each job in this process, importing the generator once for all of them.

    As ``openapi-python-client generate --meta uv --fail-on-warning`` would: any error
    or warning the generator reports fails that client.
    """
    from openapi_python_client import generate as generate_client
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.schema.untrusted_string import UntrustedString

    # The generator formats spec values (status codes, names) into its messages with
    # str(), which shows "<UntrustedString object at 0x...>". Show the value instead.
    # Generated code never goes through str() of these (it would not be reproducible),
    # so --check proves this changes no output.
    def shown(self: UntrustedString) -> str:
        return repr(self.get_untrusted_value())

    UntrustedString.__repr__ = shown  # type: ignore[method-assign,assignment]

    results: dict[str, dict[str, Any]] = {}
    for job in jobs:
        assert job["spec"]
        assert job["config"]
        assert job["output"]
        assert job["key"]
        printed = io.StringIO()
        try:
            config = Config.from_sources(
                ConfigFile.load_from_path(Path(job["config"])),
                MetaType.UV,
                Path(job["spec"]),
                "utf-8",
                False,
                output_path=Path(job["output"]),
            )
            templates = Path(job["templates"]) if job["templates"] else None
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
                errors = generate_client(config=config, custom_template_path=templates)
            # The generator announces its (scratch) output folder: noise, not a message.
            said = "".join(
                line
                for line in printed.getvalue().splitlines(keepends=True)
                if not line.startswith("Generating ")
            )
            log = said + "".join(f"{e.level.value}: {e.header}\n{e.detail or ''}\n" for e in errors)
            ok = not errors
        except Exception as error:  # a broken spec must fail its client, not the run
            log, ok = f"{printed.getvalue()}{type(error).__name__}: {error}\n", False
        results[job["key"]] = {"ok": ok, "log": log}
    return results


def _share(vendors: Sequence[Vendor], workers: int) -> list[list[Vendor]]:
    """Split ``vendors`` into ``workers`` groups of about equal work (by spec size)."""
    groups: list[list[Vendor]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for vendor in sorted(vendors, key=lambda v: v.spec_path.stat().st_size, reverse=True):
        lightest = loads.index(min(loads))
        groups[lightest].append(vendor)
        loads[lightest] += vendor.spec_path.stat().st_size
    return [g for g in groups if g]


def _run_worker(
    group: Sequence[Vendor], workdirs: dict[str, Path], versions: dict[str, str]
) -> list[Outcome]:
    """Generate ``group`` in one worker process; one Outcome per vendor."""
    jobs = [_job(v, workdirs[v.key], versions[v.key]) for v in group]
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--worker"],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        env=_hook_env(),
        check=False,
    )
    try:
        results: dict[str, dict[str, Any]] = json.loads(proc.stdout)
    except ValueError:
        results = {}
    outcomes = []
    for vendor in group:
        result = results.get(vendor.key, {"ok": False, "log": proc.stdout + proc.stderr})
        output = workdirs[vendor.key] / vendor.project
        ok = bool(result["ok"]) and (output / vendor.package / "__init__.py").is_file()
        outcomes.append(Outcome(vendor, output if ok else None, str(result["log"]), ok))
    return outcomes


def run_post_hooks(outcomes: Sequence[Outcome], cwd: Path) -> None:
    """Run the generator config's post hooks over every successful output.

    A hook that works on its current folder (``... .``) runs once with every output
    named instead, which costs one ruff start instead of one per client; any other
    hook runs in each output folder, as the generator would run it. An output whose
    hook failed is marked failed.
    """
    hooks = [str(h) for h in _generator_config().get("post_hooks") or []]
    env = _hook_env()
    for hook in hooks:
        ready = [o for o in outcomes if o.ok and o.output is not None]
        if not ready:
            return
        argv = shlex.split(hook)
        if argv[-1] == ".":
            batches = [(argv[:-1] + [str(o.output) for o in ready], cwd, ready)]
        else:
            batches = [(argv, o.output, [o]) for o in ready if o.output is not None]
        for command, folder, covered in batches:
            proc = subprocess.run(
                command, cwd=folder, capture_output=True, text=True, env=env, check=False
            )
            if proc.returncode:
                for o in covered:
                    o.ok, o.output = False, None
                    o.log += f"post hook `{hook}` failed:\n{proc.stdout}{proc.stderr}"


def generate_all(vendors: Sequence[Vendor], scratch: Path) -> list[Outcome]:
    """Generate ``vendors`` into ``scratch/<vendor key>/``, in parallel worker processes."""
    workdirs = {v.key: scratch / v.key for v in vendors}
    for w in workdirs.values():
        w.mkdir()
    return _generate_into(vendors, workdirs, scratch)


def _generate_into(
    vendors: Sequence[Vendor], workdirs: dict[str, Path], hooks_cwd: Path
) -> list[Outcome]:
    versions: dict[str, str] = {}
    done: list[Outcome] = []
    for vendor in vendors:
        try:
            spec = load_spec(vendor.spec_path, _shown(vendor.spec_path))
            versions[vendor.key] = client_version(vendor, spec)
        except SpecError as error:
            done.append(Outcome(vendor, None, f"{error}\n", ok=False, spec_broken=True))
    readable = [v for v in vendors if v.key in versions]
    groups = _share(readable, max(1, min(len(readable), os.cpu_count() or 1)))
    with ThreadPoolExecutor(max_workers=max(1, len(groups))) as pool:
        done += [
            o
            for outcomes in pool.map(
                _run_worker, groups, [workdirs] * len(groups), [versions] * len(groups)
            )
            for o in outcomes
        ]
    run_post_hooks(done, hooks_cwd)
    by_key = {o.vendor.key: o for o in done}
    return [by_key[v.key] for v in vendors]


def generate(vendor: Vendor, workdir: Path) -> Outcome:
    """Generate one vendor's client into ``workdir/<project>`` (post hooks included)."""
    return _generate_into([vendor], {vendor.key: workdir}, workdir)[0]


def _digest_files(paths: Iterable[tuple[str, Path]]) -> str:
    """One hash over named files' contents."""
    digest = hashlib.sha256()
    for name, path in sorted(paths):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _version(distribution: str) -> str:
    """Installed version of ``distribution`` (``?`` when it is not installed)."""
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def inputs_key(vendor: Vendor) -> str:
    """Hash of everything a vendor's generated client is made from.

    The spec, the generator config, the template overrides, the generator and ruff
    versions, this script, and the vendor's names.
    """
    files = [
        ("spec", vendor.spec_path),
        ("config", GENERATOR_CONFIG),
        ("script", SCRIPT),
        *_template_files(),
    ]
    extra = "|".join(
        [
            vendor.project,
            vendor.package,
            _version("openapi-python-client"),
            _version("ruff"),
            sys.version.split()[0],
        ]
    )
    return hashlib.sha256((_digest_files(files) + extra).encode()).hexdigest()


def tree_key(tree: Path) -> str:
    """Hash of a generated client folder as it is on disk (tool caches ignored)."""
    return _digest_files((rel, tree / rel) for rel in _files(tree))


def _read_stamps() -> dict[str, dict[str, str]]:
    """The skip record: per vendor, the inputs and the tree it last produced."""
    try:
        stamps = json.loads((SCRATCH / STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stamps if isinstance(stamps, dict) else {}


def _write_stamps(stamps: dict[str, dict[str, str]]) -> None:
    SCRATCH.mkdir(exist_ok=True)
    path = SCRATCH / STAMPS
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(stamps, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)


def up_to_date(vendor: Vendor, stamps: dict[str, dict[str, str]]) -> bool:
    """Whether ``vendor`` was generated from its current inputs and left untouched since."""
    stamp = stamps.get(vendor.key)
    return (
        stamp is not None
        and stamp.get("inputs") == inputs_key(vendor)
        and vendor.target.is_dir()
        and stamp.get("tree") == tree_key(vendor.target)
    )


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


def _uv() -> list[str]:
    """How to start uv: the one running this script under ``uv run``, else from PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    return [found] if found else [sys.executable, "-m", "uv"]


def relock() -> bool:
    """Refresh ``uv.lock`` after a version or pin changed; False (and why) when uv fails."""
    proc = subprocess.run(
        [*_uv(), "lock"], cwd=WORKSPACE, capture_output=True, text=True, check=False
    )
    if proc.returncode:
        print(f"uv.lock could not be refreshed (`uv lock` failed):\n{proc.stderr}")
        return False
    print("uv.lock refreshed (package versions or pins changed)")
    return True


def sync_pins(*, check: bool) -> tuple[int, bool]:
    """Pin every requirement on a workspace package to its exact version.

    Returns the exit status and whether a pin was rewritten. With ``check``, stale pins
    are only reported.
    """
    packages = workspace_pins.members(WORKSPACE)
    status = 0
    for problem in workspace_pins.local_label_problems(packages):
        print(f"version without a local label: {problem}")
        status = 1
    drifts = workspace_pins.drift(WORKSPACE, packages)
    for item in drifts:
        where = item.pyproject.relative_to(WORKSPACE)
        verb = "stale pin" if check else "re-pinned"
        print(f"{verb} in {where}: {item.written!r} -> {item.expected!r}")
    if check:
        return (1 if drifts else status), False
    workspace_pins.apply(drifts)
    return status, bool(drifts)


def _report_failure(outcome: Outcome, *, check: bool) -> None:
    what = "the spec is broken" if outcome.spec_broken else "generation FAILED"
    if check:
        print(f"{outcome.vendor.key}: {what}; generated/ was not compared\n{outcome.log}")
    else:
        print(f"{outcome.vendor.key}: {what}; generated/ left untouched\n{outcome.log}")


def run(vendors: Sequence[Vendor], *, check: bool) -> int:
    """Generate ``vendors`` in parallel; swap them in, or compare when ``check``.

    Without ``check``, vendors whose inputs and generated folder are unchanged since
    their last generation are skipped (and said to be); ``check`` regenerates them all.
    Either way the workspace's pins are then brought in step (or, with ``check``,
    verified), and ``uv.lock`` refreshed when a version or pin changed.
    """
    SCRATCH.mkdir(exist_ok=True)
    stamps = {} if check else _read_stamps()
    skipped = [v for v in vendors if not check and up_to_date(v, stamps)]
    for v in skipped:
        print(f"{v.key}: unchanged (skipped: spec, config, templates and generator unchanged)")
    todo = [v for v in vendors if v not in skipped]
    status, drifted, versions_changed = 0, False, False
    with tempfile.TemporaryDirectory(dir=SCRATCH) as scratch:
        outcomes = generate_all(todo, Path(scratch)) if todo else []
        failed = [o for o in outcomes if not o.ok]
        for o in failed:
            _report_failure(o, check=check)
        for o in outcomes:
            if o.output is None:
                continue
            changes = compare(o.vendor.target, o.output, o.vendor.package)
            print(describe(o.vendor, changes))
            if check:
                if not changes.empty:
                    print(unified_diff(o.vendor.target, o.output, changes))
                    drifted = True
                continue
            if not changes.empty:
                versions_changed |= "pyproject.toml" in changes.modified + changes.added
                swap_in(o.vendor, o.output)
            stamps[o.vendor.key] = {
                "inputs": inputs_key(o.vendor),
                "tree": tree_key(o.vendor.target),
            }
        if not check:
            _write_stamps(stamps)
    pin_status, repinned = sync_pins(check=check)
    drifted |= check and bool(pin_status)
    if (versions_changed or repinned) and not relock():
        status = 1
    if failed:
        print(
            f"{len(failed)} spec(s) could not be generated from: fix what is reported above "
            "in specs/ (regenerating alone will not help)."
        )
        status = 1
    if drifted:
        print(
            "generated/ or a pin differs from what the specs produce: run "
            "`python scripts/regenerate.py` and commit the result (never edit generated/)."
        )
    return max(status, pin_status, int(drifted))


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("vendors", nargs="*", help=f"vendors to regenerate ({', '.join(VENDORS)})")
    parser.add_argument(
        "--check", action="store_true", help="compare with generated/ instead of writing it"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        # Internal: generate the jobs given as JSON on stdin, answer JSON on stdout.
        json.dump(_worker(json.load(sys.stdin)), sys.stdout)
        return 0
    return run(select(args.vendors), check=args.check)


if __name__ == "__main__":
    sys.exit(main())
