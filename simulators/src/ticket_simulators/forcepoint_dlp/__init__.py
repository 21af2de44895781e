"""Simulator of the Forcepoint DLP REST API (tokens, Get Incidents, Update Incidents)."""

from .app import BASE_URL, PREFIX, ForcepointDlpBackend, create_app
from .departures import DEPARTURES, DOCUMENTED_PROFILE, PROFILES
from .seed import ACCOUNTS, CUSTOM_STATUSES, ENABLED_POLICIES

__all__ = [
    "ACCOUNTS",
    "BASE_URL",
    "CUSTOM_STATUSES",
    "DEPARTURES",
    "DOCUMENTED_PROFILE",
    "ENABLED_POLICIES",
    "PREFIX",
    "PROFILES",
    "ForcepointDlpBackend",
    "create_app",
]
