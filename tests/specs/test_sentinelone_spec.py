"""The SentinelOne spec carries everything its two update documents say."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.specs.test_specs import ROOT, deref, load

SPEC = ROOT / "specs" / "sentinelone.yaml"
DOCS = ROOT.parent / "shared" / "docs"
EXTERNAL_TICKET_DOC = DOCS / "sentinelone-update-threat-external-ticket-id.md"
INCIDENT_DOC = DOCS / "sentinelone-update-threat-incident.md"

EXTERNAL_TICKET = "/web/api/v2.1/threats/external-ticket-id"
INCIDENT = "/web/api/v2.1/threats/incident"
THREATS = "/web/api/v2.1/threats"

# The union of the `filter` fields both documents list (98: the incident document's 98
# include the external-ticket-id document's 95).
FILTER_FIELDS = frozenset(
    {
        "accountIds",
        "agentIds",
        "agentIsActive",
        "agentMachineTypes",
        "agentMachineTypesNin",
        "agentTagsData",
        "agentVersions",
        "agentVersionsNin",
        "analystVerdicts",
        "analystVerdictsNin",
        "awsRole__contains",
        "awsSecurityGroups__contains",
        "awsSubnetIds__contains",
        "azureResourceGroup__contains",
        "classificationSources",
        "classificationSourcesNin",
        "classifications",
        "classificationsNin",
        "cloudAccount__contains",
        "cloudImage__contains",
        "cloudInstanceId__contains",
        "cloudInstanceSize__contains",
        "cloudLocation__contains",
        "cloudNetwork__contains",
        "cloudProvider",
        "cloudProviderNin",
        "collectionIds",
        "commandLineArguments__contains",
        "computerName__contains",
        "confidenceLevels",
        "confidenceLevelsNin",
        "containerImageName__contains",
        "containerLabels__contains",
        "containerName__contains",
        "contentHash__contains",
        "contentHashes",
        "countsFor",
        "createdAt__gt",
        "createdAt__gte",
        "createdAt__lt",
        "createdAt__lte",
        "detectionAgentDomain__contains",
        "detectionAgentVersion__contains",
        "detectionEngines",
        "detectionEnginesNin",
        "displayName",
        "engines",
        "enginesNin",
        "externalTicketExists",
        "externalTicketId__contains",
        "externalTicketIds",
        "failedActions",
        "filePath__contains",
        "gcpServiceAccount__contains",
        "groupIds",
        "hasAgentTags",
        "ids",
        "incidentStatuses",
        "incidentStatusesNin",
        "initiatedBy",
        "initiatedByNin",
        "initiatedByUsername__contains",
        "k8sClusterName__contains",
        "k8sControllerLabels__contains",
        "k8sControllerName__contains",
        "k8sNamespaceLabels__contains",
        "k8sNamespaceName__contains",
        "k8sNodeLabels__contains",
        "k8sNodeName__contains",
        "k8sPodLabels__contains",
        "k8sPodName__contains",
        "limit",
        "mitigatedPreemptively",
        "mitigationStatuses",
        "mitigationStatusesNin",
        "noteExists",
        "originatedProcess__contains",
        "osArchs",
        "osNames",
        "osNamesNin",
        "osTypes",
        "osTypesNin",
        "pendingActions",
        "publisherName__contains",
        "query",
        "realtimeAgentVersion__contains",
        "rebootRequired",
        "resolved",
        "siteIds",
        "storyline__contains",
        "storylines",
        "tenant",
        "threatDetails__contains",
        "updatedAt__gt",
        "updatedAt__gte",
        "updatedAt__lt",
        "updatedAt__lte",
        "uuid__contains",
    }
)
ONLY_IN_INCIDENT_DOC = {"agentTagsData", "hasAgentTags", "k8sNodeLabels__contains"}

# Enumerated filters and the vendor's values (vendor notes, section 1).
ENUMS = {
    "incidentStatuses": {"unresolved", "in_progress", "resolved"},
    "analystVerdicts": {"undefined", "true_positive", "false_positive", "suspicious"},
    "confidenceLevels": {"malicious", "suspicious", "n/a"},
    "mitigationStatuses": {"not_mitigated", "mitigated", "marked_as_benign"},
    "classificationSources": {"Cloud", "Behavioral", "Static", "Engine"},
    "osTypes": {"windows", "macos", "linux", "windows_legacy"},
    "osArchs": {"32 bit", "64 bit", "ARM64"},
    "agentMachineTypes": {
        "unknown",
        "desktop",
        "laptop",
        "server",
        "kubernetes node",
        "storage",
        "kubernetes pod",
        "ecs task",
    },
    "initiatedBy": {
        "agent_policy",
        "full_disk_scan",
        "sentinelctl",
        "dv_command",
        "console_api",
        "on_demand_scan",
        "star_active",
        "star_manual",
        "cloud_detection",
        "threat_intelligence",
        "watchtower_cloud_detection",
    },
    "detectionEngines": {
        "reputation",
        "sentinelone_cloud",
        "cloud_detection",
        "user_blacklist",
        "pre_execution",
        "pre_execution_suspicious",
        "executables",
        "data_files",
        "exploits",
        "penetration",
        "pup",
        "lateral_movement",
        "remote_shell",
        "manual",
        "application_control",
        "threat_intelligence",
        "watchtower_cloud_detection",
        "driver_blocking",
    },
}
ENUMS["engines"] = ENUMS["detectionEngines"]
OUTCOMES = {"updated", "not_changed", "already_set", "conditions_not_met", "missing_permissions"}
DATE_FILTERS = {
    f"{f}__{op}" for f in ("createdAt", "updatedAt") for op in ("gt", "gte", "lt", "lte")
}

EXTERNAL_TICKET_HEADERS = {
    "Server",
    "Date",
    "Content-Type",
    "Content-Length",
    "Connection",
    "Access-Control-Allow-Origin",
    "Access-Control-Allow-Credentials",
    "Vary",
    "Strict-Transport-Security",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Content-Security-Policy",
}
INCIDENT_HEADERS = (EXTERNAL_TICKET_HEADERS - {"Content-Length"}) | {
    "Transfer-Encoding",
    "X-RQID",
    "Cache-Control",
    "Pragma",
    "Expires",
    "Content-Encoding",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load(SPEC)


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found = spec["components"]["schemas"][name]
    assert isinstance(found, dict)
    return found


def filter_properties(spec: dict[str, Any]) -> dict[str, Any]:
    props = schema(spec, "ThreatFilter")["properties"]
    assert isinstance(props, dict)
    return props


def query_parameters(spec: dict[str, Any]) -> dict[str, Any]:
    get = spec["paths"][THREATS]["get"]
    params = [deref(spec, p) for p in get["parameters"]]
    assert all(p["in"] == "query" for p in params)
    return {p["name"]: p for p in params}


def enum_of(spec: dict[str, Any], node: dict[str, Any]) -> set[str]:
    """The enum values of an array-of-enum schema."""
    assert node["type"] == "array"
    return set(deref(spec, node["items"])["enum"])


def doc_filter_fields(path: Path) -> dict[str, str]:
    """`name -> documented type` of the fields listed under `filter` in a document."""
    fields: dict[str, str] = {}
    filter_indent: int | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\s*)- \*\*(\w+)\*\* \((\w+)\)", line)
        if not match:
            continue
        indent, name, kind = len(match[1]), match[2], match[3]
        if name == "filter":
            filter_indent = indent
        elif filter_indent is not None and indent <= filter_indent:
            filter_indent = None
        elif filter_indent is not None:
            fields[name] = kind
    return fields


@pytest.mark.skipif(not DOCS.is_dir(), reason="the vendor documents are not beside the repo")
def test_filter_list_matches_the_documents() -> None:
    external = doc_filter_fields(EXTERNAL_TICKET_DOC)
    incident = doc_filter_fields(INCIDENT_DOC)
    assert len(external) == 95
    assert len(incident) == 98
    assert set(external) | set(incident) == FILTER_FIELDS
    assert set(incident) - set(external) == ONLY_IN_INCIDENT_DOC
    # The one type the documents disagree on, recorded as an erratum.
    assert {k for k in set(external) & set(incident) if external[k] != incident[k]} == {
        "contentHashes"
    }


def test_threat_filter_carries_every_documented_field(spec: dict[str, Any]) -> None:
    props = filter_properties(spec)
    assert set(props) == FILTER_FIELDS
    assert len(props) == 98
    assert all(p.get("description") for p in props.values())
    assert schema(spec, "ThreatFilter")["additionalProperties"] is False


def test_filter_types(spec: dict[str, Any]) -> None:
    props = filter_properties(spec)
    for name in DATE_FILTERS:
        assert props[name] == {**props[name], "type": "string", "format": "date-time"}
    for name in FILTER_FIELDS:
        if name.endswith(("__contains", "Ids", "Nin")) or name in ENUMS:
            assert props[name]["type"] == "array", name
    # One document types it as a string, the other as an array: both are accepted.
    props = dict(props)
    hashes = props.pop("contentHashes")
    assert [t["type"] for t in hashes["oneOf"]] == ["array", "string"]
    assert props["limit"]["type"] == "integer"
    assert props["agentTagsData"]["type"] == "string"
    booleans = {
        "tenant",
        "noteExists",
        "mitigatedPreemptively",
        "failedActions",
        "pendingActions",
        "agentIsActive",
        "rebootRequired",
        "resolved",
        "externalTicketExists",
        "hasAgentTags",
    }
    assert {n for n, p in props.items() if p["type"] == "boolean"} == booleans
    assert {n for n, p in props.items() if p["type"] == "string" and "format" not in p} == {
        "query",
        "displayName",
        "countsFor",
        "agentTagsData",
    }


def test_enumerated_filters_carry_the_vendor_values(spec: dict[str, Any]) -> None:
    props = filter_properties(spec)
    params = query_parameters(spec)
    for name, values in ENUMS.items():
        # osArchs is the one enumerated filter without an exclusion variant.
        for variant in (name,) if name == "osArchs" else (name, f"{name}Nin"):
            assert enum_of(spec, props[variant]) == values, variant
            assert enum_of(spec, params[variant]["schema"]) == values, variant
    # No value set is known for these: free strings.
    for name in ("classifications", "cloudProvider", "osNames"):
        assert props[name]["items"] == {"type": "string"}


def test_every_filter_is_a_comma_separated_query_parameter(spec: dict[str, Any]) -> None:
    props = filter_properties(spec)
    params = query_parameters(spec)
    assert set(params) >= FILTER_FIELDS
    # In a query every list is one comma-joined parameter, contentHashes included.
    assert props["contentHashes"]["oneOf"][0] == params["contentHashes"]["schema"]
    for name in FILTER_FIELDS - {"limit", "contentHashes"}:
        param, prop = params[name], props[name]
        assert param["schema"] == {k: v for k, v in prop.items() if k != "description"}, name
        assert param["description"] == prop["description"], name
        if prop["type"] == "array":
            assert (param["style"], param["explode"]) == ("form", False), name
    paging = {"limit", "skip", "cursor", "countOnly", "skipCount", "sortBy", "sortOrder"}
    assert set(params) == FILTER_FIELDS | paging
    assert (params["limit"]["schema"]["minimum"], params["limit"]["schema"]["maximum"]) == (1, 1000)
    assert deref(spec, params["sortOrder"]["schema"])["enum"] == ["asc", "desc"]


def test_update_bodies(spec: dict[str, Any]) -> None:
    for path, body in (
        (EXTERNAL_TICKET, "ExternalTicketIdRequest"),
        (INCIDENT, "IncidentUpdateRequest"),
    ):
        op = spec["paths"][path]["post"]
        assert op["tags"] == ["threats"]
        assert op["requestBody"]["required"] is True
        ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert ref == f"#/components/schemas/{body}"
        request = schema(spec, body)
        assert request["required"] == ["filter", "data"]
        assert request["properties"]["filter"]["$ref"] == "#/components/schemas/ThreatFilter"
    assert spec["paths"][EXTERNAL_TICKET]["post"]["operationId"] == (
        "update_threat_external_ticket_id"
    )
    assert spec["paths"][INCIDENT]["post"]["operationId"] == "update_threat_incident"
    ticket = schema(spec, "ExternalTicketIdData")
    assert ticket["required"] == ["externalTicketId"]
    assert ticket["properties"]["externalTicketId"]["type"] == "string"
    data = schema(spec, "IncidentUpdateData")
    assert data["required"] == ["incidentStatus"]
    status = deref(spec, data["properties"]["incidentStatus"])
    verdict = deref(spec, data["properties"]["analystVerdict"])
    assert set(status["enum"]) == ENUMS["incidentStatuses"]
    assert set(verdict["enum"]) == ENUMS["analystVerdicts"]


def test_update_responses(spec: dict[str, Any]) -> None:
    statuses = {"200", "400", "401", "403", "500"}
    for path in (EXTERNAL_TICKET, INCIDENT, THREATS):
        item = spec["paths"][path]
        op = item.get("post") or item["get"]
        assert set(op["responses"]) == statuses, path
    affected = schema(spec, "AffectedCount")
    assert affected["required"] == ["affected"]
    assert affected["properties"]["affected"]["type"] == "integer"
    result = schema(spec, "IncidentUpdateResult")
    assert set(result["properties"]) == {"affected", "details"}
    detail = deref(spec, result["properties"]["details"]["items"])
    assert set(detail["properties"]) == {"result", "analystVerdict", "threatId"}
    for field in ("result", "analystVerdict"):
        assert set(deref(spec, detail["properties"][field])["enum"]) == OUTCOMES
    assert "errors" in schema(spec, "IncidentUpdateResponse")["properties"]
    assert "errors" in schema(spec, "AffectedResponse")["properties"]


def test_documented_headers(spec: dict[str, Any]) -> None:
    for path, headers in ((EXTERNAL_TICKET, EXTERNAL_TICKET_HEADERS), (INCIDENT, INCIDENT_HEADERS)):
        responses = spec["paths"][path]["post"]["responses"]
        for status in ("200", "500"):
            assert set(responses[status]["headers"]) == headers, (path, status)


def test_error_bodies(spec: dict[str, Any]) -> None:
    error = schema(spec, "ApiError")
    assert set(error["properties"]) == {"code", "title", "detail", "params"}
    assert error["required"] == ["code", "title", "detail"]
    codes: dict[str, set[int]] = {}
    for name, status in (("BadRequest", "400"), ("Unauthorized", "401"), ("Forbidden", "403")):
        response = spec["components"]["responses"][name]
        media = response["content"]["application/json"]
        assert media["schema"]["$ref"] == "#/components/schemas/ApiErrorResponse"
        codes[status] = {
            e["code"] for ex in media["examples"].values() for e in ex["value"]["errors"]
        }
        for path in (EXTERNAL_TICKET, INCIDENT):
            ref = spec["paths"][path]["post"]["responses"][status]["$ref"]
            assert ref == f"#/components/responses/{name}"
    assert codes == {"400": {4000010, 4000020}, "401": {4010010}, "403": {4030010}}
    # The external-ticket-id document's only example: a 500 carrying data.affected 0.
    failed = spec["paths"][EXTERNAL_TICKET]["post"]["responses"]["500"]
    examples = failed["content"]["application/json"]["examples"]
    assert examples["documentExample"]["value"] == {"data": {"affected": 0}}
    assert {e["code"] for e in examples["internalError"]["value"]["errors"]} == {5000010}


def test_companion_listing(spec: dict[str, Any]) -> None:
    get = spec["paths"][THREATS]["get"]
    assert get["x-companion"] is True
    assert get["operationId"] == "get_threats"
    assert get["tags"] == ["threats"]
    listing = schema(spec, "ThreatList")
    assert listing["required"] == ["data", "pagination"]
    assert listing["properties"]["data"]["items"]["$ref"] == "#/components/schemas/Threat"
    assert set(schema(spec, "Pagination")["properties"]) == {"totalItems", "nextCursor"}
    threat = schema(spec, "Threat")["properties"]
    assert {
        "id",
        "threatInfo",
        "agentRealtimeInfo",
        "agentDetectionInfo",
        "indicators",
        "mitigationStatus",
        "containerInfo",
        "kubernetesInfo",
        "ecsInfo",
        "whiteningOptions",
    } <= set(threat)
    info = schema(spec, "ThreatInfo")["properties"]
    assert {
        "threatId",
        "incidentStatus",
        "analystVerdict",
        "externalTicketId",
        "externalTicketExists",
        "mitigationStatus",
        "confidenceLevel",
        "classificationSource",
        "detectionEngines",
        "createdAt",
        "updatedAt",
    } <= set(info)
    actions = deref(spec, schema(spec, "MitigationAction")["properties"]["status"])
    assert set(actions["enum"]) == {
        "success",
        "failed",
        "pending-reboot",
        "pending",
        "sent",
        "partial",
    }


def test_security_and_errata(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["ApiTokenAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "ApiToken <token>" in scheme["description"]
    # An API token, or a console session token from the login by API token.
    assert spec["security"] == [{"ApiTokenAuth": []}, {"SessionTokenAuth": []}]
    session = spec["components"]["securitySchemes"]["SessionTokenAuth"]
    assert "Token <session token>" in session["description"]
    errata = spec["info"]["x-doc-errata"]
    assert all(set(e) == {"topic", "note"} for e in errata)
    text = " ".join(e["topic"] + " " + e["note"] for e in errata)
    for subject in ("contentHashes", "agentTagsData", "date-time", "limit", "errors", "500"):
        assert subject in text, subject


COMPANIONS = {
    ("/web/api/v2.1/threats", "get"): "get_threats",
    ("/web/api/v2.1/threats/analyst-verdict", "post"): "update_threat_analyst_verdict",
    ("/web/api/v2.0/threats", "get"): "get_threats_v2_0",
    ("/web/api/v2.1/system/status", "get"): "get_system_status",
    ("/web/api/v2.1/system/info", "get"): "get_system_info",
    ("/web/api/v2.1/users/login/by-api-token", "post"): "login_by_api_token",
    ("/web/api/v2.0/users/login/by-api-token", "post"): "login_by_api_token_v2_0",
    ("/web/api/v2.1/accounts", "get"): "list_accounts",
    ("/web/api/v2.1/activities/types", "get"): "get_activity_types",
}


def test_companions_are_marked_and_only_the_checks_are_anonymous(spec: dict[str, Any]) -> None:
    for (path, method), operation_id in COMPANIONS.items():
        op = spec["paths"][path][method]
        assert op["operationId"] == operation_id
        assert op.get("x-companion") is True, path
        anonymous = op.get("security") == []
        assert anonymous == (path.endswith(("/system/status", "/login/by-api-token"))), path
    documented = {EXTERNAL_TICKET, INCIDENT}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            assert (path in documented) != bool(op.get("x-companion")), (path, method)


def test_the_v20_listing_takes_the_v21_filters_it_shares(spec: dict[str, Any]) -> None:
    v21 = {p["name"]: p for p in spec["paths"][THREATS]["get"]["parameters"]}
    v20 = spec["paths"]["/web/api/v2.0/threats"]["get"]["parameters"]
    assert {"resolved", "ids", "createdAt__gt", "cursor", "limit"} <= {p["name"] for p in v20}
    for param in v20:
        assert param == v21[param["name"]], param["name"]


def test_vendor_behaviours_name_their_evidence(spec: dict[str, Any]) -> None:
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.extend(node.get("x-vendor-behaviour", ()))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    assert len({e["id"] for e in found}) == len(found) == 7
    for entry in found:
        assert set(entry) == {"id", "behaviour", "evidence", "simulator"}
        assert entry["id"].startswith("sentinelone/")
        # Each piece of evidence names a public repository ("owner/name ...").
        assert all(e.split(" ", 1)[0].count("/") == 1 for e in entry["evidence"]), entry


def test_undocumented_answer_fields_are_optional(spec: dict[str, Any]) -> None:
    info = schema(spec, "ThreatInfo")
    agent = schema(spec, "AgentRealtimeInfo")
    for name in ("fileExtensionType", "fileVerificationType", "isFileless"):
        assert name in info["properties"]
    for name in ("scanStatus", "operationalState", "userActionsNeeded"):
        assert name in agent["properties"]
    assert "required" not in info
    assert "required" not in agent
