"""Test-facing handles on a simulator: clients, tokens, clock, faults and the log."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Unpack

import httpx

from .app import SimulatorApp
from .clock import Clock
from .control import check_token_options
from .faults import Fault, FaultKind, FaultOptions
from .requestlog import PatternFields, RequestLog, RequestPattern
from .serve import BackgroundServer
from .transport import SyncASGITransport

__all__ = ["ServedSimHandle", "SimHandle"]


class SimHandle:
    """One in-process simulator app and everything a test steers it with.

    Sync clients and transports it makes are closed by ``close()`` (the pytest fixtures
    do that); close async ones yourself, e.g. with ``async with``.
    """

    def __init__(self, app: SimulatorApp, base_url: str) -> None:
        """Wrap ``app``; clients address it as ``base_url``."""
        self.app = app
        self.base_url = base_url
        self._closeables: list[httpx.Client | httpx.BaseTransport] = []

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport into the app, for clients you build yourself."""
        transport = SyncASGITransport(self.app)
        self._closeables.append(transport)
        return transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport into the app (``httpx.ASGITransport``)."""
        return httpx.ASGITransport(app=self.app)

    def client(self, **kwargs: Any) -> httpx.Client:
        """A sync httpx client bound to the app (extra arguments go to ``httpx.Client``)."""
        client = httpx.Client(transport=self.transport(), base_url=self.base_url, **kwargs)
        self._closeables.append(client)
        return client

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An async httpx client bound to the app through ``httpx.ASGITransport``."""
        return httpx.AsyncClient(transport=self.async_transport(), base_url=self.base_url, **kwargs)

    def mint_token(self, **options: Any) -> str:
        """Issue a credential; options are the vendor's ``POST /__sim__/tokens`` keys."""
        check_token_options(options)
        return self.app.backend.mint_token(options)

    @property
    def seed(self) -> dict[str, Any]:
        """The seeded data, as ``GET /__sim__/seed`` lists it."""
        return self.app.backend.seed_listing()

    @property
    def clock(self) -> Clock:
        """The simulator's clock (``advance``, ``set``, ``now``)."""
        return self.app.runtime.clock

    @property
    def requests(self) -> RequestLog:
        """The live request log (``call_count``, ``last``, iteration)."""
        return self.app.runtime.log

    def inject(self, kind: FaultKind, **options: Unpack[FaultOptions]) -> Fault:
        """Add a fault (see ``POST /__sim__/faults``) and return it.

        ``kind`` is ``latency``, ``status``, ``drop``, ``apply_then_drop``,
        ``truncate`` or ``malformed``; ``seconds_max`` draws latency from
        ``seconds``..``seconds_max``; ``probability`` fires the fault on that share of
        matching requests, drawn from a generator seeded with ``seed``.
        """
        return self.app.runtime.faults.add(Fault(kind=kind, **options))

    def inject_json(self, body: Mapping[str, Any]) -> Fault:
        """Add a fault described as the control API's JSON body."""
        return self.app.runtime.faults.add(Fault.from_json(body))

    def count_requests(self, **pattern: Unpack[PatternFields]) -> int:
        """How many logged requests match (see ``POST /__sim__/requests/count``).

        ``path``, ``query``, header values and ``body`` are regular expressions
        searched in the logged, redacted text; the others compare exactly.
        """
        return self.requests.count(RequestPattern.build(**pattern))

    def assert_requests(self, expected: int, **pattern: Unpack[PatternFields]) -> None:
        """Assert that exactly ``expected`` logged requests match ``pattern``.

        ``pattern`` takes ``count_requests``' keywords. The message lists what the log
        holds when the count differs, so a failing test shows what was sent.
        """
        found = self.count_requests(**pattern)
        if found == expected:
            return
        seen = [f"{e.method} {e.path} -> {e.status}" for e in self.requests.entries()[-10:]]
        note = "" if self.requests.complete else " (the log has forgotten older requests)"
        raise AssertionError(
            f"expected {expected} request(s) matching {pattern}, found {found}{note}; "
            f"latest logged: {seen}"
        )

    def clear_faults(self) -> int:
        """Remove every fault; return how many were active."""
        return self.app.runtime.faults.clear()

    def reset(self) -> None:
        """Back to the seed state: no faults, empty log, clock at its start."""
        self.app.runtime.reset()

    def close(self) -> None:
        """Close the sync clients and transports this handle made."""
        for closeable in self._closeables:
            closeable.close()
        self._closeables.clear()


class ServedSimHandle(SimHandle):
    """A simulator served on a loopback socket by a background uvicorn thread."""

    def __init__(self, app: SimulatorApp, *, tls: bool = False) -> None:
        """Start serving ``app`` on a free port (HTTPS with a throwaway CA if ``tls``)."""
        self._server = BackgroundServer(app, tls=tls)
        super().__init__(app, self._server.base_url)
        self._server.start()

    @property
    def ca_file(self) -> Path | None:
        """PEM file of the CA that signed the server certificate (None without TLS)."""
        return self._server.tls.ca_file if self._server.tls else None

    @property
    def verify(self) -> ssl.SSLContext | bool:
        """What to pass as httpx's ``verify`` to trust this server."""
        return self._server.tls.client_context() if self._server.tls else True

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport over the socket that trusts the server's CA."""
        transport = httpx.HTTPTransport(verify=self.verify)
        self._closeables.append(transport)
        return transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport over the socket that trusts the server's CA."""
        return httpx.AsyncHTTPTransport(verify=self.verify)

    def client(self, **kwargs: Any) -> httpx.Client:
        """A sync httpx client that talks to the server over the socket."""
        kwargs.setdefault("verify", self.verify)
        client = httpx.Client(base_url=self.base_url, **kwargs)
        self._closeables.append(client)
        return client

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An async httpx client that talks to the server over the socket."""
        kwargs.setdefault("verify", self.verify)
        return httpx.AsyncClient(base_url=self.base_url, **kwargs)

    def stop(self) -> None:
        """Close clients and shut the server down."""
        self.close()
        self._server.stop()
