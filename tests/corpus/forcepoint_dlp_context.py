"""Placeholder values for the Forcepoint DLP corpus: from the simulator, or a live manager.

``context(server)`` mints them from the served simulator's seed; ``live_context`` (used
by the drift check) logs in to a real manager with ``FORCEPOINT_DLP_LIVE_USERNAME`` and
``FORCEPOINT_DLP_LIVE_PASSWORD`` and finds incidents in the window
``FORCEPOINT_DLP_LIVE_FROM_DATE`` .. ``FORCEPOINT_DLP_LIVE_TO_DATE`` (``dd/MM/yyyy
HH:mm:ss``; the last seven days by default).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.forcepoint_dlp import ACCOUNTS

__all__ = ["context", "live_context"]

INCIDENT_ID = 2719600
"""The first seeded DLP incident (seed 0), which the corpus calls look up and update."""
SEEDED_WEEK = ("01/10/2021 00:00:00", "08/10/2021 00:00:00")
_PREFIX = "/dlp/rest/v1"
_DATE = "%d/%m/%Y %H:%M:%S"


def context(server: ServedSimHandle) -> dict[str, str]:
    """An Application administrator's credentials and tokens, and seeded incidents."""
    account = next(a for a in ACCOUNTS if a.admin_type == "Application")
    seeded = sorted(
        (i for i in server.seed["incidents"] if i["type"] == "INCIDENTS"), key=lambda i: i["id"]
    )
    first, second = [i for i in seeded if i["id"] >= INCIDENT_ID][:2]
    return {
        "username": account.username,
        "password": account.password,
        "access_token": server.mint_token(kind="access", username=account.username),
        "refresh_token": server.mint_token(kind="refresh", username=account.username),
        "from_date": SEEDED_WEEK[0],
        "to_date": SEEDED_WEEK[1],
        **_incident_values(first, second),
    }


def live_context(base_url: str, env: Mapping[str, str], *, verify: Any = True) -> dict[str, str]:
    """The same placeholders for a live manager, or as many as can be found there.

    Logs in (the refresh-token call), then lists the window's incidents to pick the
    first two; without them the calls that need incidents are left out of the check.
    """
    username = env.get("FORCEPOINT_DLP_LIVE_USERNAME")
    password = env.get("FORCEPOINT_DLP_LIVE_PASSWORD")
    if not username or not password:
        return {}
    now = datetime.now(UTC)
    window = (
        env.get("FORCEPOINT_DLP_LIVE_FROM_DATE") or (now - timedelta(days=7)).strftime(_DATE),
        env.get("FORCEPOINT_DLP_LIVE_TO_DATE") or now.strftime(_DATE),
    )
    values = {"username": username, "password": password}
    values |= {"from_date": window[0], "to_date": window[1]}
    with httpx.Client(base_url=base_url, verify=verify, timeout=60) as client:
        login = client.post(
            f"{_PREFIX}/auth/refresh-token", headers={"username": username, "password": password}
        )
        if login.status_code != 200:
            return values
        tokens = login.json()
        values["access_token"] = str(tokens["access_token"])
        values["refresh_token"] = str(tokens["refresh_token"])
        listing = client.post(
            f"{_PREFIX}/incidents",
            json={"type": "INCIDENTS", "from_date": window[0], "to_date": window[1]},
            headers={"Authorization": f"Bearer {values['access_token']}"},
        )
    incidents = listing.json().get("incidents", []) if listing.status_code == 200 else []
    if len(incidents) >= 2:
        values |= _incident_values(incidents[0], incidents[1])
    return values


def _incident_values(first: Mapping[str, Any], second: Mapping[str, Any]) -> dict[str, str]:
    return {
        "incident_id": str(first["id"]),
        "second_incident_id": str(second["id"]),
        "partition_index": str(first["partition_index"]),
        "event_id": str(first["event_id"]),
    }
