"""Fault injection, per route, as real networks and servers fail.

Kinds: ``latency`` (a fixed delay, or one drawn from ``seconds``..``seconds_max``),
``status`` (an error answer instead of the handler's), ``drop`` (the connection closes
before the handler runs), ``apply_then_drop`` (the handler runs and commits, then the
connection closes before the answer), ``truncate`` (the answer's head and the first
``keep_bytes`` of its body, then the connection closes) and ``malformed`` (a complete
answer whose body is cut to ``keep_bytes``, so it no longer parses).

Faults compose like pytest-httpserver's hooks: every matching latency fault adds its
delay, then the first matching terminal fault decides the answer. A fault with a
``probability`` fires on that share of the matching requests, drawn from its own
random generator seeded with ``seed``, so a run repeats exactly. A fault with a
``count`` retires after firing that many times.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, get_args

import httpx

from .options import keyword_options

__all__ = [
    "AFTER_HANDLER",
    "ConnectionDropped",
    "Fault",
    "FaultKind",
    "FaultOptions",
    "FaultPlan",
    "FaultSet",
]

FaultKind = Literal["latency", "status", "drop", "apply_then_drop", "truncate", "malformed"]

_KINDS: tuple[str, ...] = get_args(FaultKind)
# Kinds that let the handler run, then spoil its answer.
AFTER_HANDLER: frozenset[str] = frozenset({"apply_then_drop", "truncate", "malformed"})
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Long enough to trip any client timeout, short enough that a typo cannot hang a run.
_MAX_LATENCY = 300.0


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the app to drop a connection without answering.

    It subclasses httpx's transport error so in-process clients (``ASGITransport``,
    Starlette's ``TestClient``) see the same failure as a client whose socket was
    closed by a real server; ``serve`` turns it into a closed socket.
    """

    def __init__(self, *, flush: bool = False) -> None:
        """Create the error with httpx's wording for a silent disconnect.

        ``flush``: let what was already sent reach the client before closing (a
        truncated answer); otherwise the connection is aborted at once.
        """
        super().__init__("Server disconnected without sending a response.")
        self.flush = flush


class FaultOptions(TypedDict, total=False):
    """A fault's settings besides its kind (``Fault``'s keywords; see it for defaults)."""

    seconds: float
    status: int
    retry_after: int | None
    count: int | None
    path: str | None
    method: str | None
    seconds_max: float | None
    probability: float
    seed: int
    keep_bytes: int | None


# What a control-API body may name.
_FIELDS = FaultOptions.__optional_keys__ | {"kind"}

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
    seconds_max: float | None = None
    probability: float = 1.0
    seed: int = 0
    keep_bytes: int | None = None
    fired: int = field(default=0, init=False)
    id: int = field(default_factory=lambda: next(_ids), init=False)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)
    _random: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Reject faults that could never behave as asked."""
        if self.kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}")
        if not math.isfinite(self.seconds) or not 0 <= self.seconds <= _MAX_LATENCY:
            raise ValueError(f"seconds must be between 0 and {_MAX_LATENCY:g}")
        if self.seconds_max is not None and (
            not math.isfinite(self.seconds_max)
            or not self.seconds <= self.seconds_max <= _MAX_LATENCY
        ):
            raise ValueError(f"seconds_max must be between seconds and {_MAX_LATENCY:g}")
        if not (math.isfinite(self.probability) and 0 < self.probability <= 1):
            raise ValueError("probability must be more than 0 and at most 1")
        if self.keep_bytes is not None and self.keep_bytes < 0:
            raise ValueError("keep_bytes must be zero or more")
        # Any integer seeds Python's generator; its own generator makes a fault's draws
        # independent of every other fault's.
        self._random = random.Random(self.seed)  # noqa: S311 (repeatable, not secret)
        if not 400 <= self.status <= 599:
            raise ValueError("status must be an error status between 400 and 599")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must be zero or more seconds")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1 (omit it for unlimited)")
        if self.path is not None:
            if len(self.path) > 1000:
                raise ValueError("path is longer than 1000 characters")
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
        body = keyword_options(body, _FIELDS)
        kind = body.get("kind")
        if kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}")
        if kind == "latency" and "seconds" not in body:
            raise ValueError("a latency fault needs seconds")
        if kind != "latency" and ("seconds" in body or "seconds_max" in body):
            raise ValueError("seconds and seconds_max apply to latency faults only")
        if kind != "status" and ("status" in body or "retry_after" in body):
            raise ValueError("status and retry_after apply to status faults only")
        if kind not in ("truncate", "malformed") and "keep_bytes" in body:
            raise ValueError("keep_bytes applies to truncate and malformed faults only")
        seconds_max = body.get("seconds_max")
        return cls(
            kind=kind,
            seconds=_number(body, "seconds", 0.0),
            seconds_max=None if seconds_max is None else _number(body, "seconds_max", 0.0),
            status=_integer(body, "status", 500),
            retry_after=_optional_integer(body, "retry_after"),
            count=_optional_integer(body, "count"),
            path=_optional_string(body, "path"),
            method=_optional_string(body, "method"),
            probability=_number(body, "probability", 1.0),
            seed=_integer(body, "seed", 0),
            keep_bytes=_optional_integer(body, "keep_bytes"),
        )

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault applies to a request (``path`` is searched, not anchored)."""
        if self.method is not None and self.method != method.upper():
            return False
        return self._pattern is None or self._pattern.search(path) is not None

    def draw(self) -> float | None:
        """Whether this fault fires on one matching request: None when it does not,
        otherwise the delay it adds (0 for kinds other than latency).

        Called under the fault set's lock, so draws happen in request order.
        """
        if self.probability < 1 and self._random.random() >= self.probability:
            return None
        if self.kind != "latency":
            return 0.0
        if self.seconds_max is None or self.seconds_max == self.seconds:
            return self.seconds
        return self._random.uniform(self.seconds, self.seconds_max)

    def cut(self, body: bytes) -> bytes:
        """The part of an answer body a truncate or malformed fault lets through."""
        keep = len(body) // 2 if self.keep_bytes is None else self.keep_bytes
        # Always short of the whole body, or the answer would not be spoilt at all.
        return body[: min(keep, max(len(body) - 1, 0))]

    def to_json(self) -> dict[str, Any]:
        """The fault as the control API lists it."""
        return {
            "id": self.id,
            "kind": self.kind,
            "seconds": self.seconds,
            "seconds_max": self.seconds_max,
            "status": self.status if self.kind == "status" else None,
            "retry_after": self.retry_after,
            "count": self.count,
            "fired": self.fired,
            "path": self.path,
            "method": self.method,
            "probability": self.probability,
            "seed": self.seed,
            "keep_bytes": self.keep_bytes,
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
                if fault.kind != "latency" and terminal is not None:
                    continue  # a later terminal fault does not fire, so keeps its budget
                delay = fault.draw()
                if delay is None:
                    continue
                if fault.kind == "latency":
                    latency += delay
                else:
                    terminal = fault
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
