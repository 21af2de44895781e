"""The threat record the simulator stores: the vendor's JSON plus what it does not show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "ANALYST_VERDICTS",
    "INCIDENT_STATUSES",
    "UNDOCUMENTED",
    "StoredThreat",
    "documented_view",
    "format_s1_instant",
    "parse_s1_instant",
]

INCIDENT_STATUSES = {
    "unresolved": "Unresolved",
    "in_progress": "In progress",
    "resolved": "Resolved",
}
ANALYST_VERDICTS = {
    "undefined": "Undefined",
    "true_positive": "True positive",
    "false_positive": "False positive",
    "suspicious": "Suspicious",
}


# Fields real threats carry that neither document lists (integrations read them: Elastic's
# pipeline, XSOAR's mapper). Per section of the threat; strict mode leaves them out.
UNDOCUMENTED: dict[str, tuple[str, ...]] = {
    "threatInfo": (
        "browserType",
        "certificateId",
        "fileExtension",
        "fileExtensionType",
        "fileVerificationType",
        "initiatingUserId",
        "isFileless",
        "isValidCertificate",
        "reachedEventsLimit",
    ),
    "agentRealtimeInfo": (
        "agentDecommissionedAt",
        "operationalState",
        "scanAbortedAt",
        "scanFinishedAt",
        "scanStartedAt",
        "scanStatus",
        "storageName",
        "storageType",
        "userActionsNeeded",
    ),
    "agentDetectionInfo": ("agentLastLoggedInUserMail",),
    "mitigationStatus[]": ("agentSupportsReport",),
}


def documented_view(data: dict[str, Any]) -> dict[str, Any]:
    """A threat's JSON without the fields the documents do not list (for strict mode).

    Only the sections that change are copied; the rest is shared with ``data``.
    """
    view = dict(data)
    for section, names in UNDOCUMENTED.items():
        if section.endswith("[]"):
            items = data.get(section[:-2])
            if isinstance(items, list):
                view[section[:-2]] = [
                    {k: v for k, v in item.items() if k not in names} for item in items
                ]
        elif isinstance(data.get(section), dict):
            view[section] = {k: v for k, v in data[section].items() if k not in names}
    return view


def format_s1_instant(instant: datetime) -> str:
    """ISO-8601 in UTC with microseconds and ``Z``, as the console writes it."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_s1_instant(text: str) -> datetime:
    """Read back a timestamp written by :func:`format_s1_instant`."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


@dataclass
class StoredThreat:
    """One threat: ``data`` is exactly what GET answers; the rest backs filters only.

    ``os_arch`` (osArchs), ``agent_tags`` (agentTagsData, hasAgentTags) and
    ``note_count`` (noteExists) have no place in the documented threat object.
    """

    data: dict[str, Any]
    os_arch: str
    agent_tags: dict[str, str] = field(default_factory=dict)
    note_count: int = 0

    @property
    def id(self) -> str:
        """The threat id (a decimal string)."""
        return str(self.data["id"])

    @property
    def info(self) -> dict[str, Any]:
        """``threatInfo``."""
        info: dict[str, Any] = self.data["threatInfo"]
        return info

    @property
    def agent(self) -> dict[str, Any]:
        """``agentRealtimeInfo``."""
        agent: dict[str, Any] = self.data["agentRealtimeInfo"]
        return agent

    @property
    def detection(self) -> dict[str, Any]:
        """``agentDetectionInfo``."""
        detection: dict[str, Any] = self.data["agentDetectionInfo"]
        return detection

    @property
    def created_at(self) -> datetime:
        """``threatInfo.createdAt`` as an aware datetime."""
        return parse_s1_instant(self.info["createdAt"])

    @property
    def updated_at(self) -> datetime:
        """``threatInfo.updatedAt`` as an aware datetime."""
        return parse_s1_instant(self.info["updatedAt"])
