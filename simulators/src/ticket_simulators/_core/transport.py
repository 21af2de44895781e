"""A synchronous httpx transport that calls an ASGI app in-process.

httpx's ``ASGITransport`` is async-only, and Starlette's ``TestClient`` now prefers
``httpx2`` (warning when it falls back to httpx), so sync clients get this small
bridge. Each calling thread runs the app on an event loop of its own, kept for the
transport's lifetime, so a request costs no thread hop; a thread that is already
running an event loop (a sync client called from async code) goes through an anyio
blocking portal instead. Responses keep httpx's own types.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import weakref
from collections.abc import Iterator
from types import TracebackType
from typing import Self

import anyio.from_thread
import httpx
from starlette.types import ASGIApp

__all__ = ["SyncASGITransport"]

_Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


def _close_loops(loops: list[asyncio.AbstractEventLoop], lock: threading.Lock) -> None:
    """Close every loop that is idle; one busy in another thread stays for a later call."""
    with lock:
        idle = [loop for loop in loops if not loop.is_running()]
        loops[:] = [loop for loop in loops if loop not in idle]
    try:
        asyncio.get_running_loop()
        inside_a_loop = True  # collected while another loop runs here: it cannot be driven
    except RuntimeError:
        inside_a_loop = False
    for loop in idle:
        if not loop.is_closed():
            if not inside_a_loop:
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()


class SyncASGITransport(httpx.BaseTransport):
    """Send sync httpx requests to an ASGI app without a socket.

    ``close()`` (or leaving ``with httpx.Client(transport=...)``) closes the event loops
    it made; so does garbage collection of an unclosed transport. Exceptions raised by
    the app reach the caller, as with ``ASGITransport``.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Bridge to ``app``."""
        self._transport = httpx.ASGITransport(app=app)
        self._stack: contextlib.ExitStack | None = None
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._loops: list[asyncio.AbstractEventLoop] = []
        self._finalizer = weakref.finalize(self, _close_loops, self._loops, self._lock)

    def _own_loop(self) -> asyncio.AbstractEventLoop:
        """This thread's loop for the app, made on first use."""
        loop: asyncio.AbstractEventLoop | None = getattr(self._local, "loop", None)
        if loop is None or loop.is_closed():
            loop = asyncio.new_event_loop()
            self._local.loop = loop
            with self._lock:
                self._loops.append(loop)
        return loop

    @contextlib.contextmanager
    def _portal_for_request(self) -> Iterator[anyio.from_thread.BlockingPortal]:
        with self._lock:
            portal = self._portal
        if portal is not None:
            yield portal
            return
        with anyio.from_thread.start_blocking_portal("asyncio") as portal:
            yield portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Run one request through the app and return the fully read response."""
        # ASGITransport wants an async stream; a sync client's body may be sync-only.
        forwarded = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.read(),
            extensions=request.extensions,
        )

        async def call() -> _Answer:
            response = await self._transport.handle_async_request(forwarded)
            content = await response.aread()
            return response.status_code, response.headers.raw, content

        try:
            asyncio.get_running_loop()
        except RuntimeError:  # the usual case: no loop runs in this thread
            status, headers, content = self._own_loop().run_until_complete(call())
        else:
            with self._portal_for_request() as portal:
                status, headers, content = portal.call(call)
        # A stream, not content=: httpx times the response (``elapsed``) as it reads it.
        return httpx.Response(
            status, headers=headers, stream=httpx.ByteStream(content), request=request
        )

    def __enter__(self) -> Self:
        """Also keep one portal thread for calls made where an event loop runs."""
        with self._lock:
            if self._portal is None:
                stack = contextlib.ExitStack()
                self._portal = stack.enter_context(
                    anyio.from_thread.start_blocking_portal("asyncio")
                )
                self._stack = stack
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Close the event loops and the portal thread."""
        self.close()

    def close(self) -> None:
        """Close the event loops this transport made and its portal thread, if any."""
        with self._lock:
            stack, self._stack, self._portal = self._stack, None, None
        if stack is not None:
            stack.close()
        _close_loops(self._loops, self._lock)
