"""An injectable clock, so tests can expire tokens without waiting."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "format_instant", "parse_instant"]


class Clock:
    """A simulator's notion of "now".

    Without ``start`` the clock follows real time plus an offset that ``advance``
    grows; with ``start`` it is frozen at that instant until moved, which makes
    timestamps in responses reproducible.
    """

    def __init__(self, start: datetime | None = None) -> None:
        """Create a clock following real time, or frozen at ``start`` (must be aware)."""
        if start is not None and start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self._start = start.astimezone(UTC) if start is not None else None
        self._offset = timedelta()
        self._lock = threading.Lock()

    @property
    def frozen(self) -> bool:
        """Whether the clock stands still between explicit moves."""
        return self._start is not None

    def now(self) -> datetime:
        """The current simulated instant, timezone-aware in UTC."""
        with self._lock:
            base = self._start if self._start is not None else datetime.now(UTC)
            return base + self._offset

    def advance(self, seconds: float) -> datetime:
        """Move the clock by ``seconds`` (may be negative) and return the new now."""
        with self._lock:
            self._offset += timedelta(seconds=seconds)
        return self.now()

    def set(self, instant: datetime) -> datetime:
        """Jump to ``instant`` (timezone-aware) and return it."""
        if instant.tzinfo is None:
            raise ValueError("instant must be timezone-aware")
        with self._lock:
            base = self._start if self._start is not None else datetime.now(UTC)
            self._offset = instant.astimezone(UTC) - base
        return self.now()

    def reset(self) -> None:
        """Undo every ``advance`` and ``set``."""
        with self._lock:
            self._offset = timedelta()


def format_instant(instant: datetime) -> str:
    """ISO-8601 in UTC with milliseconds and a ``Z`` suffix, as JavaScript APIs write it."""
    text = instant.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def parse_instant(text: str) -> datetime:
    """Parse an ISO-8601 instant that carries a timezone; raise ValueError otherwise."""
    instant = datetime.fromisoformat(text)
    if instant.tzinfo is None:
        raise ValueError("instant must carry a timezone")
    return instant.astimezone(UTC)
