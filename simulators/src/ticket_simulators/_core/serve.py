"""Serve a simulator app over a real socket with uvicorn, optionally over TLS."""

from __future__ import annotations

import contextlib
import gc
import ipaddress
import socket
import ssl
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import trustme
import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from .faults import ConnectionDropped
from .protocol import guarded_protocol

__all__ = [
    "BackgroundServer",
    "DropConnections",
    "TlsFiles",
    "bind",
    "is_loopback",
    "make_tls",
    "serve",
]


class DropConnections:
    """Turn ``ConnectionDropped`` into a socket closed without a response.

    ASGI has no message for "hang up", so this reaches for the transport of uvicorn's
    request cycle (the object ``send`` is bound to). Anywhere else the exception
    propagates, which in-process httpx transports report as the same transport error.
    """

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app and hang up when it asks to."""
        try:
            await self.app(scope, receive, send)
        except ConnectionDropped as exc:
            cycle: Any = getattr(send, "__self__", None)
            transport: Any = getattr(cycle, "transport", None)
            if transport is None:
                raise
            if exc.flush:
                transport.close()
            else:
                transport.abort()
            # Let uvicorn notice the disconnect, or it would answer 500 on a dead socket.
            for _ in range(100):
                if getattr(cycle, "disconnected", True):
                    break
                await anyio.sleep(0.001)


@dataclass(frozen=True)
class TlsFiles:
    """PEM files for a TLS listener: the server's key and chain, and the CA to trust."""

    cert_chain: Path
    ca_file: Path

    def client_context(self) -> ssl.SSLContext:
        """An SSL context that trusts the throwaway CA, for httpx's ``verify``."""
        return ssl.create_default_context(cafile=str(self.ca_file))


def make_tls(directory: Path, ca_file: Path | None = None) -> TlsFiles:
    """Make a throwaway CA and a certificate for localhost, 127.0.0.1 and ::1."""
    ca = trustme.CA()
    issued = ca.issue_cert("localhost", "127.0.0.1", "::1")
    chain = directory / "server.pem"
    issued.private_key_and_cert_chain_pem.write_to_path(str(chain))
    ca_path = ca_file if ca_file is not None else directory / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_path))
    return TlsFiles(cert_chain=chain, ca_file=ca_path)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free port (read it from ``getsockname``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio turns on TCP_NODELAY for accepted connections only
    # when the listening socket says it is TCP. Without it every keep-alive answer with a
    # body waited for the client's delayed ACK (about 40 ms each).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def base_url(sock: socket.socket, *, tls: bool) -> str:
    """The URL clients use to reach ``sock``."""
    host, port = sock.getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"{'https' if tls else 'http'}://{host}:{port}"


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or address to bind) is reachable from this machine only."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # another host name: it may resolve to any interface


def _check_exposure(app: ASGIApp, host: str) -> None:
    """Beyond loopback the control API would be open to the network: demand a token."""
    if is_loopback(host):
        return
    runtime: Any = getattr(app, "runtime", None)
    if runtime is None or runtime.control_token is None:
        raise ValueError(
            f"serving on {host} exposes the control API beyond this machine: "
            "give a control token (--control-token or TICKET_SIM_CONTROL_TOKEN)"
        )
    print(
        f"warning: listening on {host}, reachable from other machines; the control API "
        "answers only requests carrying the control token",
        file=sys.stderr,
        flush=True,
    )


def _config(
    app: ASGIApp, tls: TlsFiles | None, log_level: str, *, own_logging: bool = True
) -> uvicorn.Config:
    extra: dict[str, Any] = {} if own_logging else {"log_config": None}
    return uvicorn.Config(
        DropConnections(app),
        # Bounds read on each use, so limits changed on a running simulator apply at once.
        http=guarded_protocol(getattr(app, "runtime", None)),
        log_level=log_level,
        access_log=False,
        # Clients reach a simulator directly. Trusting X-Forwarded-For/-Proto from
        # loopback would let any local client rewrite its address and the scheme of the
        # links answers carry, and it costs a middleware on every request.
        proxy_headers=False,
        server_header=False,  # no vendor answers "server: uvicorn"
        lifespan="off",
        ws="none",  # no websocket routes; also keeps optional libraries out of the way
        ssl_certfile=str(tls.cert_chain) if tls else None,
        timeout_graceful_shutdown=1,
        **extra,
    )


def serve(
    app: ASGIApp,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    tls: bool = False,
    ca_file: Path | None = None,
    log_level: str = "warning",
) -> None:
    """Serve ``app`` until interrupted, printing the URL (and CA file) once listening.

    A ``host`` beyond loopback needs the app to have a control token (ValueError
    otherwise) and prints a warning.
    """
    _check_exposure(app, host)
    with tempfile.TemporaryDirectory(prefix="ticket-sim-") as workdir:
        files = make_tls(Path(workdir), ca_file) if tls else None
        sock = bind(host, port)
        print(f"listening on {base_url(sock, tls=tls)}", flush=True)
        if files is not None:
            print(f"CA certificate: {files.ca_file}", flush=True)
        # The seeded world lives as long as the process: move it out of the cyclic
        # collector's way, so full collections stay short and do not stall answers.
        gc.collect()
        gc.freeze()
        uvicorn.Server(_config(app, files, log_level)).run(sockets=[sock])


class BackgroundServer:
    """Serve an app from a daemon thread, for tests that need a real socket."""

    def __init__(self, app: ASGIApp, *, tls: bool = False, host: str = "127.0.0.1") -> None:
        """Prepare (but do not start) a server on a free port of ``host``."""
        _check_exposure(app, host)
        self._workdir = tempfile.TemporaryDirectory(prefix="ticket-sim-")
        self.tls: TlsFiles | None = make_tls(Path(self._workdir.name)) if tls else None
        self._sock = bind(host, 0)
        self.base_url = base_url(self._sock, tls=tls)
        # Inside a test run, leave logging to the host (pytest captures uvicorn's records).
        self._server = uvicorn.Server(_config(app, self.tls, "warning", own_logging=False))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self, timeout: float = 10.0) -> None:
        """Start serving and wait until uvicorn accepts connections."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("simulator server failed to start")
            time.sleep(0.005)

    def stop(self) -> None:
        """Shut down, close the socket and delete the TLS files."""
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
        self._workdir.cleanup()

    @contextlib.contextmanager
    def running(self) -> Iterator[BackgroundServer]:
        """Start on entry, stop on exit."""
        self.start()
        try:
            yield self
        finally:
            self.stop()
