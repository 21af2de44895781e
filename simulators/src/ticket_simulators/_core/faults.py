"""Fault injection: latency, error statuses and dropped connections, per route.

Faults compose like pytest-httpserver's hooks: every matching latency fault adds its
delay, then the first matching terminal fault (a status or a drop) decides the answer.
A fault with a ``count`` retires after firing that many times.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

import httpx

__all__ = ["ConnectionDropped", "Fault", "FaultKind", "FaultPlan", "FaultSet"]

FaultKind = Literal["latency", "status", "drop"]

_KINDS: tuple[str, ...] = get_args(FaultKind)
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_FIELDS = frozenset({"kind", "seconds", "status", "retry_after", "count", "path", "method"})
# Long enough to trip any client timeout, short enough that a typo cannot hang a run.
_MAX_LATENCY = 300.0


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the app to drop a connection without answering.

    It subclasses httpx's transport error so in-process clients (``ASGITransport``,
    Starlette's ``TestClient``) see the same failure as a client whose socket was
    closed by a real server; ``serve`` turns it into a closed socket.
    """

    def __init__(self) -> None:
        """Create the error with httpx's wording for a silent disconnect."""
        super().__init__("Server disconnected without sending a response.")


_ids = itertools.count(1)


@dataclass
class Fault:
    """One injected fault and its remaining budget."""

    kind: FaultKind
    seconds: float = 0.0
    status: int = 500
    retry_after: int | None = None
    count: int | None = None
    path: str | None = None
    method: str | None = None
    fired: int = field(default=0, init=False)
    id: int = field(default_factory=lambda: next(_ids), init=False)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Reject faults that could never behave as asked."""
        if self.kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}")
        if not math.isfinite(self.seconds) or not 0 <= self.seconds <= _MAX_LATENCY:
            raise ValueError(f"seconds must be between 0 and {_MAX_LATENCY:g}")
        if not 400 <= self.status <= 599:
            raise ValueError("status must be an error status between 400 and 599")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must be zero or more seconds")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1 (omit it for unlimited)")
        if self.path is not None:
            try:
                self._pattern = re.compile(self.path)
            except re.error as exc:
                raise ValueError(f"path is not a valid regular expression: {exc}") from exc
        if self.method is not None:
            self.method = self.method.upper()
            if self.method not in _METHODS:
                raise ValueError(f"method must be one of {', '.join(sorted(_METHODS))}")

    @classmethod
    def from_json(cls, body: object) -> Fault:
        """Build a fault from a control-API body, raising ValueError with a clear message."""
        if not isinstance(body, Mapping):
            raise ValueError("body must be a JSON object")
        unknown = sorted(set(body) - _FIELDS)
        if unknown:
            raise ValueError(f"unknown keys: {', '.join(unknown)}")
        kind = body.get("kind")
        if kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}")
        if kind == "latency" and "seconds" not in body:
            raise ValueError("a latency fault needs seconds")
        if kind != "status" and ("status" in body or "retry_after" in body):
            raise ValueError("status and retry_after apply to status faults only")
        return cls(
            kind=kind,
            seconds=_number(body, "seconds", 0.0),
            status=_integer(body, "status", 500),
            retry_after=_optional_integer(body, "retry_after"),
            count=_optional_integer(body, "count"),
            path=_optional_string(body, "path"),
            method=_optional_string(body, "method"),
        )

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault applies to a request (``path`` is searched, not anchored)."""
        if self.method is not None and self.method != method.upper():
            return False
        return self._pattern is None or self._pattern.search(path) is not None

    def to_json(self) -> dict[str, Any]:
        """The fault as the control API lists it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "seconds": self.seconds,
            "status": self.status if self.kind == "status" else None,
            "retry_after": self.retry_after,
            "count": self.count,
            "fired": self.fired,
            "path": self.path,
            "method": self.method,
        }


@dataclass(frozen=True)
class FaultPlan:
    """What the faults decided for one request."""

    latency: float = 0.0
    terminal: Fault | None = None


class FaultSet:
    """The active faults of one simulator; safe to use from several threads."""

    def __init__(self) -> None:
        """Start with no faults."""
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        """Activate ``fault`` and return it."""
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> int:
        """Remove every fault; return how many were active."""
        with self._lock:
            removed = len(self._faults)
            self._faults.clear()
        return removed

    def active(self) -> list[Fault]:
        """The faults still able to fire, in the order they were added."""
        with self._lock:
            return list(self._faults)

    def plan(self, method: str, path: str) -> FaultPlan:
        """Decide (and charge) the faults for one request."""
        latency = 0.0
        terminal: Fault | None = None
        with self._lock:
            for fault in self._faults:
                if not fault.matches(method, path):
                    continue
                if fault.kind == "latency":
                    latency += fault.seconds
                elif terminal is None:
                    terminal = fault
                else:
                    continue  # a later terminal fault does not fire, so keeps its budget
                fault.fired += 1
            self._faults = [f for f in self._faults if f.count is None or f.fired < f.count]
        return FaultPlan(latency=latency, terminal=terminal)


def _number(body: Mapping[str, object], key: str, default: float) -> float:
    value = body.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number")
    return float(value)


def _integer(body: Mapping[str, object], key: str, default: int) -> int:
    value = body.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} must be an integer")
    return value


def _optional_integer(body: Mapping[str, object], key: str) -> int | None:
    return None if body.get(key) is None else _integer(body, key, 0)


def _optional_string(body: Mapping[str, object], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value
