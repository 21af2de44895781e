"""Rezolve.ai: departures from its documents and its profiles (see ``_core.fidelity``)."""

from __future__ import annotations

__all__ = ["DEPARTURES", "DOCUMENTED_PROFILE", "PROFILES"]

DEPARTURES: dict[str, str] = {}

PROFILES: tuple[str, ...] = ("default",)

DOCUMENTED_PROFILE = "default"
