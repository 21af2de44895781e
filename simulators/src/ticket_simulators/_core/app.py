"""The Starlette application shell every vendor simulator is built on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp

from .clock import Clock
from .control import control_routes
from .fidelity import Fidelity
from .middleware import SimulatorMiddleware
from .runtime import SimRuntime, VendorBackend

__all__ = ["Behaviour", "SimulatorApp", "assemble"]

B = TypeVar("B", bound="_Backend")


class SimulatorApp(Starlette):
    """A vendor's routes plus the control API, fault injection and request log.

    ``runtime`` gives in-process access to the same clock, faults, log and vendor
    state the control API steers.
    """

    def __init__(
        self,
        *,
        backend: VendorBackend,
        routes: Sequence[BaseRoute],
        clock: Clock,
        seed: int = 0,
        fidelity: Fidelity,
    ) -> None:
        """Assemble the app from a vendor ``backend``, its API ``routes`` and its mode."""
        self.runtime = SimRuntime(backend, clock, fidelity)
        self.seed = seed

        async def http_error(request: Request, exc: Exception) -> Response:
            # Unknown routes and wrong methods still answer in the vendor's error style.
            assert isinstance(exc, HTTPException)
            response = backend.error_response(exc.status_code)
            for name, value in (exc.headers or {}).items():
                response.headers[name] = value
            return response

        async def crash(request: Request, exc: Exception) -> Response:
            # A bug answers with the vendor's documented 500 body, never a traceback.
            return backend.error_response(500)

        super().__init__(
            # The vendor's routes first: they serve the traffic that matters for speed.
            routes=[*routes, *control_routes(self.runtime)],
            exception_handlers={HTTPException: http_error, Exception: crash},
        )

    @property
    def backend(self) -> VendorBackend:
        """The vendor-specific state and behaviour."""
        return self.runtime.backend

    def build_middleware_stack(self) -> ASGIApp:
        """Put fault injection and logging outside Starlette's own error handling."""
        return SimulatorMiddleware(super().build_middleware_stack(), self.runtime)


class Behaviour(Protocol):
    """A vendor's ``departures`` module: what its field behaviour adds to the documents."""

    DEPARTURES: dict[str, str]
    PROFILES: tuple[str, ...]
    DOCUMENTED_PROFILE: str


class _Backend(VendorBackend, Protocol):
    def __init__(self, *, seed: int, clock: Clock, fidelity: Fidelity) -> None: ...


def assemble(
    backend_type: type[B],
    routes: Callable[[B], Sequence[BaseRoute]],
    behaviour: Behaviour,
    *,
    seed: int,
    clock: Clock | None,
    strict: bool,
    profile: str | None,
) -> SimulatorApp:
    """What every vendor's ``create_app`` does: a mode, a seeded backend, its routes.

    ``routes`` gives the vendor's API routes for the backend; ``behaviour`` registers the
    vendor's departures and profiles; ``strict`` and ``profile`` set the starting mode.
    """
    clock = clock if clock is not None else Clock()
    fidelity = Fidelity(
        behaviour.DEPARTURES,
        behaviour.PROFILES,
        behaviour.DOCUMENTED_PROFILE,
        strict=strict,
        profile=profile,
    )
    backend = backend_type(seed=seed, clock=clock, fidelity=fidelity)
    return SimulatorApp(
        backend=backend, routes=routes(backend), clock=clock, seed=seed, fidelity=fidelity
    )
