"""scripts/bench: the parts that turn measurements into the table, and the per-vendor
recipes (no timing here)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

WRK_OUTPUT = """\
Running 3s test @ http://127.0.0.1:8081
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     9.40ms    2.10ms  31.20ms   80.00%
    Req/Sec   830.12     40.00   900.00     70.00%
  Latency Distribution
     50%    9.40ms
     75%   10.20ms
     90%   11.80ms
     99%   15.69ms
  4950 requests in 3.00s, 1.20MB read
  Socket errors: connect 0, read 1, write 0, timeout 2
  Non-2xx or 3xx responses: 4
Requests/sec:   1650.13
Transfer/sec:    410.00KB
"""


@pytest.fixture(scope="module")
def bench() -> SimpleNamespace:
    sys.path.insert(0, str(SCRIPTS))
    try:
        load = importlib.import_module("bench.load")
        results = importlib.import_module("bench.results")
        sim = importlib.import_module("bench.sim")
    finally:
        sys.path.remove(str(SCRIPTS))
    return SimpleNamespace(
        parse_wrk=load.parse_wrk,
        _ms=load._ms,
        Load=load.Load,
        compared_rows=sim.compared_rows,
        paired=results.paired,
        Row=results.Row,
        skipped=results.skipped,
        table=results.table,
    )


def test_wrk_output_is_read(bench: SimpleNamespace) -> None:
    rps, p50, p99, total, bad = bench.parse_wrk(WRK_OUTPUT)
    assert rps == pytest.approx(1650.13)
    assert p50 == pytest.approx(9.40)
    assert p99 == pytest.approx(15.69)
    assert total == 4950
    assert bad == 4 + 3  # non-2xx answers and socket errors


@pytest.mark.parametrize(("text", "ms"), [("850us", 0.85), ("9.40ms", 9.4), ("1.50s", 1500.0)])
def test_wrk_latency_units(bench: SimpleNamespace, text: str, ms: float) -> None:
    assert bench._ms(text) == pytest.approx(ms)


def test_rounds_alternate_and_ratios_pair_up(bench: SimpleNamespace) -> None:
    order: list[str] = []
    values = iter([2.0, 1.0, 1.0, 3.0])

    def ours() -> float:
        order.append("ours")
        return next(values)

    def baseline() -> float:
        order.append("baseline")
        return next(values)

    mine, theirs, ratios = bench.paired(ours, baseline, 2)
    assert order == ["ours", "baseline", "baseline", "ours"]
    assert mine == [2.0, 3.0]
    assert theirs == [1.0, 1.0]
    assert ratios == [2.0, 3.0]


def test_table_shows_median_ratio_with_range_goal_and_verdict(bench: SimpleNamespace) -> None:
    rows = [
        bench.Row("import x", 6.0, 5.0, "ms", [1.1, 1.2, 1.3], "<= 1.50x", True),
        bench.skipped("sim", "prism: npm not found"),
    ]
    text = bench.table(rows)
    assert "| import x " in text
    assert "1.20 (1.10-1.30)" in text
    assert "<= 1.50x" in text
    assert "| yes |" in text
    assert "not measured: prism: npm not found" in text
    data = rows[0].as_data()
    assert (data["ratio"], data["ratio_min"], data["ratio_max"]) == (1.2, 1.1, 1.3)


def test_simulator_rows_compare_each_figure_with_prism_round_by_round(
    bench: SimpleNamespace,
) -> None:
    def run(rps: float, p50: float, p99: float) -> object:
        return bench.Load(rps, p50, p99, bad=0, total=100, loader_cores=0.5, server_cores=1.0)

    ours = [run(300.0, 2.0, 5.0), run(500.0, 4.0, 9.0)]
    theirs = [run(100.0, 1.0, 10.0), run(100.0, 1.0, 10.0)]
    rows = bench.compared_rows("rezolve", 16, ours, theirs, "PATCH /ticket, 16 conn")
    assert [(r.figure, r.ours, r.baseline, r.unit, r.ratios) for r in rows] == [
        ("sim rezolve req/s", 400.0, 100.0, "req/s", [3.0, 5.0]),
        ("sim rezolve p50", 3.0, 1.0, "ms", [2.0, 4.0]),
        ("sim rezolve p99", 7.0, 10.0, "ms", [0.5, 0.9]),
    ]
    assert [(r.goal, r.met, r.note) for r in rows] == [
        (">= 2x prism", True, "PATCH /ticket, 16 conn"),
        ("", None, "16 conn"),
        ("< 1x prism", True, "16 conn"),
    ]
    slower = bench.compared_rows("rezolve", 16, theirs, ours, "")
    assert [r.met for r in slower] == [False, None, False]
    # The goals hold at 16 connections only; the other levels are shown without a verdict.
    elsewhere = bench.compared_rows("rezolve", 64, ours, theirs, "PATCH /ticket, 64 conn")
    assert [(r.goal, r.met) for r in elsewhere] == [("", None)] * 3
