"""A small client for the Forcepoint DLP simulator tests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
from ticket_simulators.forcepoint_dlp import PREFIX

from .view import SimView

APP_USER = "api-app"
APP_PASSWORD = "Appl1cation!Pass"
USER_ADMIN = "helpdesk-user"
USER_ADMIN_PASSWORD = "Us3r!Pass"


class Dlp(SimView):
    """Calls the simulator's four operations with a minted access token."""

    token_options: ClassVar[Mapping[str, Any]] = {"kind": "access"}

    def login(self, username: str = APP_USER, password: str = APP_PASSWORD) -> httpx.Response:
        headers = {"username": username, "password": password}
        return self.client.post(f"{PREFIX}/auth/refresh-token", headers=headers)

    def access(self, refresh_token: str) -> httpx.Response:
        headers = {"refresh-token": f"Bearer {refresh_token}"}
        return self.client.post(f"{PREFIX}/auth/access-token", headers=headers)

    def incidents(self, body: dict[str, Any], token: str | None = None) -> httpx.Response:
        headers = {"authorization": f"Bearer {token or self.token}"}
        return self.client.post(f"{PREFIX}/incidents", json=body, headers=headers)

    def update(self, body: dict[str, Any], token: str | None = None) -> httpx.Response:
        headers = {"authorization": f"Bearer {token or self.token}"}
        return self.client.post(f"{PREFIX}/incidents/update", json=body, headers=headers)

    def seeded(self, kind: str = "INCIDENTS") -> list[dict[str, Any]]:
        return [i for i in self.sim.seed["incidents"] if i["type"] == kind]

    def one(self, incident_id: int, kind: str = "INCIDENTS") -> dict[str, Any]:
        answer = self.ok_body(self.incidents({"type": kind, "ids": [incident_id]}))
        incident: dict[str, Any] = answer["incidents"][0]
        return incident


WHOLE_SEED = {"from_date": "01/10/2021 00:00:00", "to_date": "08/10/2021 00:00:00"}
