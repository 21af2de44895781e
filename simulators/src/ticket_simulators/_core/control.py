"""The control API under ``/__sim__/``: reset, clock, faults, request log, seed, tokens, mode.

Every request has passed ``controlguard`` first (host, token, media type, body size).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .clock import format_instant, parse_instant
from .faults import Fault
from .handlers import strict_json_loads
from .requestlog import RequestPattern
from .runtime import ControlError, SimRuntime

__all__ = ["MAX_TOKEN_LIFETIME", "check_token_options", "control_routes"]

MAX_TOKEN_LIFETIME = 100 * 365 * 86400
"""Longest token lifetime (either way: negative ones mint expired tokens), in seconds."""


def check_token_options(options: object) -> None:
    """Refuse token options no vendor could honour: a lifetime past a century."""
    if not isinstance(options, dict):
        raise ControlError("body must be a JSON object")
    lifetime = options.get("lifetime")
    if (
        isinstance(lifetime, int | float)
        and not isinstance(lifetime, bool)
        and not abs(lifetime) <= MAX_TOKEN_LIFETIME  # NaN fails too
    ):
        raise ControlError(f"lifetime must be within {MAX_TOKEN_LIFETIME} seconds either way")


Endpoint = Callable[[Request], Awaitable[Response]]


def _bad_request(message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=400)


async def _json_body(request: Request, *, optional: bool = False) -> Any:
    raw = await request.body()
    if optional and not raw.strip():
        return {}
    try:
        return strict_json_loads(raw)
    except ValueError as exc:
        raise ControlError(f"body must be valid JSON: {exc}") from None


def guarded(endpoint: Endpoint) -> Endpoint:
    """``endpoint`` with bad control input answered 400, plainly, and nothing changed.

    Every control route, the vendors' own included, goes through it: bad control input is
    the test author's mistake, never a crash.
    """

    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ControlError as exc:
            return _bad_request(str(exc))
        except (ValueError, TypeError, OverflowError, LookupError) as exc:
            # Input a route did not foresee; it changed nothing, so say so plainly.
            return _bad_request(f"invalid control request ({type(exc).__name__})")

    return wrapper


def control_routes(runtime: SimRuntime) -> list[Route]:
    """Routes of the control API, bound to one simulator's ``runtime``."""

    async def reset(request: Request) -> Response:
        runtime.reset()
        return JSONResponse({"reset": True, "now": format_instant(runtime.clock.now())})

    async def get_clock(request: Request) -> Response:
        return JSONResponse({"now": format_instant(runtime.clock.now())})

    async def move_clock(request: Request) -> Response:
        body = await _json_body(request)
        if not isinstance(body, dict) or len(body) != 1 or not {"advance", "set"} & set(body):
            raise ControlError('body must be {"advance": seconds} or {"set": "<ISO-8601>"}')
        if "advance" in body:
            seconds = body["advance"]
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                raise ControlError("advance must be a number of seconds")
            try:
                now = runtime.clock.advance(seconds)
            except ValueError as exc:
                raise ControlError(str(exc)) from None
        else:
            try:
                instant = parse_instant(str(body["set"]))
            except ValueError:
                raise ControlError("set must be an ISO-8601 instant with a timezone") from None
            try:
                now = runtime.clock.set(instant)
            except ValueError as exc:
                raise ControlError(str(exc)) from None
        return JSONResponse({"now": format_instant(now)})

    async def list_faults(request: Request) -> Response:
        return JSONResponse({"faults": [f.to_json() for f in runtime.faults.active()]})

    async def add_fault(request: Request) -> Response:
        try:
            fault = Fault.from_json(await _json_body(request))
        except ControlError:
            raise
        except ValueError as exc:
            raise ControlError(str(exc)) from exc
        runtime.faults.add(fault)
        return JSONResponse({"fault": fault.to_json()}, status_code=201)

    async def clear_faults(request: Request) -> Response:
        return JSONResponse({"cleared": runtime.faults.clear()})

    async def requests(request: Request) -> Response:
        entries = runtime.log.entries()
        return JSONResponse(
            {"count": runtime.log.call_count, "requests": [e.to_json() for e in entries]}
        )

    async def _pattern(request: Request) -> RequestPattern:
        try:
            return RequestPattern.from_json(await _json_body(request, optional=True))
        except ControlError:
            raise
        except ValueError as exc:
            raise ControlError(str(exc)) from None

    async def count_requests(request: Request) -> Response:
        pattern = await _pattern(request)
        log = runtime.log
        # "complete" is false once the log's bounds made it forget requests.
        return JSONResponse({"count": log.count(pattern), "complete": log.complete})

    async def find_requests(request: Request) -> Response:
        pattern = await _pattern(request)
        found = runtime.log.find(pattern)
        return JSONResponse(
            {"requests": [e.to_json() for e in found], "complete": runtime.log.complete}
        )

    async def seed(request: Request) -> Response:
        return JSONResponse(runtime.backend.seed_listing())

    async def tokens(request: Request) -> Response:
        body = await _json_body(request, optional=True)
        check_token_options(body)
        return JSONResponse({"token": runtime.backend.mint_token(body)}, status_code=201)

    async def get_mode(request: Request) -> Response:
        return JSONResponse(runtime.fidelity.to_json())

    async def set_mode(request: Request) -> Response:
        runtime.fidelity.update_from_json(await _json_body(request))
        return JSONResponse(runtime.fidelity.to_json())

    # Every route of the control API, by path and method, and all of them guarded.
    endpoints: dict[str, dict[str, Endpoint]] = {
        "reset": {"POST": reset},
        "clock": {"GET": get_clock, "POST": move_clock},
        "faults": {"GET": list_faults, "POST": add_fault, "DELETE": clear_faults},
        "requests": {"GET": requests},
        "requests/count": {"POST": count_requests},
        "requests/find": {"POST": find_requests},
        "seed": {"GET": seed},
        "tokens": {"POST": tokens},
        "mode": {"GET": get_mode, "POST": set_mode},
    }
    return [
        Route(f"/__sim__/{path}", guarded(endpoint), methods=[method])
        for path, methods in endpoints.items()
        for method, endpoint in methods.items()
    ]
