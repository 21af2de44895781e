"""Placeholder values for the SentinelOne corpus, taken from the served simulator's seed."""

from __future__ import annotations

from typing import Any

from ticket_simulators._core import ServedSimHandle

THREATS = "/web/api/v2.1/threats"


def context(server: ServedSimHandle) -> dict[str, str]:
    """Tokens, threats, sites and a ticket id the recorded calls name.

    ``threat_id`` and ``threat_id_2`` are unresolved threats on active agents (the calls
    that filter on ``resolved=False`` or ``agentIsActive`` must find them);
    ``session_token`` is a console session obtained by logging in with the API token, as
    FortiSOAR and InsightConnect do before their calls.
    """
    seed = server.seed
    admin = next(t["token"] for t in seed["tokens"] if t["write"] and t["account_ids"] is None)
    headers = {"authorization": f"ApiToken {admin}"}
    with server.client() as client:
        threats: list[dict[str, Any]] = client.get(
            THREATS, params={"limit": "1000"}, headers=headers
        ).json()["data"]
        login = client.post(
            "/web/api/v2.1/users/login/by-api-token", json={"data": {"apiToken": admin}}
        )
    open_threats = [
        t
        for t in threats
        if t["threatInfo"]["incidentStatus"] != "resolved"
        and t["agentRealtimeInfo"]["agentIsActive"]
    ]
    resolved = next(t for t in threats if t["threatInfo"]["incidentStatus"] == "resolved")
    ticketed = next(t for t in threats if t["threatInfo"]["externalTicketId"])
    sites = [s["id"] for s in seed["sites"]]
    first, second = open_threats[0], open_threats[1]
    return {
        "api_token": admin,
        "session_token": login.json()["data"]["token"],
        "threat_id": first["id"],
        "threat_id_2": second["id"],
        "threat_sha1": first["threatInfo"]["sha1"],
        "threat_site_id": first["agentRealtimeInfo"]["siteId"],
        "resolved_threat_id": resolved["id"],
        "ticket_id": ticketed["threatInfo"]["externalTicketId"],
        "site_id": sites[0],
        "site_id_2": sites[1],
    }
