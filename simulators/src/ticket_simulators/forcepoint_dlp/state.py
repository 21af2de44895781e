"""The in-memory incident store: daily partitions per kind, guarded by one lock."""

from __future__ import annotations

import copy
import random
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .model import PLAIN, SEVERITY_TEXT, STATUS_TEXT, Incident, IncidentKind, Rendering
from .seed import CUSTOM_STATUSES, build_incidents, generate_incidents

__all__ = ["MAX_RETURNED", "IncidentStore", "QueryResult", "UpdateRequest"]

MAX_RETURNED = 10_000

# Filters that apply to both kinds, and those the guide marks INCIDENTS-only.
_SHARED_TEXT = ("detected_by", "analyzed_by", "assigned_to", "tag", "event_id")
_DLP_ONLY = ("destination", "action", "endpoint_type", "channel")


@dataclass(frozen=True)
class QueryResult:
    """Incidents found (already rendered), the true total, and ids that do not exist."""

    incidents: list[dict[str, Any]]
    total_count: int
    not_found_ids: list[int] | None


@dataclass(frozen=True)
class UpdateRequest:
    """A validated update: the action and the incidents it names."""

    kind: IncidentKind
    action_type: str
    value: str | None
    comment: str | None
    scan_partitions: str
    event_ids: Sequence[str]
    incident_keys: Sequence[tuple[int, int | None]]


class IncidentStore:
    """Incidents of one simulator; every read and write holds the lock."""

    def __init__(self, seed: int = 0) -> None:
        """Load the seed incidents for ``seed``."""
        self.seed = seed
        self._lock = threading.Lock()
        self.custom_statuses = CUSTOM_STATUSES
        self._load()

    def _load(self) -> None:
        self._rng = random.Random(self.seed + 1)  # noqa: S311 - deterministic fixtures
        self._by_id: dict[IncidentKind, dict[int, Incident]] = {"INCIDENTS": {}, "DISCOVERY": {}}
        self._by_event: dict[IncidentKind, dict[str, Incident]] = {
            "INCIDENTS": {},
            "DISCOVERY": {},
        }
        # Daily partitions (yyyymmdd -> id -> incident), as the manager's incident table.
        self._partitions: dict[IncidentKind, dict[int, dict[int, Incident]]] = {
            "INCIDENTS": {},
            "DISCOVERY": {},
        }
        self._seq = 0
        self._add(build_incidents(self.seed))

    def _add(self, incidents: Sequence[Incident]) -> None:
        for incident in incidents:
            self._by_id[incident.kind][incident.id] = incident
            partitions = self._partitions[incident.kind]
            partitions.setdefault(incident.partition_index, {})[incident.id] = incident
            self._by_event[incident.kind][incident.event_id] = incident
            self._seq = max(self._seq, incident.insert_seq + 1)

    def reset(self) -> None:
        """Throw away every change and reload the seed."""
        with self._lock:
            self._load()

    def snapshot(self) -> list[Incident]:
        """Copies of every incident, kind by kind in id order: for before/after checks."""
        with self._lock:
            return copy.deepcopy(
                [i for kind in self._by_id.values() for _, i in sorted(kind.items())]
            )

    def listing(self) -> list[dict[str, Any]]:
        """Id, kind, event id and partition of every incident."""
        with self._lock:
            return [
                {
                    "type": i.kind,
                    "id": i.id,
                    "event_id": i.event_id,
                    "partition_index": i.partition_index if i.kind == "INCIDENTS" else None,
                    "incident_time": i.incident_time.isoformat(),
                }
                for kind in self._by_id.values()
                for i in kind.values()
            ]

    def generate(self, kind: IncidentKind, count: int, start: datetime, end: datetime) -> list[int]:
        """Add ``count`` incidents (no false positives) over ``[start, end)``; return their ids."""
        with self._lock:
            first_id = max(self._by_id[kind], default=1000) + 1
            new = list(
                generate_incidents(
                    self._rng,
                    kind,
                    count=count,
                    start=start,
                    end=end,
                    first_id=first_id,
                    first_seq=self._seq,
                    false_positives=False,
                )
            )
            self._add(new)
            return [i.id for i in new]

    def get(self, kind: IncidentKind, incident_id: int) -> Incident | None:
        """A copy of one incident, if it exists."""
        with self._lock:
            found = self._by_id[kind].get(incident_id)
            return copy.deepcopy(found) if found is not None else None

    def by_ids(
        self, kind: IncidentKind, ids: Sequence[int], rendering: Rendering = PLAIN
    ) -> QueryResult:
        """The incidents with ``ids`` (in the order sent) and the ids not found."""
        with self._lock:
            table = self._by_id[kind]
            found = [
                table[i].to_json(by_id=True, rendering=rendering)
                for i in dict.fromkeys(ids)
                if i in table
            ]
            missing = [i for i in dict.fromkeys(ids) if i not in table]
        return QueryResult(found[:MAX_RETURNED], len(found), missing)

    def by_filters(
        self,
        kind: IncidentKind,
        start: datetime,
        end: datetime,
        filters: Mapping[str, Any],
        *,
        sort_by: str | None,
        rendering: Rendering = PLAIN,
    ) -> QueryResult:
        """Incidents of ``kind`` in ``[start, end]`` passing every filter."""
        status = filters.get("status")
        policy = filters.get("policies")
        source = filters.get("source")
        checks = [(k, filters[k]) for k in _SHARED_TEXT if k in filters]
        if kind == "INCIDENTS":
            checks += [(k, filters[k]) for k in _DLP_ONLY if k in filters]
        if "severity" in filters:
            checks.append(("severity", filters["severity"]))
        with self._lock:
            matches = []
            low, high = _day_index(start), _day_index(end)
            days = [p for index, p in self._partitions[kind].items() if low <= index <= high]
            for incident in (i for day in days for i in day.values()):
                if not start <= incident.incident_time <= end:
                    continue
                # As in the Security Manager UI, false positives are hidden unless asked for.
                if status is None and incident.status == "FALSE_POSITIVE":
                    continue
                if status is not None and incident.status != status:
                    continue
                if filters.get("remove_ignored_incidents") and incident.ignored:
                    continue
                if any(getattr(incident, k) != v for k, v in checks):
                    continue
                if policy is not None and policy not in incident.policies.split("; "):
                    continue
                if (
                    kind == "INCIDENTS"
                    and source is not None
                    and not _source_matches(incident, source)
                ):
                    continue
                matches.append(incident)
            key = (lambda i: i.insert_seq) if sort_by == "INSERT_DATE" else (lambda i: i.id)
            matches.sort(key=key)
            rendered = [i.to_json(by_id=False, rendering=rendering) for i in matches[:MAX_RETURNED]]
        return QueryResult(rendered, len(matches), None)

    def partitions(self) -> list[int]:
        """Partition indexes of DLP incidents, oldest first."""
        with self._lock:
            return sorted(self._partitions["INCIDENTS"])

    def update(
        self, request: UpdateRequest, *, actor: str = "system", at: datetime | None = None
    ) -> tuple[int, list[str]]:
        """Apply an already-validated update; return (processed, unprocessed ids as sent).

        ``actor`` (the administrator the token names) and ``at`` go into each incident's
        history. The lock is held throughout, so concurrent updates never interleave.
        """
        with self._lock:
            targets: list[Incident] = []
            unprocessed: list[str] = []
            partitions = self._partitions[request.kind]
            last_two = [partitions[p] for p in sorted(partitions)[-2:]]
            for incident_id, partition in request.incident_keys:
                incident: Incident | None
                if request.kind == "DISCOVERY":
                    incident = self._by_id["DISCOVERY"].get(incident_id)
                elif partition is not None:
                    incident = partitions.get(partition, {}).get(incident_id)
                elif request.scan_partitions == "LAST_ACTIVE":
                    incident = next((p[incident_id] for p in last_two if incident_id in p), None)
                else:  # ALL: the id index stands for a search of every partition
                    incident = self._by_id["INCIDENTS"].get(incident_id)
                if incident is None:
                    unprocessed.append(str(incident_id))
                else:
                    targets.append(incident)
            for event_id in request.event_ids:
                incident = self._by_event[request.kind].get(event_id)
                if incident is None:
                    unprocessed.append(event_id)
                else:
                    targets.append(incident)
            if not self._action_applies(request):
                return 0, [*(str(k) for k, _ in request.incident_keys), *request.event_ids]
            when = at if at is not None else datetime.now()
            for incident in targets:
                _apply(incident, request, actor, when)
            return len(targets), unprocessed

    def _action_applies(self, request: UpdateRequest) -> bool:
        # An unknown custom status leaves every incident unprocessed (422).
        if request.action_type != "STATUS":
            return True
        return request.value in STATUS_TEXT or request.value in self.custom_statuses


def _day_index(instant: datetime) -> int:
    return instant.year * 10000 + instant.month * 100 + instant.day


def _source_matches(incident: Incident, wanted: str) -> bool:
    src = incident.source
    names = {
        str(src.get("login_name", "")),
        str(src.get("host_name", "")),
        str(src.get("email_address", "")),
        f"{src.get('host_name', '')}\\{src.get('login_name', '')}",
    }
    return wanted in names


def _apply(incident: Incident, request: UpdateRequest, actor: str, at: datetime) -> None:
    action, value = request.action_type, request.value or ""
    comment = request.comment
    if action == "STATUS":
        before = incident.status_text()
        incident.status = value
        task = f"Changed incident status from {before} to {incident.status_text()}"
    elif action == "SEVERITY":
        task = (
            f"Changed incident severity from {SEVERITY_TEXT[incident.severity]}"
            f" to {SEVERITY_TEXT[value]}"
        )
        incident.severity = value
    elif action == "ASSIGN_TO":
        # The manager's own wording, trailing space included.
        before = incident.assigned_to or "Unassigned"
        task = f"Changed incident assignment from {before} to {value} "
        incident.assigned_to = value
    elif action == "TAG":
        incident.tag = value
        task = f"Incident tagged. New tag: {value}"
    elif action == "RELEASE":
        incident.released = True
        incident.action = "RELEASED"
        task = "Released quarantined message"
    elif action == "FALSE_POSITIVE":
        incident.ignored = value == "1"
        task = "Marked as false positive" if incident.ignored else "Unmarked as false positive"
    else:  # ADD_COMMENT
        task = "Added comment"
    if comment:
        incident.comments.append(comment)
    incident.record(task, actor, at, comment)
