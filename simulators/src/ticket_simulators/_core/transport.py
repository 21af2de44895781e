"""A synchronous httpx transport that calls an ASGI app in-process.

httpx's ``ASGITransport`` is async-only, and Starlette's ``TestClient`` now prefers
``httpx2`` (warning when it falls back to httpx), so sync clients get this small
bridge: each request runs on an anyio blocking portal and keeps httpx's own types.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from types import TracebackType
from typing import Self

import anyio.from_thread
import httpx
from starlette.types import ASGIApp

__all__ = ["SyncASGITransport"]


class SyncASGITransport(httpx.BaseTransport):
    """Send sync httpx requests to an ASGI app without a socket.

    Used as a context manager (``with httpx.Client(transport=...)``) it keeps one event
    loop thread for all requests; otherwise each request starts a short-lived one.
    Exceptions raised by the app reach the caller, as with ``ASGITransport``.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Bridge to ``app``."""
        self._transport = httpx.ASGITransport(app=app)
        self._stack: contextlib.ExitStack | None = None
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._lock = threading.Lock()

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

        async def call() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            response = await self._transport.handle_async_request(forwarded)
            content = await response.aread()
            return response.status_code, response.headers.raw, content

        with self._portal_for_request() as portal:
            status, headers, content = portal.call(call)
        # A stream, not content=: httpx times the response (``elapsed``) as it reads it.
        return httpx.Response(
            status, headers=headers, stream=httpx.ByteStream(content), request=request
        )

    def __enter__(self) -> Self:
        """Keep one event loop thread until ``close``."""
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
        """Stop the event loop thread."""
        self.close()

    def close(self) -> None:
        """Stop the event loop thread, if one is running."""
        with self._lock:
            stack, self._stack, self._portal = self._stack, None, None
        if stack is not None:
            stack.close()
