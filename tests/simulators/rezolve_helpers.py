"""A test's view of the Rezolve simulator: seed lookups and ready-made requests."""

from __future__ import annotations

from typing import Any

import httpx
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID

from .view import SimView

PARAMS = {"type": "template", "module": "ticketing"}
TICKET = "/api/v2/ticketing/ticket"
TICKET_TYPES = "/api/v2/ticketing/ticket-type"
DESCRIPTION = DOC_DESCRIPTION_FIELD_ID


class Rezolve(SimView):
    """A test's view of one Rezolve simulator: seed lookups and ready-made requests."""

    def __init__(self, sim: SimHandle, client: httpx.Client) -> None:
        super().__init__(sim, client)
        self.tenant = self.seed["tenants"][0]
        self.other_tenant = self.seed["tenants"][1]

    def user(self, kind: str, tenant: dict[str, Any] | None = None) -> dict[str, Any]:
        tenant_id = (tenant or self.tenant)["id"]
        return next(
            u for u in self.seed["users"] if u["kind"] == kind and u["tenant_id"] == tenant_id
        )

    def fields(self, type_name: str = "Service Request") -> dict[str, str]:
        """Field name -> field id for a ticket type of the first tenant."""
        ticket_type = next(
            t
            for t in self.seed["ticket_types"]
            if t["name"] == type_name and t["tenant_id"] == self.tenant["id"]
        )
        return {f["name"]: f["id"] for f in ticket_type["fields"]}

    def tenant_headers(self) -> dict[str, str]:
        return {"x-tenantid": self.tenant["id"], "realmname": self.tenant["realm"]}

    def send(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """``method`` on ``path`` with the template query and this view's headers by default."""
        return self.client.request(
            method,
            path,
            params=PARAMS if params is None else params,
            headers=self.headers() if headers is None else headers,
            **kwargs,
        )

    def get(
        self,
        object_id: str = DOC_TICKET_ID,
        *,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        return self.send("GET", f"{TICKET}/{object_id}", headers=headers, params=params)

    def ticket(self, object_id: str = DOC_TICKET_ID) -> dict[str, Any]:
        return self.ok_body(self.get(object_id))

    def patch(
        self,
        changes: dict[str, Any],
        *,
        object_id: str = DOC_TICKET_ID,
        etag: str | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        """PATCH with the ticket's current etag unless one is given."""
        body = {"etag": etag or self.ticket(object_id)["etag"], "ticketUpdate": changes}
        return self.patch_raw(object_id, json=body, headers=headers, params=params)

    def patch_raw(self, object_id: str = DOC_TICKET_ID, **kwargs: Any) -> httpx.Response:
        return self.send("PATCH", f"{TICKET}/{object_id}/update", **kwargs)


def reason(response: httpx.Response) -> dict[str, str]:
    """The validation reasons of an INPUT_VALIDATION_FAILURE answer."""
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "INPUT_VALIDATION_FAILURE"
    assert body["message"] == "Input validation failed"
    assert body["error"] is True
    assert body["status"] == 400
    result: dict[str, str] = body["validationResult"]["reason"]
    return result
