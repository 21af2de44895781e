"""Rezolve: write one ticket field under its etag (each answer's etag feeds the next call)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from ticket_overlays import rezolve
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID

from . import Control, RawRequest, SimControl

VALUE = "<p>bench</p>"
PATH = f"/api/v2/ticketing/ticket/{DOC_TICKET_ID}"


def _headers(control: Control) -> dict[str, str]:
    tenant = control.seed()["tenants"][0]
    return {
        "Authorization": f"Bearer {control.token()}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
        "Accept": "application/json",
    }


class RezolveRecipe:
    """The update with the etag the previous answer gave."""

    operation = "rezolve update_ticket"

    def load_request(self, control: Control) -> RawRequest:
        """GET ticket: a replayed update is refused (the etag rotates on every write), and
        the read goes through the same token, tenant and realm checks."""
        return RawRequest("GET", f"{PATH}?type=agent&module=ticketing", _headers(control))

    def raw_call(self, http: httpx.Client, control: Control) -> Callable[[], None]:
        """Update after update, each with the etag the previous answer gave."""
        headers = _headers(control)
        etag = [str(self.load_request(control).send(http).json()["etag"])]

        def call() -> None:
            answer = http.patch(
                f"{PATH}/update",
                params={"type": "agent", "module": "ticketing"},
                headers=headers,
                json={"etag": etag[0], "ticketUpdate": {DOC_DESCRIPTION_FIELD_ID: VALUE}},
            )
            answer.raise_for_status()
            etag[0] = answer.json()["etag"]

        return call

    def overlay_call(self, handle: SimHandle, transport: httpx.BaseTransport) -> Callable[[], None]:
        """``rezolve.update_ticket`` with the etag the previous result gave."""
        tenant = handle.seed["tenants"][0]
        client = rezolve.connect(
            handle.base_url,
            token=SimControl(handle).token(),
            tenant_id=tenant["id"],
            realm=tenant["realm"],
            transport=transport,
        )
        etag = [str(rezolve.get_ticket(client, DOC_TICKET_ID).etag)]

        def call() -> None:
            result = rezolve.update_ticket(
                client,
                DOC_TICKET_ID,
                {DOC_DESCRIPTION_FIELD_ID: VALUE},
                etag=etag[0],
                fetch_ticket=False,
            )
            etag[0] = result.etag

        return call

    def effect(self, handle: SimHandle) -> Any:
        """The description field's value."""
        with handle.client() as http:
            answer = self.load_request(SimControl(handle)).send(http).json()
        return answer["data"].get(DOC_DESCRIPTION_FIELD_ID)


RECIPE = RezolveRecipe()
