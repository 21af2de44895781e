"""A bounded log of the requests a simulator answered, with secrets redacted."""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .clock import format_instant

__all__ = ["REDACTED", "LoggedRequest", "RequestLog", "redact_headers"]

REDACTED = "[REDACTED]"

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
# Vendors invent their own credential headers (refresh-token, password, ...).
_SECRET_WORDS = ("secret", "token", "password", "api-key", "apikey", "session")


def redact_headers(
    headers: Iterable[tuple[str, str]], extra: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Lower-case header names and hide the value of every credential-bearing header."""
    result: dict[str, str] = {}
    for raw_name, value in headers:
        name = raw_name.lower()
        if _is_secret(name) or name in extra:
            value = REDACTED
        result[name] = f"{result[name]}, {value}" if name in result else value
    return result


@functools.lru_cache(maxsize=1024)
def _is_secret(name: str) -> bool:
    return name in _SECRET_HEADERS or any(word in name for word in _SECRET_WORDS)


@dataclass(frozen=True)
class LoggedRequest:
    """One handled request. ``status`` is None when no response was sent (a drop)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int | None
    timestamp: datetime
    fault: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as the control API returns it."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": dict(self.headers),
            "status": self.status,
            "timestamp": format_instant(self.timestamp),
            "fault": self.fault,
        }


class RequestLog:
    """The most recent handled requests, oldest first; thread-safe."""

    def __init__(self, maxlen: int = 1000) -> None:
        """Keep at most ``maxlen`` entries, forgetting the oldest."""
        self._entries: deque[LoggedRequest] = deque(maxlen=maxlen)
        self._total = 0
        self._lock = threading.Lock()

    def record(self, entry: LoggedRequest) -> None:
        """Append one entry."""
        with self._lock:
            self._entries.append(entry)
            self._total += 1

    def clear(self) -> None:
        """Forget every entry and reset the call count."""
        with self._lock:
            self._entries.clear()
            self._total = 0

    def entries(self) -> list[LoggedRequest]:
        """A snapshot of the retained entries."""
        with self._lock:
            return list(self._entries)

    @property
    def call_count(self) -> int:
        """How many requests were handled since the last clear (including forgotten ones)."""
        with self._lock:
            return self._total

    @property
    def last(self) -> LoggedRequest:
        """The most recent entry; LookupError when the log is empty."""
        with self._lock:
            if not self._entries:
                raise LookupError("no request has been handled")
            return self._entries[-1]

    def __len__(self) -> int:
        """How many entries are retained."""
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[LoggedRequest]:
        """Iterate over a snapshot, oldest first."""
        return iter(self.entries())

    def __getitem__(self, index: int) -> LoggedRequest:
        """Entry by position in the snapshot (negative indexes count from the newest)."""
        return self.entries()[index]
