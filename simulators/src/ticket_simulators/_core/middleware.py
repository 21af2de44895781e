"""Pure ASGI middleware that applies injected faults and records the request log."""

from __future__ import annotations

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .faults import ConnectionDropped
from .requestlog import LoggedRequest, redact_headers
from .runtime import SimRuntime

__all__ = ["CONTROL_PREFIX", "SimulatorMiddleware"]

CONTROL_PREFIX = "/__sim__/"


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

        async def send_and_watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        terminal = plan.terminal
        try:
            if plan.latency:
                await anyio.sleep(plan.latency)
            if terminal is not None and terminal.kind == "drop":
                raise ConnectionDropped
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
