"""The threat filter, field family by field family, against expectations computed here.

Each case names a filter and computes, straight from the seeded threat objects, which
threats it must select. The simulator must select exactly those through GET query
parameters and through the update bodies' ``filter`` object alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.sentinelone import BASE_URL, create_app
from ticket_simulators.sentinelone.filters import (
    FIELDS,
    ThreatFilter,
    parse_body_filter,
    parse_query_filter,
)

from .sentinelone_helpers import S1

Threat = dict[str, Any]


@dataclass
class World:
    """The seeded threats, read once through GET, and the simulator behind them."""

    s1: S1
    threats: list[Threat]
    _records: dict[str, Any] = field(default_factory=dict)

    def where(self, predicate: Callable[[Threat], bool]) -> set[str]:
        return {t["id"] for t in self.threats if predicate(t)}

    def hidden(self, threat_id: str) -> Any:
        """The stored record, for what the threat object does not show (tags, notes)."""
        store = self.s1.sim.app.backend.store  # type: ignore[attr-defined]
        if not self._records:
            self._records.update({t.id: t for t in store.select(ThreatFilter())})
        return self._records[threat_id]


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    sim = SimHandle(create_app(), BASE_URL)
    with sim.client() as client:
        s1 = S1(sim, client)
        yield World(s1, s1.threats())
    sim.close()


def info(t: Threat, key: str) -> Any:
    return t["threatInfo"].get(key)


def agent(t: Threat, key: str) -> Any:
    return t["agentRealtimeInfo"].get(key)


def flat(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [x for v in value for x in flat(v)]
    return [str(value)]


def cloud(key: str) -> Callable[[Threat], list[str]]:
    return lambda t: [
        x for ctx in t["agentDetectionInfo"]["cloudProviders"].values() for x in flat(ctx.get(key))
    ]


def section(name: str, key: str) -> Callable[[Threat], list[str]]:
    return lambda t: flat((t.get(name) or {}).get(key))


def hashes(t: Threat) -> list[str]:
    return flat([info(t, "sha1"), info(t, "sha256"), info(t, "md5")])


# What each `__contains` field reads, written out independently of the simulator.
CONTAINS: dict[str, Callable[[Threat], list[str]]] = {
    "cloudAccount": cloud("cloudAccount"),
    "cloudImage": cloud("cloudImage"),
    "cloudInstanceId": cloud("cloudInstanceId"),
    "cloudInstanceSize": cloud("cloudInstanceSize"),
    "cloudLocation": cloud("cloudLocation"),
    "cloudNetwork": cloud("cloudNetwork"),
    "awsRole": cloud("awsRole"),
    "awsSecurityGroups": cloud("awsSecurityGroups"),
    "awsSubnetIds": cloud("awsSubnetIds"),
    "azureResourceGroup": cloud("azureResourceGroup"),
    "gcpServiceAccount": cloud("gcpServiceAccount"),
    "k8sClusterName": section("kubernetesInfo", "cluster"),
    "k8sControllerLabels": section("kubernetesInfo", "controllerLabels"),
    "k8sControllerName": section("kubernetesInfo", "controllerName"),
    "k8sNamespaceLabels": section("kubernetesInfo", "namespaceLabels"),
    "k8sNamespaceName": section("kubernetesInfo", "namespace"),
    "k8sNodeLabels": section("kubernetesInfo", "nodeLabels"),
    "k8sNodeName": section("kubernetesInfo", "node"),
    "k8sPodLabels": section("kubernetesInfo", "podLabels"),
    "k8sPodName": section("kubernetesInfo", "pod"),
    "containerImageName": section("containerInfo", "image"),
    "containerLabels": section("containerInfo", "labels"),
    "containerName": section("containerInfo", "name"),
    "commandLineArguments": section("threatInfo", "maliciousProcessArguments"),
    "computerName": section("agentRealtimeInfo", "agentComputerName"),
    "contentHash": hashes,
    "detectionAgentDomain": section("agentDetectionInfo", "agentDomain"),
    "detectionAgentVersion": section("agentDetectionInfo", "agentVersion"),
    "realtimeAgentVersion": section("agentRealtimeInfo", "agentVersion"),
    "externalTicketId": section("threatInfo", "externalTicketId"),
    "filePath": section("threatInfo", "filePath"),
    "initiatedByUsername": section("threatInfo", "initiatingUsername"),
    "originatedProcess": section("threatInfo", "originatorProcess"),
    "publisherName": section("threatInfo", "publisherName"),
    "storyline": section("threatInfo", "storyline"),
    "threatDetails": section("threatInfo", "threatName"),
    "uuid": section("agentRealtimeInfo", "agentUuid"),
}

# The fields `query` searches, as the incident document lists them.
QUERY_FIELDS = (
    "threatDetails",
    "contentHash",
    "computerName",
    "filePath",
    "uuid",
    "detectionAgentVersion",
    "realtimeAgentVersion",
    "detectionAgentDomain",
    "commandLineArguments",
    "initiatedByUsername",
    "storyline",
    "originatedProcess",
    "k8sClusterName",
    "k8sNodeName",
    "k8sNodeLabels",
    "k8sNamespaceName",
    "k8sNamespaceLabels",
    "k8sControllerName",
    "k8sControllerLabels",
    "k8sPodName",
    "k8sPodLabels",
    "containerName",
    "containerImageName",
    "containerLabels",
    "externalTicketId",
)

# Plain list filters: field, what it compares, whether it excludes.
LISTS: dict[str, tuple[Callable[[Threat], list[str]], bool]] = {
    "accountIds": (section("agentRealtimeInfo", "accountId"), False),
    "siteIds": (section("agentRealtimeInfo", "siteId"), False),
    "groupIds": (section("agentRealtimeInfo", "groupId"), False),
    "agentIds": (section("agentRealtimeInfo", "agentId"), False),
    "collectionIds": (section("threatInfo", "collectionId"), False),
    "storylines": (section("threatInfo", "storyline"), False),
    "externalTicketIds": (section("threatInfo", "externalTicketId"), False),
    "contentHashes": (hashes, False),
    "classifications": (section("threatInfo", "classification"), False),
    "classificationsNin": (section("threatInfo", "classification"), True),
    "osNames": (section("agentRealtimeInfo", "agentOsName"), False),
    "osNamesNin": (section("agentRealtimeInfo", "agentOsName"), True),
    "agentVersions": (section("agentRealtimeInfo", "agentVersion"), False),
    "agentVersionsNin": (section("agentRealtimeInfo", "agentVersion"), True),
    "cloudProvider": (lambda t: list(t["agentDetectionInfo"]["cloudProviders"]), False),
    "cloudProviderNin": (lambda t: list(t["agentDetectionInfo"]["cloudProviders"]), True),
    "incidentStatuses": (section("threatInfo", "incidentStatus"), False),
    "incidentStatusesNin": (section("threatInfo", "incidentStatus"), True),
    "analystVerdicts": (section("threatInfo", "analystVerdict"), False),
    "analystVerdictsNin": (section("threatInfo", "analystVerdict"), True),
    "confidenceLevels": (section("threatInfo", "confidenceLevel"), False),
    "confidenceLevelsNin": (section("threatInfo", "confidenceLevel"), True),
    "mitigationStatuses": (section("threatInfo", "mitigationStatus"), False),
    "mitigationStatusesNin": (section("threatInfo", "mitigationStatus"), True),
    "classificationSources": (section("threatInfo", "classificationSource"), False),
    "classificationSourcesNin": (section("threatInfo", "classificationSource"), True),
    "engines": (lambda t: [e["key"] for e in info(t, "detectionEngines")], False),
    "enginesNin": (lambda t: [e["key"] for e in info(t, "detectionEngines")], True),
    "detectionEngines": (lambda t: [e["key"] for e in info(t, "detectionEngines")], False),
    "detectionEnginesNin": (lambda t: [e["key"] for e in info(t, "detectionEngines")], True),
    "initiatedBy": (section("threatInfo", "initiatedBy"), False),
    "initiatedByNin": (section("threatInfo", "initiatedBy"), True),
    "osTypes": (section("agentRealtimeInfo", "agentOsType"), False),
    "osTypesNin": (section("agentRealtimeInfo", "agentOsType"), True),
    "agentMachineTypes": (section("agentRealtimeInfo", "agentMachineType"), False),
    "agentMachineTypesNin": (section("agentRealtimeInfo", "agentMachineType"), True),
}

BOOLEANS: dict[str, Callable[[Threat], bool]] = {
    "agentIsActive": lambda t: bool(agent(t, "agentIsActive")),
    "externalTicketExists": lambda t: bool(info(t, "externalTicketExists")),
    "failedActions": lambda t: bool(info(t, "failedActions")),
    "pendingActions": lambda t: bool(info(t, "pendingActions")),
    "rebootRequired": lambda t: bool(info(t, "rebootRequired")),
    "mitigatedPreemptively": lambda t: bool(info(t, "mitigatedPreemptively")),
    "resolved": lambda t: info(t, "incidentStatus") == "resolved",
}


def query_params(threat_filter: dict[str, Any]) -> list[tuple[str, str]]:
    """The GET form of a body filter: lists comma-separated, booleans as words."""
    params: list[tuple[str, str]] = []
    for name, value in threat_filter.items():
        if isinstance(value, bool):
            params.append((name, "true" if value else "false"))
        elif isinstance(value, list):
            params.append((name, ",".join(value)))
        else:
            params.append((name, str(value)))
    return params


def assert_selects(world: World, threat_filter: dict[str, Any], expected: set[str]) -> None:
    """GET and the update bodies' filter both select exactly ``expected``.

    Both readings of the filter are checked for the exact set against the store; the
    GET round trip is checked by its count, which keeps the answer small (a handful
    of tests below compare whole GET answers).
    """
    assert 0 < len(expected) < len(world.threats), "a case must narrow, and not to nothing"
    params = query_params(threat_filter)
    store = world.s1.sim.app.backend.store  # type: ignore[attr-defined]
    multi: dict[str, list[str]] = {}
    for name, value in params:
        multi.setdefault(name, []).append(value)
    for parsed in (parse_body_filter(threat_filter), parse_query_filter(multi)):
        assert store.view(parsed, None, lambda ts: {t.id for t in ts}) == expected
    counted = world.s1.get([*params, ("countOnly", "true")]).json()["pagination"]
    assert counted["totalItems"] == len(expected)


def test_the_seed_is_a_few_hundred_threats_across_the_hierarchy(world: World) -> None:
    assert len(world.threats) == 300
    seed = world.s1.seed
    assert len(seed["accounts"]) == 2
    assert len({agent(t, "siteId") for t in world.threats}) == len(seed["sites"]) == 4
    assert len({agent(t, "groupId") for t in world.threats}) == len(seed["groups"]) == 8
    kinds = {agent(t, "agentMachineType") for t in world.threats}
    assert {"laptop", "server", "kubernetes pod", "ecs task"} <= kinds
    assert any(t["kubernetesInfo"] for t in world.threats)
    assert any(t["agentDetectionInfo"]["cloudProviders"] for t in world.threats)
    assert sorted(seed["threat_ids"], key=int) == [t["id"] for t in world.threats]


def test_ids(world: World) -> None:
    chosen = [world.threats[i]["id"] for i in (0, 17, 200)]
    assert_selects(world, {"ids": chosen}, set(chosen))
    assert world.s1.ids({"ids": ",".join(chosen)}) == set(chosen)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_list_fields_include_and_exclude(world: World, name: str) -> None:
    getter, exclude = LISTS[name]
    # Two values that occur (one when two would cover every threat).
    seen = [v for t in world.threats for v in getter(t)]
    distinct = sorted(set(seen), key=seen.index)
    values = distinct[:2] if len(distinct) > 2 else distinct[:1]
    wanted = set(values)
    expected = world.where(lambda t: bool(set(getter(t)) & wanted) != exclude)
    assert_selects(world, {name: values}, expected)


def test_os_archs_read_the_agent(world: World) -> None:
    expected = {t["id"] for t in world.threats if world.hidden(t["id"]).os_arch == "ARM64"}
    assert_selects(world, {"osArchs": ["ARM64"]}, expected)


@pytest.mark.parametrize("name", sorted(CONTAINS))
def test_contains_is_a_case_insensitive_substring_of_any_value(world: World, name: str) -> None:
    getter = CONTAINS[name]
    samples = sorted({v for t in world.threats for v in getter(t)})
    # A swapped-case slice of one value, plus a second value's slice: either may match.
    first = samples[0][1:-1].swapcase() or samples[0]
    second = samples[-1][: max(1, len(samples[-1]) // 2)]
    values = [first, second]
    expected = world.where(lambda t: any(v.lower() in x.lower() for v in values for x in getter(t)))
    assert_selects(world, {f"{name}__contains": values}, expected)


def test_every_contains_field_is_covered() -> None:
    assert {n.removesuffix("__contains") for n in FIELDS if n.endswith("__contains")} == set(
        CONTAINS
    )


@pytest.mark.parametrize("name", sorted(BOOLEANS))
@pytest.mark.parametrize("value", [True, False])
def test_booleans(world: World, name: str, value: bool) -> None:
    getter = BOOLEANS[name]
    assert_selects(world, {name: value}, world.where(lambda t: getter(t) is value))


@pytest.mark.parametrize("value", [True, False])
def test_agent_tags_and_notes_read_what_the_object_does_not_show(world: World, value: bool) -> None:
    tagged = world.where(lambda t: bool(world.hidden(t["id"]).agent_tags) is value)
    assert_selects(world, {"hasAgentTags": value}, tagged)
    noted = world.where(lambda t: (world.hidden(t["id"]).note_count > 0) is value)
    assert_selects(world, {"noteExists": value}, noted)


def test_agent_tags_data_with_and_without_nin(world: World) -> None:
    def tags(t: Threat) -> dict[str, str]:
        result: dict[str, str] = world.hidden(t["id"]).agent_tags
        return result

    prod = world.where(lambda t: tags(t).get("env") == "prod")
    assert_selects(world, {"agentTagsData": '{"env": ["prod"]}'}, prod)
    not_prod = world.where(lambda t: tags(t).get("env") not in ("prod", "dev"))
    assert_selects(world, {"agentTagsData": '{"env__nin": ["prod", "dev"]}'}, not_prod)
    both = world.where(lambda t: tags(t).get("env") == "prod" and tags(t).get("owner") == "soc")
    assert_selects(world, {"agentTagsData": '{"env": ["prod"], "owner": ["soc"]}'}, both)


@pytest.mark.parametrize("field", ["createdAt", "updatedAt"])
def test_date_ranges(world: World, field: str) -> None:
    def at(t: Threat) -> datetime:
        return datetime.fromisoformat(info(t, field).replace("Z", "+00:00"))

    moments = sorted(info(t, field) for t in world.threats)
    low, high = moments[50], moments[120]
    low_dt = datetime.fromisoformat(low.replace("Z", "+00:00"))
    high_dt = datetime.fromisoformat(high.replace("Z", "+00:00"))
    between = world.where(lambda t: low_dt <= at(t) < high_dt)
    assert_selects(world, {f"{field}__gte": low, f"{field}__lt": high}, between)
    open_range = world.where(lambda t: low_dt < at(t) <= high_dt)
    assert_selects(world, {f"{field}__gt": low, f"{field}__lte": high}, open_range)
    # An offset other than Z names the same instant.
    shifted = low_dt.astimezone().isoformat()
    assert world.s1.ids({f"{field}__gte": shifted}) == world.where(lambda t: at(t) >= low_dt)


@pytest.mark.parametrize("needle", ["PAYMENTS", "downloads", "tier=backend", "inc"])
def test_query_searches_the_documented_fields(world: World, needle: str) -> None:
    expected = world.where(
        lambda t: any(needle.lower() in x.lower() for f in QUERY_FIELDS for x in CONTAINS[f](t))
    )
    assert_selects(world, {"query": needle}, expected)


def test_display_name(world: World) -> None:
    expected = world.where(lambda t: "mimi" in info(t, "threatName").lower())
    assert_selects(world, {"displayName": "MIMI"}, expected)


def test_conditions_combine_with_and(world: World) -> None:
    account = world.s1.seed["accounts"][0]["id"]
    expected = world.where(
        lambda t: (
            agent(t, "accountId") == account
            and agent(t, "agentOsType") in ("windows", "macos")
            and info(t, "incidentStatus") != "resolved"
            and "downloads" in (info(t, "filePath") or "").lower()
        )
    )
    threat_filter = {
        "accountIds": [account],
        "osTypes": ["windows", "macos"],
        "incidentStatusesNin": ["resolved"],
        "filePath__contains": ["Downloads"],
    }
    assert_selects(world, threat_filter, expected)
    assert world.s1.ids(query_params(threat_filter)) == expected


def test_repeated_and_comma_separated_parameters_mean_the_same(world: World) -> None:
    repeated = world.s1.ids([("osTypes", "windows"), ("osTypes", "linux")])
    joined = world.s1.ids({"osTypes": "windows,linux"})
    mixed = world.s1.ids([("osTypes", "windows,macos"), ("osTypes", "linux")])
    assert (
        repeated == joined == world.where(lambda t: agent(t, "agentOsType") in ("windows", "linux"))
    )
    assert mixed == world.where(lambda t: agent(t, "agentOsType") in ("windows", "linux", "macos"))


def test_an_empty_list_narrows_nothing(world: World) -> None:
    store = world.s1.sim.app.backend.store  # type: ignore[attr-defined]
    assert len(store.select(parse_body_filter({"ids": []}))) == len(world.threats)


def test_body_limit_keeps_the_first_threats_by_id(world: World) -> None:
    store = world.s1.sim.app.backend.store  # type: ignore[attr-defined]
    chosen = store.select(parse_body_filter({"osTypes": ["linux"], "limit": 3}))
    linux = [t["id"] for t in world.threats if agent(t, "agentOsType") == "linux"]
    assert [t.id for t in chosen] == linux[:3]
