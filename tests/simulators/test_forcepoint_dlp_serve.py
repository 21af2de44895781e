"""Forcepoint DLP simulator over real sockets: the session fixture and the CLI registry."""

from __future__ import annotations

import httpx
import pytest
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.vendors import VENDORS

from .forcepoint_dlp_helpers import APP_PASSWORD, APP_USER


def test_registered_for_ticket_sim() -> None:
    vendor = VENDORS["forcepoint-dlp"]
    assert vendor.name == "forcepoint-dlp"
    assert vendor.create_app().backend.name == "forcepoint-dlp"


def test_served_login_and_query(forcepoint_dlp_sim_server: ServedSimHandle) -> None:
    client = forcepoint_dlp_sim_server.client()
    login = client.post(
        "/dlp/rest/v1/auth/refresh-token", headers={"username": APP_USER, "password": APP_PASSWORD}
    )
    assert login.status_code == 200
    token = login.json()["access_token"]
    response = client.post(
        "/dlp/rest/v1/incidents",
        json={"type": "INCIDENTS", "ids": [2719600]},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200


@pytest.mark.ticket_sim(faults=[{"kind": "status", "status": 503, "count": 1}])
def test_injected_fault_uses_error_body(forcepoint_dlp_sim_server: ServedSimHandle) -> None:
    response = forcepoint_dlp_sim_server.client().post("/dlp/rest/v1/incidents", json={})
    assert response.status_code == 503
    assert response.json()["status"] == 503
    assert isinstance(forcepoint_dlp_sim_server.client(), httpx.Client)
