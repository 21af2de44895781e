"""SuperOffice: one JSON Patch of a ticket's title."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from ticket_overlays import superoffice
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import DOC_TICKET_ID

from . import Control, RawRequest, SimControl, sending

TITLE = "bench"


class SuperOfficeRecipe:
    """PATCH Ticket/{id} with a JSON Patch replacing the title."""

    # JSON Patch rather than Merge Patch: Prism 5 validates a merge patch against the
    # JSON Patch schema (the request body's first media type) and refuses it.
    operation = "superoffice patch_ticket (JSON Patch)"

    def load_request(self, control: Control) -> RawRequest:
        """The patch, as raw httpx writes it, with the headers the overlay sends."""
        return RawRequest(
            "PATCH",
            f"/api/v1/Ticket/{DOC_TICKET_ID}",
            {
                "Authorization": f"Bearer {control.token()}",
                "Content-Type": "application/json-patch+json",
                "Accept": "application/json",
                # What connect() sends on every request: the answer's date-times then
                # carry their offset, so both sides get the same answer to parse.
                "SO-TimeZone": "includeTZOffset",
            },
            ([{"op": "replace", "path": "/Title", "value": TITLE}]),
        )

    def raw_call(self, http: httpx.Client, control: Control) -> Callable[[], None]:
        """The patch, repeated."""
        return sending(http, self.load_request(control))

    def overlay_call(self, handle: SimHandle, transport: httpx.BaseTransport) -> Callable[[], None]:
        """``superoffice.patch_ticket`` with the same operation."""
        client = superoffice.connect(
            handle.base_url, token=SimControl(handle).token(), transport=transport
        )
        patch = superoffice.JsonPatch().replace("/Title", TITLE)

        def call() -> None:
            superoffice.patch_ticket(client, DOC_TICKET_ID, patch)

        return call

    def effect(self, handle: SimHandle) -> Any:
        """The ticket's title."""
        (ticket,) = [t for t in handle.seed["tickets"] if t["id"] == DOC_TICKET_ID]
        return ticket["title"]


RECIPE = SuperOfficeRecipe()
