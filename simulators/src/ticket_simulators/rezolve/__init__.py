"""Simulator of the Rezolve.ai ticketing API v2 (ticket types, GET and PATCH ticket)."""

from .app import BASE_URL, RezolveBackend, create_app
from .departures import DEPARTURES, DOCUMENTED_PROFILE, PROFILES
from .seed import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID

__all__ = [
    "BASE_URL",
    "DEPARTURES",
    "DOCUMENTED_PROFILE",
    "DOC_DESCRIPTION_FIELD_ID",
    "DOC_TICKET_ID",
    "PROFILES",
    "RezolveBackend",
    "create_app",
]
