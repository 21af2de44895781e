"""Bulk helpers: fetch every incident of a window, update any number of incidents."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Unpack

from forcepoint_dlp_client import Client
from forcepoint_dlp_client.api.incidents import get_incidents as get_incidents_api
from forcepoint_dlp_client.api.incidents import update_incidents as update_incidents_api
from forcepoint_dlp_client.models import (
    ActionType,
    Incident,
    IncidentKey,
    IncidentList,
    IncidentsQuery,
    IncidentType,
    IncidentUpdateRequest,
    ScanPartitions,
    UnprocessedIncidents,
)
from forcepoint_dlp_client.types import UNSET, Unset

from .._flow import Batch, Bound, Call, CallOptions, Flow, async_form, sync_form
from ._errors import WindowTooDense, make_status_error

__all__ = [
    "MAX_BATCH",
    "MAX_RETURNED",
    "BulkUpdateResult",
    "KeyLike",
    "UpdateResult",
    "afetch_incidents",
    "aupdate_incidents",
    "fetch_incidents",
    "format_date",
    "update_incidents",
]

MAX_RETURNED = 10_000
"""Most incidents one Get Incidents answer carries."""
MAX_BATCH = 1_000
"""Most ids or keys one Update Incidents request may carry."""
_DATE_FORMAT = "%d/%m/%Y %H:%M:%S"
_SECOND = timedelta(seconds=1)
_UNSET: object = UNSET  # a partition left out of a key (compared by identity, as to_dict does)

KeyLike = IncidentKey | tuple[int, int | Unset | None] | int
"""An incident key, an ``(incident_id, partition_index)`` pair, or a bare incident id.

A pair's partition may be None or ``UNSET`` (what an ``Incident`` without one holds), so
``(incident.id, incident.partition_index)`` is a key as it comes."""


def format_date(instant: datetime, manager_tz: tzinfo = UTC) -> str:
    """``dd/MM/yyyy HH:mm:ss``; aware datetimes are first converted to ``manager_tz``."""
    if instant.tzinfo is not None:
        instant = instant.astimezone(manager_tz)
    return instant.strftime(_DATE_FORMAT)


def _seconds(instant: datetime) -> datetime:
    return instant.replace(microsecond=0)


def _fetch_flow(
    kind: IncidentType,
    start: datetime,
    end: datetime,
    filters: Mapping[str, Any],
    manager_tz: tzinfo,
) -> Flow[list[Incident]]:
    found: dict[int, Incident] = {}
    windows = [(_seconds(start), _seconds(end))]
    while windows:
        low, high = windows.pop()
        query = IncidentsQuery(
            type_=kind,
            from_date=format_date(low, manager_tz),
            to_date=format_date(high, manager_tz),
            **filters,
        )
        response = yield Call.of(
            get_incidents_api._get_kwargs, get_incidents_api._build_response, body=query
        )
        if response.status_code == 420:
            continue  # nothing in this window, as the guide answers it
        # Servers in the field answer an empty window 200 with zero counts instead,
        # which the total check below treats as complete.
        parsed = response.parsed
        if response.status_code != 200 or not isinstance(parsed, IncidentList):
            raise make_status_error(response)
        if parsed.total_count <= parsed.total_returned:
            found.update((i.id, i) for i in parsed.incidents)
            continue
        if high - low < _SECOND:
            raise WindowTooDense(f"more than {MAX_RETURNED} incidents at {format_date(low)}")
        # Both ends are inclusive: split into adjacent windows that each fit one answer.
        parts = math.ceil(parsed.total_count / MAX_RETURNED) + 1
        step = max((high - low) / parts, _SECOND)
        edge = low
        while edge <= high:
            upper = min(_seconds(edge + step), high)
            if upper < high and upper == edge:
                upper = edge + _SECOND
            windows.append((edge, upper))
            edge = upper + _SECOND
    return sorted(found.values(), key=lambda i: i.id)


def _fetch_incidents(
    client: Client,
    start: datetime,
    end: datetime,
    *,
    kind: IncidentType | str = IncidentType.INCIDENTS,
    filters: Mapping[str, Any] | None = None,
    manager_tz: tzinfo = UTC,
    **call: Unpack[CallOptions],
) -> Bound[list[Incident]]:
    """Every incident from ``start`` to ``end`` (both included), by id.

    A window holding more than one answer may return (10,000) is split until each part
    fits; "nothing found" is an empty result, whether answered 420 (the guide) or 200
    with zero counts (servers in the field). ``filters`` are further
    ``IncidentsQuery`` fields (``severity=Severity.HIGH``, ...).
    """
    flow = _fetch_flow(IncidentType(kind), start, end, dict(filters or {}), manager_tz)
    return Bound(flow, client, call)


fetch_incidents = sync_form(_fetch_incidents)
afetch_incidents = async_form(_fetch_incidents)


@dataclass(frozen=True)
class BulkUpdateResult:
    """What an update of many incidents did: requests sent and ids left unprocessed."""

    batches: int
    unprocessed_ids: list[str] = field(default_factory=list)


UpdateResult = BulkUpdateResult
"""The former name of :class:`BulkUpdateResult`."""


def _key_dict(key: KeyLike) -> dict[str, Any]:
    """What ``IncidentKey(...).to_dict()`` gives for ``key``, without building the model."""
    if type(key) is not tuple:  # pairs, the common form, skip both checks
        if isinstance(key, IncidentKey):
            return key.to_dict()
        if isinstance(key, int):
            return {"incident_id": key}
    incident_id, partition = key
    if partition is None or partition is _UNSET:
        return {"incident_id": incident_id}
    return {"incident_id": incident_id, "partition_index": partition}


class _KeyedUpdate(IncidentUpdateRequest):
    """An update by incident keys that are JSON-ready already.

    A batch of 1,000 keys would otherwise become 1,000 ``IncidentKey`` models, each
    turned straight back into a dictionary by ``to_dict``. The keys are kept as those
    dictionaries instead and appended where ``to_dict`` puts ``incident_keys`` (last),
    so the request's JSON is the same.
    """

    __slots__ = ("key_dicts",)

    def __init__(self, key_dicts: list[dict[str, Any]], **common: Any) -> None:
        super().__init__(**common)
        self.key_dicts = key_dicts

    def to_dict(self) -> dict[str, Any]:
        """The request body, keys included."""
        body = super().to_dict()
        body["incident_keys"] = self.key_dicts
        return body


def _update_flow(body: IncidentUpdateRequest) -> Flow[list[str]]:
    response = yield Call.of(
        update_incidents_api._get_kwargs, update_incidents_api._build_response, body=body
    )
    if response.status_code == 200:
        return []
    parsed = response.parsed
    if response.status_code == 422 and isinstance(parsed, UnprocessedIncidents):
        return list(parsed.unprocessed_ids)
    raise make_status_error(response)


def _bodies(
    kind: IncidentType | str,
    action_type: ActionType | str,
    *,
    value: str | None,
    comment: str | None,
    incident_keys: Sequence[KeyLike] | None,
    event_ids: Sequence[str | int] | None,
    scan_partitions: ScanPartitions | str | None,
    batch_size: int,
) -> list[IncidentUpdateRequest]:
    if not 1 <= batch_size <= MAX_BATCH:
        raise ValueError(f"batch_size must be between 1 and {MAX_BATCH}")
    if (incident_keys is None) == (event_ids is None):
        raise ValueError("give exactly one of incident_keys= and event_ids=")
    common: dict[str, Any] = {"type_": IncidentType(kind), "action_type": ActionType(action_type)}
    if value is not None:
        common["value"] = value
    if comment is not None:
        common["comment"] = comment
    if scan_partitions is not None:
        common["scan_partitions"] = ScanPartitions(scan_partitions)
    bodies: list[IncidentUpdateRequest] = []
    if incident_keys is not None:
        keys = [_key_dict(k) for k in incident_keys]
        for n in range(0, len(keys), batch_size):
            bodies.append(_KeyedUpdate(keys[n : n + batch_size], **common))
    else:
        assert event_ids is not None
        ids: list[int | str] = [str(e) for e in event_ids]
        for n in range(0, len(ids), batch_size):
            bodies.append(IncidentUpdateRequest(event_ids=ids[n : n + batch_size], **common))
    return bodies


def _bulk_result(results: list[list[str]]) -> BulkUpdateResult:
    return BulkUpdateResult(len(results), [i for r in results for i in r])


def _update_incidents(
    client: Client,
    action_type: ActionType | str,
    *,
    kind: IncidentType | str = IncidentType.INCIDENTS,
    value: str | None = None,
    comment: str | None = None,
    incident_keys: Sequence[KeyLike] | None = None,
    event_ids: Sequence[str | int] | None = None,
    scan_partitions: ScanPartitions | str | None = None,
    batch_size: int = MAX_BATCH,
    concurrency: int = 1,
    **call: Unpack[CallOptions],
) -> Batch[list[str], BulkUpdateResult]:
    """Apply one action to any number of incidents, ``batch_size`` per request.

    Give ``incident_keys`` or ``event_ids``. Up to ``concurrency`` requests run at once
    (threads; tasks in the async form). A batch of which nothing could be processed
    (422) adds its ids to ``unprocessed_ids``; other errors raise.
    """
    bodies = _bodies(
        kind,
        action_type,
        value=value,
        comment=comment,
        incident_keys=incident_keys,
        event_ids=event_ids,
        scan_partitions=scan_partitions,
        batch_size=batch_size,
    )
    return Batch([_update_flow(b) for b in bodies], client, call, concurrency, _bulk_result)


update_incidents = sync_form(_update_incidents)
aupdate_incidents = async_form(_update_incidents)
