"""Client overhead: each recipe's call through the overlay against the same call raw."""

from __future__ import annotations

import httpx
from ticket_simulators._core import SimHandle, SyncASGITransport

from .common import VENDORS
from .recipes import SimControl, recipe_for
from .results import Row, median, paired, per_call

__all__ = ["bench_client"]


def bench_client(quick: bool) -> list[Row]:
    """One call through generated client + overlay against raw httpx, per vendor."""
    # 41 rounds: one round's ratio swings by a third on a shared 2-core machine (the
    # SuperOffice row ranged 1.09-1.56 over 21); the median of 41 moves about two thirds
    # as much as the median of 21.
    rounds, calls = (3, 40) if quick else (41, 200)
    rows = []
    for vendor in VENDORS.values():
        recipe = recipe_for(vendor)
        # Each side has a simulator of its own (a Rezolve update carries the etag its
        # previous answer gave), served alike on the calling thread's loop.
        mine_sim = SimHandle(vendor.create_app(), vendor.base_url)
        raw_sim = SimHandle(vendor.create_app(), vendor.base_url)
        with (
            SyncASGITransport(mine_sim.app) as transport,
            SyncASGITransport(raw_sim.app) as raw_transport,
        ):
            http = httpx.Client(transport=raw_transport, base_url=raw_sim.base_url)
            ours = recipe.overlay_call(mine_sim, transport)
            raw = recipe.raw_call(http, SimControl(raw_sim))
            for _ in range(5 if quick else 20):  # warm both paths (imports, login, caches)
                ours()
                raw()
            mine, theirs, ratios = paired(
                lambda ours=ours: per_call(ours, calls),  # type: ignore[misc]
                lambda raw=raw: per_call(raw, calls),  # type: ignore[misc]
                rounds,
            )
        rows.append(
            Row(
                f"client: {recipe.operation}",
                median(mine),
                median(theirs),
                "us",
                ratios,
                "<= 1.15x",
                median(ratios) <= 1.15,
                note="in-process simulator",
            )
        )
    return rows
