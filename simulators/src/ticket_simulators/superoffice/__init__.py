"""Simulator of the SuperOffice WebAPI tickets: GET and PATCH ``/api/v1/Ticket/{id}``."""

from .app import BASE_URL, CONTEXT, SuperOfficeBackend, create_app
from .departures import DEPARTURES, DOCUMENTED_PROFILE, PROFILES
from .seed import DOC_PASSWORD, DOC_TICKET_ID, DOC_USERNAME

__all__ = [
    "BASE_URL",
    "CONTEXT",
    "DEPARTURES",
    "DOCUMENTED_PROFILE",
    "DOC_PASSWORD",
    "DOC_TICKET_ID",
    "DOC_USERNAME",
    "PROFILES",
    "SuperOfficeBackend",
    "create_app",
]
