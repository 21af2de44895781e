"""Contract: schemathesis cases per second per spec, in-process and over loopback."""

from __future__ import annotations

import contextlib
import importlib
import sys
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from ticket_simulators._core import ServedSimHandle

from .common import ROOT, VENDORS
from .results import Row, median, paired

__all__ = ["bench_contract"]


CONTRACT_MODULES = {
    "rezolve": ("test_rezolve_contract", "SimulatorAuth", ["400"]),
    "sentinelone": ("test_sentinelone_contract", "SimulatorAuth", ["400"]),
    "superoffice": ("test_superoffice_contract", "SimulatorAuth", ["400", "409", "412"]),
    "forcepoint-dlp": ("test_forcepoint_dlp_contract", "SimulatorLogin", ["400", "420", "422"]),
}


def _contract_rate(schema: Any, examples: int, reset: Callable[[], None]) -> tuple[float, int]:
    """Cases per second over every operation of ``schema`` (generation, call, checks)."""
    cases = [0]
    start = time.perf_counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        reset()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            cases[0] += 1
            with contextlib.suppress(Exception):  # a failed check still counts as a case
                case.call_and_validate()

        run()
    elapsed = time.perf_counter() - start
    return cases[0] / elapsed, cases[0]


def _contract_vendor(vendor: str, examples: int, rounds: int) -> Row:
    """One spec's cases per second over loopback, against the same run in-process."""
    schemas = importlib.import_module("tests.contract._schemas")
    module_name, provider_name, refused = CONTRACT_MODULES[vendor]
    spec = VENDORS[vendor].spec
    provider = getattr(importlib.import_module(f"tests.contract.{module_name}"), provider_name)
    app = VENDORS[vendor].create_app(strict=True)
    inproc = schemas.load_schema(spec, provider, app=app, valid_but_refused=refused)

    class OverLoopback:
        """The test suite's provider, minting from the served app's state."""

        def get(self, case: Any, ctx: Any) -> Any:
            return provider().get(case, SimpleNamespace(app=app))

        def set(self, case: Any, data: Any, ctx: Any) -> None:
            provider().set(case, data, SimpleNamespace(app=app))

    served = ServedSimHandle(app)
    try:
        loopback = schemas.load_schema(
            spec, OverLoopback, base_url=served.base_url, valid_but_refused=refused
        )
        reset = app.runtime.reset
        mine, theirs, ratios = paired(
            lambda: _contract_rate(loopback, examples, reset)[0],
            lambda: _contract_rate(inproc, examples, reset)[0],
            rounds,
        )
    finally:
        served.stop()
    return Row(
        f"contract: {vendor} cases/s over loopback",
        median(mine),
        median(theirs),
        "cases/s",
        ratios,
        note="baseline: the same cases in-process",
    )


def bench_contract(quick: bool) -> list[Row]:
    """schemathesis cases per second per spec, in-process and over loopback."""
    # The contract suite's schema loaders and auth providers are reused as they are.
    sys.path.insert(0, str(ROOT))
    examples, rounds = (2, 1) if quick else (20, 2)
    return [_contract_vendor(vendor, examples, rounds) for vendor in CONTRACT_MODULES]
