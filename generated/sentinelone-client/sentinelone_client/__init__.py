"""A client library for accessing SentinelOne Management API (threats)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
