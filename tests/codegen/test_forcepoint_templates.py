"""The template overrides in specs/templates/ let generated clients read Forcepoint's 420.

openapi-python-client 0.29.1 builds every response with ``HTTPStatus(status_code)``,
which raises ValueError for a status outside ``http.HTTPStatus`` (upstream issue #1442).
Forcepoint DLP answers "no incidents found" with 420 and a JSON body the caller needs.
"""

from __future__ import annotations

import asyncio
import json
from http import HTTPStatus
from pathlib import Path

import httpx
import openapi_python_client
import pytest
from forcepoint_dlp_client import Client
from forcepoint_dlp_client.api.incidents import get_incidents, update_incidents
from forcepoint_dlp_client.models import (
    ActionType,
    IncidentList,
    IncidentsQuery,
    IncidentType,
    IncidentUpdateRequest,
    UnprocessedIncidents,
)

from tests.codegen.mocked import mocked
from tests.codegen.stock import generate_stock, run_mocked
from tests.codegen.test_regenerate import load_script

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "specs" / "templates"
STOCK = Path(openapi_python_client.__file__).parent / "templates"
BASE_URL = "https://dlp-manager.test:9443"
STOCK_CALL = "status_code=HTTPStatus(response.status_code)"
NOT_FOUND = {"incidents": [], "total_count": 0, "total_returned": 0, "not_found_ids": [262458]}


def mock_client(status: int, body: object, *, content_type: str = "application/json") -> Client:
    """A generated client whose transport answers every request with ``status`` and ``body``."""

    def handler(request: httpx.Request) -> httpx.Response:
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return mocked(Client(base_url=BASE_URL), BASE_URL, handler)


def by_id_query() -> IncidentsQuery:
    return IncidentsQuery(type_=IncidentType.INCIDENTS, ids=[262458])


def test_420_is_parsed_into_the_incident_list() -> None:
    response = get_incidents.sync_detailed(client=mock_client(420, NOT_FOUND), body=by_id_query())
    assert response.status_code == 420
    assert not isinstance(response.status_code, HTTPStatus)
    assert isinstance(response.parsed, IncidentList)
    assert response.parsed.not_found_ids == [262458]
    assert response.parsed.incidents == []
    assert response.parsed.total_count == 0


def test_420_is_parsed_by_the_async_call_too() -> None:
    client = mock_client(420, NOT_FOUND)
    parsed = asyncio.run(get_incidents.asyncio(client=client, body=by_id_query()))
    assert isinstance(parsed, IncidentList)
    assert parsed.not_found_ids == [262458]


def test_known_statuses_stay_httpstatus_members() -> None:
    ok = {"incidents": [], "total_count": 0, "total_returned": 0}
    response = get_incidents.sync_detailed(client=mock_client(200, ok), body=by_id_query())
    assert response.status_code is HTTPStatus.OK
    body = IncidentUpdateRequest(
        type_=IncidentType.INCIDENTS, action_type=ActionType.TAG, value="x", event_ids=["1"]
    )
    unprocessed = {"unprocessed_ids": ["3624501111"]}
    response_422 = update_incidents.sync_detailed(client=mock_client(422, unprocessed), body=body)
    assert response_422.status_code is HTTPStatus.UNPROCESSABLE_ENTITY
    assert isinstance(response_422.parsed, UnprocessedIncidents)
    assert response_422.parsed.unprocessed_ids == ["3624501111"]
    empty = update_incidents.sync_detailed(
        client=mock_client(200, b"", content_type="text/plain"), body=body
    )
    assert empty.status_code is HTTPStatus.OK
    assert empty.parsed == ""


@pytest.mark.parametrize("name", ["endpoint_module.py.jinja", "types.py.jinja"])
def test_overrides_name_the_upstream_issue(name: str) -> None:
    text = (OVERRIDES / name).read_text(encoding="utf-8")
    assert text.startswith("{#")
    assert "#1442" in text.split("#}")[0]
    assert (STOCK / name).is_file(), "the override no longer matches a stock template"


def test_stock_template_still_has_the_bug_and_ours_does_not() -> None:
    assert STOCK_CALL in (STOCK / "endpoint_module.py.jinja").read_text(encoding="utf-8")
    assert STOCK_CALL not in (OVERRIDES / "endpoint_module.py.jinja").read_text(encoding="utf-8")
    for module in (ROOT / "generated").glob("*/*/api/*/*.py"):
        assert STOCK_CALL not in module.read_text(encoding="utf-8"), module


def test_without_the_override_a_420_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generate the Forcepoint client with the stock templates: the 420 call fails."""
    regen = load_script()
    output = generate_stock(regen, regen.VENDORS["forcepoint-dlp"], tmp_path, monkeypatch)
    printed = run_mocked(
        output,
        "forcepoint_dlp_client",
        BASE_URL,
        handler=f"return httpx.Response(420, json={NOT_FOUND!r})",
        calls="""
        from forcepoint_dlp_client.api.incidents import get_incidents
        from forcepoint_dlp_client.models import IncidentsQuery, IncidentType

        query = IncidentsQuery(type_=IncidentType.INCIDENTS, ids=[262458])
        try:
            get_incidents.sync_detailed(client=client, body=query)
        except ValueError as exc:
            print("ValueError:", exc)
        else:
            print("no error")
        """,
    )
    assert "ValueError: 420 is not a valid HTTPStatus" in printed
