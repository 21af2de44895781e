"""Checks of the two incident request bodies; each problem is a 400 ``VendorError``."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, cast

from .._core import Fidelity
from .departures import FALSE_POSITIVE_NUMBER, IDS_AS_STRINGS
from .errors import bad_request, undocumented
from .model import IncidentKind
from .state import UpdateRequest

__all__ = ["MAX_IDS", "IncidentsQuery", "parse_query", "parse_update"]

MAX_IDS = 1000
_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2}):(\d{2})$")
_DATE_SHAPE = re.compile(
    r"^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4} ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
)
_DIGITS = re.compile(r"^[0-9]{1,20}$")
_KINDS = ("INCIDENTS", "DISCOVERY")
_SEVERITIES = ("HIGH", "MEDIUM", "LOW")
_ACTIONS = (
    "AUDITED",
    "QUARANTINED",
    "BLOCKED",
    "ENCRYPTED",
    "RELEASED",
    "ESG_ACTION",
    "QUARANTINE_WITH_NOTE",
    "UNSHARE_EXTERNAL",
    "UNSHARE_ALL",
    "UNSHARE_INTERNAL",
)
_ENDPOINT_TYPES = ("LAPTOP", "DESKTOP", "NA")
_CHANNELS = (
    "EMAIL",
    "ENDPOINT_EMAIL",
    "FTP",
    "HTTP",
    "HTTPS",
    "ENDPOINT_HTTP",
    "ENDPOINT_HTTPS",
    "ENDPOINT_PRINTING",
    "ENDPOINT_APPLICATION",
    "ENDPOINT_REMOVABLE_MEDIA",
    "ENDPOINT_LAN",
    "ENDPOINT_DISCOVERY",
    "CASB_REAL_TIME",
    "CASB_NEAR_REAL_TIME",
    "CASB_DISCOVERY",
)
_ACTION_TYPES = (
    "STATUS",
    "SEVERITY",
    "ASSIGN_TO",
    "ADD_COMMENT",
    "TAG",
    "RELEASE",
    "FALSE_POSITIVE",
)
_NEEDS_VALUE = ("STATUS", "SEVERITY", "ASSIGN_TO", "TAG", "FALSE_POSITIVE")
_SCANS = ("NONE", "ALL", "LAST_ACTIVE")
_TEXT_FILTERS = (
    "detected_by",
    "analyzed_by",
    "destination",
    "policies",
    "source",
    "assigned_to",
    "tag",
)
_ENUM_FILTERS = {
    "action": _ACTIONS,
    "severity": _SEVERITIES,
    "endpoint_type": _ENDPOINT_TYPES,
    "channel": _CHANNELS,
    "sort_by": ("INSERT_DATE",),
}
TOO_MANY = f"The number of provided IDs is limited to {MAX_IDS}"


class IncidentsQuery:
    """A validated Get Incidents body."""

    def __init__(
        self,
        kind: IncidentKind,
        ids: list[int] | None,
        start: datetime | None,
        end: datetime | None,
        filters: dict[str, Any],
    ) -> None:
        """Hold the parts of the query."""
        self.kind = kind
        self.ids = ids
        self.start = start
        self.end = end
        self.filters = filters


_MAX_ID = 2**63 - 1  # incident ids and partition indexes are Java longs
_MAX_EVENT_ID = 2**64 - 1  # event ids are unsigned 64-bit numbers


def _is_int(value: Any) -> bool:
    """A JSON integer that fits a signed 64-bit long (as the manager stores ids)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return isinstance(value, int) and -_MAX_ID - 1 <= value <= _MAX_ID


def _kind(body: dict[str, Any]) -> IncidentKind:
    kind = body.get("type")
    if kind not in _KINDS:
        raise bad_request("type is required: INCIDENTS or DISCOVERY")
    return cast(IncidentKind, kind)


def _listed(body: dict[str, Any], key: str) -> list[Any]:
    """``body[key]``, which must be a non-empty list of at most ``MAX_IDS`` items."""
    raw = body[key]
    if not isinstance(raw, list) or not raw:
        raise bad_request(f"{key} must be a non-empty list")
    if len(raw) > MAX_IDS:
        raise bad_request(TOO_MANY)
    return raw


def _id_list(body: dict[str, Any], key: str, fidelity: Fidelity) -> list[int] | None:
    if key not in body:
        return None
    ids: list[int] = []
    for value in _listed(body, key):
        if isinstance(value, str) and _DIGITS.match(value) and int(value) <= _MAX_ID:
            # Integrations that keep ids as text send them quoted; the server binds them.
            if not fidelity.allows(IDS_AS_STRINGS):
                raise undocumented(IDS_AS_STRINGS, f"{key} as strings")
            ids.append(int(value))
        elif _is_int(value) and value >= 0:
            ids.append(int(value))
        else:
            raise bad_request(f"{key} must hold non-negative integer ids")
    return ids


def _event_id(value: Any) -> str | None:
    """An event id as the store keys it (digits), from either form; None when invalid.

    The guide's requests send event ids as JSON numbers and its answers as strings, so
    both are accepted in every mode.
    """
    if isinstance(value, str):
        return value if _DIGITS.match(value) else None
    if _is_whole(value) and 0 <= value <= _MAX_EVENT_ID:
        return str(int(value))
    return None


def _is_whole(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def parse_date(text: Any, key: str) -> datetime:
    """``dd/MM/yyyy HH:mm:ss``; out-of-range days roll over, as a lenient Java parser does."""
    match = _DATE.match(text) if isinstance(text, str) else None
    if match is None or not _DATE_SHAPE.match(text):
        raise bad_request(f"{key} must be a date in the format dd/MM/yyyy HH:mm:ss")
    day, month, year, hour, minute, second = (int(g) for g in match.groups())
    base = datetime(max(year, 1), month, 1, hour, minute, second)
    try:
        return base + timedelta(days=day - 1)
    except OverflowError:
        return base


def parse_query(body: Any, fidelity: Fidelity) -> IncidentsQuery:
    """Validate a Get Incidents body (every field present is checked, even when ignored)."""
    if not isinstance(body, dict):
        raise bad_request("The body must be a JSON object")
    kind = _kind(body)
    ids = _id_list(body, "ids", fidelity)
    filters: dict[str, Any] = {}
    for key in _TEXT_FILTERS:
        if key in body:
            if not isinstance(body[key], str):
                raise bad_request(f"{key} must be a string")
            filters[key] = body[key]
    for key, allowed in _ENUM_FILTERS.items():
        if key in body:
            if body[key] not in allowed:
                raise bad_request(f"{key} must be one of {', '.join(allowed)}")
            filters[key] = body[key]
    if "status" in body:
        if not isinstance(body["status"], str) or not body["status"]:
            raise bad_request("status must be a status code")
        filters["status"] = body["status"]
    if "event_id" in body:
        event_id = _event_id(body["event_id"])
        if event_id is None:
            raise bad_request("event_id must be an event id (a number or a string of digits)")
        filters["event_id"] = event_id
    if "remove_ignored_incidents" in body:
        if not isinstance(body["remove_ignored_incidents"], bool):
            raise bad_request("remove_ignored_incidents must be true or false")
        filters["remove_ignored_incidents"] = body["remove_ignored_incidents"]
    start = parse_date(body["from_date"], "from_date") if "from_date" in body else None
    end = parse_date(body["to_date"], "to_date") if "to_date" in body else None
    if ids is None and (start is None or end is None):
        raise bad_request("from_date and to_date are required when ids are not provided")
    return IncidentsQuery(kind, ids, start, end, filters)


def _optional_text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if key in body and not isinstance(value, str):
        raise bad_request(f"{key} must be a string")
    return value


def _value(body: dict[str, Any], action: str, fidelity: Fidelity) -> str | None:
    raw = body.get("value")
    if action == "FALSE_POSITIVE" and _is_whole(raw) and raw in (0, 1):
        # Integrations send the flag as the number they compute; the server binds it.
        if not fidelity.allows(FALSE_POSITIVE_NUMBER):
            raise undocumented(FALSE_POSITIVE_NUMBER, "A FALSE_POSITIVE value as a number")
        return str(int(raw))
    return _optional_text(body, "value")


def parse_update(body: Any, fidelity: Fidelity) -> UpdateRequest:
    """Validate an Update Incidents body and the rules of its action."""
    if not isinstance(body, dict):
        raise bad_request("The body must be a JSON object")
    kind = _kind(body)
    action = body.get("action_type")
    if action not in _ACTION_TYPES:
        raise bad_request(f"action_type must be one of {', '.join(_ACTION_TYPES)}")
    value = _value(body, action, fidelity)
    comment = _optional_text(body, "comment")
    scan = body.get("scan_partitions", "NONE")
    if scan not in _SCANS:
        raise bad_request("scan_partitions must be NONE, ALL or LAST_ACTIVE")
    event_ids: list[str] = []
    if "event_ids" in body:
        for item in _listed(body, "event_ids"):
            event_id = _event_id(item)
            if event_id is None:
                raise bad_request("event_ids must hold event ids (numbers or strings of digits)")
            event_ids.append(event_id)
    keys: list[tuple[int, int | None]] = []
    if "incident_keys" in body:
        keys = [_incident_key(key) for key in _listed(body, "incident_keys")]
    if "event_ids" not in body and "incident_keys" not in body:
        raise bad_request("event_ids or incident_keys is required")
    if action in _NEEDS_VALUE and value is None:
        raise bad_request(f"value is required for {action}")
    if action == "ADD_COMMENT" and comment is None:
        raise bad_request("comment is required for ADD_COMMENT")
    if action == "STATUS" and not value:
        raise bad_request("value must name a status")
    if action == "SEVERITY" and value not in _SEVERITIES:
        raise bad_request("value must be HIGH, MEDIUM or LOW")
    if action == "TAG" and len(value or "") > 100:
        raise bad_request("A tag is limited to 100 characters")
    if action == "FALSE_POSITIVE" and value not in ("1", "0"):
        raise bad_request("value must be 1 (ignore) or 0 (include)")
    if action == "RELEASE" and kind == "DISCOVERY":
        raise bad_request("RELEASE is not available for DISCOVERY incidents")
    if kind == "INCIDENTS" and scan == "NONE" and any(p is None for _, p in keys):
        raise bad_request("partition_index is required when scan_partitions is NONE")
    return UpdateRequest(kind, action, value, comment, scan, event_ids, keys)


def _incident_key(key: Any) -> tuple[int, int | None]:
    if not isinstance(key, dict) or not _is_int(key.get("incident_id")) or key["incident_id"] < 0:
        raise bad_request("each incident key needs a non-negative incident_id")
    if "partition_index" not in key:
        return int(key["incident_id"]), None
    partition = key["partition_index"]
    if not _is_int(partition) or partition < 0:
        raise bad_request("partition_index must be a non-negative integer")
    return int(key["incident_id"]), int(partition)
