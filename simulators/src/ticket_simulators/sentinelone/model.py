"""The threat record the simulator stores: the vendor's JSON plus what it does not show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "ANALYST_VERDICTS",
    "INCIDENT_STATUSES",
    "StoredThreat",
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
