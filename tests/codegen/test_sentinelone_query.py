"""List filters of the generated SentinelOne client go out comma-separated.

SentinelOne reads a list filter as one comma-separated value (`osTypes=windows,linux`);
the spec says so with `style: form, explode: false`. openapi-python-client 0.29.1
ignores `explode` (upstream issue #197) and repeats the parameter instead, so the
repository's `endpoint_macros.py.jinja` override joins array query parameters.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sentinelone_client import Client
from sentinelone_client.api.threats import get_threats
from sentinelone_client.models import OsType

from tests.codegen.mocked import mocked
from tests.codegen.stock import generate_stock, run_mocked
from tests.codegen.test_regenerate import load_script

ROOT = Path(__file__).resolve().parents[2]
BASE_URL = "https://usea1.sentinelone.test"
EMPTY_PAGE = {"data": [], "pagination": {"totalItems": 0, "nextCursor": None}}


def capturing_client(seen: list[httpx.Request]) -> Client:
    """A generated client that records each request and answers with an empty page."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EMPTY_PAGE)

    return mocked(Client(base_url=BASE_URL), BASE_URL, handler)


def test_enum_and_string_lists_are_comma_separated() -> None:
    seen: list[httpx.Request] = []
    get_threats.sync_detailed(
        client=capturing_client(seen),
        os_types=[OsType.WINDOWS, OsType.LINUX],
        ids=["1001", "1002"],
        computer_name_contains=["web", "db"],
    )
    (request,) = seen
    query = request.url.params
    assert query.get_list("osTypes") == ["windows,linux"]
    assert query.get_list("ids") == ["1001,1002"]
    assert query.get_list("computerName__contains") == ["web,db"]


def test_the_async_call_joins_too_and_empty_lists_are_left_out() -> None:
    seen: list[httpx.Request] = []
    asyncio.run(
        get_threats.asyncio_detailed(
            client=capturing_client(seen), site_ids=["225494730938493804"], group_ids=[]
        )
    )
    (request,) = seen
    assert request.url.params.get_list("siteIds") == ["225494730938493804"]
    assert "groupIds" not in request.url.params


def array_query_parameters(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every array-typed query parameter of a spec, components included."""
    found: list[tuple[str, dict[str, Any]]] = []
    candidates: list[dict[str, Any]] = list(
        spec.get("components", {}).get("parameters", {}).values()
    )
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                candidates += operation.get("parameters", [])
        if isinstance(item.get("parameters"), list):
            candidates += item["parameters"]
    for param in candidates:
        if param.get("in") == "query" and param.get("schema", {}).get("type") == "array":
            found.append((param["name"], param))
    return found


SPECS = sorted(p for p in (ROOT / "specs").glob("*.yaml") if p.name != "generator.yaml")


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: p.stem)
def test_every_array_query_parameter_declares_explode_false(spec_path: Path) -> None:
    # The template cannot see `explode`, so it joins every array query parameter; an
    # exploded one added to a spec would be sent wrongly and must fail here first.
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    for name, param in array_query_parameters(spec):
        assert param.get("explode") is False, name
        assert param.get("style", "form") == "form", name


def stock_probe_spec(path: Path) -> None:
    """A one-operation spec: GET /threats with SentinelOne's real `osTypes` parameter."""
    spec = yaml.safe_load((ROOT / "specs" / "sentinelone.yaml").read_text(encoding="utf-8"))
    operation = spec["paths"]["/web/api/v2.1/threats"]["get"]
    (param,) = [p for p in operation["parameters"] if p["name"] == "osTypes"]
    probe = {
        "openapi": spec["openapi"],
        "info": {"title": "probe", "version": "1"},
        "paths": {
            "/web/api/v2.1/threats": {
                "get": {
                    "operationId": "get_threats",
                    "tags": ["threats"],
                    "parameters": [param],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": {"OsType": spec["components"]["schemas"]["OsType"]}},
    }
    path.write_text(yaml.safe_dump(probe), encoding="utf-8")


def test_stock_templates_repeat_the_parameter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generate a client with the stock templates: the list goes out repeated.

    A one-operation spec keeps this quick; the parameter is the real spec's `osTypes`.
    """
    regen = load_script()
    specs = tmp_path / "specs"
    specs.mkdir()
    stock_probe_spec(specs / "probe.yaml")
    monkeypatch.setattr(regen, "SPECS", specs)
    vendor = regen.Vendor("probe", "probe.yaml", "sentinelone-client", "sentinelone_client")
    output = generate_stock(regen, vendor, tmp_path, monkeypatch)
    printed = run_mocked(
        output,
        "sentinelone_client",
        BASE_URL,
        handler="""
        print(request.url.query.decode())
        return httpx.Response(200)
        """,
        calls="""
        from sentinelone_client.api.threats import get_threats
        from sentinelone_client.models import OsType

        get_threats.sync_detailed(client=client, os_types=[OsType.WINDOWS, OsType.LINUX])
        """,
    )
    assert "osTypes=windows&osTypes=linux" in printed


def test_the_override_names_the_upstream_issue() -> None:
    text = (ROOT / "specs" / "templates" / "endpoint_macros.py.jinja").read_text(encoding="utf-8")
    assert "#197" in text.split("#}")[0]
