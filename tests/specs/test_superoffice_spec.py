"""specs/superoffice.yaml carries everything SuperOffice's PATCH Ticket/{id} page says."""

from __future__ import annotations

from typing import Any

import pytest

from tests.specs.test_specs import ROOT, deref, load

SPEC = load(ROOT / "specs" / "superoffice.yaml")
TICKET = SPEC["paths"]["/api/v1/Ticket/{id}"]
SCHEMAS = SPEC["components"]["schemas"]

# The response table of the document, in its order.
TICKET_ENTITY_FIELDS = [
    "TicketId", "Title", "CreatedAt", "LastChanged", "ReadByOwner", "ReadByCustomer",
    "FirstReadByUser", "Activate", "ClosedAt", "RepliedAt", "AlertTimeout", "Deadline",
    "CreatedBy", "Author", "OwnedBy", "Category", "Slevel", "Priority", "BaseStatus", "Status",
    "Origin", "Person", "SecondaryPersons", "AlertLevel", "ConnectId", "ReadStatus",
    "TimeToReply", "RealTimeToReply", "TimeToClose", "RealTimeToClose", "TimeSpentInternally",
    "TimeSpentExternally", "TimeSpentQueue", "RealTimeSpentInternally",
    "RealTimeSpentExternally", "RealTimeSpentQueue", "HasAttachment", "NumReplies",
    "NumMessages", "FromAddress", "Messages", "Tags", "ExtraFields", "CustomFields",
    "TableRight", "FieldProperties", "_Links",
]  # fmt: skip
# Members real answers carry that the document does not list (x-vendor-behaviour
# superoffice/newer-entity-fields), as the vendor's agent reference orders them.
NEWER_FIELDS = [
    "FirstReadByOwner", "TimeSpent", "Language", "Sentiment", "SentimentConfidence",
    "SuggestedCategoryId", "SuggestedCategoryName", "OrigHumanCategoryId", "IconHint", "Sale",
    "Project", "FormSubmission", "TicketType", "ActiveStatusMonitorId",
]  # fmt: skip


def params(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Parameters of an operation, its path item's included, by name."""
    found = [deref(SPEC, p) for p in TICKET.get("parameters", []) + op.get("parameters", [])]
    return {p["name"]: p for p in found}


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The object schema behind a `$ref` or a nullable `oneOf: [$ref, null]`."""
    schema = deref(SPEC, schema)
    for option in schema.get("oneOf", []):
        option = deref(SPEC, option)
        if option.get("type") != "null":
            return resolve(option)
    return schema


def undeclared_keys(schema: dict[str, Any], value: Any, where: str = "") -> list[str]:
    """Keys of ``value`` (recursively) that the schema does not name as properties."""
    schema = resolve(schema)
    missing: list[str] = []
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if key not in schema["properties"]:
                missing.append(f"{where}/{key}")
            else:
                missing += undeclared_keys(schema["properties"][key], item, f"{where}/{key}")
    elif isinstance(value, dict) and isinstance(schema.get("additionalProperties"), dict):
        for key, item in value.items():
            missing += undeclared_keys(schema["additionalProperties"], item, f"{where}/{key}")
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            missing += undeclared_keys(schema["items"], item, f"{where}/{i}")
    return missing


def test_patch_parameters_and_headers() -> None:
    patch = TICKET["patch"]
    assert patch["operationId"] == "patch_ticket"
    assert patch["tags"] == ["tickets"]
    found = params(patch)
    assert found["id"]["in"] == "path"
    assert found["id"]["required"] is True
    assert found["id"]["schema"]["format"] == "int32"
    assert found["$select"]["in"] == "query"
    headers = {name for name, p in found.items() if p["in"] == "header"}
    assert headers == {
        "If-Unmodified-Since",
        "Accept-Language",
        "SO-Language",
        "SO-Culture",
        "SO-TimeZone",
        "SO-AppToken",
    }
    assert not any(p["required"] for p in found.values() if p["in"] == "header")


def test_authorization_schemes() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["basicAuth"] == schemes["basicAuth"] | {"type": "http", "scheme": "basic"}
    assert schemes["soTicketAuth"]["scheme"] == "SOTicket"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    assert schemes["xsrfToken"] == schemes["xsrfToken"] | {"in": "header", "name": "X-XSRF-TOKEN"}
    # Any one of them authenticates a call.
    assert SPEC["security"] == [{name: []} for name in schemes]


def test_body_is_json_patch_or_merge_patch() -> None:
    body = TICKET["patch"]["requestBody"]
    assert body["required"] is True
    content = body["content"]
    assert list(content) == [
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/json",
    ]
    patch = deref(SPEC, content["application/json-patch+json"]["schema"])
    assert patch["type"] == "array"
    assert patch["items"] == {"$ref": "#/components/schemas/PatchOperation"}
    operation = SCHEMAS["PatchOperation"]
    assert set(operation["properties"]) == {"op", "path", "value"}
    assert operation["required"] == ["op", "path"]
    assert SCHEMAS["PatchOp"]["enum"] == ["add", "replace", "remove", "test"]
    merge = deref(SPEC, content["application/merge-patch+json"]["schema"])
    assert merge["type"] == "object"
    either = deref(SPEC, content["application/json"]["schema"])
    assert [o["$ref"].rsplit("/", 1)[1] for o in either["oneOf"]] == [
        "JsonPatch",
        "TicketMergePatch",
    ]
    # The document's two body examples and its sample request.
    assert content["application/json-patch+json"]["examples"]["department"]["value"] == [
        {"op": "replace", "path": "/Department", "value": "foo"}
    ]
    assert content["application/merge-patch+json"]["examples"]["department"]["value"] == {
        "Department": "foo"
    }
    sample = content["application/json"]["examples"]["sampleRequest"]["value"]
    assert [(op["op"], op["path"]) for op in sample] == [("add", "et"), ("add", "et")]
    assert sample[0]["value"]["value2"]["fullName"] == "Haley Gibson"


def test_patch_statuses_and_error_body() -> None:
    responses = TICKET["patch"]["responses"]
    assert {"200", "404", "409", "412"} <= set(responses)
    ok = responses["200"]["content"]
    # Every format the document's Accept header lists.
    assert set(ok) == {
        "application/json",
        "text/json",
        "application/xml",
        "text/xml",
        "application/json-patch+json",
        "application/merge-patch+json",
    }
    assert all(m["schema"] == {"$ref": "#/components/schemas/TicketEntity"} for m in ok.values())
    error = SCHEMAS["WebApiError"]
    assert set(error["properties"]) == {"Error", "ErrorType", "ErrorMessage", "ErrorSource"}
    for status in ("400", "401", "404", "409", "412"):
        media = deref(SPEC, responses[status])["content"]["application/json"]
        assert media["schema"] == {"$ref": "#/components/schemas/WebApiError"}, status
    not_found = SPEC["components"]["responses"]["NotFound"]["content"]["application/json"]
    assert not_found["examples"]["notFound"]["value"]["ErrorType"] == "SoNotFoundException"


def test_ticket_entity_fields() -> None:
    entity = SCHEMAS["TicketEntity"]["properties"]
    assert [name for name in entity if name not in NEWER_FIELDS] == TICKET_ENTITY_FIELDS
    assert [name for name in entity if name in NEWER_FIELDS] == NEWER_FIELDS
    assert resolve(entity["TicketType"]) is SCHEMAS["TicketType"]
    behaviours = {b["id"] for b in SCHEMAS["TicketEntity"]["x-vendor-behaviour"]}
    assert behaviours == {"superoffice/newer-entity-fields"}
    for name, prop in entity.items():
        assert deref(SPEC, prop).get("description"), name
    assert entity["TicketId"]["format"] == "int32"
    assert entity["LastChanged"]["format"] == "date-time"
    assert entity["HasAttachment"]["type"] == ["boolean", "null"]
    for name, target in {
        "CreatedBy": "Associate",
        "OwnedBy": "Associate",
        "Category": "TicketCategory",
        "Priority": "TicketPriority",
        "Status": "TicketStatus",
        "Person": "Person",
        "_Links": "Links",
    }.items():
        assert resolve(entity[name]) is SCHEMAS[target], name
    assert resolve(entity["Messages"]["items"]) is SCHEMAS["TicketMessage"]
    assert resolve(entity["Tags"]["items"]) is SCHEMAS["Tag"]
    assert resolve(entity["SecondaryPersons"]["items"]) is SCHEMAS["Person"]
    assert SCHEMAS["BaseStatus"]["enum"] == [
        "Unknown", "Active", "Closed", "Postponed", "Deleted", "Merged",
    ]  # fmt: skip
    assert SCHEMAS["ReadStatus"]["enum"] == ["Unknown", "Green", "Yellow", "Red"]
    assert SCHEMAS["TimeCounter"]["enum"] == ["None", "Internally", "Externally", "Queue"]
    assert "AutoGenerated" in SCHEMAS["TicketOrigin"]["enum"]


@pytest.mark.parametrize(
    "schema",
    [
        "Associate",
        "TicketCategory",
        "TicketPriority",
        "TicketStatus",
        "Person",
        "TicketMessage",
        "Tag",
        "TicketEntity",
        "TicketType",
    ],
)
def test_every_property_is_described_and_nullable(schema: str) -> None:
    # `$select` answers every property it does not name as null.
    for name, prop in SCHEMAS[schema]["properties"].items():
        prop = deref(SPEC, prop)
        assert prop.get("description"), f"{schema}.{name}"
        nullable = "null" in prop.get("type", []) or {"type": "null"} in prop.get("oneOf", [])
        assert nullable, f"{schema}.{name}"


def test_sample_response_declares_every_field() -> None:
    sample = SPEC["components"]["examples"]["SampleTicket"]["value"]
    assert list(sample) == TICKET_ENTITY_FIELDS
    schema = {"$ref": "#/components/schemas/TicketEntity"}
    assert undeclared_keys(schema, sample) == []
    example = TICKET["patch"]["responses"]["200"]["content"]["application/json"]["examples"]
    assert example["sampleResponse"] == {"$ref": "#/components/examples/SampleTicket"}


def test_companion_get_links_to_the_patch() -> None:
    get = TICKET["get"]
    assert get["x-companion"] is True
    assert get["operationId"] == "get_ticket"
    found = params(get)
    assert {"id", "$select", "fk", "If-Modified-Since"} <= set(found)
    assert {"200", "304", "404"} <= set(get["responses"])
    link = get["responses"]["200"]["links"]["PatchTicket"]
    assert link["operationId"] == "patch_ticket"
    assert link["parameters"] == {"id": "$request.path.id"}


def test_doc_errata_are_recorded() -> None:
    errata = SPEC["info"]["x-doc-errata"]
    assert all(set(e) == {"topic", "note"} for e in errata)
    topics = {e["topic"] for e in errata}
    assert {
        "request Content-Type",
        "sample request",
        "RFC link",
        "Department field",
        "response links",
        "undocumented statuses and error bodies",
    } <= topics


def test_companion_saves_and_agent_endpoints() -> None:
    put = TICKET["put"]
    assert put["x-companion"] is True
    assert put["operationId"] == "put_ticket"
    body = put["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/TicketEntity"}
    assert {"200", "400", "401", "404", "412"} <= set(put["responses"])
    agent_get = SPEC["paths"]["/api/v1/Agents/Ticket/GetTicketEntity"]["post"]
    agent_save = SPEC["paths"]["/api/v1/Agents/Ticket/SaveTicketEntity"]["post"]
    assert agent_get["parameters"][0]["name"] == "ticketEntityId"
    assert agent_get["parameters"][0]["required"] is True
    assert {"null"} <= {
        option.get("type")
        for option in agent_get["responses"]["200"]["content"]["application/json"]["schema"][
            "oneOf"
        ]
    }
    assert agent_save["x-companion"] is True
    recorded = {
        b["id"] for op in (put, agent_get, TICKET["patch"]) for b in op["x-vendor-behaviour"]
    }
    assert recorded == {
        "superoffice/put-ticket-entity",
        "superoffice/agent-ticket-endpoints",
        "superoffice/datetime-without-offset",
    }
