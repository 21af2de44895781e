"""The registry of simulated vendors, shared by the CLI and the pytest plugin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ._core import Clock, SimulatorApp
from .forcepoint_dlp import BASE_URL as FORCEPOINT_DLP_BASE_URL
from .forcepoint_dlp import PROFILES as FORCEPOINT_DLP_PROFILES
from .forcepoint_dlp import create_app as create_forcepoint_dlp_app
from .rezolve import BASE_URL as REZOLVE_BASE_URL
from .rezolve import PROFILES as REZOLVE_PROFILES
from .rezolve import create_app as create_rezolve_app
from .sentinelone import BASE_URL as SENTINELONE_BASE_URL
from .sentinelone import PROFILES as SENTINELONE_PROFILES
from .sentinelone import create_app as create_sentinelone_app
from .superoffice import BASE_URL as SUPEROFFICE_BASE_URL
from .superoffice import PROFILES as SUPEROFFICE_PROFILES
from .superoffice import create_app as create_superoffice_app

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
        ...


@dataclass(frozen=True)
class Vendor:
    """How to build one vendor's simulator and the URL in-process clients use.

    ``module`` is the Python name of the vendor (``forcepoint_dlp`` for ``forcepoint-dlp``):
    its simulator package, its fixture prefix and its corpus file share it. ``profiles``
    lists the selectable behaviours, the field's default first.
    """

    name: str
    create_app: AppFactory
    base_url: str
    profiles: tuple[str, ...]

    @property
    def module(self) -> str:
        """The vendor's Python name: fixture prefix and package name."""
        return self.name.replace("-", "_")


VENDORS: dict[str, Vendor] = {
    "rezolve": Vendor("rezolve", create_rezolve_app, REZOLVE_BASE_URL, REZOLVE_PROFILES),
    "sentinelone": Vendor(
        "sentinelone", create_sentinelone_app, SENTINELONE_BASE_URL, SENTINELONE_PROFILES
    ),
    "superoffice": Vendor(
        "superoffice", create_superoffice_app, SUPEROFFICE_BASE_URL, SUPEROFFICE_PROFILES
    ),
    "forcepoint-dlp": Vendor(
        "forcepoint-dlp",
        create_forcepoint_dlp_app,
        FORCEPOINT_DLP_BASE_URL,
        FORCEPOINT_DLP_PROFILES,
    ),
}
