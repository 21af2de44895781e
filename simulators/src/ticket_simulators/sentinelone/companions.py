"""Companion endpoints integrations call around the documented ones.

Credential and readiness checks (``system/status``, ``system/info``, ``accounts``,
``activities/types``), the login that turns an API token into a console session token,
and the threat listing under the older ``/web/api/v2.0`` prefix, whose threats are flat
objects rather than the v2.1 sections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .._core import route, strict_json_loads
from .errors import validation_error

if TYPE_CHECKING:
    from .app import SentinelOneApi

__all__ = ["V20_PREFIX", "Companions", "flat_v20"]

V21_PREFIX = "/web/api/v2.1"
V20_PREFIX = "/web/api/v2.0"
_LOGIN = "/users/login/by-api-token"

SYSTEM_INFO = {
    "build": "143",
    "release": "23.4.2",
    "version": "Z SP2",
    "patch": "2",
    "latestAgentVersion": "23.4.2.14",
}

# A few of the console's activity types: what `GET activities/types` lists.
ACTIVITY_TYPES = (
    (18, "Threat Resolved", "Threat {{ threat_name }} was resolved"),
    (19, "Threat Unresolved", "Threat {{ threat_name }} was marked as unresolved"),
    (2001, "Threat Mitigation Report Kill", "Mitigation kill succeeded"),
    (4002, "Threat Analyst Verdict Changed", "{{ username }} changed the analyst verdict"),
    (4003, "Threat Incident Status Changed", "{{ username }} changed the incident status"),
    (4007, "Threat External Ticket Id Changed", "{{ username }} changed the external ticket"),
)

# API 2.0 spelled `initiatedBy` in camel case.
_V20_INITIATED = {
    "agent_policy": "agentPolicy",
    "full_disk_scan": "fullDiskScan",
    "dv_command": "dvCommand",
    "console_api": "consoleApi",
    "on_demand_scan": "onDemandScan",
    "star_active": "starActive",
    "star_manual": "starManual",
    "cloud_detection": "cloudDetection",
    "threat_intelligence": "threatIntelligence",
    "watchtower_cloud_detection": "watchtowerCloudDetection",
}
_V20_RANKS = {"malicious": 9, "suspicious": 5, "n/a": 0}


def flat_v20(data: dict[str, Any]) -> dict[str, Any]:
    """A stored (v2.1) threat as API 2.0 answers it: one flat object.

    2.0 predates incident status and verdict: it shows ``resolved`` and
    ``markedAsBenign``, a ``rank`` instead of a confidence level, and the ticket id under
    ``external_ticket_id``.
    """
    info, agent = data["threatInfo"], data["agentRealtimeInfo"]
    detection = data["agentDetectionInfo"]
    actions = {m["action"]: {"status": m["status"]} for m in data.get("mitigationStatus") or []}
    return {
        "id": data["id"],
        "accountId": agent["accountId"],
        "accountName": agent["accountName"],
        "agentComputerName": agent["agentComputerName"],
        "agentDomain": agent["agentDomain"],
        "agentId": agent["agentId"],
        "agentInfected": agent["agentInfected"],
        "agentIp": detection["externalIp"],
        "agentIsActive": agent["agentIsActive"],
        "agentIsDecommissioned": agent["agentIsDecommissioned"],
        "agentMachineType": agent["agentMachineType"],
        "agentNetworkStatus": agent["agentNetworkStatus"],
        "agentOsType": agent["agentOsType"],
        "agentVersion": agent["agentVersion"],
        "annotation": None,
        "automaticallyResolved": info["automaticallyResolved"],
        "classification": info["classification"],
        "classificationSource": info["classificationSource"],
        "classifierName": str(info["classificationSource"]).upper(),
        "cloudVerdict": info["cloudFilesHashVerdict"],
        "collectionId": info["collectionId"],
        "createdAt": info["createdAt"],
        "createdDate": info["identifiedAt"],
        "description": f"{info['classification'].lower()} detected",
        "engines": [e["key"] for e in info["detectionEngines"]],
        "external_ticket_id": info["externalTicketId"],
        "fileContentHash": info["sha1"],
        "fileDisplayName": info["threatName"],
        "fileExtensionType": info.get("fileExtensionType"),
        "fileMaliciousContent": None,
        "filePath": info["filePath"],
        "fileSha256": info["sha256"],
        "fileVerificationType": info.get("fileVerificationType"),
        "fromCloud": False,
        "fromScan": info["initiatedBy"] in ("full_disk_scan", "on_demand_scan"),
        "indicators": [i for ind in data.get("indicators") or [] for i in ind.get("ids", [])],
        "initiatedBy": _V20_INITIATED.get(info["initiatedBy"], info["initiatedBy"]),
        "initiatedByDescription": info["initiatedByDescription"],
        "isCertValid": info.get("isValidCertificate", False),
        "maliciousGroupId": info["storyline"],
        "maliciousProcessArguments": info["maliciousProcessArguments"],
        "markedAsBenign": info["mitigationStatus"] == "marked_as_benign",
        "mitigationMode": agent["agentMitigationMode"],
        "mitigationReport": actions,
        "mitigationStatus": info["mitigationStatus"],
        "publisher": info["publisherName"] or "",
        "rank": _V20_RANKS.get(info["confidenceLevel"], 0),
        "resolved": info["incidentStatus"] == "resolved",
        "siteId": agent["siteId"],
        "siteName": agent["siteName"],
        "threatAgentVersion": detection["agentVersion"],
        "threatName": info["threatName"],
        "updatedAt": info["updatedAt"],
        "username": info["processUser"],
        "whiteningOptions": data["whiteningOptions"],
    }


class Companions:
    """Handlers of the companion endpoints, over the main API's state and tokens."""

    def __init__(self, api: SentinelOneApi) -> None:
        """Serve ``api``'s backend."""
        self.api = api
        self.backend = api.backend

    @route("GET", f"{V21_PREFIX}/system/status")
    async def system_status(self, request: Request) -> Response:
        """``GET system/status``: answered without a token (a reachability check)."""
        return JSONResponse({"data": {"health": "ok"}})

    @route("GET", f"{V21_PREFIX}/system/info")
    async def system_info(self, request: Request) -> Response:
        """``GET system/info``: the console's version, for any valid token."""
        self.api.authorize(request, write=False).check()
        return JSONResponse({"data": dict(SYSTEM_INFO)})

    @route("POST", f"{V21_PREFIX}{_LOGIN}", f"{V20_PREFIX}{_LOGIN}")
    async def login_by_api_token(self, request: Request) -> Response:
        """``POST users/login/by-api-token``: a session token for ``Token <t>`` headers."""
        try:
            body = strict_json_loads(await request.body())
        except ValueError:
            raise validation_error(["body: must be valid JSON"]) from None
        data = body.get("data") if isinstance(body, dict) else None
        token = data.get("apiToken") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise validation_error(["data.apiToken: Missing data for required field."])
        session = self.backend.tokens.login(token)
        return JSONResponse({"data": {"token": session}})

    @route("GET", f"{V21_PREFIX}/accounts")
    async def accounts(self, request: Request) -> Response:
        """``GET accounts``: the accounts the token sees (a common credential check)."""
        caller = self.api.authorize(request, write=False)
        caller.check()
        seed = self.backend.store.seed_data
        scope = caller.token.account_ids
        accounts = [
            {
                "id": a.id,
                "name": a.name,
                "state": "active",
                "accountType": "Paid",
                "unlimitedExpiration": True,
                "expiration": None,
            }
            for a in seed.accounts
            if scope is None or a.id in scope
        ]
        return JSONResponse(
            {"data": accounts, "pagination": {"totalItems": len(accounts), "nextCursor": None}}
        )

    @route("GET", f"{V21_PREFIX}/activities/types")
    async def activity_types(self, request: Request) -> Response:
        """``GET activities/types``: the activity type catalogue (a credential check)."""
        self.api.authorize(request, write=False).check()
        types = [
            {"id": i, "action": action, "descriptionTemplate": template}
            for i, action, template in ACTIVITY_TYPES
        ]
        return JSONResponse({"data": types})

    @route("GET", f"{V20_PREFIX}/threats")
    async def list_threats_v20(self, request: Request) -> Response:
        """``GET /web/api/v2.0/threats``: the same threats and filters, 2.0's flat shape."""
        return await self.api.page_threats(request, flat_v20)
