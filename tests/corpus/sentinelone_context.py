"""Placeholder values for the SentinelOne corpus, from the served simulator or a console.

``context(server)`` takes them from the simulator's seed; ``live_context`` (used by
``scripts/drift.py``) finds the same on a real console from its API token.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from ticket_simulators._core import ServedSimHandle

__all__ = ["context", "live_context"]

THREATS = "/web/api/v2.1/threats"
LOGIN = "/web/api/v2.1/users/login/by-api-token"


def context(server: ServedSimHandle) -> dict[str, str]:
    """Tokens, threats, sites and a ticket id the recorded calls name.

    ``threat_id`` and ``threat_id_2`` are unresolved threats on active agents (the calls
    that filter on ``resolved=False`` or ``agentIsActive`` must find them);
    ``session_token`` is a console session obtained by logging in with the API token, as
    FortiSOAR and InsightConnect do before their calls.
    """
    tokens = server.seed["tokens"]
    admin = next(t["token"] for t in tokens if t["write"] and t["account_ids"] is None)
    with server.client() as client:
        return _discover(client, admin)


def live_context(base_url: str, env: Mapping[str, str], *, verify: Any = True) -> dict[str, str]:
    """The same placeholders on a live console (``SENTINELONE_LIVE_TOKEN``), or as many
    as it has: calls whose threats or ticket the console lacks are left out."""
    token = env.get("SENTINELONE_LIVE_TOKEN")
    if not token:
        return {}
    with httpx.Client(base_url=base_url, verify=verify, timeout=60) as client:
        return _discover(client, token)


def _discover(client: httpx.Client, token: str) -> dict[str, str]:
    values = {"api_token": token}
    login = client.post(LOGIN, json={"data": {"apiToken": token}})
    if login.status_code == 200:
        values["session_token"] = str(login.json()["data"]["token"])
    listing = client.get(
        THREATS, params={"limit": "1000"}, headers={"authorization": f"ApiToken {token}"}
    )
    threats: list[dict[str, Any]] = listing.json()["data"] if listing.status_code == 200 else []
    open_threats = [
        t
        for t in threats
        if t["threatInfo"]["incidentStatus"] != "resolved"
        and t["agentRealtimeInfo"]["agentIsActive"]
    ]
    if len(open_threats) >= 2:
        first, second = open_threats[0], open_threats[1]
        values |= {
            "threat_id": str(first["id"]),
            "threat_id_2": str(second["id"]),
            "threat_sha1": str(first["threatInfo"]["sha1"]),
            "threat_site_id": str(first["agentRealtimeInfo"]["siteId"]),
        }
    ticketed = [t for t in threats if t["threatInfo"]["externalTicketId"]]
    if ticketed:
        values["ticket_id"] = str(ticketed[0]["threatInfo"]["externalTicketId"])
    return values
