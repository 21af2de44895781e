"""The registry of simulated vendors, shared by the CLI and the pytest plugin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ._core import Clock, SimulatorApp
from .rezolve import BASE_URL as REZOLVE_BASE_URL
from .rezolve import create_app as create_rezolve_app

__all__ = ["VENDORS", "AppFactory", "Vendor"]


class AppFactory(Protocol):
    """Signature shared by every vendor's ``create_app``."""

    def __call__(self, *, seed: int = 0, clock: Clock | None = None) -> SimulatorApp:
        """Build a fresh simulator app."""
        ...


@dataclass(frozen=True)
class Vendor:
    """How to build one vendor's simulator and the URL in-process clients use."""

    name: str
    create_app: AppFactory
    base_url: str


VENDORS: dict[str, Vendor] = {
    "rezolve": Vendor("rezolve", create_rezolve_app, REZOLVE_BASE_URL),
}
