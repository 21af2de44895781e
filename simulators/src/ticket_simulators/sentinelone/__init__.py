"""Simulator of SentinelOne's threats API v2.1 (list, external ticket id, incident)."""

from .app import BASE_URL, PREFIX, SentinelOneBackend, create_app
from .departures import DEPARTURES, DOCUMENTED_PROFILE, PROFILES

__all__ = [
    "BASE_URL",
    "DEPARTURES",
    "DOCUMENTED_PROFILE",
    "PREFIX",
    "PROFILES",
    "SentinelOneBackend",
    "create_app",
]
