"""The in-memory threat store, guarded by one lock."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from .filters import ThreatFilter
from .model import ANALYST_VERDICTS, INCIDENT_STATUSES, StoredThreat, format_s1_instant
from .seed import SeedData, build_seed

__all__ = ["SentinelOneStore", "UpdateScope"]

T = TypeVar("T")


@dataclass(frozen=True)
class UpdateScope:
    """Where and when an update applies: the caller's accounts (``None``: all), and now."""

    account_ids: Collection[str] | None
    now: datetime


def _clone(threat: StoredThreat) -> StoredThreat:
    # A JSON round trip copies the plain JSON data many times faster than deepcopy.
    return StoredThreat(
        data=json.loads(json.dumps(threat.data)),
        os_arch=threat.os_arch,
        agent_tags=dict(threat.agent_tags),
        note_count=threat.note_count,
    )


class SentinelOneStore:
    """Threats of one simulator, ordered by id.

    Readers get deep copies; an update selects and changes its threats under the lock,
    so it applies entirely or not at all, whatever runs beside it.
    """

    def __init__(self, seed: int = 0) -> None:
        """Load the seed world for ``seed``."""
        self._lock = threading.Lock()
        self._load(build_seed(seed))

    def _load(self, data: SeedData) -> None:
        self.seed_data = data
        self._threats = sorted(data.threats, key=lambda t: int(t.id))
        # Where each id sits in the id order. Ids never change after the seed (updates
        # touch threatInfo only), so this holds until the next load.
        self._positions: dict[str, list[int]] = {}
        for position, threat in enumerate(self._threats):
            self._positions.setdefault(threat.id, []).append(position)

    def reset(self) -> None:
        """Throw away every change and reload the same seed."""
        with self._lock:
            self._load(build_seed(self.seed_data.seed))

    @staticmethod
    def _in_scope(threat: StoredThreat, account_ids: Collection[str] | None) -> bool:
        return account_ids is None or threat.agent.get("accountId") in account_ids

    def _candidates(self, threat_filter: ThreatFilter) -> list[StoredThreat]:
        """The threats that can match: those named by ``ids`` when given, else all.

        In id order, like the full list, so the filter (which tests ``ids`` again, with
        every other condition) and its ``limit`` see them exactly as in a full scan.
        """
        ids = threat_filter.ids
        if ids is None:
            return self._threats
        positions = self._positions
        found = sorted(p for i in ids if i in positions for p in positions[i])
        return [self._threats[p] for p in found]

    def _selected(
        self, threat_filter: ThreatFilter, account_ids: Collection[str] | None
    ) -> list[StoredThreat]:
        candidates = self._candidates(threat_filter)
        if account_ids is not None:
            candidates = [t for t in candidates if self._in_scope(t, account_ids)]
        return threat_filter.select(candidates)

    def select(
        self, threat_filter: ThreatFilter, account_ids: Collection[str] | None = None
    ) -> list[StoredThreat]:
        """Copies of the threats the filter selects within the scope, by ascending id."""
        with self._lock:
            return [_clone(t) for t in self._selected(threat_filter, account_ids)]

    def view(
        self,
        threat_filter: ThreatFilter,
        account_ids: Collection[str] | None,
        render: Callable[[list[StoredThreat]], T],
    ) -> T:
        """``render`` the selected threats under the lock, without copying them.

        ``render`` must not keep or change the threats; it is how GET serializes a
        page without first copying every threat the filter selects.
        """
        with self._lock:
            return render(self._selected(threat_filter, account_ids))

    def set_external_ticket_id(
        self, threat_filter: ThreatFilter, ticket_id: str, scope: UpdateScope
    ) -> int:
        """Give every selected threat ``ticket_id``; return how many were selected."""
        with self._lock:
            chosen = self._selected(threat_filter, scope.account_ids)
            for threat in chosen:
                if threat.info["externalTicketId"] != ticket_id:
                    threat.info["externalTicketId"] = ticket_id
                    threat.info["externalTicketExists"] = ticket_id != ""
                    threat.info["updatedAt"] = format_s1_instant(scope.now)
            return len(chosen)

    def set_verdict(self, threat_filter: ThreatFilter, verdict: str, scope: UpdateScope) -> int:
        """Set the analyst verdict of every selected threat; return how many changed."""
        with self._lock:
            affected = 0
            for threat in self._selected(threat_filter, scope.account_ids):
                info = threat.info
                if info["analystVerdict"] != verdict:
                    affected += 1
                    info["analystVerdict"] = verdict
                    info["analystVerdictDescription"] = ANALYST_VERDICTS[verdict]
                    info["updatedAt"] = format_s1_instant(scope.now)
            return affected

    def set_incident(
        self, threat_filter: ThreatFilter, status: str, verdict: str | None, scope: UpdateScope
    ) -> tuple[int, list[dict[str, Any]]]:
        """Set incident status (and verdict) on every selected threat.

        Returns the number of threats changed and one detail per selected threat:
        ``updated`` or ``already_set`` for each value, ``not_changed`` for a verdict
        that was not asked for.
        """
        with self._lock:
            chosen = self._selected(threat_filter, scope.account_ids)
            affected = 0
            details: list[dict[str, Any]] = []
            for threat in chosen:
                info = threat.info
                result = "already_set" if info["incidentStatus"] == status else "updated"
                verdict_result = "not_changed"
                if verdict is not None:
                    same = info["analystVerdict"] == verdict
                    verdict_result = "already_set" if same else "updated"
                if "updated" in (result, verdict_result):
                    affected += 1
                    info["incidentStatus"] = status
                    info["incidentStatusDescription"] = INCIDENT_STATUSES[status]
                    if verdict is not None:
                        info["analystVerdict"] = verdict
                        info["analystVerdictDescription"] = ANALYST_VERDICTS[verdict]
                    info["updatedAt"] = format_s1_instant(scope.now)
                details.append(
                    {"threatId": threat.id, "result": result, "analystVerdict": verdict_result}
                )
            return affected, details
