"""The checks every control-API request passes before a control route sees it.

A simulator runs on a developer's machine, where any web page in a browser can send
requests to loopback ports. A page can post ``text/plain`` across origins without a
preflight, and a DNS-rebinding page can read answers under a foreign ``Host``. So every
route under ``/__sim__/`` (vendor-added ones included) accepts only:

- a ``Host`` naming loopback (``localhost``, ``127.0.0.1``, ``[::1]``) or the address
  the request arrived at, unless the request carries the control token;
- the control token in ``X-Sim-Control-Token`` whenever one is configured (it must be
  when the simulator listens beyond loopback);
- for every method but GET, HEAD and DELETE (which no cross-origin form or simple
  request can send with effect), a body declared ``application/json``;
- a body under the same size limit as vendor routes.
"""

from __future__ import annotations

import hmac

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .bodies import GONE, read_body, replay
from .runtime import SimRuntime

__all__ = ["CONTROL_TOKEN_HEADER", "LOOPBACK_NAMES", "guard_control", "host_name"]

CONTROL_TOKEN_HEADER = "x-sim-control-token"  # noqa: S105 (a header name)
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_BODILESS = frozenset({"GET", "HEAD", "DELETE"})


def host_name(host: str) -> str:
    """The name part of a ``Host`` header value, lower-cased (``[::1]:80`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    name, colon, port = host.rpartition(":")
    return name if colon and port.isdigit() and ":" not in name else host


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope["headers"]:
        if name.lower() == wanted:
            return str(value.decode("latin-1"))
    return None


def _refusal(scope: Scope, runtime: SimRuntime, oversized: str | None) -> JSONResponse | None:
    if oversized is not None:
        return JSONResponse({"error": oversized}, status_code=431)
    token = runtime.control_token
    presented = _header(scope, CONTROL_TOKEN_HEADER.encode())
    if token is not None:
        if presented is None or not hmac.compare_digest(presented.encode(), token.encode()):
            return JSONResponse(
                {"error": f"the control API needs the control token in {CONTROL_TOKEN_HEADER}"},
                status_code=401,
            )
    else:
        host = _header(scope, b"host")
        server = scope.get("server")
        allowed = set(LOOPBACK_NAMES)
        if server:
            allowed.add(str(server[0]).lower())
        if host is None or host_name(host) not in allowed:
            return JSONResponse(
                {"error": "the control API answers only requests addressed to this host"},
                status_code=403,
            )
    if scope["method"] not in _BODILESS:
        declared = _header(scope, b"content-type") or ""
        if declared.split(";")[0].strip().lower() != "application/json":
            return JSONResponse(
                {"error": "control requests must send an application/json body"},
                status_code=415,
            )
    return None


async def guard_control(
    app: ASGIApp,
    runtime: SimRuntime,
    oversized: str | None,
    scope: Scope,
    receive: Receive,
    send: Send,
) -> None:
    """Refuse a control request that fails a check, or pass it on with its body read."""
    refusal = _refusal(scope, runtime, oversized)
    if refusal is not None:
        await refusal(scope, receive, send)
        return
    limit = runtime.limits.max_body_bytes
    body = await read_body(scope, receive, limit)
    if body is GONE:
        return
    if body is None:
        too_large = JSONResponse(
            {"error": f"control bodies are limited to {limit} bytes"}, status_code=413
        )
        await too_large(scope, receive, send)
        return
    assert isinstance(body, bytes)
    await app(scope, replay(body, receive), send)
