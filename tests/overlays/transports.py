"""Test transports and loopback servers that misbehave the way real networks do."""

from __future__ import annotations

import abc
import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx


class _SpoilsFirstAnswer(httpx.BaseTransport, abc.ABC):
    """Delivers every request; the first answer ``spoils`` picks is spoiled after it applied."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.spoiled = False

    def picks(self, request: httpx.Request) -> bool:
        """Whether the answer to ``request`` is one to spoil (any, by default)."""
        return True

    @abc.abstractmethod
    def spoil(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """What the client gets instead of ``response``."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.spoiled or not self.picks(request):
            return response
        self.spoiled = True
        return self.spoil(request, response)


class LosesFirstPatchAnswer(_SpoilsFirstAnswer):
    """Delivers every request, but loses the answer to the first PATCH after it applied."""

    def picks(self, request: httpx.Request) -> bool:
        return request.method == "PATCH"

    def spoil(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        raise httpx.ReadError("connection reset after the write", request=request)


class _CutStream(httpx.SyncByteStream):
    """Half of a body, then the connection is reset."""

    def __init__(self, body: bytes, request: httpx.Request) -> None:
        self.body = body
        self.request = request

    def __iter__(self) -> Iterator[bytes]:
        yield self.body[: len(self.body) // 2]
        raise httpx.ReadError("connection reset while reading the body", request=self.request)


class CutsFirstBody(_SpoilsFirstAnswer):
    """Delivers every request; the first answer's body is cut off midway."""

    def spoil(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body = response.read()
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_CutStream(body, request),
            request=request,
        )


class LoopbackServer:
    """A raw-socket server on 127.0.0.1 that answers every connection with ``serve``.

    ``serve(connection, request_head)`` gets the accepted socket and the bytes of the
    request head; it writes whatever it likes. Each connection runs on its own thread.
    """

    def __init__(self, serve: Callable[[socket.socket, bytes], None]) -> None:
        self.serve = serve
        self.heads: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection, contextlib.suppress(OSError):
            connection.settimeout(5.0)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = connection.recv(4096)
                if not chunk:
                    return
                head += chunk
            self.heads.append(head)
            self.serve(connection, head)

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(timeout=2)


def trickle(interval: float, limit: float = 10.0) -> Callable[[socket.socket, bytes], None]:
    """An answer whose header bytes come one at a time, ``interval`` apart, for ``limit`` s."""

    def serve(connection: socket.socket, head: bytes) -> None:
        answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Pad: " * 10_000
        stop = time.monotonic() + limit
        for byte in answer:
            if time.monotonic() > stop:
                return
            connection.sendall(bytes([byte]))
            time.sleep(interval)

    return serve


def canned(
    status: int, body: bytes, headers: dict[str, str] | None = None
) -> Callable[[socket.socket, bytes], None]:
    """A fixed HTTP/1.1 answer (the connection is closed after it)."""

    def serve(connection: socket.socket, head: bytes) -> None:
        lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)

    return serve
