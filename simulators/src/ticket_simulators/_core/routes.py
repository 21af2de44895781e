"""Routes declared on a vendor's handler methods, bound the same way for every vendor."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from .handlers import Handler, rendering

__all__ = ["api_routes", "route"]

H = TypeVar("H", bound=Callable[..., Awaitable[Response]])

# Where ``route`` records its (method, path) pairs on the handler function.
_MARKS = "__simulator_routes__"


def route(method: str, *paths: str) -> Callable[[H], H]:
    """Declare a handler method as the vendor's answer to ``method`` at each of ``paths``.

    Paths are relative to the prefix :func:`api_routes` is given.
    """

    def mark(handler: H) -> H:
        marks: tuple[tuple[str, str], ...] = getattr(handler, _MARKS, ())
        setattr(handler, _MARKS, (*marks, *((method, path) for path in paths)))
        return handler

    return mark


def api_routes(api: object, prefix: str = "") -> list[BaseRoute]:
    """The routes ``api``'s :func:`route` methods declare, under ``prefix``, in their order.

    Each handler is :func:`rendering`-wrapped. A path that several methods answer is one
    route, so that a wrong method gets 405 with all of them in ``Allow``.
    """
    by_path: dict[str, dict[str, Handler]] = {}
    for name, member in vars(type(api)).items():
        for method, path in getattr(member, _MARKS, ()):
            by_path.setdefault(path, {})[method] = rendering(getattr(api, name))
    return [
        Route(f"{prefix}{path}", _by_method(handlers), methods=list(handlers))
        for path, handlers in by_path.items()
    ]


def _by_method(handlers: dict[str, Handler]) -> Handler:
    if len(handlers) == 1:
        return next(iter(handlers.values()))

    async def endpoint(request: Request) -> Response:
        # Starlette lets HEAD through wherever GET is allowed; it is answered as GET is.
        method = "GET" if request.method == "HEAD" else request.method
        return await handlers[method](request)

    return endpoint
