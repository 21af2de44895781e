"""What every simulator shares at run time, and what each vendor must supply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from starlette.responses import Response

from .clock import Clock
from .faults import FaultSet
from .limits import Limits
from .requestlog import RequestLog

if TYPE_CHECKING:
    from .fidelity import Fidelity

__all__ = ["ControlError", "SimRuntime", "VendorBackend"]


class ControlError(ValueError):
    """A control-API request the simulator cannot honour; the message is shown to the caller."""


class VendorBackend(Protocol):
    """The vendor-specific half of a simulator, as the shared core sees it."""

    @property
    def name(self) -> str:
        """Short vendor name, e.g. ``rezolve``."""
        ...

    def reset(self) -> None:
        """Restore the deterministic seed state."""
        ...

    def seed_listing(self) -> dict[str, Any]:
        """Describe the seeded data (tenants, users, records) for test authors."""
        ...

    def mint_token(self, request: Mapping[str, Any]) -> str:
        """Issue a credential from control-API options; raise ControlError on bad options."""
        ...

    def error_response(self, status: int, *, retry_after: int | None = None) -> Response:
        """The vendor's error answer for ``status`` (injected faults, unknown routes, crashes)."""
        ...


class SimRuntime:
    """Clock, faults, request log, limits, mode (``fidelity``) and vendor state of one
    simulator app.

    ``control_token``, when set, is required of every control-API request (in the
    ``X-Sim-Control-Token`` header); serving beyond loopback requires one.
    """

    def __init__(
        self,
        backend: VendorBackend,
        clock: Clock,
        fidelity: Fidelity,
        *,
        limits: Limits | None = None,
        control_token: str | None = None,
    ) -> None:
        """Bundle ``backend`` with a fresh fault set and request log."""
        self.backend = backend
        self.clock = clock
        self.fidelity = fidelity
        self._limits = limits or Limits()
        self.control_token = control_token
        self.faults = FaultSet()
        self.log = RequestLog(limits=self._limits)

    @property
    def limits(self) -> Limits:
        """Size limits and timeouts in force (replace them whole to change one)."""
        return self._limits

    @limits.setter
    def limits(self, limits: Limits) -> None:
        self._limits = limits
        self.log.limits = limits
        self.log.maxlen = limits.log_entries

    def reset(self) -> None:
        """Back to the seed: vendor state, no faults, empty log, clock and mode at their start."""
        self.backend.reset()
        self.fidelity.reset()
        self.faults.clear()
        self.log.clear()
        self.clock.reset()
