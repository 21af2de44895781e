"""The command line: run the chosen sections and print one table."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import __doc__ as usage
from .bulk import bench_bulk
from .client import bench_client
from .contract import bench_contract
from .imports import bench_import
from .regen import bench_regen
from .results import Row, skipped, table
from .sim import bench_sim

__all__ = ["BENCHES", "main"]

SECTIONS = ("regen", "client", "sim", "bulk", "contract", "import")

BENCHES: dict[str, Callable[[bool], list[Row]]] = {
    "regen": bench_regen,
    "client": bench_client,
    "sim": bench_sim,
    "bulk": bench_bulk,
    "contract": bench_contract,
    "import": bench_import,
}


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError):
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "memory": memory,
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


@contextlib.contextmanager
def section(name: str) -> Iterator[None]:
    """Print progress to stderr, so stdout keeps only the table."""
    start = time.perf_counter()
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    yield
    print(f"[bench] {name} done in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=usage.split("\n\n")[0] if usage else None)
    parser.add_argument("--quick", action="store_true", help="a smaller run, under a minute")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the table here")
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections ({','.join(SECTIONS)})",
    )
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in BENCHES]
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        with section(name):
            try:
                rows += BENCHES[name](args.quick)
            except Exception as error:  # one broken section must not lose the others
                rows.append(skipped(name, f"{type(error).__name__}: {error}"[:300]))
    info = machine()
    print(
        f"{info['cores']} cores, {info['cpu']}, {info['memory']}, Python {info['python']}, "
        f"{info['date']}, {'quick' if args.quick else 'full'} run "
        f"in {time.perf_counter() - started:.0f} s"
    )
    print(table(rows))
    if args.json:
        data = {"machine": info, "quick": args.quick, "rows": [r.as_data() for r in rows]}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0
