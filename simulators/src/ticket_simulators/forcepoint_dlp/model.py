"""Accounts and incidents, and how an incident is rendered in an answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

__all__ = [
    "SEVERITY_TEXT",
    "STATUS_TEXT",
    "Account",
    "Incident",
    "IncidentKind",
    "Rendering",
    "format_date",
    "parse_date",
]

IncidentKind = Literal["INCIDENTS", "DISCOVERY"]
DATE_FORMAT = "%d/%m/%Y %H:%M:%S"

# Codes used by filters and STATUS updates, and the display text answers carry.
STATUS_TEXT = {
    "NEW": "New",
    "IN_PROCESS": "In Process",
    "CLOSE": "Closed",
    "FALSE_POSITIVE": "False Positive",
    "ESCALATED": "Escalated",
}


SEVERITY_TEXT = {"HIGH": "High", "MEDIUM": "Medium", "LOW": "Low"}

# Classifier names for the detailed violation triggers (10.x answers name them).
_CLASSIFIERS = (
    "Credit Card Numbers (Wide)",
    "PizzaTestKeyword (Key Phrase)",
    "Base64/Hexadecimal Characters Block (Regular Expression)",
    "Social Security Numbers (Narrow)",
)
DETECTED = "Detected and recorded incident"


@dataclass(frozen=True)
class Rendering:
    """What answers add to an incident in the active mode and profile.

    ``history``: the workflow changes real answers carry (left out in strict mode);
    ``trigger_detail``: ``violation_triggers`` as the matched rules and classifiers
    (the field profile) instead of their number (the guide's).
    """

    history: bool = False
    trigger_detail: bool = False


PLAIN = Rendering()


def format_date(instant: datetime) -> str:
    """The guide's ``dd/MM/yyyy HH:mm:ss``."""
    return instant.strftime(DATE_FORMAT)


def parse_date(text: str) -> datetime:
    """Parse ``dd/MM/yyyy HH:mm:ss`` (naive, manager local time); ValueError otherwise."""
    if len(text) != 19:
        raise ValueError(text)
    return datetime.strptime(text, DATE_FORMAT)


@dataclass(frozen=True)
class Account:
    """A local Security Manager account; only ``Application`` ones may use the API."""

    username: str
    password: str
    admin_type: Literal["Application", "User"]


@dataclass
class Incident:
    """One DLP or Discovery incident with its mutable workflow fields."""

    kind: IncidentKind
    id: int
    event_id: str
    incident_time: datetime
    event_time: datetime
    insert_seq: int
    severity: str
    action: str
    status: str
    policies: str
    detected_by: str
    analyzed_by: str
    maximum_matches: int
    transaction_size: int
    violation_triggers: int
    assigned_to: str = ""
    tag: str = ""
    destination: str = ""
    details: str = ""
    channel: str = ""
    endpoint_type: str = "NA"
    file_name: str = ""
    file_path: str = ""
    released: bool = False
    ignored: bool = False
    source: dict[str, Any] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)
    # Workflow changes, oldest first: task_name, admin_name, update_time (and comments).
    history: list[dict[str, str]] = field(default_factory=list)
    # Times never change: format them once, since answers can hold 10,000 incidents.
    _incident_text: str = field(init=False, repr=False, compare=False)
    _event_text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._incident_text = format_date(self.incident_time)
        self._event_text = format_date(self.event_time)
        if not self.history:
            recorded = format_date(self.incident_time + timedelta(seconds=2))
            self.history.append(
                {"task_name": DETECTED, "admin_name": "system", "update_time": recorded}
            )

    def record(self, task: str, admin: str, at: datetime, comment: str | None = None) -> None:
        """Add a workflow change to the history, as the Security Manager logs it."""
        entry = {"task_name": task, "admin_name": admin, "update_time": format_date(at)}
        if comment:
            entry["comments"] = comment
        self.history.append(entry)

    def triggers(self) -> list[dict[str, Any]]:
        """The matched policy rules and their classifiers, one per violation trigger.

        Derived from the incident (no stored randomness): the first trigger carries the
        incident's ``maximum_matches``, later ones fewer.
        """
        policies = self.policies.split("; ")
        found = []
        for n in range(self.violation_triggers):
            policy = policies[n % len(policies)]
            matches = max(self.maximum_matches // (n + 1), 1)
            classifier = _CLASSIFIERS[(self.id + n) % len(_CLASSIFIERS)]
            found.append(
                {
                    "classifiers": [{"classifier_name": classifier, "number_matches": matches}],
                    "policy_name": policy,
                    "rule_name": f"{policy}: rule {n + 1}",
                }
            )
        return found

    @property
    def partition_index(self) -> int:
        """The daily partition (yyyymmdd) holding the incident."""
        t = self.incident_time
        return t.year * 10000 + t.month * 100 + t.day

    def status_text(self) -> str:
        """The status as answers show it (display text, or a custom status' name)."""
        return STATUS_TEXT.get(self.status, self.status)

    def to_json(self, *, by_id: bool, rendering: Rendering = PLAIN) -> dict[str, Any]:
        """The incident as the Get Incidents API answers it."""
        body: dict[str, Any] = {
            "id": self.id,
            "severity": self.severity,
            "action": self.action,
            "status": self.status_text(),
            "event_id": self.event_id,
            "maximum_matches": self.maximum_matches,
            "ignored_incidents": self.ignored,
            "incident_time": self._incident_text,
            "policies": self.policies,
            "detected_by": self.detected_by,
        }
        if self.tag:
            body["tag"] = self.tag
        if rendering.history:
            body["history"] = [dict(entry) for entry in reversed(self.history)]
        triggers: int | list[dict[str, Any]] = self.violation_triggers
        if rendering.trigger_detail:
            triggers = self.triggers()
        if self.kind == "INCIDENTS":
            body.update(
                {
                    "transaction_size": self.transaction_size,
                    "analyzed_by": self.analyzed_by,
                    "event_time": self._event_text,
                    "channel": self.channel,
                    "partition_index": self.partition_index,
                    "destination": self.destination,
                    "details": self.details,
                    "released_incident": self.released,
                    "violation_triggers": triggers,
                    "file_name": self.file_name,
                    "endpoint_type": self.endpoint_type,
                    "source": dict(self.source),
                }
            )
            if self.assigned_to:
                body["assigned_to"] = self.assigned_to
            return body
        body["file_path"] = self.file_path
        if by_id:
            body.update(
                {
                    "transaction_size": self.transaction_size,
                    "analyzed_by": self.analyzed_by,
                    "violation_triggers": triggers,
                    "source": {"host_name": self.source.get("host_name", "")},
                }
            )
            if self.assigned_to:
                body["assigned_to"] = self.assigned_to
        else:
            body["channel"] = self.channel
        return body
