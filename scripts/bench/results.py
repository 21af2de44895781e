"""Rows of the table, paired rounds and their rendering (no timing of its own but per_call)."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Row", "fmt", "median", "paired", "per_call", "skipped", "table"]


@dataclass
class Row:
    """One line of the table."""

    figure: str
    ours: float | None
    baseline: float | None
    unit: str
    ratios: list[float] = field(default_factory=list)
    goal: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Median of the per-round ratios ours / baseline."""
        return statistics.median(self.ratios) if self.ratios else None

    def as_data(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        data = asdict(self)
        data["ratio"] = self.ratio
        data["ratio_min"] = min(self.ratios) if self.ratios else None
        data["ratio_max"] = max(self.ratios) if self.ratios else None
        return data


def median(values: Sequence[float]) -> float:
    """Median of ``values``."""
    return statistics.median(values)


def paired(
    ours: Callable[[], float],
    baseline: Callable[[], float],
    rounds: int,
) -> tuple[list[float], list[float], list[float]]:
    """Measure both ``rounds`` times, alternating which goes first; per-round ratios."""
    mine: list[float] = []
    theirs: list[float] = []
    for n in range(rounds):
        if n % 2:
            b = baseline()
            a = ours()
        else:
            a = ours()
            b = baseline()
        mine.append(a)
        theirs.append(b)
    return mine, theirs, [a / b for a, b in zip(mine, theirs, strict=True)]


def fmt(value: float | None, unit: str) -> str:
    """A value with its unit, to a sensible precision."""
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "us":
        return f"{value:.0f} us"
    if unit == "req/s":
        return f"{value:.0f} req/s"
    if unit == "cases/s":
        return f"{value:.1f} cases/s"
    if unit == "cores":
        return f"{value:.2f} cores"
    return f"{value:.3g} {unit}".strip()


def table(rows: Sequence[Row]) -> str:
    """The rows as one plain-text table (also valid Markdown)."""
    header = ["figure", "ours", "baseline", "ratio (min-max)", "goal", "met"]
    lines = []
    for row in rows:
        ratio = "-"
        if row.ratios:
            ratio = f"{row.ratio:.2f} ({min(row.ratios):.2f}-{max(row.ratios):.2f})"
        met = {True: "yes", False: "NO", None: "-"}[row.met]
        figure = row.figure + (f" [{row.note}]" if row.note else "")
        lines.append(
            [figure, fmt(row.ours, row.unit), fmt(row.baseline, row.unit), ratio, row.goal, met]
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]

    def render(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [render(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [render(line) for line in lines]
    return "\n".join(out)


def skipped(figure: str, why: str) -> Row:
    """A row for a figure that could not be measured, saying why."""
    return Row(figure, None, None, "", note="not measured: " + " ".join(why.split()))


def per_call(fn: Callable[[], None], calls: int) -> float:
    """Microseconds per call of ``fn`` over ``calls`` calls (no collection midway, as timeit)."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls * 1e6
    finally:
        gc.enable()
