"""uvicorn's httptools protocol with the bounds uvicorn does not offer for it.

uvicorn bounds a request head only with h11 (``h11_max_incomplete_event_size``) and has
no read timeouts at all: with httptools a client can send an endless header, or
trickle a head or body forever, holding memory and a connection. This subclass counts
the bytes of each request head as they arrive and refuses it past ``max_head_bytes``
(431, or 414 when the URL is what grew), and answers 408 and closes when a head or a
declared body takes longer than ``head_timeout`` or ``body_timeout``.
"""

from __future__ import annotations

import asyncio
import http
from typing import Any, ClassVar

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .limits import Limits

__all__ = ["GuardedHttpToolsProtocol", "guarded_protocol"]

_DEFAULTS = Limits()
_LINGER = 2.0
"""Seconds a refused connection keeps draining the client's data before it closes."""


class _Refused(Exception):
    """Raised from a parser callback to stop parsing a refused request."""


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` with a head size bound and head and body read timeouts."""

    runtime: ClassVar[Any] = None
    """Where the bounds are read, on each use (an object with ``limits``); None: defaults."""

    def limits(self) -> Limits:
        """The bounds in force now."""
        return self.runtime.limits if self.runtime is not None else _DEFAULTS

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start counting and timing the first request head."""
        self._reading_head = False  # until the first byte of a request
        self._refused = False
        self._head_bytes = 0
        # The read in progress must end by ``_deadline`` (loop time; None: no read is
        # timed). One timer per connection watches it: arming and disarming only move
        # the deadline, and the timer, when it fires early, waits again for the rest.
        # Starting and cancelling a uvloop timer for every request costs about 2 us,
        # some 1.5% of a request's server time; moving a deadline costs 0.07 us.
        self._deadline: float | None = None
        self._reading = ""
        self._timer: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._arm(self.limits().head_timeout, "the request head")

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the read timer with the connection."""
        self._disarm()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Refuse a head that grows past its bound while it arrives."""
        if self._refused or self.transport.is_closing():
            return  # after a refusal, what the client still sends is read and dropped
        super().data_received(data)
        if self._reading_head and not self.transport.is_closing():
            # Inside a head after this chunk: count it all (at worst it also held the
            # end of a pipelined body, which only makes the bound a little stricter).
            self._head_bytes += len(data)
            limit = self.limits().max_head_bytes
            if self._head_bytes > limit:
                # The URL arrives piece by piece, so its length so far tells which grew.
                self._refuse_head(limit, url_only=len(self.url or b"") > limit // 2)

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a parser error, unless this protocol already answered."""
        if not self._refused:
            super().send_400_response(msg)

    def on_message_begin(self) -> None:
        """A new request starts: time its head."""
        super().on_message_begin()
        self._reading_head = True
        self._head_bytes = 0
        if self._deadline is None:
            self._arm(self.limits().head_timeout, "the request head")

    def on_headers_complete(self) -> None:
        """The head is in: check its exact size, then time the body, if one is declared."""
        self._reading_head = False
        self._disarm()
        limit = self.limits().max_head_bytes
        size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > limit:
            self._refuse_head(limit, url_only=len(self.url) > limit)
            # Stops the parser: uvicorn sees a parser error, and its 400 is suppressed.
            raise _Refused
        super().on_headers_complete()
        if any(
            (name == b"content-length" and value.strip() not in (b"", b"0"))
            or name == b"transfer-encoding"
            for name, value in self.headers
        ):
            self._arm(self.limits().body_timeout, "the request body")

    def on_message_complete(self) -> None:
        """The request is in: the next head starts a fresh count."""
        self._disarm()
        super().on_message_complete()

    def _arm(self, seconds: float, what: str) -> None:
        self._deadline = self.loop.time() + seconds
        self._reading = what
        if self._timer is not None and self._timer.when() > self._deadline:
            self._timer.cancel()  # a shorter read follows a longer one
            self._timer = None
        if self._timer is None:
            self._timer = self.loop.call_at(self._deadline, self._watch)

    def _disarm(self) -> None:
        self._deadline = None

    def _watch(self) -> None:
        self._timer = None
        if self._deadline is None:
            return  # no read is timed now; the next one starts the timer again
        if self.loop.time() < self._deadline:
            self._timer = self.loop.call_at(self._deadline, self._watch)
            return
        self._deadline = None
        self._expire(self._reading)

    def _expire(self, what: str) -> None:
        cycle: Any = self.cycle
        if cycle is not None and cycle.response_started and not cycle.response_complete:
            self.transport.close()  # this request's answer is under way: just stop reading
            return
        self._refuse(408, f"The client took too long to send {what}.")

    def _refuse_head(self, limit: int, *, url_only: bool) -> None:
        # As common front ends answer: 414 when the URL alone is too long, else 431.
        if url_only:
            self._refuse(414, f"The request URL is longer than {limit} bytes.")
        else:
            self._refuse(431, f"The request head is larger than {limit} bytes.")

    def _refuse(self, status: int, message: str) -> None:
        """Answer ``status`` with a short text and close (the app never sees it)."""
        self._disarm()
        self._reading_head = False
        self._refused = True
        phrase = http.HTTPStatus(status).phrase
        text = message.encode()
        self.transport.write(
            b"".join(
                [
                    f"HTTP/1.1 {status} {phrase}\r\n".encode(),
                    b"content-type: text/plain; charset=utf-8\r\n",
                    b"content-length: " + str(len(text)).encode() + b"\r\n",
                    b"connection: close\r\n\r\n",
                    text,
                ]
            )
        )
        if self.transport.can_write_eof():
            # Half-close: the answer and a FIN go out, while the rest of what the client
            # is still sending is read and dropped for a moment. Closing at once would
            # make the kernel reset the connection, and the client lose the answer.
            self.transport.write_eof()
            self.loop.call_later(_LINGER, self.transport.close)
        else:
            self.transport.close()


def guarded_protocol(runtime: Any) -> type[GuardedHttpToolsProtocol]:
    """A protocol class reading its bounds from ``runtime.limits`` (None: defaults)."""
    return type("GuardedHttpToolsProtocol", (GuardedHttpToolsProtocol,), {"runtime": runtime})
