"""Deterministic seed data: accounts, custom statuses and incidents in daily partitions."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from .model import Account, Incident, IncidentKind

__all__ = [
    "ACCOUNTS",
    "CUSTOM_STATUSES",
    "ENABLED_POLICIES",
    "SEED_END",
    "SEED_START",
    "build_incidents",
    "generate_incidents",
]

ACCOUNTS = (
    Account("api-app", "Appl1cation!Pass", "Application"),
    Account("soar-connector", "C0nnector#Key", "Application"),
    Account("helpdesk-user", "Us3r!Pass", "User"),
)
CUSTOM_STATUSES = ("AWAITING_OWNER", "LEGAL_HOLD")
SEED_START = datetime(2021, 10, 1)
SEED_END = datetime(2021, 10, 8)

# Names of the enabled policies per policy type, as policy/enabled-names lists them.
ENABLED_POLICIES: dict[str, tuple[str, ...]] = {
    "DLP": ("PCI", "Credit Cards", "PII", "HIPAA", "Source Code", "Password files"),
    "DISCOVERY": ("PII", "Source Code"),
}

_SEVERITIES = ("HIGH", "MEDIUM", "LOW")
_ACTIONS = ("AUDITED", "QUARANTINED", "BLOCKED", "ENCRYPTED", "RELEASED")
_STATUSES = ("NEW", "NEW", "IN_PROCESS", "CLOSE", "ESCALATED", "FALSE_POSITIVE")
_POLICIES = ("PCI", "Credit Cards; PCI", "PII", "HIPAA", "Source Code")
_CHANNELS = ("EMAIL", "HTTPS", "ENDPOINT_REMOVABLE_MEDIA", "ENDPOINT_PRINTING", "FTP")
_ADMINS = ("", "admin", "analyst1")
_USERS = ("jsmith", "mlopez", "akhan", "tnguyen")
# The source user's manager, as directory lookups fill it in (no random draw: the seed
# world's other values stay as they were).
_MANAGERS = {
    "jsmith": "Dana Whitfield",
    "mlopez": "Dana Whitfield",
    "akhan": "Priya Raman",
    "tnguyen": "Priya Raman",
}
_HOSTS = ("DESKTOP-3NG4NN6", "LAPTOP-7QK2M1", "fileserver", "WS-FIN-042")


def _incident(
    rng: random.Random,
    kind: IncidentKind,
    incident_id: int,
    when: datetime,
    seq: int,
    statuses: tuple[str, ...],
) -> Incident:
    user, host = rng.choice(_USERS), rng.choice(_HOSTS)
    channel = rng.choice(_CHANNELS) if kind == "INCIDENTS" else "ENDPOINT_DISCOVERY"
    return Incident(
        kind=kind,
        id=incident_id,
        event_id=str(rng.getrandbits(64) or 1),
        incident_time=when,
        event_time=when - timedelta(seconds=rng.randint(0, 120)),
        insert_seq=seq,
        severity=rng.choice(_SEVERITIES),
        action=rng.choice(_ACTIONS) if kind == "INCIDENTS" else "AUDITED",
        status=rng.choice(statuses),
        policies=rng.choice(_POLICIES),
        detected_by="Endpoint Agent" if kind == "INCIDENTS" else "Crawler 100190120a",
        analyzed_by="Policy Engine 100190120a",
        maximum_matches=rng.randint(1, 50),
        transaction_size=rng.randint(200, 200_000),
        violation_triggers=rng.randint(1, 5),
        assigned_to=rng.choice(_ADMINS),
        destination="aaa@aaa.net" if channel == "EMAIL" else "Windows Portable Device (WPD)",
        details=f"Transaction by {user}",
        channel=channel,
        endpoint_type=rng.choice(("LAPTOP", "DESKTOP", "NA")),
        file_name=f"report-{incident_id}.xlsx",
        file_path=f"\\\\{host}\\share\\report-{incident_id}.xlsx",
        source={
            "login_name": user,
            "host_name": host,
            "email_address": f"{user}@example.com",
            "ip_address": f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "department": "Finance",
            "manager": _MANAGERS[user],
            "business_unit": "Corporate",
            "nt_domain": "CORP",
            "risk_level": rng.randint(1, 5),
        },
    )


def generate_incidents(
    rng: random.Random,
    kind: IncidentKind,
    *,
    count: int,
    start: datetime,
    end: datetime,
    first_id: int,
    first_seq: int,
    false_positives: bool = True,
) -> Iterator[Incident]:
    """``count`` incidents spread evenly over ``[start, end)``, ids from ``first_id``.

    Without ``false_positives`` none is one, so a default query sees every one of them.
    """
    statuses = (
        _STATUSES if false_positives else tuple(s for s in _STATUSES if s != "FALSE_POSITIVE")
    )
    span = max((end - start).total_seconds(), 1.0)
    for n in range(count):
        when = start + timedelta(seconds=int(span * n / count))
        yield _incident(rng, kind, first_id + n, when, first_seq + n, statuses)


def build_incidents(seed: int) -> list[Incident]:
    """The seed world: 40 DLP and 12 Discovery incidents over a week of October 2021."""
    rng = random.Random(seed)  # noqa: S311 - deterministic fixtures, not secrets
    incidents = list(
        generate_incidents(
            rng,
            "INCIDENTS",
            count=40,
            start=SEED_START,
            end=SEED_END,
            first_id=2719600,
            first_seq=0,
        )
    )
    incidents += generate_incidents(
        rng, "DISCOVERY", count=12, start=SEED_START, end=SEED_END, first_id=88200, first_seq=40
    )
    return incidents
