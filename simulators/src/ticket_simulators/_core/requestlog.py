"""A bounded journal of the requests a simulator answered, secrets redacted.

Bounded twice: in entries and in bytes (each entry weighs what it keeps, with header,
query and body values cut to a length). It can be asked how many requests matched a
method, path, query, header or body pattern, as a mock server's verify step does.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypedDict

from .clock import format_instant
from .limits import Limits
from .options import keyword_options

__all__ = [
    "REDACTED",
    "LoggedRequest",
    "RequestLog",
    "RequestPattern",
    "redact_headers",
    "redact_query",
]

REDACTED = "[REDACTED]"

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
# Vendors invent their own credential headers (refresh-token, password, ...), and
# query parameters and body fields carry the same words.
_SECRET_WORDS = (
    "secret",
    "token",
    "password",
    "passwd",
    "api-key",
    "api_key",
    "apikey",
    "session",
    "credential",
    "signature",
)
_WORDS = "|".join(re.escape(word) for word in _SECRET_WORDS)
# name=value pairs of a query string or a form body whose name holds a secret word.
_SECRET_PAIR = re.compile(rf"((?:^|[&;])[^=&;]*(?:{_WORDS})[^=&;]*=)[^&;]*", re.IGNORECASE)
# "name": value members of JSON text whose name holds a secret word (cut bodies too).
_SECRET_MEMBER = re.compile(
    rf'("[^"\\]*(?:{_WORDS})[^"\\]*"\s*:\s*)("(?:[^"\\]|\\.)*"?|[^,}}\]\s]+)', re.IGNORECASE
)
_CUT = "…[cut]"
# What an entry costs beyond the text it keeps (object headers, dictionary slots).
_ENTRY_OVERHEAD = 512
_HEADER_OVERHEAD = 96


def redact_headers(
    headers: Iterable[tuple[str, str]],
    extra: frozenset[str] = frozenset(),
    *,
    max_value: int | None = None,
) -> dict[str, str]:
    """Lower-case header names and hide the value of every credential-bearing header.

    With ``max_value``, longer values are cut to that many characters.
    """
    result: dict[str, str] = {}
    for raw_name, value in headers:
        name = raw_name.lower()
        if _is_secret(name) or name in extra:
            value = REDACTED
        elif max_value is not None and len(value) > max_value:
            value = value[:max_value] + _CUT
        result[name] = f"{result[name]}, {value}" if name in result else value
    return result


def redact_query(query: str, *, max_length: int | None = None) -> str:
    """``query`` with the value of each secret-named parameter hidden, cut to a length."""
    if max_length is not None and len(query) > max_length:
        query = query[:max_length] + _CUT
    return _SECRET_PAIR.sub(rf"\1{REDACTED}", query) if "=" in query else query


def redact_body(body: str, content_type: str) -> str:
    """``body`` with secret-named JSON members and form fields hidden."""
    text = _SECRET_MEMBER.sub(rf'\1"{REDACTED}"', body) if ":" in body else body
    if "form-urlencoded" in content_type:
        text = _SECRET_PAIR.sub(rf"\1{REDACTED}", text)
    return text


@functools.lru_cache(maxsize=1024)
def _is_secret(name: str) -> bool:
    return name in _SECRET_HEADERS or any(word in name for word in _SECRET_WORDS)


@dataclass(frozen=True)
class LoggedRequest:
    """One handled request. ``status`` is None when no response was sent (a drop).

    The body is kept as received (cut to the log's limit) and shown redacted through
    ``body``; ``raw_body`` never appears in a repr.
    """

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int | None
    timestamp: datetime
    fault: str | None = None
    raw_body: bytes = field(default=b"", repr=False)
    body_cut: bool = False

    @functools.cached_property
    def body(self) -> str:
        """The request body as text, secrets redacted (``…[cut]`` when it was cut)."""
        if not self.raw_body:
            return ""
        text = self.raw_body.decode("utf-8", "replace")
        text = redact_body(text, self.headers.get("content-type", ""))
        return text + _CUT if self.body_cut else text

    @property
    def weight(self) -> int:
        """Roughly how many bytes this entry holds, as the log's byte bound counts it."""
        headers = sum(len(k) + len(v) + _HEADER_OVERHEAD for k, v in self.headers.items())
        texts = len(self.method) + len(self.path) + len(self.query) + len(self.raw_body)
        return _ENTRY_OVERHEAD + headers + texts

    def to_json(self) -> dict[str, Any]:
        """The entry as the control API returns it."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": dict(self.headers),
            "body": self.body,
            "status": self.status,
            "timestamp": format_instant(self.timestamp),
            "fault": self.fault,
        }


class PatternFields(TypedDict, total=False):
    """The parts a request pattern can name (``RequestPattern.build``'s keywords)."""

    method: str | None
    path: str | None
    query: str | None
    headers: Mapping[str, str] | None
    body: str | None
    status: int | None
    fault: str | None


_PATTERN_FIELDS = PatternFields.__optional_keys__


def _compile(name: str, pattern: object) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise ValueError(f"{name} must be a regular expression (a string)")
    if len(pattern) > 1000:
        raise ValueError(f"{name} is longer than 1000 characters")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{name} is not a valid regular expression: {exc}") from exc


@dataclass(frozen=True)
class RequestPattern:
    """Which logged requests to count: every given part must match.

    ``path``, ``query``, header values and ``body`` are regular expressions searched in
    the logged (redacted) text; ``method`` and ``status`` compare exactly; a header
    pattern for a header the request lacks does not match.
    """

    method: str | None = None
    path: re.Pattern[str] | None = None
    query: re.Pattern[str] | None = None
    headers: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    body: re.Pattern[str] | None = None
    status: int | None = None
    fault: str | None = None

    @classmethod
    def build(
        cls,
        *,
        method: str | None = None,
        path: str | None = None,
        query: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: str | None = None,
        status: int | None = None,
        fault: str | None = None,
    ) -> RequestPattern:
        """A pattern from plain strings; ValueError names the part that is wrong."""
        if method is not None and not isinstance(method, str):
            raise ValueError("method must be a string")
        if status is not None and (isinstance(status, bool) or not isinstance(status, int)):
            raise ValueError("status must be an integer")
        if fault is not None and not isinstance(fault, str):
            raise ValueError("fault must be a string")
        if headers is not None and not isinstance(headers, Mapping):
            raise ValueError("headers must be an object of header name to pattern")
        return cls(
            method=method.upper() if method is not None else None,
            path=_compile("path", path) if path is not None else None,
            query=_compile("query", query) if query is not None else None,
            headers={
                str(name).lower(): _compile(f"headers.{name}", value)
                for name, value in (headers or {}).items()
            },
            body=_compile("body", body) if body is not None else None,
            status=status,
            fault=fault,
        )

    @classmethod
    def from_json(cls, body: object) -> RequestPattern:
        """A pattern from a control-API body (an object of the keyword arguments)."""
        return cls.build(**keyword_options(body, _PATTERN_FIELDS))

    def matches(self, entry: LoggedRequest) -> bool:
        """Whether ``entry`` matches every part given."""
        if self.method is not None and entry.method != self.method:
            return False
        if self.status is not None and entry.status != self.status:
            return False
        if self.fault is not None and entry.fault != self.fault:
            return False
        if self.path is not None and not self.path.search(entry.path):
            return False
        if self.query is not None and not self.query.search(entry.query):
            return False
        for name, pattern in self.headers.items():
            value = entry.headers.get(name)
            if value is None or not pattern.search(value):
                return False
        return self.body is None or self.body.search(entry.body) is not None


class RequestLog:
    """The most recent handled requests, oldest first; thread-safe.

    It keeps at most ``limits.log_entries`` entries weighing at most
    ``limits.log_bytes`` together, forgetting the oldest first.
    """

    def __init__(self, maxlen: int | None = None, *, limits: Limits | None = None) -> None:
        """Bound the log by ``limits`` (``maxlen`` overrides its entry count)."""
        self.limits = limits or Limits()
        self.maxlen = maxlen if maxlen is not None else self.limits.log_entries
        self._entries: deque[tuple[LoggedRequest, int]] = deque()
        self._bytes = 0
        self._total = 0
        self._lock = threading.Lock()

    def record(self, entry: LoggedRequest) -> None:
        """Append one entry, forgetting the oldest ones beyond the bounds."""
        weight = entry.weight
        with self._lock:
            self._entries.append((entry, weight))
            self._bytes += weight
            self._total += 1
            while self._entries and (
                len(self._entries) > self.maxlen or self._bytes > self.limits.log_bytes
            ):
                self._bytes -= self._entries.popleft()[1]

    def clear(self) -> None:
        """Forget every entry and reset the call count."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self._total = 0

    def entries(self) -> list[LoggedRequest]:
        """A snapshot of the retained entries."""
        with self._lock:
            return [entry for entry, _ in self._entries]

    def count(self, pattern: RequestPattern | None = None) -> int:
        """How many retained entries match ``pattern`` (all of them without one)."""
        entries = self.entries()
        if pattern is None:
            return len(entries)
        return sum(1 for entry in entries if pattern.matches(entry))

    def find(self, pattern: RequestPattern) -> list[LoggedRequest]:
        """The retained entries that match ``pattern``, oldest first."""
        return [entry for entry in self.entries() if pattern.matches(entry)]

    @property
    def complete(self) -> bool:
        """Whether every request since the last clear is still retained."""
        with self._lock:
            return self._total == len(self._entries)

    @property
    def bytes(self) -> int:
        """What the retained entries weigh together (see ``LoggedRequest.weight``)."""
        with self._lock:
            return self._bytes

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
            return self._entries[-1][0]

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
