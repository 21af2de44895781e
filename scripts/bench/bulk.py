"""Bulk: 10,000 Forcepoint incident updates through the overlay against raw httpx."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from ticket_overlays import forcepoint_dlp
from ticket_simulators._core import SimHandle, SyncASGITransport
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend

from .common import VENDORS
from .recipes import forcepoint_dlp as recipe
from .results import Row, median, paired, per_call

__all__ = ["bench_bulk"]


def bench_bulk(quick: bool) -> list[Row]:
    """10,000 incident updates through update_incidents against the same batches raw."""
    rounds = 3 if quick else 31  # a round is only ~50 ms: many of them, to tame the noise
    count = 10_000
    vendor = VENDORS["forcepoint-dlp"]
    handle = SimHandle(vendor.create_app(), vendor.base_url)
    backend = handle.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    day = datetime(2023, 5, 1, tzinfo=UTC).replace(tzinfo=None)
    ids = backend.store.generate("INCIDENTS", count, day, day + timedelta(hours=20))
    partition = int(day.strftime("%Y%m%d"))
    keys: list[tuple[int, int]] = [(i, partition) for i in ids]
    with SyncASGITransport(handle.app) as transport:
        client = recipe.connect(handle, transport)
        http = recipe.logged_in(httpx.Client(transport=transport, base_url=handle.base_url))

        def batches() -> list[dict[str, Any]]:
            # What a raw-httpx caller writes: the same 1,000-key bodies, from the same keys.
            return [
                {
                    "type": "INCIDENTS",
                    "action_type": "TAG",
                    "value": "bulk",
                    "scan_partitions": "NONE",
                    "incident_keys": [
                        {"incident_id": i, "partition_index": p} for i, p in keys[n : n + 1000]
                    ],
                }
                for n in range(0, count, 1000)
            ]

        def run_ours() -> None:
            result = forcepoint_dlp.update_incidents(
                client, "TAG", value="bulk", incident_keys=keys
            )
            assert result.batches == 10
            assert not result.unprocessed_ids

        def run_raw() -> None:
            for body in batches():
                response = http.post("/dlp/rest/v1/incidents/update", json=body)
                response.raise_for_status()

        # Both timed as timeit does: no garbage collection midway.
        def ours() -> float:
            return per_call(run_ours, 1) / 1e6

        def raw() -> float:
            return per_call(run_raw, 1) / 1e6

        ours()
        raw()
        mine, theirs, ratios = paired(ours, raw, rounds)
    return [
        Row(
            "bulk: 10,000 Forcepoint incident updates",
            median(mine),
            median(theirs),
            "s",
            ratios,
            "<= 1.10x",
            median(ratios) <= 1.10,
            note="10 batches of 1,000, in-process simulator",
        )
    ]
