"""Rezolve's records: tenants, users, ticket types with their fields, tickets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

from .._core import format_instant, json_text

__all__ = [
    "FIELD_TYPES",
    "FieldDef",
    "FieldType",
    "Tenant",
    "Ticket",
    "TicketType",
    "User",
    "WorkflowStatus",
]

FieldType = Literal[
    "text", "textarea", "dropdown", "multiselect", "date", "datetime", "number", "checkbox", "file"
]
FIELD_TYPES: tuple[FieldType, ...] = get_args(FieldType)


@dataclass(frozen=True)
class Tenant:
    """An organisation; each has its own Keycloak-style realm."""

    id: str
    realm: str
    name: str


@dataclass(frozen=True)
class User:
    """A person or service account of one tenant."""

    subject: str
    username: str
    tenant_id: str
    roles: tuple[str, ...]
    teams: tuple[str, ...]
    kind: Literal["agent", "admin", "user", "service-account"]


@dataclass(frozen=True)
class FieldDef:
    """One field of a ticket type; tickets store values under ``id``."""

    id: str
    name: str
    label: str
    type: FieldType
    required: bool
    order: int
    options: tuple[tuple[str, str], ...] = ()
    default: Any = None
    visible_to: tuple[str, ...] = ("ticket_user", "ticket_agent", "ticket_admin")

    @property
    def option_values(self) -> tuple[str, ...]:
        """The values a dropdown or multiselect accepts."""
        return tuple(value for value, _ in self.options)

    def to_json(self) -> dict[str, Any]:
        """The field as ``GET /ticket-type`` describes it."""
        return {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "type": self.type,
            "required": self.required,
            "order": self.order,
            "options": [{"value": v, "label": label} for v, label in self.options],
            "defaultValue": self.default,
            "visibleTo": list(self.visible_to),
            "dataSource": None,
        }


@dataclass(frozen=True)
class WorkflowStatus:
    """One state of a ticket type's workflow."""

    id: str
    name: str
    key: str
    color: str
    is_initial: bool = False
    is_terminal: bool = False

    def to_json(self) -> dict[str, Any]:
        """The status as ``GET /ticket-type`` describes it."""
        return {
            "id": self.id,
            "name": self.name,
            "key": self.key,
            "color": self.color,
            "isInitial": self.is_initial,
            "isTerminal": self.is_terminal,
        }


@dataclass(frozen=True)
class TicketType:
    """A ticket template: its fields and its workflow."""

    id: str
    tenant_id: str
    name: str
    prefix: str
    description: str
    fields: tuple[FieldDef, ...]
    statuses: tuple[WorkflowStatus, ...]
    transitions: tuple[tuple[str, str, str, str], ...]  # (id, name, from key, to key)

    def field(self, field_id: str) -> FieldDef | None:
        """The field with ``field_id``, if this type has it."""
        return next((f for f in self.fields if f.id == field_id), None)

    def to_json(self) -> dict[str, Any]:
        """The ticket type as ``GET /ticket-type`` returns it (every property)."""
        return {
            "id": self.id,
            "name": self.name,
            "properties": {
                "prefix": self.prefix,
                "description": self.description,
                "isActive": True,
            },
            "fields": [f.to_json() for f in self.fields],
            "workflow": {
                "statuses": [s.to_json() for s in self.statuses],
                # As the ticket-type document shows them: statuses named by key, the
                # sources as a list, and who may take the transition.
                "transitions": [
                    {
                        "id": tid,
                        "name": name,
                        "from": [src],
                        "to": dst,
                        "requiredFields": [],
                        "allowedRoles": ["ticket_agent", "ticket_admin"],
                    }
                    for tid, name, src, dst in self.transitions
                ],
            },
            "action_permissions": {
                "read": ["ticket_user", "ticket_agent", "ticket_admin"],
                "update": ["ticket_agent", "ticket_admin"],
            },
            "filters": [],
            "v1_name": self.name.lower().replace(" ", "_"),
        }


@dataclass
class Ticket:
    """A ticket's current state. Only the store mutates it, under its lock."""

    id: str
    object_id: str
    tenant_id: str
    ticket_type_id: str
    data: dict[str, Any]
    etag: str
    created_at: datetime
    last_updated_at: datetime
    last_updated_by: str
    rendered: bytes | None = field(default=None, repr=False, compare=False)
    """The answer's body for the current state; the store clears it on every write."""

    def json_bytes(self) -> bytes:
        """``to_json()`` as the answer's bytes, rendered once per state of the ticket."""
        if self.rendered is None:
            self.rendered = json_text(self.to_json()).encode("utf-8")
        return self.rendered

    def to_json(self) -> dict[str, Any]:
        """The ticket as ``GET /ticket/{objectId}`` returns it."""
        return {
            "etag": self.etag,
            "id": self.id,
            "object_id": self.object_id,
            "ticketTypeId": self.ticket_type_id,
            "data": self.data,
            "lastUpdatedBy": self.last_updated_by,
            "lastUpdatedAt": format_instant(self.last_updated_at),
            "createdAt": format_instant(self.created_at),
        }
