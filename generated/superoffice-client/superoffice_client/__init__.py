"""A client library for accessing SuperOffice WebAPI Tickets"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
