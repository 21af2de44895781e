"""A small load harness: many clients over loopback for a bounded time.

``TICKET_LOAD_SECONDS`` sets how long each load test runs (2 s by default, so the suite
stays fast); ``TICKET_LOAD_CLIENTS`` how many clients run at once (64 by default).
"""

from __future__ import annotations

import asyncio
import os
import ssl
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

SECONDS = float(os.environ.get("TICKET_LOAD_SECONDS", "2"))
CLIENTS = int(os.environ.get("TICKET_LOAD_CLIENTS", "64"))


@dataclass
class Stats:
    """What the clients saw."""

    statuses: Counter[int] = field(default_factory=Counter)
    reads: int = 0
    writes: int = 0
    acknowledged: list[Any] = field(default_factory=list)
    refused: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    def count(self, response: httpx.Response) -> httpx.Response:
        self.statuses[response.status_code] += 1
        return response

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def summary(self) -> str:
        total = sum(self.statuses.values())
        return (
            f"{CLIENTS} clients, {self.elapsed:.1f} s: {total} requests "
            f"({total / max(self.elapsed, 1e-9):.0f}/s), {self.reads} reads, {self.writes} "
            f"writes ({len(self.acknowledged)} acknowledged), statuses {dict(self.statuses)}"
        )


Worker = Callable[[int, int, httpx.AsyncClient, Stats], Awaitable[None]]
"""One step of client ``index`` (its ``step``-th): a read or a write."""


def run(base_url: str, worker: Worker, *, verify: Any = True) -> Stats:
    """Run ``CLIENTS`` clients, each with its own connection, for ``SECONDS``."""
    stats = Stats()
    if verify is True:
        verify = ssl.create_default_context()  # once: building one per client is slow

    async def client(index: int, deadline: float) -> None:
        async with httpx.AsyncClient(base_url=base_url, verify=verify, timeout=30.0) as http:
            step = 0
            while time.monotonic() < deadline:
                try:
                    await worker(index, step, http, stats)
                except httpx.TransportError as error:
                    stats.errors.append(f"{type(error).__name__}: {error}")
                step += 1

    async def main() -> None:
        started = time.monotonic()
        await asyncio.gather(*(client(i, started + SECONDS) for i in range(CLIENTS)))
        stats.elapsed = time.monotonic() - started

    asyncio.run(main())
    return stats
