"""The whole mutable state of a simulator, as one comparable value."""

from __future__ import annotations

import pickle
from typing import Any

from ticket_simulators._core import SimHandle
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
from ticket_simulators.rezolve import RezolveBackend
from ticket_simulators.superoffice import SuperOfficeBackend


def snapshot(sim: SimHandle) -> Any:
    """A deep copy of every record the simulator can change (equal iff nothing changed)."""
    backend = sim.app.backend
    if isinstance(backend, RezolveBackend):
        return backend.store.tickets()
    if isinstance(backend, SuperOfficeBackend):
        return backend.store.tickets()
    if isinstance(backend, ForcepointDlpBackend):
        return backend.store.snapshot()
    # SentinelOne's store has no public copy of every threat; pickling under its lock is
    # a fast deep copy that compares equal exactly when the threats are unchanged.
    store = backend.store  # type: ignore[attr-defined]
    with store._lock:
        return pickle.dumps(store._threats)
