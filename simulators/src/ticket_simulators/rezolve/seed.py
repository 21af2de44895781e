"""Deterministic, realistic seed data: two tenants, four ticket types, forty tickets.

Every id comes from ``random.Random(seed)``, so one seed always yields the same
world. The document's example (ticket REQ-0509 and its description field
``459cf0c6-...``) is kept verbatim in the first tenant whatever the seed.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .model import FieldDef, FieldType, Tenant, Ticket, TicketType, User, WorkflowStatus

__all__ = ["DOC_DESCRIPTION_FIELD_ID", "DOC_TICKET_ID", "SeedData", "build_seed"]

DOC_TICKET_ID = "REQ-0509"
DOC_DESCRIPTION_FIELD_ID = "459cf0c6-ae1c-4ba2-8116-3b8b38207528"

_EPOCH = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)

_STATUSES = (
    ("New", "new", "#1976d2", True, False),
    ("Open", "open", "#0288d1", False, False),
    ("In Progress", "in_progress", "#f9a825", False, False),
    ("Pending", "pending", "#8e24aa", False, False),
    ("Resolved", "resolved", "#2e7d32", False, False),
    ("Closed", "closed", "#616161", False, True),
)
_TRANSITIONS = (
    ("Acknowledge", "new", "open"),
    ("Start work", "open", "in_progress"),
    ("Wait for customer", "in_progress", "pending"),
    ("Resume", "pending", "in_progress"),
    ("Resolve", "in_progress", "resolved"),
    ("Reopen", "resolved", "open"),
    ("Close", "resolved", "closed"),
)


@dataclass(frozen=True)
class _FieldSpec:
    name: str
    label: str
    type: FieldType
    required: bool = False
    options: tuple[str, ...] = ()
    default: Any = None
    agents_only: bool = False


@dataclass(frozen=True)
class _TypeSpec:
    name: str
    prefix: str
    first_number: int
    description: str
    fields: tuple[_FieldSpec, ...]
    subjects: tuple[str, ...]
    number_range: tuple[int, int]


def _status_field() -> _FieldSpec:
    return _FieldSpec("status", "Status", "dropdown", True, tuple(s[1] for s in _STATUSES), "new")


_TENANTS: tuple[tuple[str, str, tuple[str, ...], tuple[_TypeSpec, ...]], ...] = (
    (
        "acme-corp",
        "Acme Corporation",
        ("alice.agent", "adam.admin", "uma.user"),
        (
            _TypeSpec(
                "Service Request",
                "REQ",
                500,
                "Requests for access, hardware and software",
                (
                    _FieldSpec("subject", "Subject", "text", required=True),
                    _FieldSpec("description", "Description", "textarea", default=""),
                    _status_field(),
                    _FieldSpec(
                        "priority",
                        "Priority",
                        "dropdown",
                        True,
                        ("low", "medium", "high", "urgent"),
                        "medium",
                    ),
                    _FieldSpec(
                        "affected_services",
                        "Affected services",
                        "multiselect",
                        options=("email", "vpn", "laptop", "erp", "printing"),
                        default=[],
                    ),
                    _FieldSpec("due_date", "Due date", "date"),
                    _FieldSpec("scheduled_at", "Scheduled at", "datetime", agents_only=True),
                    _FieldSpec("quantity", "Quantity", "number", default=1),
                    _FieldSpec("vip", "VIP requester", "checkbox", default=False),
                    _FieldSpec("attachments", "Attachments", "file", default=[]),
                ),
                (
                    "New laptop for incoming hire",
                    "VPN access for contractor",
                    "Reset MFA device",
                    "Install Adobe Acrobat Pro",
                    "Shared mailbox for the finance team",
                    "Replace flickering monitor",
                    "Access to the Salesforce sandbox",
                    "Meeting room display not working",
                    "Increase OneDrive quota",
                    "Printer on floor 3 jams on duplex jobs",
                ),
                (1, 5),
            ),
            _TypeSpec(
                "Incident",
                "INC",
                200,
                "Unplanned interruptions and degradations",
                (
                    _FieldSpec("title", "Title", "text", required=True),
                    _FieldSpec("details", "Details", "textarea", default=""),
                    _status_field(),
                    _FieldSpec(
                        "severity",
                        "Severity",
                        "dropdown",
                        True,
                        ("sev1", "sev2", "sev3", "sev4"),
                        "sev3",
                    ),
                    _FieldSpec(
                        "impacted_systems",
                        "Impacted systems",
                        "multiselect",
                        options=("email", "erp", "crm", "network", "telephony"),
                        default=[],
                    ),
                    _FieldSpec("detected_on", "Detected on", "date"),
                    _FieldSpec("occurred_at", "Occurred at", "datetime", required=True),
                    _FieldSpec("affected_users", "Affected users", "number"),
                    _FieldSpec("major_incident", "Major incident", "checkbox", default=False),
                    _FieldSpec("evidence", "Evidence", "file", default=[], agents_only=True),
                ),
                (
                    "Email delivery delayed",
                    "ERP login failures",
                    "Wi-Fi outage in building B",
                    "Payroll export job failed",
                    "VPN disconnects every ten minutes",
                    "Customer portal returns 502",
                    "File share very slow",
                    "Badge readers offline at HQ",
                    "CRM sync errors",
                    "Phone system dropping calls",
                ),
                (1, 400),
            ),
        ),
    ),
    (
        "globex",
        "Globex Industries",
        ("gina.agent", "gary.admin", "ursula.user"),
        (
            _TypeSpec(
                "Contract",
                "CTC",
                45,
                "Supplier and customer contracts",
                (
                    _FieldSpec("contract_name", "Contract name", "text", required=True),
                    _FieldSpec("terms", "Terms", "textarea", default=""),
                    _status_field(),
                    _FieldSpec(
                        "contract_type",
                        "Contract type",
                        "dropdown",
                        True,
                        ("msa", "sow", "nda", "license"),
                        "msa",
                    ),
                    _FieldSpec(
                        "regions",
                        "Regions",
                        "multiselect",
                        True,
                        options=("emea", "amer", "apac"),
                        default=["emea"],
                    ),
                    _FieldSpec("renewal_date", "Renewal date", "date"),
                    _FieldSpec("signed_at", "Signed at", "datetime"),
                    _FieldSpec("annual_value", "Annual value (USD)", "number", required=True),
                    _FieldSpec("auto_renew", "Auto-renew", "checkbox", default=False),
                    _FieldSpec("documents", "Documents", "file", default=[]),
                ),
                (
                    "Cloud hosting renewal",
                    "Office cleaning services",
                    "Laptop leasing programme",
                    "Security awareness training",
                    "Legal counsel retainer",
                    "Data centre colocation",
                    "Translation services",
                    "Fleet maintenance",
                    "Payroll software licence",
                    "Catering for the Berlin office",
                ),
                (5_000, 250_000),
            ),
            _TypeSpec(
                "Payment",
                "PMT",
                38,
                "Outgoing payments awaiting approval",
                (
                    _FieldSpec("payee", "Payee", "text", required=True),
                    _FieldSpec("notes", "Notes", "textarea", default=""),
                    _status_field(),
                    _FieldSpec(
                        "method",
                        "Payment method",
                        "dropdown",
                        True,
                        ("wire", "ach", "card", "cheque"),
                        "wire",
                    ),
                    _FieldSpec(
                        "cost_centers",
                        "Cost centres",
                        "multiselect",
                        options=("it", "hr", "sales", "facilities", "finance"),
                        default=[],
                    ),
                    _FieldSpec("due_date", "Due date", "date", required=True),
                    _FieldSpec("paid_at", "Paid at", "datetime"),
                    _FieldSpec("amount", "Amount (USD)", "number", required=True),
                    _FieldSpec("approved", "Approved", "checkbox", default=False),
                    _FieldSpec("receipts", "Receipts", "file", True, default=[], agents_only=True),
                ),
                (
                    "Northwind Traders",
                    "Contoso Ltd",
                    "Fabrikam Inc",
                    "Tailspin Toys",
                    "Wide World Importers",
                    "Litware Inc",
                    "Adventure Works",
                    "Proseware Inc",
                    "Woodgrove Bank",
                    "Lucerne Publishing",
                ),
                (120, 48_000),
            ),
        ),
    ),
)

_DETAILS = (
    "Reported by phone; the user is blocked until this is done.",
    "Happens several times a day since the last update.",
    "Needed before the quarterly close.",
    "Manager approval attached.",
    "Workaround in place, but slow.",
)
_FILES = ("screenshot.png", "approval.pdf", "logs.zip", "quote.pdf", "invoice.pdf")


@dataclass(frozen=True)
class SeedData:
    """Everything a fresh simulator starts with."""

    seed: int
    tenants: tuple[Tenant, ...]
    users: tuple[User, ...]
    ticket_types: tuple[TicketType, ...]
    tickets: tuple[Ticket, ...]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build_seed(seed: int = 0) -> SeedData:
    """Build the seed world for ``seed``; new ``Ticket`` objects every call."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    tenants: list[Tenant] = []
    users: list[User] = []
    types: list[TicketType] = []
    tickets: list[Ticket] = []
    for realm, display_name, usernames, type_specs in _TENANTS:
        tenant = Tenant(id=_uuid(rng), realm=realm, name=display_name)
        tenants.append(tenant)
        tenant_users = _users(rng, tenant, usernames)
        users.extend(tenant_users)
        writers = [u.subject for u in tenant_users if u.kind in ("agent", "admin")]
        for spec in type_specs:
            ticket_type = _ticket_type(rng, tenant, spec)
            types.append(ticket_type)
            tickets.extend(_tickets(rng, tenant, ticket_type, spec, writers))
    return SeedData(seed, tuple(tenants), tuple(users), tuple(types), tuple(tickets))


def _users(rng: random.Random, tenant: Tenant, usernames: tuple[str, ...]) -> list[User]:
    agent, admin, user = usernames
    team = "service-desk" if tenant.realm == "acme-corp" else "finance-ops"
    return [
        User(_uuid(rng), agent, tenant.id, ("ticket_agent",), (team,), "agent"),
        User(_uuid(rng), admin, tenant.id, ("ticket_admin",), (team, "admins"), "admin"),
        User(_uuid(rng), user, tenant.id, ("ticket_user",), (), "user"),
        User(
            f"sa-tenant-{tenant.id[:8]}",
            f"service-account-{tenant.realm}",
            tenant.id,
            ("ticket_agent",),
            ("automation",),
            "service-account",
        ),
    ]


def _ticket_type(rng: random.Random, tenant: Tenant, spec: _TypeSpec) -> TicketType:
    type_id = _uuid(rng)
    fields = []
    for order, f in enumerate(spec.fields, start=1):
        field_id = _uuid(rng)
        if (tenant.realm, spec.prefix, f.name) == ("acme-corp", "REQ", "description"):
            field_id = DOC_DESCRIPTION_FIELD_ID
        fields.append(
            FieldDef(
                id=field_id,
                name=f.name,
                label=f.label,
                type=f.type,
                required=f.required,
                order=order,
                options=tuple((o, o.replace("_", " ").title()) for o in f.options),
                default=f.default,
                visible_to=("ticket_agent", "ticket_admin")
                if f.agents_only
                else ("ticket_user", "ticket_agent", "ticket_admin"),
            )
        )
    statuses = tuple(
        WorkflowStatus(_uuid(rng), name, key, color, initial, terminal)
        for name, key, color, initial, terminal in _STATUSES
    )
    transitions = tuple((_uuid(rng), name, src, dst) for name, src, dst in _TRANSITIONS)
    return TicketType(
        id=type_id,
        tenant_id=tenant.id,
        name=spec.name,
        prefix=spec.prefix,
        description=spec.description,
        fields=tuple(fields),
        statuses=statuses,
        transitions=transitions,
    )


def _tickets(
    rng: random.Random,
    tenant: Tenant,
    ticket_type: TicketType,
    spec: _TypeSpec,
    writers: list[str],
) -> list[Ticket]:
    tickets = []
    for index, subject in enumerate(spec.subjects):
        created = _EPOCH + timedelta(days=index * 3, minutes=rng.randrange(0, 600))
        updated = created + timedelta(minutes=rng.randrange(5, 4000))
        data = {
            f.id: _value(rng, f, subject, tenant, spec.number_range, created)
            for f in ticket_type.fields
        }
        tickets.append(
            Ticket(
                id=_uuid(rng),
                object_id=f"{spec.prefix}-{spec.first_number + index:04d}",
                tenant_id=tenant.id,
                ticket_type_id=ticket_type.id,
                data=data,
                etag=_uuid(rng),
                created_at=created,
                last_updated_at=updated,
                last_updated_by=rng.choice(writers),
            )
        )
    return tickets


def _value(
    rng: random.Random,
    f: FieldDef,
    subject: str,
    tenant: Tenant,
    number_range: tuple[int, int],
    created: datetime,
) -> Any:
    values = f.option_values
    match f.type:
        case "text":
            return subject
        case "textarea":
            return f"<p>{subject}. {rng.choice(_DETAILS)}</p>"
        case "dropdown":
            return rng.choice(values)
        case "multiselect":
            picked = rng.sample(values, rng.randrange(1 if f.required else 0, 3))
            return sorted(picked, key=values.index)
        case "date":
            return (created + timedelta(days=rng.randrange(1, 30))).date().isoformat()
        case "datetime":
            moment = created - timedelta(minutes=rng.randrange(0, 240))
            return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
        case "number":
            low, high = number_range
            return rng.randrange(low, high + 1)
        case "checkbox":
            return rng.random() < 0.3
        case "file":
            return [
                {
                    "name": name,
                    "url": f"https://files.rezolve.sim/{tenant.realm}/{_uuid(rng)}/{name}",
                }
                for name in rng.sample(_FILES, rng.randrange(1 if f.required else 0, 3))
            ]
    raise AssertionError(f"unhandled field type {f.type}")  # pragma: no cover
