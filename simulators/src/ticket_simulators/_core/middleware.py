"""Pure ASGI middleware: limits, the control API's guard, injected faults, the request log."""

from __future__ import annotations

import logging

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .bodies import GONE, read_body, replay
from .controlguard import guard_control
from .faults import AFTER_HANDLER, ConnectionDropped, Fault
from .limits import Limits
from .requestlog import LoggedRequest, redact_headers, redact_query
from .runtime import SimRuntime

__all__ = ["CONTROL_PREFIX", "MAX_BODY_BYTES", "SimulatorMiddleware", "head_refusal"]

CONTROL_PREFIX = "/__sim__/"
MAX_BODY_BYTES = Limits().max_body_bytes
"""Largest request body a simulator reads by default; a larger one is refused with the
vendor's 400 (413 on the control API)."""

_logger = logging.getLogger("ticket_simulators")


class SimulatorMiddleware:
    """Outermost layer of a simulator app.

    It sits outside Starlette's error middleware, so a dropped connection is never
    turned into a 500 answer. Heads over the header limits get 431 everywhere. Control
    requests go through the control guard and are neither faulted nor logged, so tests
    can always steer a misbehaving simulator.
    """

    def __init__(self, app: ASGIApp, runtime: SimRuntime) -> None:
        """Wrap ``app``, reading limits, faults and the log from ``runtime``."""
        self.app = app
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection scope."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limits = self.runtime.limits
        oversized = head_refusal(scope, limits)
        if scope["path"].startswith(CONTROL_PREFIX):
            await guard_control(self.app, self.runtime, oversized, scope, receive, send)
            return
        await self._vendor(scope, receive, send, limits, oversized)

    async def _vendor(
        self, scope: Scope, receive: Receive, send: Send, limits: Limits, oversized: str | None
    ) -> None:
        method: str = scope["method"]
        path: str = scope["path"]
        plan = self.runtime.faults.plan(method, path) if oversized is None else None
        terminal = plan.terminal if plan is not None else None
        status: int | None = None
        finished = False
        logged = False
        body = b""

        def log_once() -> None:
            nonlocal logged
            if logged:
                return
            logged = True
            query: bytes = scope.get("query_string", b"")
            self.runtime.log.record(
                LoggedRequest(
                    method=method,
                    path=path[: limits.log_value_bytes],
                    query=redact_query(query.decode("latin-1"), max_length=limits.log_value_bytes)
                    if query
                    else "",
                    headers=redact_headers(
                        ((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]),
                        max_value=limits.log_value_bytes,
                    ),
                    status=status,
                    timestamp=self.runtime.clock.now(),
                    fault=terminal.kind if terminal is not None else None,
                    raw_body=body[: limits.log_body_bytes],
                    body_cut=len(body) > limits.log_body_bytes,
                )
            )

        async def send_and_watch(message: Message) -> None:
            nonlocal status, finished
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                finished = True
                # Logged before the last byte leaves: a client that has its answer
                # always finds the request in the log.
                log_once()
            await send(message)

        try:
            if oversized is not None:
                refusal = self.runtime.backend.error_response(431)
                await refusal(scope, receive, send_and_watch)
                return
            assert plan is not None
            if plan.latency:
                await anyio.sleep(plan.latency)
            if terminal is not None and terminal.kind == "drop":
                raise ConnectionDropped
            read = await read_body(scope, receive, limits.max_body_bytes)
            if read is GONE:
                return  # the client left mid-body: nothing is applied, nothing answered
            if read is None:
                # Too large to be a real request: the vendor's own "bad request" answer
                # (a backend may word it itself with ``body_too_large(limit)``).
                backend = self.runtime.backend
                custom = getattr(backend, "body_too_large", None)
                refusal = custom(limits.max_body_bytes) if custom else backend.error_response(400)
                await refusal(scope, receive, send_and_watch)
                return
            assert isinstance(read, bytes)
            body = read
            receive = replay(body, receive)
            if terminal is None:
                try:
                    await self.app(scope, receive, send_and_watch)
                except Exception:
                    if not finished:
                        raise
                    # Starlette's error middleware re-raises after answering 500. The
                    # answer is out: report the bug but keep the connection, so the
                    # client's next request is served as usual.
                    _logger.exception("simulator handler failed after answering")
            elif terminal.kind in AFTER_HANDLER:
                await _spoil(terminal, self.app, scope, receive, send_and_watch)
            else:
                response = self.runtime.backend.error_response(
                    terminal.status, retry_after=terminal.retry_after
                )
                if terminal.retry_after is not None:
                    response.headers["retry-after"] = str(terminal.retry_after)
                await response(scope, receive, send_and_watch)
        finally:
            log_once()


async def _spoil(fault: Fault, app: ASGIApp, scope: Scope, receive: Receive, send: Send) -> None:
    """Run the handler (its changes commit), then spoil its answer as ``fault`` says."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def capture(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    try:
        await app(scope, receive, capture)
    except Exception:
        if start is None:
            raise
    if fault.kind == "apply_then_drop" or start is None:
        raise ConnectionDropped
    cut = fault.cut(b"".join(chunks))
    if fault.kind == "truncate":
        # The head promises the whole body; the connection closes after part of it.
        await send(start)
        await send({"type": "http.response.body", "body": cut, "more_body": True})
        raise ConnectionDropped(flush=True)
    headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(cut)).encode()))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": cut, "more_body": False})


def head_refusal(scope: Scope, limits: Limits) -> str | None:
    """Why the request's headers are over the header limits (answered 431), or None.

    The URL is not counted: a served simulator bounds the whole head, URL included,
    before the app sees it (``protocol``), and in process it costs nothing to hold.
    """
    total = 0
    for name, value in scope["headers"]:
        size = len(name) + len(value)
        if size > limits.max_header_bytes:
            return f"a header is larger than {limits.max_header_bytes} bytes"
        total += size + 4  # ": " and the line break, as on the wire
    if total > limits.max_head_bytes:
        return f"the request headers are larger than {limits.max_head_bytes} bytes"
    return None
