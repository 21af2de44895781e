"""The vendor registry: one entry per vendor names everything the project has for it.

Regeneration, the benchmark, the simulator CLI, the pytest plugin, the contract suite
and the test suite's secret watch all loop over ``VENDORS``. A new vendor adds its own
folders (spec, simulator package, overlay package, corpus, benchmark recipe) and one
entry here.

Importing this module is cheap: a vendor's simulator is imported only when its
``create_app``, ``base_url`` or ``profiles`` is first used, so tools that only need names
(``scripts/regenerate.py``) do not pay for the simulators.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ._core import Clock, SimulatorApp

__all__ = ["VENDORS", "AppFactory", "Vendor"]


class AppFactory(Protocol):
    """Signature shared by every vendor's ``create_app``."""

    def __call__(
        self,
        *,
        seed: int = 0,
        clock: Clock | None = None,
        strict: bool = False,
        profile: str | None = None,
    ) -> SimulatorApp:
        """Build a fresh simulator app (``strict``: the documents only; ``profile``: see
        the vendor's ``PROFILES``)."""


@dataclass(frozen=True)
class Vendor:
    """One vendor: its name, and the name of each of its parts in every layer.

    ``name`` is the CLI's and the registry's key (``forcepoint-dlp``); ``module`` its
    Python name (``forcepoint_dlp``), which names the simulator package, the overlay
    package, the spec file, the fixtures, the corpus file and the benchmark recipe.
    """

    name: str
    title: str

    @property
    def module(self) -> str:
        """The vendor's Python name."""
        return self.name.replace("-", "_")

    @property
    def spec(self) -> str:
        """The OpenAPI document's file name in ``specs/``."""
        return f"{self.module}.yaml"

    @property
    def client_project(self) -> str:
        """The generated client's project folder in ``generated/``."""
        return f"{self.name}-client"

    @property
    def client_package(self) -> str:
        """The generated client's import package."""
        return f"{self.module}_client"

    @property
    def overlay(self) -> str:
        """The overlay's import package."""
        return f"ticket_overlays.{self.module}"

    @property
    def simulator(self) -> str:
        """The simulator's import package."""
        return f"ticket_simulators.{self.module}"

    @property
    def bench_recipe(self) -> str:
        """The benchmark recipe's module in ``scripts/bench/recipes/``."""
        return self.module

    @cached_property
    def _package(self) -> ModuleType:
        return importlib.import_module(self.simulator)

    @property
    def create_app(self) -> AppFactory:
        """The simulator's app factory."""
        factory: AppFactory = self._package.create_app
        return factory

    @property
    def base_url(self) -> str:
        """The URL in-process clients address the simulator by."""
        return str(self._package.BASE_URL)

    @property
    def profiles(self) -> tuple[str, ...]:
        """The simulator's selectable behaviours, the field's default first."""
        return tuple(self._package.PROFILES)


VENDORS: dict[str, Vendor] = {
    vendor.name: vendor
    for vendor in (
        Vendor("rezolve", "Rezolve.ai ticketing"),
        Vendor("sentinelone", "SentinelOne threats"),
        Vendor("superoffice", "SuperOffice tickets"),
        Vendor("forcepoint-dlp", "Forcepoint DLP incidents"),
    )
}
