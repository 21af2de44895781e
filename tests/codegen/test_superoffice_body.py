"""The generated SuperOffice client sends a JSON Patch or a JSON Merge Patch body.

The PATCH body is offered under several media types, one of them an array. The stock
openapi-python-client templates make that body optional and dispatch on
`isinstance(body, list[PatchOperation])`, a TypeError; specs/templates/ overrides this.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonCode
from superoffice_client import AuthenticatedClient
from superoffice_client.api.tickets import patch_ticket
from superoffice_client.models import (
    PatchOp,
    PatchOperation,
    TicketEntity,
    TicketMergePatch,
    WebApiError,
)
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from tests.codegen.mocked import mocked
from tests.codegen.rendering import project_for

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "superoffice.yaml"
BASE_URL = "https://superoffice.test/Cust12345"
SAMPLE_TICKET = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["examples"][
    "SampleTicket"
]["value"]


class Recorder:
    """A MockTransport handler that keeps the requests and answers a fixed response."""

    def __init__(self, status: int = 200, body: Any = SAMPLE_TICKET) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def client_for(handler: Recorder) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url=BASE_URL, token="dGplMDpUamUw", prefix="Basic")
    return mocked(client, BASE_URL, handler)


def test_json_patch_is_sent_as_json_patch() -> None:
    server = Recorder()
    operations = [
        PatchOperation(op=PatchOp.TEST, path="/Title", value="Printer offline"),
        PatchOperation(op=PatchOp.REPLACE, path="title", value="Printer jams"),
        PatchOperation(op=PatchOp.REMOVE, path="Tags/0"),
    ]
    ticket = patch_ticket.sync(
        900,
        client=client_for(server),
        body=operations,
        select="Title,LastChanged",
        if_unmodified_since="Wed, 21 Oct 2015 07:28:00 GMT",
    )
    request = server.last
    assert request.method == "PATCH"
    assert request.url.path == f"/Cust12345/api/v1/Ticket/{SO_TICKET}"
    assert request.url.params["$select"] == "Title,LastChanged"
    assert request.headers["Content-Type"] == "application/json-patch+json"
    assert request.headers["If-Unmodified-Since"] == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert json.loads(request.content) == [
        {"op": "test", "path": "/Title", "value": "Printer offline"},
        {"op": "replace", "path": "title", "value": "Printer jams"},
        {"op": "remove", "path": "Tags/0"},
    ]
    assert isinstance(ticket, TicketEntity)
    assert ticket.ticket_id == 900


def test_merge_patch_is_sent_as_merge_patch() -> None:
    server = Recorder()
    change = TicketMergePatch.from_dict({"Title": "Printer jams", "Activate": None})
    ticket = patch_ticket.sync(900, client=client_for(server), body=change)
    request = server.last
    assert request.headers["Content-Type"] == "application/merge-patch+json"
    assert json.loads(request.content) == {"Title": "Printer jams", "Activate": None}
    assert isinstance(ticket, TicketEntity)


def test_async_client_sends_the_same_body() -> None:
    server = Recorder()
    client = AuthenticatedClient(base_url=BASE_URL, token="dGplMDpUamUw", prefix="Basic")
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url=BASE_URL, transport=httpx.MockTransport(server))
    )
    body = [PatchOperation(op=PatchOp.ADD, path="Tags/-", value={"Id": 779})]
    ticket = asyncio.run(patch_ticket.asyncio(900, client=client, body=body))
    assert server.last.headers["Content-Type"] == "application/json-patch+json"
    assert json.loads(server.last.content) == [
        {"op": "add", "path": "Tags/-", "value": {"Id": 779}}
    ]
    assert isinstance(ticket, TicketEntity)


def test_failed_test_operation_parses_the_vendor_error() -> None:
    error = {
        "Error": True,
        "ErrorType": "JsonPatchTestFailedException",
        "ErrorMessage": "Test failed",
    }
    server = Recorder(status=409, body=error)
    answer = patch_ticket.sync(
        900,
        client=client_for(server),
        body=[PatchOperation(op=PatchOp.TEST, path="Title", value="x")],
    )
    assert isinstance(answer, WebApiError)
    assert answer.error_type == "JsonPatchTestFailedException"


@pytest.mark.parametrize("name", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
def test_body_is_required(name: str) -> None:
    parameter = inspect.signature(getattr(patch_ticket, name)).parameters["body"]
    assert parameter.default is inspect.Parameter.empty
    assert parameter.annotation == list[PatchOperation] | TicketMergePatch


def test_a_body_of_another_type_is_refused() -> None:
    server = Recorder()
    with pytest.raises(TypeError, match="body must be list or TicketMergePatch, not dict"):
        patch_ticket.sync(
            900,
            client=client_for(server),
            body={"Title": "x"},  # type: ignore[arg-type]
        )
    assert server.requests == []


def render_patch_ticket(templates: Path | None) -> str:
    """patch_ticket's module as the generator renders it, with or without our templates."""
    project = project_for(SPEC, templates)
    openapi = project.openapi
    endpoint = next(
        e
        for collection in openapi.endpoint_collections_by_tag.values()
        for e in collection.endpoints
        if e.name == "patch_ticket"
    )
    template = project.env.get_template(
        "endpoint_module.py.jinja",
        globals={"isbool": lambda obj: obj.get_base_type_string() == PythonCode("bool")},
    )
    return template.render(endpoint=endpoint)


def body_parameter(source: str) -> str:
    match = re.search(r"^\s*body: (.*),$", source, re.MULTILINE)
    assert match, "no body parameter"
    return " ".join(match.group(1).split())  # the render is not formatted yet


def test_stock_templates_still_need_the_override() -> None:
    # If this fails, openapi-python-client fixed multi-media-type bodies upstream: drop
    # the multiple_bodies override in specs/templates/ and this test.
    stock = render_patch_ticket(None)
    assert "isinstance(body, list[PatchOperation])" in stock
    with pytest.raises(TypeError, match="parameterized generic"):
        eval("isinstance([], list[PatchOperation])", {"PatchOperation": PatchOperation})
    assert body_parameter(stock).endswith("| Unset = UNSET")

    ours = render_patch_ticket(ROOT / "specs" / "templates")
    assert "isinstance(body, list[" not in ours
    assert "isinstance(body, list):" in ours
    assert body_parameter(ours) == "list[PatchOperation] | TicketMergePatch"


def test_query_parameters_go_to_httpx_only_when_set() -> None:
    # httpx parses the URL again for any ``params`` it is given, even an empty dict
    # (about 15 us a request): the endpoint passes them only when one is set.
    body = [PatchOperation(op=PatchOp.REPLACE, path="/Title", value="x")]
    assert "params" not in patch_ticket._get_kwargs(900, body=body)
    selected = patch_ticket._get_kwargs(900, body=body, select="Title")
    assert selected["params"] == {"$select": "Title"}

    server = Recorder()
    patch_ticket.sync(900, client=client_for(server), body=body)
    assert str(server.last.url) == f"{BASE_URL}/api/v1/Ticket/{SO_TICKET}"

    assert '"params": params,' in render_patch_ticket(None)
    assert '"params": params,' not in render_patch_ticket(ROOT / "specs" / "templates")
