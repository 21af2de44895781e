"""Placeholder values for the Forcepoint DLP corpus, minted from the served simulator."""

from __future__ import annotations

from ticket_simulators._core import ServedSimHandle
from ticket_simulators.forcepoint_dlp import ACCOUNTS

__all__ = ["context"]

INCIDENT_ID = 2719600
"""The first seeded DLP incident (seed 0), which the corpus calls look up and update."""


def context(server: ServedSimHandle) -> dict[str, str]:
    """An Application administrator's credentials, its tokens, and a seeded event id."""
    account = next(a for a in ACCOUNTS if a.admin_type == "Application")
    first = next(
        i for i in server.seed["incidents"] if i["type"] == "INCIDENTS" and i["id"] == INCIDENT_ID
    )
    return {
        "username": account.username,
        "password": account.password,
        "access_token": server.mint_token(kind="access", username=account.username),
        "refresh_token": server.mint_token(kind="refresh", username=account.username),
        "event_id": str(first["event_id"]),
    }
