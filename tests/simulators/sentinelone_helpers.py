"""A test's view of the SentinelOne simulator: seed lookups and ready-made requests."""

from __future__ import annotations

from typing import Any

import httpx
from ticket_simulators._core import SimHandle

THREATS = "/web/api/v2.1/threats"
EXTERNAL_TICKET_ID = f"{THREATS}/external-ticket-id"
INCIDENT = f"{THREATS}/incident"


class S1:
    """One SentinelOne simulator with its seeded tokens and a client."""

    def __init__(self, sim: SimHandle, client: httpx.Client) -> None:
        self.sim = sim
        self.client = client
        self.seed = sim.seed
        tokens = self.seed["tokens"]
        self.admin = next(t["token"] for t in tokens if t["write"] and t["account_ids"] is None)
        self.viewer = next(t["token"] for t in tokens if not t["write"])
        self.scoped = next(t for t in tokens if t["account_ids"])

    @staticmethod
    def auth(token: str) -> dict[str, str]:
        return {"authorization": f"ApiToken {token}"}

    def get(self, params: Any = None, *, token: str | None = None) -> httpx.Response:
        return self.client.get(THREATS, params=params, headers=self.auth(token or self.admin))

    def threats(self, params: Any = None, *, token: str | None = None) -> list[dict[str, Any]]:
        """Every threat the filter selects, read in one page of up to 1000."""
        query = list(params.items()) if isinstance(params, dict) else list(params or [])
        response = self.get([*query, ("limit", "1000")], token=token)
        assert response.status_code == 200, response.text
        data: list[dict[str, Any]] = response.json()["data"]
        return data

    def ids(self, params: Any = None, *, token: str | None = None) -> set[str]:
        return {t["id"] for t in self.threats(params, token=token)}

    def set_ticket(
        self, threat_filter: dict[str, Any], ticket: str, *, token: str | None = None
    ) -> httpx.Response:
        body = {"filter": threat_filter, "data": {"externalTicketId": ticket}}
        return self.client.post(
            EXTERNAL_TICKET_ID, json=body, headers=self.auth(token or self.admin)
        )

    def set_incident(
        self,
        threat_filter: dict[str, Any],
        status: str,
        verdict: str | None = None,
        *,
        token: str | None = None,
    ) -> httpx.Response:
        data = {"incidentStatus": status}
        if verdict is not None:
            data["analystVerdict"] = verdict
        body = {"filter": threat_filter, "data": data}
        return self.client.post(INCIDENT, json=body, headers=self.auth(token or self.admin))


def error_codes(response: httpx.Response) -> list[int]:
    """The vendor codes of an error answer."""
    return [e["code"] for e in response.json()["errors"]]
