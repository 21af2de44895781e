"""Simulator of SentinelOne's threats API v2.1 (list, external ticket id, incident)."""

from .app import BASE_URL, PREFIX, SentinelOneBackend, create_app

__all__ = ["BASE_URL", "PREFIX", "SentinelOneBackend", "create_app"]
