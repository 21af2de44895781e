"""Contract: schemathesis cases per second per spec, in-process and over loopback."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from ticket_bindings_specs import spec_path
from ticket_bindings_specs.contract import PROFILES, configure, credentials_client
from ticket_simulators._core import ServedSimHandle, SimHandle

from .common import VENDORS
from .results import Row, median, paired

__all__ = ["bench_contract"]


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


def _schema(vendor: str, credentials: Callable[[], Any], base_url: str | None = None) -> Any:
    """``vendor``'s document as the contract suite and ``st run`` load it: positive and
    negative data, every default check, the vendor's contract profile."""
    schema = schemathesis.openapi.from_path(spec_path(vendor))
    schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
    if base_url is not None:
        schema.config.update(base_url=base_url)
    configure(schema, credentials=credentials)
    return schema


def _contract_vendor(vendor: str, examples: int, rounds: int) -> Row:
    """One spec's cases per second over loopback, against the same run in-process."""
    registered = VENDORS[vendor]
    profile = PROFILES[registered.contract_profile]
    app = registered.create_app(strict=True)
    handle = SimHandle(app, registered.base_url)
    inproc = _schema(vendor, lambda: profile.from_simulator(handle.client()))
    inproc.app = app
    served = ServedSimHandle(app)
    try:
        # Over loopback, credentials come from the served simulator, as `st run` gets them.
        client = credentials_client(served.base_url)
        loopback = _schema(vendor, lambda: profile.from_simulator(client), served.base_url)
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
    examples, rounds = (2, 1) if quick else (20, 2)
    return [_contract_vendor(vendor, examples, rounds) for vendor in VENDORS]
