"""A client library for accessing Rezolve.ai Ticketing API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
