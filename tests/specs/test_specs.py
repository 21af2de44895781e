"""Every spec is valid OpenAPI 3.1 and carries what the conventions require."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILES = sorted(p for p in (ROOT / "specs").glob("*.yaml") if p.name != "generator.yaml")
HTTP_METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        node = spec
        for part in ref[2:].split("/"):
            node = node[part]
    return node


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield path, method, op


def examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every media-type and parameter example."""
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        for param in op.get("parameters", []):
            param = deref(spec, param)
            for name, ex in param.get("examples", {}).items():
                yield (
                    f"{where} param {param['name']} {name}",
                    param["schema"],
                    deref(spec, ex)["value"],
                )
        media_sets: list[tuple[str, dict[str, Any]]] = []
        if "requestBody" in op:
            media_sets.append(("request", deref(spec, op["requestBody"]).get("content", {})))
        for status, resp in op.get("responses", {}).items():
            media_sets.append((f"response {status}", deref(spec, resp).get("content", {})))
        for label, content in media_sets:
            for media, media_obj in content.items():
                for name, ex in media_obj.get("examples", {}).items():
                    yield (
                        f"{where} {label} {media} {name}",
                        media_obj["schema"],
                        deref(spec, ex)["value"],
                    )
                if "example" in media_obj:
                    yield f"{where} {label} {media}", media_obj["schema"], media_obj["example"]


@pytest.fixture(params=SPEC_FILES, ids=lambda p: p.stem)
def spec(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load(request.param)


def test_there_are_specs() -> None:
    assert {p.stem for p in SPEC_FILES} >= {"rezolve"}


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    found = list(examples(spec))
    assert found, "a spec without examples"
    for where, schema, value in found:
        # Local refs resolve against the schema document, so give it the components.
        validator = OAS31Validator(
            {**schema, "components": spec.get("components", {})},
            format_checker=OAS31Validator.FORMAT_CHECKER,
        )
        errors = [e.message for e in validator.iter_errors(value)]
        assert not errors, f"{where}: {errors}"


def test_every_error_status_has_a_schema(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        for status, resp in op["responses"].items():
            resp = deref(spec, resp)
            if status in {"204", "304"}:
                continue
            content = resp.get("content", {})
            assert content, f"{method.upper()} {path} {status} has no body schema"
            assert all("schema" in m for m in content.values())


def test_operation_ids_are_unique_and_tagged(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    assert all(op.get("tags") for _, _, op in operations(spec))


def test_links_point_at_existing_operations(spec: dict[str, Any]) -> None:
    ids = {op["operationId"] for _, _, op in operations(spec)}
    for _, _, op in operations(spec):
        for resp in op["responses"].values():
            for link in deref(spec, resp).get("links", {}).values():
                assert link["operationId"] in ids


def test_rezolve_carries_the_document() -> None:
    spec = load(ROOT / "specs" / "rezolve.yaml")
    update = spec["paths"]["/api/v2/ticketing/ticket/{objectId}/update"]["patch"]
    params = {deref(spec, p)["name"]: deref(spec, p) for p in update["parameters"]}
    assert set(params) == {"objectId", "type", "module", "issupportrequest"}
    assert deref(spec, params["type"]["schema"])["enum"] == ["template", "agent", "user"]
    assert params["type"]["required"]
    assert params["module"]["required"]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["tenantId"]["name"] == "x-tenantid"
    assert schemes["realmName"]["name"] == "realmname"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": [], "tenantId": [], "realmName": []}]
    assert set(update["responses"]) == {"200", "400", "401", "404", "500"}
    body = spec["components"]["schemas"]["TicketUpdateRequest"]
    assert body["required"] == ["etag", "ticketUpdate"]
    codes = {
        ex["value"].get("code")
        for name in ("UpdateBadRequest", "Unauthorized")
        for ex in spec["components"]["responses"][name]["content"]["application/json"][
            "examples"
        ].values()
    }
    assert {"ETAG_MISMATCH", "INPUT_VALIDATION_FAILURE", "USER_PERMISSION_FAILURE"} <= codes
    get = spec["paths"]["/api/v2/ticketing/ticket/{objectId}"]["get"]
    assert get["x-companion"] is True
    assert spec["paths"]["/api/v2/ticketing/ticket-type"]["get"]["x-companion"] is True
    link = get["responses"]["200"]["links"]["UpdateTicket"]
    assert link["requestBody"]["etag"] == "$response.body#/etag"
    assert spec["info"]["x-doc-errata"]
