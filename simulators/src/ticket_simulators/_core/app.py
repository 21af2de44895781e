"""The Starlette application shell every vendor simulator is built on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

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

if TYPE_CHECKING:
    from ..vendors import AppFactory

__all__ = ["Behaviour", "SeededBackend", "SimulatorApp", "app_factory"]

B = TypeVar("B", bound="_Backend")


class _Store(Protocol):
    def reset(self) -> None: ...


S = TypeVar("S", bound=_Store)


class SeededBackend(Generic[S]):
    """What every vendor backend holds: the app's clock and mode, and a seeded store.

    A vendor names its store class in ``store_type`` (built from the seed) and creates
    its credential service in ``open_credentials``. Credentials survive ``reset``: the
    signing secret belongs to the app, not to the seed.
    """

    store_type: ClassVar[type[Any]]

    def __init__(self, *, seed: int, clock: Clock, fidelity: Fidelity) -> None:
        """Seed the store, then open the credentials; ``clock`` and ``fidelity`` are the app's."""
        self.clock = clock
        self.fidelity = fidelity
        self.store: S = self.store_type(seed)
        self.open_credentials()

    def open_credentials(self) -> None:
        """Create the vendor's credential service (called once, the store seeded)."""

    def reset(self) -> None:
        """Reload the seed."""
        self.store.reset()


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


def app_factory(
    backend_type: type[B],
    routes: Callable[[B], Sequence[BaseRoute]],
    behaviour: Behaviour,
    title: str,
) -> AppFactory:
    """A vendor's ``create_app``: each call gives a fresh app with its own seeded backend.

    ``routes`` gives the vendor's API routes for the backend; ``behaviour`` registers the
    vendor's departures and profiles; the factory's ``strict`` and ``profile`` set the
    starting mode. ``title`` names the vendor in the factory's docstring.
    """

    def create_app(
        *,
        seed: int = 0,
        clock: Clock | None = None,
        strict: bool = False,
        profile: str | None = None,
    ) -> SimulatorApp:
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

    create_app.__doc__ = f"A fresh {title} simulator seeded by ``seed`` (see ``AppFactory``)."
    create_app.__module__ = backend_type.__module__
    return create_app
