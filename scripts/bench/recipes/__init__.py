"""Per-vendor benchmark recipes: the raw request, the overlay call and what both change.

One module per vendor of the registry (``Vendor.bench_recipe``), each with a ``RECIPE``.
The client section times ``overlay_call`` against ``raw_call`` in process; the simulator
section loads a served simulator and Prism with ``load_request``. A smoke test checks that
the raw call and the overlay call change the same state (``effect``).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from ticket_simulators._core import SimHandle
from ticket_simulators.vendors import Vendor

__all__ = ["Control", "HttpControl", "RawRequest", "Recipe", "SimControl", "recipe_for"]


@dataclass(frozen=True)
class RawRequest:
    """One HTTP request as a raw-httpx caller (or wrk) sends it."""

    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    """The JSON body, if any, which a raw caller hands to httpx to encode on each call."""

    @property
    def body(self) -> str:
        """The body as bytes on the wire see it (for wrk and the Python load generator)."""
        return "" if self.json is None else json.dumps(self.json)

    def send(self, http: httpx.Client) -> httpx.Response:
        """Send it with ``http`` as a raw caller would; a status of 400 or above raises."""
        response = http.request(self.method, self.path, headers=self.headers, json=self.json)
        response.raise_for_status()
        return response


class Control(Protocol):
    """The simulator's control API, in process or over HTTP."""

    def seed(self) -> dict[str, Any]:
        """The seeded data (``GET /__sim__/seed``)."""
        ...

    def token(self, **options: Any) -> str:
        """A credential the simulator issued (``POST /__sim__/tokens``)."""
        ...


class SimControl:
    """``Control`` of an in-process simulator."""

    def __init__(self, handle: SimHandle) -> None:
        """Steer ``handle``."""
        self.handle = handle

    def seed(self) -> dict[str, Any]:
        """The seeded data."""
        return self.handle.seed

    def token(self, **options: Any) -> str:
        """A credential minted by the app."""
        return self.handle.mint_token(**options)


class HttpControl:
    """``Control`` of a served simulator, through its control API."""

    def __init__(self, base_url: str) -> None:
        """Steer the simulator at ``base_url``."""
        self.base_url = base_url

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        response = httpx.request(method, self.base_url + path, json=body, timeout=30)
        response.raise_for_status()
        return response.json()

    def seed(self) -> dict[str, Any]:
        """The seeded data."""
        seed: dict[str, Any] = self._call("GET", "/__sim__/seed")
        return seed

    def token(self, **options: Any) -> str:
        """A credential minted through ``POST /__sim__/tokens``."""
        return str(self._call("POST", "/__sim__/tokens", options)["token"])


class Recipe(Protocol):
    """What the benchmark does with one vendor."""

    operation: str
    """The call both sides make, as the table names it."""

    def load_request(self, control: Control) -> RawRequest:
        """A request that can be replayed unchanged under load (wrk, Prism)."""
        ...

    def raw_call(self, http: httpx.Client, control: Control) -> Callable[[], None]:
        """The raw call, ready to repeat (it may carry state from one call to the next)."""
        ...

    def overlay_call(self, handle: SimHandle, transport: httpx.BaseTransport) -> Callable[[], None]:
        """The same call through the overlay, ready to repeat."""
        ...

    def effect(self, handle: SimHandle) -> Any:
        """The state the call changes, to compare a raw and an overlay run."""
        ...


def recipe_for(vendor: Vendor) -> Recipe:
    """The recipe the registry names for ``vendor``."""
    module = importlib.import_module(f"{__name__}.{vendor.bench_recipe}")
    recipe: Recipe = module.RECIPE
    return recipe


def sending(http: httpx.Client, request: RawRequest) -> Callable[[], None]:
    """A raw call that sends ``request`` and reads its JSON answer, if it has one."""

    def call() -> None:
        response = request.send(http)
        if response.content:
            response.json()

    return call
