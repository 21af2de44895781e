"""An injectable clock, so tests can expire tokens without waiting."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

__all__ = ["EARLIEST", "LATEST", "Clock", "format_instant", "parse_instant"]

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
"""The earliest instant a simulator clock may show."""
LATEST = datetime(9000, 1, 1, tzinfo=UTC)
"""The latest instant a simulator clock may show.

Far enough from year 9999 that token lifetimes, expiry checks and dates the vendors
compute from "now" stay inside Python's datetime range.
"""


def _in_range(instant: datetime) -> datetime:
    if not EARLIEST <= instant <= LATEST:
        raise ValueError(
            f"the clock must stay between {format_instant(EARLIEST)} and {format_instant(LATEST)}"
        )
    return instant


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
        """Move the clock by ``seconds`` (may be negative) and return the new now.

        ValueError, and no move, when the result would leave ``EARLIEST``..``LATEST``.
        """
        try:
            step = timedelta(seconds=seconds)
        except (OverflowError, ValueError):
            raise ValueError("advance must be a finite number of seconds within range") from None
        with self._lock:
            base = self._start if self._start is not None else datetime.now(UTC)
            try:
                _in_range(base + self._offset + step)
            except OverflowError:
                raise ValueError("advance moves the clock out of range") from None
            self._offset += step
        return self.now()

    def set(self, instant: datetime) -> datetime:
        """Jump to ``instant`` (timezone-aware) and return it.

        ValueError, and no move, outside ``EARLIEST``..``LATEST``.
        """
        if instant.tzinfo is None:
            raise ValueError("instant must be timezone-aware")
        try:
            _in_range(instant)
        except OverflowError:
            raise ValueError("instant is out of range") from None
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
    try:
        return instant.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 pushed past the range by its offset
        raise ValueError("instant is out of range") from None
