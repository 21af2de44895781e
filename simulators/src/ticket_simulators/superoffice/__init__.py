"""Simulator of the SuperOffice WebAPI tickets: GET and PATCH ``/api/v1/Ticket/{id}``."""

from .app import BASE_URL, CONTEXT, SuperOfficeBackend, create_app
from .seed import DOC_PASSWORD, DOC_TICKET_ID, DOC_USERNAME

__all__ = [
    "BASE_URL",
    "CONTEXT",
    "DOC_PASSWORD",
    "DOC_TICKET_ID",
    "DOC_USERNAME",
    "SuperOfficeBackend",
    "create_app",
]
