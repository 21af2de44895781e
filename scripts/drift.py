"""Drift check: the corpus' read-only calls sent to two servers, their answers compared.

For one vendor, every call of ``tests/corpus/<vendor>.yaml`` that changes nothing (a GET,
or marked ``read_only``) is sent, exactly as its integration builds it, to a live tenant
and to the simulator. The answers are compared by shape only: the status, the vendor's
error code, and the set of response fields (key paths such as
``incidents[].history[].task_name``), never the values, which differ between any two
tenants. A difference means the simulator (or the spec behind it) no longer behaves as
the vendor does.

    python scripts/drift.py forcepoint-dlp                     # live tenant vs simulator
    python scripts/drift.py forcepoint-dlp --profile guide     # vs the guide profile
    python scripts/drift.py forcepoint-dlp --against-profile guide   # two simulators

The live tenant is configured with the environment variables of the live contract
tests: ``<VENDOR>_LIVE_BASE_URL`` (``FORCEPOINT_DLP_LIVE_BASE_URL``, ``REZOLVE_LIVE_...``)
and the vendor's credentials. A vendor's ``tests/corpus/<vendor>_context.py`` may define
``live_context(base_url, env, verify=...)`` to log in and find ids on the tenant;
otherwise each placeholder ``${name}`` is read from ``<VENDOR>_LIVE_<NAME>`` (one ending
in ``token`` also from ``<VENDOR>_LIVE_TOKEN``, one ending in ``_name`` also without
it, as the live contract tests name them). Calls whose
placeholders have no value on one side are listed as skipped.

Exit status: 0 when the answers agree, 1 when they differ, 2 when the check cannot run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the corpus lives under tests/
    sys.path.insert(0, str(ROOT))

from ticket_simulators._core import ServedSimHandle  # noqa: E402
from ticket_simulators.vendors import VENDORS, Vendor  # noqa: E402

from tests.corpus.replay import Call, body_of, build, context_for, load  # noqa: E402

__all__ = [
    "Difference",
    "Observation",
    "Report",
    "Target",
    "compare",
    "env_prefix",
    "key_paths",
    "live_target",
    "main",
    "read_only_calls",
    "simulator_target",
    "vendor_code",
]

# Where vendors put a machine-readable error code in their error bodies.
_CODE_KEYS = ("code", "errorCode", "error_code", "ErrorCode", "ErrorType", "errorType")


@dataclass(frozen=True)
class Target:
    """A server to send the calls to: its URL, the placeholder values, TLS trust."""

    name: str
    base_url: str
    values: Mapping[str, str]
    verify: Any = True


@dataclass(frozen=True)
class Observation:
    """The shape of one answer: status, vendor error code, response key paths."""

    status: int
    code: str | None
    fields: frozenset[str]


@dataclass(frozen=True)
class Difference:
    """One way the two answers to a call differ."""

    call: str
    aspect: str  # "status", "vendor code", "fields"
    first: str
    second: str

    def __str__(self) -> str:
        return f"{self.call}: {self.aspect} {self.first} | {self.second}"


@dataclass
class Report:
    """The outcome of a drift check between two targets."""

    first: str
    second: str
    compared: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)

    def render(self) -> str:
        """A readable account, one line per difference."""
        lines = [f"drift check: {self.first} | {self.second}"]
        lines.append(f"{len(self.compared)} calls compared, {len(self.skipped)} skipped")
        lines += [f"  skipped {reason}" for reason in self.skipped]
        if not self.differences:
            lines.append("no differences")
        lines += [f"  {d}" for d in self.differences]
        return "\n".join(lines)


def env_prefix(vendor: Vendor) -> str:
    """The prefix of the vendor's live environment variables (``FORCEPOINT_DLP``)."""
    return vendor.module.upper()


def key_paths(body: Any, prefix: str = "") -> frozenset[str]:
    """Every key path of a JSON value: ``a.b``, list elements as ``a[]`` (their union)."""
    found: set[str] = set()
    if isinstance(body, dict):
        for key, value in body.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            found.add(path)
            found |= key_paths(value, path)
    elif isinstance(body, list):
        for item in body:
            found |= key_paths(item, f"{prefix}[]")
    return frozenset(found)


def vendor_code(body: Any) -> str | None:
    """The vendor's machine-readable error code in an error body, if it carries one."""
    if isinstance(body, list) and body:
        return vendor_code(body[0])
    if not isinstance(body, dict):
        return None
    for key in _CODE_KEYS:
        value = body.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
    for key in ("errors", "error"):
        nested = vendor_code(body.get(key))
        if nested is not None:
            return nested
    return None


def read_only_calls(vendor: Vendor) -> list[Call]:
    """The vendor's corpus calls that change nothing on the server."""
    return [call for call in load(vendor.module)[1] if call.is_read_only]


def observe(call: Call, target: Target, client: httpx.Client) -> Observation | str:
    """Send ``call`` to ``target``; the answer's shape, or why it could not be sent."""
    try:
        request = build(call, target.base_url, target.values)
    except KeyError as missing:
        return f"{call.id} on {target.name}: {missing.args[0]}"
    response = client.send(request)
    body = body_of(response)
    code = vendor_code(body) if response.status_code >= 400 else None
    return Observation(response.status_code, code, key_paths(body))


def compare(calls: Sequence[Call], first: Target, second: Target) -> Report:
    """Send every call to both targets and list how their answers differ."""
    report = Report(first.name, second.name)
    with (
        httpx.Client(verify=first.verify, timeout=60) as one,
        httpx.Client(verify=second.verify, timeout=60) as two,
    ):
        for call in calls:
            a, b = observe(call, first, one), observe(call, second, two)
            if isinstance(a, str) or isinstance(b, str):
                report.skipped.append(a if isinstance(a, str) else str(b))
                continue
            report.compared.append(call.id)
            report.differences += _differences(call.id, a, b, first.name, second.name)
    return report


def _differences(
    call: str, a: Observation, b: Observation, first: str, second: str
) -> list[Difference]:
    found = []
    if a.status != b.status:
        found.append(Difference(call, "status", str(a.status), str(b.status)))
    if a.code != b.code:
        found.append(Difference(call, "vendor code", str(a.code), str(b.code)))
    if a.fields != b.fields:
        only_a = ", ".join(sorted(a.fields - b.fields)) or "-"
        only_b = ", ".join(sorted(b.fields - a.fields)) or "-"
        found.append(
            Difference(call, "fields", f"only on {first}: {only_a}", f"only on {second}: {only_b}")
        )
    return found


@contextmanager
def simulator_target(
    vendor: Vendor, profile: str | None = None, *, strict: bool = False
) -> Iterator[Target]:
    """A simulator of ``vendor`` served on a loopback port, in the mode asked for."""
    server = ServedSimHandle(vendor.create_app(strict=strict, profile=profile))
    try:
        mode = server.app.runtime.fidelity
        name = f"simulator ({mode.profile}{', strict' if mode.strict else ''})"
        values = context_for(vendor.module)(server)
        yield Target(name, server.base_url, values, server.verify)
    finally:
        server.stop()


def live_target(vendor: Vendor, env: Mapping[str, str], *, verify: Any = True) -> Target | None:
    """The live tenant the environment configures, or None when it configures none."""
    prefix = env_prefix(vendor)
    base_url = env.get(f"{prefix}_LIVE_BASE_URL")
    if not base_url:
        return None
    module = importlib.import_module(f"tests.corpus.{vendor.module}_context")
    hook: Callable[..., dict[str, str]] | None = getattr(module, "live_context", None)
    if hook is not None:
        values = hook(base_url, env, verify=verify)
    else:
        values = _values_from_env(vendor, env)
    return Target(f"live tenant {base_url}", base_url, values, verify)


def _values_from_env(vendor: Vendor, env: Mapping[str, str]) -> dict[str, str]:
    prefix = env_prefix(vendor)
    names = {n for call in read_only_calls(vendor) for n in _placeholders(call.request)}
    values = {}
    for name in names:
        # The live contract tests' names are shorter: REZOLVE_LIVE_TOKEN, _REALM.
        candidates = [f"{prefix}_LIVE_{name.upper()}"]
        if name.endswith("token"):
            candidates.append(f"{prefix}_LIVE_TOKEN")
        if name.endswith("_name"):
            candidates.append(f"{prefix}_LIVE_{name.removesuffix('_name').upper()}")
        value = next((env[c] for c in candidates if env.get(c)), None)
        if value is not None:
            values[name] = value
    return values


def _placeholders(value: Any) -> set[str]:
    if isinstance(value, str):
        found: set[str] = set()
        rest = value
        while "${" in rest:
            rest = rest.split("${", 1)[1]
            name, _, rest = rest.partition("}")
            found.add(name)
        return found
    if isinstance(value, dict):
        return set().union(*(_placeholders(k) | _placeholders(v) for k, v in value.items()))
    if isinstance(value, list):
        return set().union(*(_placeholders(v) for v in value))
    return set()


def _vendor(name: str) -> Vendor:
    by_name = {v.name: v for v in VENDORS.values()} | {v.module: v for v in VENDORS.values()}
    if name not in by_name:
        raise SystemExit(f"unknown vendor {name!r}; one of {', '.join(sorted(VENDORS))}")
    return by_name[name]


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run the check; print the report; 0 agree, 1 differ, 2 cannot run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("vendor", help="forcepoint-dlp, rezolve, sentinelone or superoffice")
    parser.add_argument("--profile", help="the simulator's profile (its default otherwise)")
    parser.add_argument("--strict", action="store_true", help="the simulator in strict mode")
    parser.add_argument(
        "--against-profile",
        metavar="PROFILE",
        help="compare with a second simulator in PROFILE instead of a live tenant",
    )
    args = parser.parse_args(argv)
    vendor = _vendor(args.vendor)
    calls = read_only_calls(vendor)
    if not calls:
        print(f"no read-only corpus calls for {vendor.name}", file=sys.stderr)
        return 2
    with simulator_target(vendor, args.profile, strict=args.strict) as simulator:
        if args.against_profile is not None:
            with simulator_target(vendor, args.against_profile) as other:
                report = compare(calls, other, simulator)
        else:
            live = live_target(vendor, os.environ if env is None else env)
            if live is None:
                prefix = env_prefix(vendor)
                print(f"set {prefix}_LIVE_BASE_URL (and credentials) to check", file=sys.stderr)
                return 2
            report = compare(calls, live, simulator)
    print(report.render())
    return 1 if report.differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
