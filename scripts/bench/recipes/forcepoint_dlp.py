"""Forcepoint DLP: tag one incident (the overlay logs in once, before timing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from forcepoint_dlp_client import Client
from ticket_overlays import forcepoint_dlp
from ticket_simulators._core import SimHandle
from ticket_simulators.forcepoint_dlp import ACCOUNTS, ForcepointDlpBackend

from . import Control, RawRequest, SimControl, sending

TAG = "bench"
ADMIN = next(a for a in ACCOUNTS if a.admin_type == "Application")
"""The seeded Application administrator, whose credentials both sides log in with."""


def _incident(control: Control) -> tuple[int, int]:
    incident = next(i for i in control.seed()["incidents"] if i["type"] == "INCIDENTS")
    return int(incident["id"]), int(incident["partition_index"])


def connect(handle: SimHandle, transport: httpx.BaseTransport) -> Client:
    """The overlay's client, logged in as the administrator."""
    return forcepoint_dlp.connect(
        handle.base_url, username=ADMIN.username, password=ADMIN.password, transport=transport
    )


def logged_in(http: httpx.Client) -> httpx.Client:
    """``http`` holding an access token from a real login, as a raw caller would."""
    tokens = http.post(
        "/dlp/rest/v1/auth/refresh-token",
        headers={"username": ADMIN.username, "password": ADMIN.password},
    ).json()
    http.headers["authorization"] = f"Bearer {tokens['access_token']}"
    return http


class ForcepointDlpRecipe:
    """POST incidents/update tagging one incident."""

    operation = "forcepoint-dlp update_incidents"

    def load_request(self, control: Control) -> RawRequest:
        """The update with a day-long access token minted by the simulator.

        No Accept header: the documented 200 has no body, so Prism answers 406 to
        ``Accept: application/json``.
        """
        incident_id, partition = _incident(control)
        token = control.token(kind="access", lifetime=86400)
        return RawRequest(
            "POST",
            "/dlp/rest/v1/incidents/update",
            {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            (
                {
                    "type": "INCIDENTS",
                    "action_type": "TAG",
                    "value": TAG,
                    "scan_partitions": "NONE",
                    "incident_keys": [{"incident_id": incident_id, "partition_index": partition}],
                }
            ),
        )

    def raw_call(self, http: httpx.Client, control: Control) -> Callable[[], None]:
        """The update, repeated, with an access token from a real login."""
        request = self.load_request(control)
        headers = {k: v for k, v in request.headers.items() if k != "Authorization"}
        return sending(
            logged_in(http), RawRequest(request.method, request.path, headers, request.json)
        )

    def overlay_call(self, handle: SimHandle, transport: httpx.BaseTransport) -> Callable[[], None]:
        """``forcepoint_dlp.update_incidents`` on the same incident."""
        client = connect(handle, transport)
        key = _incident(SimControl(handle))

        def call() -> None:
            forcepoint_dlp.update_incidents(client, "TAG", value=TAG, incident_keys=[key])

        return call

    def effect(self, handle: SimHandle) -> Any:
        """The incident's tag."""
        backend = handle.app.backend
        assert isinstance(backend, ForcepointDlpBackend)
        incident = backend.store.get("INCIDENTS", _incident(SimControl(handle))[0])
        assert incident is not None
        return incident.tag


RECIPE = ForcepointDlpRecipe()
