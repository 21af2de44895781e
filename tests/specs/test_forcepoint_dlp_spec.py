"""specs/forcepoint_dlp.yaml carries what the Forcepoint DLP REST API Guide says."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator

from tests.specs.test_specs import deref, load

ROOT = Path(__file__).resolve().parents[2]
SPEC = load(ROOT / "specs" / "forcepoint_dlp.yaml")
SCHEMAS = SPEC["components"]["schemas"]
PREFIX = "/dlp/rest/v1"


def op(path: str, method: str = "post") -> dict[str, Any]:
    operation = SPEC["paths"][PREFIX + path][method]
    assert isinstance(operation, dict)
    return operation


def body_schema(operation: dict[str, Any]) -> dict[str, Any]:
    schema = deref(SPEC, operation["requestBody"]["content"]["application/json"]["schema"])
    assert isinstance(schema, dict)
    return schema


def response_schema(operation: dict[str, Any], status: str) -> dict[str, Any]:
    content = deref(SPEC, operation["responses"][status])["content"]
    schema = deref(SPEC, next(iter(content.values()))["schema"])
    assert isinstance(schema, dict)
    return schema


def enum(name: str) -> list[str]:
    values = SCHEMAS[name]["enum"]
    assert isinstance(values, list)
    return values


def validator(schema: dict[str, Any]) -> OAS31Validator:
    return OAS31Validator({**schema, "components": SPEC["components"]})


def test_operations_paths_and_names() -> None:
    expected = {
        "/auth/refresh-token": ("get_refresh_token", "auth"),
        "/auth/access-token": ("get_access_token", "auth"),
        "/incidents": ("get_incidents", "incidents"),
        "/incidents/update": ("update_incidents", "incidents"),
    }
    companion = {"/policy/enabled-names": ("list_enabled_policy_names", "policies")}
    assert set(SPEC["paths"]) == {PREFIX + p for p in expected | companion}
    listing = op("/policy/enabled-names", "get")
    assert (listing["operationId"], listing["tags"]) == (
        companion["/policy/enabled-names"][0],
        ["policies"],
    )
    assert listing["x-companion"] is True
    for path, (operation_id, tag) in expected.items():
        assert set(SPEC["paths"][PREFIX + path]) == {"post"}
        assert op(path)["operationId"] == operation_id
        assert op(path)["tags"] == [tag]


def test_credentials_are_security_schemes() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    for name in ("username", "password"):
        assert (schemes[name]["type"], schemes[name]["in"], schemes[name]["name"]) == (
            "apiKey",
            "header",
            name,
        )
    assert schemes["refreshToken"]["in"] == "header"
    assert schemes["refreshToken"]["name"] == "refresh-token"
    assert "Bearer <refresh token>" in schemes["refreshToken"]["description"]
    assert schemes["accessToken"]["scheme"] == "bearer"
    assert op("/auth/refresh-token")["security"] == [{"username": [], "password": []}]
    assert op("/auth/access-token")["security"] == [{"refreshToken": []}]
    assert SPEC["security"] == [{"accessToken": []}]
    assert "security" not in op("/incidents")
    assert "security" not in op("/incidents/update")


def test_every_status_the_guide_lists() -> None:
    assert set(op("/auth/refresh-token")["responses"]) == {"200", "403"}
    assert set(op("/auth/access-token")["responses"]) == {"200", "403"}
    assert set(op("/incidents")["responses"]) == {"200", "400", "403", "420"}
    assert set(op("/incidents/update")["responses"]) == {"200", "400", "403", "422"}


def test_token_responses() -> None:
    # The guide's lifetime names and the field's are both optional: real answers carry
    # *_token_expires_in, the guide *_expires_in.
    refresh = response_schema(op("/auth/refresh-token"), "200")
    assert set(refresh["required"]) == {"refresh_token", "access_token", "token_type"}
    assert {
        "refresh_expires_in",
        "access_expires_in",
        "refresh_token_expires_in",
        "access_token_expires_in",
    } <= set(refresh["properties"])
    access = response_schema(op("/auth/access-token"), "200")
    assert set(access["required"]) == {"access_token", "token_type"}
    assert {"access_expires_in", "access_token_expires_in"} <= set(access["properties"])
    assert enum("TokenType") == ["JWT"]


@pytest.mark.parametrize(
    ("path", "fields", "required"),
    [
        (
            "/incidents",
            {
                "type",
                "ids",
                "sort_by",
                "from_date",
                "to_date",
                "detected_by",
                "analyzed_by",
                "event_id",
                "destination",
                "policies",
                "action",
                "source",
                "status",
                "severity",
                "endpoint_type",
                "channel",
                "assigned_to",
                "tag",
                "remove_ignored_incidents",
            },
            ["type"],
        ),
        (
            "/incidents/update",
            {
                "type",
                "action_type",
                "value",
                "comment",
                "scan_partitions",
                "event_ids",
                "incident_keys",
            },
            ["type", "action_type"],
        ),
    ],
)
def test_request_bodies_take_the_guide_fields(
    path: str, fields: set[str], required: list[str]
) -> None:
    body = body_schema(op(path))
    assert set(body["properties"]) == fields
    assert body["required"] == required


def test_get_incidents_input_parameters() -> None:
    props = body_schema(op("/incidents"))["properties"]
    assert enum("IncidentType") == ["INCIDENTS", "DISCOVERY"]
    assert props["ids"]["maxItems"] == 1000
    assert enum("SortBy") == ["INSERT_DATE"]
    assert props["remove_ignored_incidents"]["default"] is False
    assert len(enum("IncidentAction")) == 10
    assert "QUARANTINE_WITH_NOTE" in enum("IncidentAction")
    assert enum("Severity") == ["HIGH", "MEDIUM", "LOW"]
    assert enum("EndpointType") == ["LAPTOP", "DESKTOP", "NA"]
    assert len(enum("Channel")) == 15
    assert {"ENDPOINT_REMOVABLE_MEDIA", "CASB_NEAR_REAL_TIME"} <= set(enum("Channel"))
    assert enum("IncidentStatusCode") == [
        "NEW",
        "IN_PROCESS",
        "CLOSE",
        "FALSE_POSITIVE",
        "ESCALATED",
    ]


@pytest.mark.parametrize(
    ("value", "valid"),
    [("12/08/2021 16:00:00", True), ("2021-08-12 16:00:00", False), ("32/08/2021 16:00:00", False)],
)
def test_dates_use_the_guide_format(value: str, valid: bool) -> None:
    props = body_schema(op("/incidents"))["properties"]
    for name in ("from_date", "to_date"):
        assert bool(re.match(props[name]["pattern"], value)) is valid


def test_ids_or_dates_are_required_and_limits_hold() -> None:
    check = validator(body_schema(op("/incidents")))
    assert check.is_valid({"type": "INCIDENTS", "ids": [1]})
    dates = {"from_date": "01/08/2021 16:00:00", "to_date": "12/08/2021 20:00:00"}
    assert check.is_valid({"type": "DISCOVERY", **dates})
    assert not check.is_valid({"type": "INCIDENTS", "from_date": dates["from_date"]})
    assert not check.is_valid({"type": "INCIDENTS", "ids": list(range(1001))})


def test_custom_statuses_are_accepted() -> None:
    check = validator(body_schema(op("/incidents")))
    dates = {"from_date": "01/08/2021 16:00:00", "to_date": "12/08/2021 20:00:00"}
    assert check.is_valid({"type": "INCIDENTS", **dates, "status": "NEW"})
    assert check.is_valid({"type": "INCIDENTS", **dates, "status": "Awaiting legal"})


def test_event_ids_are_numbers_or_digit_strings_beyond_int64() -> None:
    # The guide's requests send numbers, its answers strings; requests take both.
    event_id = SCHEMAS["EventId"]
    assert event_id["type"] == "string"
    assert re.match(event_id["pattern"], "9315711207487646059")  # > 2**63 - 1
    assert not re.match(event_id["pattern"], "12a")
    answered = SCHEMAS["Incident"]["properties"]["event_id"]
    assert answered["type"] == "string"
    assert answered["pattern"] == event_id["pattern"]
    query = validator(SCHEMAS["EventIdInput"])
    for good in (9315711207487646059, 2**64 - 1, "9315711207487646059", 0):
        assert query.is_valid(good), good
    for bad in (2**64, -1, "12a", 1.5, True):
        assert not query.is_valid(bad), bad
    assert body_schema(op("/incidents"))["properties"]["event_id"]["$ref"].endswith("/EventIdInput")
    event_ids = body_schema(op("/incidents/update"))["properties"]["event_ids"]
    assert event_ids["items"] == {"$ref": "#/components/schemas/EventIdInput"}


def test_incident_and_source_fields() -> None:
    assert set(SCHEMAS["Incident"]["properties"]) == {
        "id",
        "severity",
        "action",
        "tag",
        "status",
        "destination",
        "details",
        "released_incident",
        "event_id",
        "maximum_matches",
        "transaction_size",
        "assigned_to",
        "analyzed_by",
        "ignored_incidents",
        "event_time",
        "incident_time",
        "channel",
        "policies",
        "partition_index",
        "detected_by",
        "endpoint_type",
        "violation_triggers",
        "file_name",
        "file_path",
        "source",
        "history",
    }
    assert set(SCHEMAS["IncidentSource"]["properties"]) == {
        "manager",
        "department",
        "ip_address",
        "login_name",
        "host_name",
        "email_address",
        "dn",
        "nt_domain",
        "risk_level",
        "business_unit",
    }
    # Which incident kinds a field applies to is recorded on every field.
    for name, prop in SCHEMAS["Incident"]["properties"].items():
        if name != "source":
            assert re.search("INCIDENTS|DISCOVERY", prop["description"]), name
    assert "by id only" in SCHEMAS["Incident"]["properties"]["transaction_size"]["description"]
    assert "DISCOVERY" in SCHEMAS["Incident"]["properties"]["file_path"]["description"]
    listing = SCHEMAS["IncidentList"]["properties"]
    assert set(listing) == {"incidents", "total_count", "total_returned", "not_found_ids"}
    assert listing["incidents"]["maxItems"] == 10000


def test_420_answers_the_incident_list_with_not_found_ids() -> None:
    response = op("/incidents")["responses"]["420"]
    media = response["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/IncidentList"}
    example = media["examples"]["nothingFound"]["value"]
    assert example["incidents"] == []
    assert example["total_count"] == example["total_returned"] == 0
    assert example["not_found_ids"]


def test_update_input_parameters() -> None:
    props = body_schema(op("/incidents/update"))["properties"]
    assert enum("ActionType") == [
        "STATUS",
        "SEVERITY",
        "ASSIGN_TO",
        "ADD_COMMENT",
        "TAG",
        "RELEASE",
        "FALSE_POSITIVE",
    ]
    assert enum("ScanPartitions") == ["NONE", "ALL", "LAST_ACTIVE"]
    assert props["scan_partitions"]["default"] == "NONE"
    assert props["event_ids"]["maxItems"] == 1000
    assert props["incident_keys"]["maxItems"] == 1000
    key = SCHEMAS["IncidentKey"]
    assert key["required"] == ["incident_id"]
    assert set(key["properties"]) == {"incident_id", "partition_index"}


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"action_type": "STATUS", "value": "Awaiting legal"}, True),
        ({"action_type": "STATUS"}, False),
        ({"action_type": "ADD_COMMENT", "comment": "checked"}, True),
        ({"action_type": "ADD_COMMENT"}, False),
        ({"action_type": "RELEASE"}, True),
        ({"action_type": "SEVERITY", "value": "URGENT"}, False),
        ({"action_type": "TAG", "value": "t" * 101}, False),
        ({"action_type": "FALSE_POSITIVE", "value": "1"}, True),
        ({"action_type": "FALSE_POSITIVE", "value": "2"}, False),
        ({"action_type": "RELEASE", "type": "DISCOVERY"}, False),
        # Neither event_ids nor incident_keys.
        ({"action_type": "RELEASE", "incident_keys": None}, False),
    ],
)
def test_update_rules_per_action(body: dict[str, Any], valid: bool) -> None:
    full = {"type": "INCIDENTS", "incident_keys": [{"incident_id": 1}], **body}
    full = {k: v for k, v in full.items() if v is not None}
    assert validator(body_schema(op("/incidents/update"))).is_valid(full) is valid


def test_update_responses() -> None:
    update = op("/incidents/update")
    assert response_schema(update, "200")["maxLength"] == 0
    unprocessed = response_schema(update, "422")
    assert unprocessed["required"] == ["unprocessed_ids"]


def test_guide_errata_are_recorded() -> None:
    errata = SPEC["info"]["x-doc-errata"]
    assert all(set(item) == {"topic", "note"} for item in errata)
    text = " ".join(item["note"] for item in errata)
    for typo in ("/vl/", "`to date`", "`partition index`", "`incident id`", "email address"):
        assert typo in text, typo
    topics = {item["topic"] for item in errata}
    assert {"event id type", "420 body", "error bodies", "remove_ignored_incidents"} <= topics


def test_incident_takes_the_fields_answers_in_each_profile() -> None:
    incident = validator(SCHEMAS["Incident"])
    trigger = {
        "policy_name": "Test",
        "rule_name": "Test-Rule",
        "classifiers": [{"classifier_name": "PizzaTestKeyword (Key Phrase)", "number_matches": 1}],
    }
    history = [{"task_name": "Detected and recorded incident", "admin_name": "system"}]
    for triggers in (2, [trigger]):  # the guide's count, the field's list
        assert incident.is_valid({"id": 1, "violation_triggers": triggers, "history": history})
    assert not incident.is_valid({"id": 1, "violation_triggers": "2"})
    # Actions beyond the guide's list (AUTHORIZED in recorded answers) still parse.
    assert incident.is_valid({"id": 1, "action": "AUTHORIZED"})
    behaviours = SCHEMAS["Incident"]["properties"]["violation_triggers"]["x-vendor-profiles"]
    assert {b["profile"] for b in behaviours} == {"guide", "field"}
