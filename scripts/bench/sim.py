"""Simulators under uvicorn against Prism on each recipe's request, loaded by wrk."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple

import httpx

from .common import VENDORS
from .load import Load, run_python_load, run_wrk
from .recipes import HttpControl, RawRequest, recipe_for
from .results import Row, median, skipped
from .tools import Server, prism_binary, start_prism, start_simulator, wrk_binary

__all__ = ["bench_sim", "compared_rows"]

GOAL_CONNECTIONS = 16


class _Figure(NamedTuple):
    """One figure compared with Prism, and its goal (held at GOAL_CONNECTIONS only)."""

    name: str
    unit: str
    value: Callable[[Load], float]
    goal: str = ""
    met: Callable[[float], bool] | None = None
    # Whether the row carries the run's whole note (the others name the connections only).
    noted: bool = False


_FIGURES = (
    _Figure("req/s", "req/s", lambda x: x.rps, ">= 2x prism", lambda r: r >= 2.0, noted=True),
    _Figure("p50", "ms", lambda x: x.p50_ms),
    _Figure("p99", "ms", lambda x: x.p99_ms, "< 1x prism", lambda r: r < 1.0),
)


def compared_rows(
    vendor: str, connections: int, ours: list[Load], theirs: list[Load], note: str
) -> list[Row]:
    """The simulator's throughput and latencies against Prism's, round by round."""
    at_goal = connections == GOAL_CONNECTIONS
    rows = []
    for figure in _FIGURES:
        ratios = [figure.value(a) / figure.value(b) for a, b in zip(ours, theirs, strict=True)]
        rows.append(
            Row(
                f"sim {vendor} {figure.name}",
                median([figure.value(x) for x in ours]),
                median([figure.value(x) for x in theirs]),
                figure.unit,
                ratios,
                figure.goal if at_goal else "",
                figure.met(median(ratios)) if at_goal and figure.met else None,
                note=note if figure.noted else f"{connections} conn",
            )
        )
    return rows


def bench_sim(quick: bool) -> list[Row]:
    """Each simulator under uvicorn against Prism on the same operation, loaded by wrk."""
    levels = (16,) if quick else (1, 16, 64)
    seconds = 1.0 if quick else 3.0
    rounds = 1 if quick else 3
    wrk, wrk_why = wrk_binary()
    loader_name = "wrk" if wrk else "python load generator (wrk unavailable: " + wrk_why + ")"
    prism, prism_why = prism_binary()
    rows: list[Row] = []
    loader_rows: list[tuple[float, float]] = []

    def warm(server: Server, request: RawRequest) -> None:
        with httpx.Client(base_url=server.url) as client:
            for _ in range(5 if quick else 20):
                client.request(
                    request.method, request.path, headers=request.headers, content=request.body
                )

    def load(server: Server, request: RawRequest, connections: int) -> Load:
        if wrk:
            return run_wrk(wrk, server, request, connections, seconds)
        return run_python_load(server, request, connections, seconds)

    def measure(vendor: str, sim: Server, started: Future[Server] | None) -> list[Row]:
        mock: Server | None = None
        mock_why = prism_why
        if started is not None:
            try:
                mock = started.result()
            except RuntimeError as error:
                mock_why = str(error)
        found: list[Row] = []
        recipe = recipe_for(VENDORS[vendor])
        request = recipe.load_request(HttpControl(sim.url))
        operation = f"{request.method} {request.path.split('?')[0]}"
        # Warm both (first-request costs, JIT) before measuring.
        warm(sim, request)
        if mock is not None:
            warm(mock, request)
        for connections in levels:
            ours: list[Load] = []
            theirs: list[Load] = []
            for n in range(rounds):
                order = (
                    [(sim, ours), (mock, theirs)] if n % 2 == 0 else [(mock, theirs), (sim, ours)]
                )
                for server, sink in order:
                    if server is not None:
                        sink.append(load(server, request, connections))
            note = f"{operation}, {connections} conn"
            bad = sum(x.bad for x in ours)
            if bad:
                note += f", {bad} of {sum(x.total for x in ours)} simulator answers not 2xx"
            if theirs:
                prism_bad = sum(x.bad for x in theirs)
                if prism_bad:
                    note += f", {prism_bad} prism answers not 2xx"
            if connections == GOAL_CONNECTIONS:
                loader_rows.extend((x.loader_cores, x.server_cores) for x in ours)
            if not theirs:
                found.append(
                    Row(
                        f"sim {vendor} req/s",
                        median([x.rps for x in ours]),
                        None,
                        "req/s",
                        goal=_FIGURES[0].goal if connections == GOAL_CONNECTIONS else "",
                        note=note + f"; prism not measured: {mock_why}",
                    )
                )
                continue
            found += compared_rows(vendor, connections, ours, theirs, note)
        return found

    # Start every server at once (Prism takes seconds to start); load them one at a time.
    with ThreadPoolExecutor(max_workers=8) as pool:
        sims = {v: pool.submit(start_simulator, v) for v in VENDORS}
        mocks = {
            v: pool.submit(start_prism, prism, vendor.spec)
            for v, vendor in VENDORS.items()
            if prism is not None
        }
    try:
        for vendor in VENDORS:
            try:
                rows += measure(vendor, sims[vendor].result(), mocks.get(vendor))
            except (RuntimeError, ValueError, httpx.HTTPError) as error:
                rows.append(skipped(f"sim {vendor}", f"{type(error).__name__}: {error}"))
    finally:
        for future in [*sims.values(), *mocks.values()]:
            if future.exception() is None:
                future.result().stop()
    if loader_rows:
        loader = median([a for a, _ in loader_rows])
        served = median([b for _, b in loader_rows])
        rows.append(
            Row(
                "load generator CPU vs simulator CPU",
                loader,
                served,
                "cores",
                [a / b for a, b in loader_rows if b],
                "loader < server",
                loader < served,
                note=f"{loader_name}, 16 conn; {os.cpu_count()} cores in all",
            )
        )
    return rows
