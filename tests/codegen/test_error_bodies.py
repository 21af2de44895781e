"""An error answer that is not the documented JSON still reaches the caller as a response."""

from __future__ import annotations

import httpx
import pytest
from rezolve_client import Client
from rezolve_client.api.tickets import get_ticket
from rezolve_client.models import CatalogType
from ticket_overlays import rezolve
from ticket_simulators.rezolve import DOC_TICKET_ID

from tests.codegen.mocked import mocked

GATEWAY_PAGE = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


def client_answering(status: int, content: bytes, content_type: str) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return mocked(Client(base_url="https://rezolve.example"), "https://rezolve.example", handler)


@pytest.mark.parametrize("status", [500, 404, 400])
def test_unparseable_error_body_keeps_the_raw_content(status: int) -> None:
    client = client_answering(status, GATEWAY_PAGE, "text/html")
    response = get_ticket.sync_detailed(
        DOC_TICKET_ID, client=client, type_=CatalogType.AGENT, module="ticketing"
    )
    assert response.status_code == status
    assert response.parsed is None
    assert response.content == GATEWAY_PAGE


def test_overlay_turns_it_into_a_typed_error() -> None:
    client = client_answering(500, GATEWAY_PAGE, "text/html")
    with pytest.raises(rezolve.ServerError) as caught:
        rezolve.get_ticket(client, DOC_TICKET_ID)
    assert caught.value.status_code == 500
    assert caught.value.body == GATEWAY_PAGE.decode()


def test_a_malformed_success_still_raises() -> None:
    client = client_answering(200, b"{not json", "application/json")
    with pytest.raises(ValueError, match="Expecting property name"):
        get_ticket.sync_detailed(
            DOC_TICKET_ID, client=client, type_=CatalogType.AGENT, module="ticketing"
        )
