"""Where Rezolve.ai's servers depart from its documents, as the simulator models them.

``DEPARTURES`` maps each departure id the simulator checks (``fidelity.allows(id)``) to a
summary; the spec records each one in ``x-vendor-behaviour`` with its evidence.
``PROFILES`` names the behaviours selectable where documents and field disagree, the
field's default first; strict mode uses ``DOCUMENTED_PROFILE``.
"""

from __future__ import annotations

__all__ = ["DEPARTURES", "DOCUMENTED_PROFILE", "PROFILES"]

DEPARTURES: dict[str, str] = {}

PROFILES: tuple[str, ...] = ("default",)

DOCUMENTED_PROFILE = "default"
