"""Pure ASGI middleware that applies injected faults and records the request log."""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .faults import ConnectionDropped
from .requestlog import LoggedRequest, redact_headers
from .runtime import SimRuntime

__all__ = ["CONTROL_PREFIX", "MAX_BODY_BYTES", "SimulatorMiddleware"]

CONTROL_PREFIX = "/__sim__/"
MAX_BODY_BYTES = 1_048_576
"""Largest request body a simulator reads; a larger one is refused with the vendor's 400."""


class SimulatorMiddleware:
    """Outermost layer of a simulator app.

    It sits outside Starlette's error middleware, so a dropped connection is never
    turned into a 500 answer. Control requests pass straight through: they are neither
    faulted nor logged, so tests can always steer a misbehaving simulator.
    """

    def __init__(self, app: ASGIApp, runtime: SimRuntime) -> None:
        """Wrap ``app``, reading faults and the log from ``runtime``."""
        self.app = app
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection scope."""
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return

        method: str = scope["method"]
        path: str = scope["path"]
        plan = self.runtime.faults.plan(method, path)
        status: int | None = None
        terminal = plan.terminal
        logged = False

        def log_once() -> None:
            nonlocal logged
            if logged:
                return
            logged = True
            self.runtime.log.record(
                LoggedRequest(
                    method=method,
                    path=path,
                    query=scope.get("query_string", b"").decode("latin-1"),
                    headers=redact_headers(
                        (k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]
                    ),
                    status=status,
                    timestamp=self.runtime.clock.now(),
                    fault=terminal.kind if terminal is not None else None,
                )
            )

        async def send_and_watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                # Logged before the last byte leaves: a client that has its answer
                # always finds the request in the log.
                log_once()
            await send(message)

        try:
            if plan.latency:
                await anyio.sleep(plan.latency)
            if terminal is not None and terminal.kind == "drop":
                raise ConnectionDropped
            body = await _read_body(scope, receive)
            if body is None:
                # Too large to be a real request: the vendor's own "bad request" answer
                # (a backend may word it itself with ``body_too_large(limit)``).
                backend = self.runtime.backend
                custom = getattr(backend, "body_too_large", None)
                refusal = custom(MAX_BODY_BYTES) if custom else backend.error_response(400)
                await refusal(scope, receive, send_and_watch)
                return
            receive = _replay(body, receive)
            if terminal is not None:
                response = self.runtime.backend.error_response(
                    terminal.status, retry_after=terminal.retry_after
                )
                if terminal.retry_after is not None:
                    response.headers["retry-after"] = str(terminal.retry_after)
                await response(scope, receive, send_and_watch)
            else:
                await self.app(scope, receive, send_and_watch)
        finally:
            log_once()


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _read_body(scope: Scope, receive: Receive) -> bytes | None:
    """The whole request body, or None when it is larger than ``MAX_BODY_BYTES``."""
    declared = _declared_length(scope)
    if declared is not None and declared > MAX_BODY_BYTES:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break  # the client went away; the app sees an empty body
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app the body already read, then the real channel."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
