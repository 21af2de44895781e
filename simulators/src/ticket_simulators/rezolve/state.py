"""The in-memory store: seed data plus ticket state, guarded by one lock."""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from .errors import etag_mismatch, ticket_not_found
from .model import Tenant, Ticket, TicketType, User
from .seed import SeedData, build_seed

__all__ = ["RezolveStore"]

T = TypeVar("T")


class RezolveStore:
    """Tenants, users, ticket types and tickets of one simulator.

    Readers get deep copies, and every write is a compare-and-swap under the lock, so a
    request applies entirely or not at all even with concurrent callers.
    """

    def __init__(self, seed: int = 0) -> None:
        """Load the seed world for ``seed``."""
        self._lock = threading.Lock()
        self._load(build_seed(seed))

    def _load(self, data: SeedData) -> None:
        self.seed_data = data
        self._tenants = {t.id: t for t in data.tenants}
        self._types = {t.id: t for t in data.ticket_types}
        self._tickets = {(t.tenant_id, t.object_id): t for t in data.tickets}

    def reset(self) -> None:
        """Throw away every change and reload the same seed."""
        with self._lock:
            self._load(build_seed(self.seed_data.seed))

    @property
    def tenants(self) -> tuple[Tenant, ...]:
        """All tenants, in seed order."""
        return self.seed_data.tenants

    @property
    def users(self) -> tuple[User, ...]:
        """All users and service accounts, in seed order."""
        return self.seed_data.users

    def tenant(self, tenant_id: str) -> Tenant | None:
        """The tenant with ``tenant_id`` (compared case-insensitively), if any."""
        return self._tenants.get(tenant_id.lower())

    def user(self, subject: str) -> User | None:
        """The seeded user with ``subject``, if any."""
        return next((u for u in self.seed_data.users if u.subject == subject), None)

    def ticket_types(self, tenant_id: str) -> list[TicketType]:
        """The tenant's ticket types, in seed order."""
        return [t for t in self.seed_data.ticket_types if t.tenant_id == tenant_id]

    def ticket_type(self, type_id: str) -> TicketType:
        """The ticket type with ``type_id`` (every ticket's type exists)."""
        return self._types[type_id]

    def ticket(self, tenant_id: str, object_id: str) -> Ticket:
        """A copy of the ticket; VendorError 404 when the tenant has no such display id."""
        with self._lock:
            ticket = self._tickets.get((tenant_id, object_id))
            if ticket is None:
                raise ticket_not_found(object_id)
            return copy.deepcopy(ticket)

    def view(self, tenant_id: str, object_id: str, read: Callable[[Ticket], T]) -> T:
        """``read(ticket)`` under the lock, without a copy; 404 as ``ticket`` does.

        ``read`` must not keep or change what it is given: it renders what it needs
        (an answer's bytes, a field) while no write can interleave.
        """
        with self._lock:
            ticket = self._tickets.get((tenant_id, object_id))
            if ticket is None:
                raise ticket_not_found(object_id)
            return read(ticket)

    def tickets(self) -> list[Ticket]:
        """Copies of every ticket, in seed order."""
        with self._lock:
            return copy.deepcopy(list(self._tickets.values()))

    def update(
        self,
        tenant_id: str,
        object_id: str,
        *,
        etag: str,
        changes: Mapping[str, Any],
        subject: str,
        now: datetime,
    ) -> str:
        """Merge already-validated ``changes`` if ``etag`` is current; return the new etag."""
        with self._lock:
            ticket = self._tickets.get((tenant_id, object_id))
            if ticket is None:
                raise ticket_not_found(object_id)
            if uuid.UUID(ticket.etag) != uuid.UUID(etag):
                raise etag_mismatch()
            ticket.data.update(copy.deepcopy(dict(changes)))
            ticket.etag = str(uuid.uuid4())
            ticket.last_updated_by = subject
            ticket.last_updated_at = now
            ticket.rendered = None
            return ticket.etag
