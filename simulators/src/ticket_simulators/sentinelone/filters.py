"""The threat filter: one reading of the 98 fields, shared by GET and both updates.

A filter arrives either as the ``filter`` object of an update body (JSON arrays,
booleans, numbers) or as query parameters of ``GET /threats`` (lists comma-separated or
repeated, booleans as ``true``/``false``). Both become the same :class:`ThreatFilter`,
so the same fields select the same threats whichever way they came.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal

from .._core import Fidelity, strict_json_loads
from .departures import (
    FILTER_BOOL_AS_STRING,
    FILTER_LIST_AS_STRING,
    QUERY_NAIVE_DATETIME,
    QUERY_PYTHON_BOOL,
    QUERY_REPEATED_KEYS,
)
from .errors import invalid_identifier, validation_error
from .model import StoredThreat

__all__ = [
    "FIELDS",
    "FilterField",
    "ThreatFilter",
    "parse_body_filter",
    "parse_query_bool",
    "parse_query_filter",
]

Kind = Literal[
    "ids", "in", "nin", "contains", "date", "bool", "text", "limit", "tags", "accepted_str"
]
Getter = Callable[[StoredThreat], Any]

INCIDENT_STATUSES = ("unresolved", "in_progress", "resolved")
ANALYST_VERDICTS = ("undefined", "true_positive", "false_positive", "suspicious")
CONFIDENCE_LEVELS = ("malicious", "suspicious", "n/a")
MITIGATION_STATUSES = ("not_mitigated", "mitigated", "marked_as_benign")
CLASSIFICATION_SOURCES = ("Cloud", "Behavioral", "Static", "Engine")
ENGINES = (
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
)
INITIATED_BY = (
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
)
OS_TYPES = ("windows", "macos", "linux", "windows_legacy")
OS_ARCHS = ("32 bit", "64 bit", "ARM64")
MACHINE_TYPES = (
    "unknown",
    "desktop",
    "laptop",
    "server",
    "kubernetes node",
    "storage",
    "kubernetes pod",
    "ecs task",
)


@dataclass(frozen=True)
class FilterField:
    """One filter field: how its value is read and which part of a threat it tests."""

    name: str
    kind: Kind
    getter: Getter | None = None
    choices: tuple[str, ...] | None = None
    op: str = ""


def _info(key: str) -> Getter:
    return lambda t: t.info.get(key)


def _agent(key: str) -> Getter:
    return lambda t: t.agent.get(key)


def _detection(key: str) -> Getter:
    return lambda t: t.detection.get(key)


def _section(section: str, key: str) -> Getter:
    def get(t: StoredThreat) -> Any:
        part = t.data.get(section)
        return part.get(key) if isinstance(part, dict) else None

    return get


def _cloud(key: str) -> Getter:
    def get(t: StoredThreat) -> list[Any]:
        providers = t.detection.get("cloudProviders") or {}
        return [ctx.get(key) for ctx in providers.values() if isinstance(ctx, dict)]

    return get


def _engines(t: StoredThreat) -> list[str]:
    return [e["key"] for e in t.info.get("detectionEngines") or []]


def _hashes(t: StoredThreat) -> list[Any]:
    return [t.info.get("sha1"), t.info.get("sha256"), t.info.get("md5")]


def _providers(t: StoredThreat) -> list[str]:
    return list(t.detection.get("cloudProviders") or {})


# The `__contains` filters that `query` also searches, all at once, in the order the
# document lists them under `query` (threat details ... external ticket id).
_SEARCHED: dict[str, Getter] = {
    "threatDetails": _info("threatName"),
    "contentHash": _hashes,
    "computerName": _agent("agentComputerName"),
    "filePath": _info("filePath"),
    "uuid": _agent("agentUuid"),
    "detectionAgentVersion": _detection("agentVersion"),
    "realtimeAgentVersion": _agent("agentVersion"),
    "detectionAgentDomain": _detection("agentDomain"),
    "commandLineArguments": _info("maliciousProcessArguments"),
    "initiatedByUsername": _info("initiatingUsername"),
    "storyline": _info("storyline"),
    "originatedProcess": _info("originatorProcess"),
    "k8sClusterName": _section("kubernetesInfo", "cluster"),
    "k8sNodeName": _section("kubernetesInfo", "node"),
    "k8sNodeLabels": _section("kubernetesInfo", "nodeLabels"),
    "k8sNamespaceName": _section("kubernetesInfo", "namespace"),
    "k8sNamespaceLabels": _section("kubernetesInfo", "namespaceLabels"),
    "k8sControllerName": _section("kubernetesInfo", "controllerName"),
    "k8sControllerLabels": _section("kubernetesInfo", "controllerLabels"),
    "k8sPodName": _section("kubernetesInfo", "pod"),
    "k8sPodLabels": _section("kubernetesInfo", "podLabels"),
    "containerName": _section("containerInfo", "name"),
    "containerImageName": _section("containerInfo", "image"),
    "containerLabels": _section("containerInfo", "labels"),
    "externalTicketId": _info("externalTicketId"),
}
_QUERY_FIELDS: tuple[Getter, ...] = tuple(_SEARCHED.values())

# The cloud details' `__contains` filters, each named as the key it reads.
_CLOUD_KEYS = (
    "cloudAccount",
    "cloudImage",
    "cloudInstanceId",
    "cloudInstanceSize",
    "cloudLocation",
    "cloudNetwork",
    "awsRole",
    "awsSecurityGroups",
    "awsSubnetIds",
    "azureResourceGroup",
    "gcpServiceAccount",
)


def _fields() -> dict[str, FilterField]:
    f: list[FilterField] = []
    for op in ("gt", "gte", "lt", "lte"):
        f.append(FilterField(f"createdAt__{op}", "date", _info("createdAt"), op=op))
        f.append(FilterField(f"updatedAt__{op}", "date", _info("updatedAt"), op=op))
    f += [
        FilterField("ids", "ids", lambda t: t.id),
        FilterField("accountIds", "ids", _agent("accountId")),
        FilterField("siteIds", "ids", _agent("siteId")),
        FilterField("groupIds", "ids", _agent("groupId")),
        FilterField("agentIds", "ids", _agent("agentId")),
        FilterField("collectionIds", "ids", _info("collectionId")),
        FilterField("storylines", "in", _info("storyline")),
        FilterField("externalTicketIds", "in", _info("externalTicketId")),
        FilterField("contentHashes", "in", _hashes),
        FilterField("osArchs", "in", lambda t: t.os_arch, OS_ARCHS),
    ]
    # Each of these has a negated twin, its name with `Nin`; the choices, when given,
    # are the values it accepts.
    twins: tuple[tuple[str, Getter, tuple[str, ...] | None], ...] = (
        ("classifications", _info("classification"), None),
        ("osNames", _agent("agentOsName"), None),
        ("agentVersions", _agent("agentVersion"), None),
        ("cloudProvider", _providers, None),
        ("incidentStatuses", _info("incidentStatus"), INCIDENT_STATUSES),
        ("analystVerdicts", _info("analystVerdict"), ANALYST_VERDICTS),
        ("confidenceLevels", _info("confidenceLevel"), CONFIDENCE_LEVELS),
        ("mitigationStatuses", _info("mitigationStatus"), MITIGATION_STATUSES),
        ("classificationSources", _info("classificationSource"), CLASSIFICATION_SOURCES),
        ("engines", _engines, ENGINES),
        ("detectionEngines", _engines, ENGINES),
        ("initiatedBy", _info("initiatedBy"), INITIATED_BY),
        ("osTypes", _agent("agentOsType"), OS_TYPES),
        ("agentMachineTypes", _agent("agentMachineType"), MACHINE_TYPES),
    )
    for name, getter, choices in twins:
        f.append(FilterField(name, "in", getter, choices))
        f.append(FilterField(f"{name}Nin", "nin", getter, choices))
    contains = {
        **_SEARCHED,
        **{key: _cloud(key) for key in _CLOUD_KEYS},
        "publisherName": _info("publisherName"),
    }
    for name, getter in contains.items():
        f.append(FilterField(f"{name}__contains", "contains", getter))
    f += [
        FilterField("agentIsActive", "bool", _agent("agentIsActive")),
        FilterField("hasAgentTags", "bool", lambda t: bool(t.agent_tags)),
        FilterField("externalTicketExists", "bool", _info("externalTicketExists")),
        FilterField("noteExists", "bool", lambda t: t.note_count > 0),
        FilterField("failedActions", "bool", _info("failedActions")),
        FilterField("pendingActions", "bool", _info("pendingActions")),
        FilterField("rebootRequired", "bool", _info("rebootRequired")),
        FilterField("mitigatedPreemptively", "bool", _info("mitigatedPreemptively")),
        # API 2.0's flag: resolved means the incident status is `resolved`.
        FilterField("resolved", "bool", lambda t: t.info.get("incidentStatus") == "resolved"),
        # A tenant-scope request; every token here already sees its whole scope.
        FilterField("tenant", "bool", None),
        FilterField("query", "text"),
        FilterField("displayName", "text", _info("threatName")),
        FilterField("agentTagsData", "tags"),
        FilterField("countsFor", "accepted_str"),
        FilterField("limit", "limit"),
    ]
    return {x.name: x for x in f}


FIELDS: dict[str, FilterField] = _fields()

_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$"
)
# What integrations write besides RFC 3339: Python's ``str(datetime)`` (a space before the
# time), zone-less times, which the console reads as UTC, and strftime's ``%z`` (+0000).
_LENIENT_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$"
)
_DECIMAL = re.compile(r"^[0-9]+$")
MAX_LIST = 10_000
"""Values one filter list may hold (the spec's ``maxItems``)."""
_MAX_ID = 2**63 - 1  # the console's identifiers are Java longs


def _is_identifier(value: str) -> bool:
    return bool(_DECIMAL.match(value)) and len(value) <= 19 and int(value) <= _MAX_ID


def parse_date_time(text: str) -> datetime | None:
    """An RFC 3339 date-time (the spec's ``format: date-time``), or None if malformed."""
    match = _DATE_TIME.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    fraction = match.group(7)
    try:
        if match.group(8) in ("Z", "z"):
            zone = UTC
        else:
            hours, minutes = int(match.group(10)), int(match.group(11))
            if hours > 23 or minutes > 59:
                return None
            sign = -1 if match.group(9) == "-" else 1
            zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
        if second == 60:  # a leap second: RFC 3339 allows it, datetime does not
            second = 59
        micros = int((fraction[1:] + "000000")[:6]) if fraction else 0
        return datetime(year, month, day, hour, minute, second, micros, tzinfo=zone)
    except ValueError:
        return None


def parse_lenient_date_time(text: str) -> datetime | None:
    """A date-time as integrations send it: RFC 3339, or with a space before the time,
    or without a zone (UTC); None if it is none of these."""
    match = _LENIENT_DATE_TIME.match(text)
    if match is None:
        return None
    date, clock = text[:10], text[11:]
    zone = match.group(8)
    if zone is None:
        return parse_date_time(f"{date}T{clock}Z")
    if len(zone) == 5:  # +HHMM
        clock = clock[: -len(zone)] + zone[:3] + ":" + zone[3:]
    return parse_date_time(f"{date}T{clock}")


def _flatten(value: Any) -> Iterable[str]:
    if value is None:
        return ()
    if isinstance(value, list):
        return [x for item in value for x in _flatten(item)]
    return (str(value),)


@dataclass
class ThreatFilter:
    """A parsed filter: the conditions that hold, plus an optional ``limit``."""

    conditions: dict[str, Any] = field(default_factory=dict)
    limit: int | None = None

    @property
    def empty(self) -> bool:
        """True when nothing narrows the selection (every threat in scope matches)."""
        return not self.conditions and self.limit is None

    @property
    def ids(self) -> frozenset[str] | None:
        """The ``ids`` condition: only threats whose id is one of these match (None: any).

        A store may look these up directly instead of testing every threat, since the
        ``ids`` condition holds exactly for the threats whose id is in this set.
        """
        ids: frozenset[str] | None = self.conditions.get("ids")
        return ids

    def matches(self, threat: StoredThreat) -> bool:
        """Whether ``threat`` meets every condition."""
        return all(
            self._holds(FIELDS[name], value, threat) for name, value in self.conditions.items()
        )

    def select(self, threats: Sequence[StoredThreat]) -> list[StoredThreat]:
        """The matching threats, in the given order, cut to ``limit``."""
        chosen = [t for t in threats if self.matches(t)]
        return chosen if self.limit is None else chosen[: self.limit]

    @staticmethod
    def _holds(spec: FilterField, value: Any, threat: StoredThreat) -> bool:
        kind = spec.kind
        if kind == "text" and spec.name == "query":
            needle = str(value).lower()
            return any(
                needle in text.lower() for get in _QUERY_FIELDS for text in _flatten(get(threat))
            )
        if kind == "tags":
            return _tags_match(value, threat.agent_tags)
        if spec.getter is None:
            return True
        actual = spec.getter(threat)
        if kind in ("ids", "in"):
            return any(a in value for a in _flatten(actual))
        if kind == "nin":
            return not any(a in value for a in _flatten(actual))
        if kind == "contains":
            texts = [a.lower() for a in _flatten(actual)]
            return any(v.lower() in text for v in value for text in texts)
        if kind == "text":
            return any(str(value).lower() in a.lower() for a in _flatten(actual))
        if kind == "bool":
            return bool(actual) is value
        if kind == "date":
            moment = parse_date_time(str(actual))
            bound: datetime = value
            assert moment is not None
            return {
                "gt": moment > bound,
                "gte": moment >= bound,
                "lt": moment < bound,
                "lte": moment <= bound,
            }[spec.op]
        return True


def _tags_match(wanted: Mapping[str, list[str]], tags: Mapping[str, str]) -> bool:
    for key, values in wanted.items():
        if key.endswith("__nin"):
            if tags.get(key.removesuffix("__nin")) in values:
                return False
        elif tags.get(key) not in values:
            return False
    return True


def _parse_tags(raw: str, problems: list[str]) -> dict[str, list[str]] | None:
    message = "agentTagsData: must be a JSON object of tag key to a list of values"
    try:
        data = strict_json_loads(raw)
    except ValueError:
        problems.append(message)
        return None
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in data.values()
    ):
        problems.append(message)
        return None
    return data


class _Reader:
    """Collects the conditions and every problem, so one 400 names them all."""

    def __init__(self, fidelity: Fidelity | None, problems: Sequence[str] = ()) -> None:
        self.fidelity = fidelity
        self.result = ThreatFilter()
        self.problems: list[str] = list(problems)
        self.bad_ids: list[str] = []

    def depart(self, departure: str, problem: str) -> bool:
        """Whether the request may rely on ``departure``; if not, say why it is refused."""
        if self.fidelity is None or self.fidelity.allows(departure):
            return True
        self.problems.append(f"{problem}, which the documents do not describe ({departure})")
        return False

    def strings(self, spec: FilterField, values: list[str]) -> None:
        if len(values) > MAX_LIST:
            self.problems.append(f"{spec.name}: at most {MAX_LIST} values")
            return
        if spec.kind == "ids":
            bad = [v for v in values if not _is_identifier(v)]
            if bad:
                self.bad_ids.append(f"{spec.name}: {bad[0]!r} is not a valid identifier")
                return
        if spec.choices is not None:
            wrong = [v for v in values if v not in spec.choices]
            if wrong:
                allowed = ", ".join(spec.choices)
                self.problems.append(f"{spec.name}: {wrong[0]!r} is not one of {allowed}")
                return
        if values:  # an empty list narrows nothing, as if the field were left out
            self.result.conditions[spec.name] = frozenset(values)

    def date(self, spec: FilterField, raw: str, *, lenient: bool = False) -> None:
        moment = parse_date_time(raw)
        if moment is None and lenient:
            moment = parse_lenient_date_time(raw)
            if moment is not None and not self.depart(
                QUERY_NAIVE_DATETIME, f"{spec.name}: {raw!r} has no zone or no 'T'"
            ):
                return
        if moment is None:
            self.problems.append(f"{spec.name}: must be an ISO-8601 date-time with a timezone")
        else:
            self.result.conditions[spec.name] = moment

    def text(self, spec: FilterField, raw: str) -> None:
        if spec.kind == "tags":
            tags = _parse_tags(raw, self.problems)
            if tags is not None:
                self.result.conditions[spec.name] = tags
        elif spec.kind == "text":
            self.result.conditions[spec.name] = raw

    def done(self) -> ThreatFilter:
        if self.problems:
            raise validation_error(self.problems)
        if self.bad_ids:
            raise invalid_identifier("; ".join(self.bad_ids))
        return self.result


# The one list field a document types as a string (the other document: an array).
_STRING_LISTS = frozenset({"contentHashes"})


def parse_body_filter(
    raw: Any, fidelity: Fidelity | None = None, problems: Sequence[str] = ()
) -> ThreatFilter:
    """The ``filter`` object of an update body; VendorError 400 naming every problem.

    ``fidelity`` decides which undocumented forms are accepted (None: all of them);
    ``problems`` found before (in the rest of the request) are reported with these.
    """
    if not isinstance(raw, dict):
        raise validation_error([*problems, "filter: must be an object"])
    reader = _Reader(fidelity, problems)
    for name, value in raw.items():
        spec = FIELDS.get(name)
        if spec is None:
            reader.problems.append(f"{name}: unknown filter field")
            continue
        kind = spec.kind
        if kind in ("ids", "in", "nin", "contains"):
            if isinstance(value, str) and (
                name in _STRING_LISTS
                or reader.depart(FILTER_LIST_AS_STRING, f"{name}: a string, not a list")
            ):
                # One value, or several joined with commas, as the console's own SDK sends.
                reader.strings(spec, value.split(","))
            elif isinstance(value, str):
                continue
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                reader.problems.append(f"{name}: must be a list of strings")
            else:
                reader.strings(spec, value)
        elif kind == "bool":
            if isinstance(value, str) and value.lower() in ("true", "false"):
                if not reader.depart(FILTER_BOOL_AS_STRING, f"{name}: {value!r} is a string"):
                    continue
                value = value.lower() == "true"
            if not isinstance(value, bool):
                reader.problems.append(f"{name}: must be a boolean")
            elif spec.getter is not None:
                reader.result.conditions[name] = value
        elif kind == "limit":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                reader.problems.append(f"{name}: must be an integer of at least 1")
            else:
                reader.result.limit = value
        elif not isinstance(value, str):
            reader.problems.append(f"{name}: must be a string")
        elif kind == "date":
            reader.date(spec, value)
        else:
            reader.text(spec, value)
    return reader.done()


def split_list(values: Sequence[str]) -> list[str]:
    """A list parameter's items, whether sent comma-separated, repeated, or both.

    Empty items are kept: ``osTypes=windows,`` holds an empty OS type, which is refused,
    not read as ``windows`` alone.
    """
    return [item for value in values for item in value.split(",")]


def _query_bool(reader: _Reader, name: str, raw: str) -> bool | None:
    if raw in ("true", "false"):
        return raw == "true"
    if raw.lower() in ("true", "false"):
        # Python's and PowerShell's str(True): `True`.
        if reader.depart(QUERY_PYTHON_BOOL, f"{name}: {raw!r} is not lower-case"):
            return raw.lower() == "true"
        return None
    reader.problems.append(f"{name}: must be true or false")
    return None


def parse_query_bool(name: str, raw: str, fidelity: Fidelity | None = None) -> bool:
    """One boolean query parameter (``countOnly``, ``skipCount``); VendorError 400 if bad."""
    reader = _Reader(fidelity)
    value = _query_bool(reader, name, raw)
    reader.done()
    return bool(value)


def parse_query_filter(
    params: Mapping[str, Sequence[str]], fidelity: Fidelity | None = None
) -> ThreatFilter:
    """The filter fields among ``GET /threats`` query parameters (``limit`` excluded).

    ``params`` maps each name to every value it was given. Unknown names are not
    filter fields and are left to the caller. ``fidelity`` decides which undocumented
    forms are accepted (None: all of them).
    """
    reader = _Reader(fidelity)
    for name, values in params.items():
        spec = FIELDS.get(name)
        if spec is None or spec.kind == "limit" or not values:
            continue
        kind = spec.kind
        last = values[-1]
        if kind in ("ids", "in", "nin", "contains"):
            if len(values) > 1 and not reader.depart(
                QUERY_REPEATED_KEYS, f"{name}: given {len(values)} times"
            ):
                continue
            reader.strings(spec, split_list(values))
        elif kind == "bool":
            value = _query_bool(reader, name, last)
            if value is not None and spec.getter is not None:
                reader.result.conditions[name] = value
        elif kind == "date":
            reader.date(spec, last, lenient=True)
        else:
            reader.text(spec, last)
    return reader.done()
