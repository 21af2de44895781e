"""The in-memory store: seed data plus ticket state, guarded by one lock."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import format_datetime as http_date

from .errors import not_found, precondition_failed
from .patch import CheckedValues
from .seed import Catalog, Json, SeedData, build_seed, format_datetime

__all__ = ["SuperOfficeStore", "last_changed"]


def last_changed(ticket: Json) -> datetime:
    """The ticket's ``LastChanged`` as an aware datetime."""
    return datetime.fromisoformat(ticket["LastChanged"])


class SuperOfficeStore:
    """Tickets and the lists they reference, for one simulator.

    A patch is computed and stored under the lock, so a request applies entirely or not
    at all even with concurrent callers. A stored ticket is never changed in place: a
    write stores a new top-level dictionary that shares every value it did not change
    with the version before (and references with the catalog). That makes
    ``update`` and ``ticket(..., shared=True)`` copy-free; otherwise ``ticket`` and
    ``tickets`` hand out deep copies, for callers that may change what they get.
    """

    def __init__(self, seed: int = 0) -> None:
        """Load the seed world for ``seed``."""
        self._lock = threading.Lock()
        self._load(build_seed(seed))

    def _load(self, data: SeedData) -> None:
        self.seed_data = data
        self.checked = CheckedValues(data.catalog)
        self._tickets = {t["TicketId"]: copy.deepcopy(t) for t in data.tickets}

    def reset(self) -> None:
        """Throw away every change and reload the same seed."""
        with self._lock:
            self._load(build_seed(self.seed_data.seed))

    @property
    def catalog(self) -> Catalog:
        """The list entities tickets reference."""
        return self.seed_data.catalog

    def ticket(self, ticket_id: int, *, shared: bool = False) -> Json:
        """A copy of the ticket; VendorError 404 when there is none with this id.

        With ``shared`` it is the stored ticket itself, which callers must not change.
        """
        with self._lock:
            ticket = self._tickets.get(ticket_id)
        if ticket is None:
            raise not_found(ticket_id)
        return ticket if shared else copy.deepcopy(ticket)

    def tickets_shared(self) -> list[Json]:
        """Every stored ticket itself, in id order; callers must not change them."""
        with self._lock:
            return [self._tickets[k] for k in sorted(self._tickets)]

    def tickets(self) -> list[Json]:
        """Copies of every ticket, in id order."""
        with self._lock:
            return copy.deepcopy([self._tickets[k] for k in sorted(self._tickets)])

    def update(
        self,
        ticket_id: int,
        change: Callable[[Json], Json],
        *,
        unmodified_since: datetime | None,
        now: datetime,
    ) -> Json:
        """Store ``change(current)`` if the ticket is unchanged since the given moment.

        ``change`` receives the stored ticket, must not change it, and returns a new
        top-level dictionary (or raises VendorError to refuse; nothing is stored then).
        ``LastChanged`` is kept at whole seconds, as an HTTP-date carries them, and
        moves at least one second per write, so every write is visible to
        ``If-Unmodified-Since`` even within one second. The answer is the stored
        ticket itself: callers must not change it.
        """
        with self._lock:
            current = self._tickets.get(ticket_id)
            if current is None:
                raise not_found(ticket_id)
            changed = last_changed(current)
            if unmodified_since is not None and changed > unmodified_since:
                raise precondition_failed(ticket_id, http_date(unmodified_since, usegmt=True))
            updated = change(current)
            if updated is current:
                raise TypeError("change must return a new dictionary, not the stored ticket")
            stamp = max(now.replace(microsecond=0), changed + timedelta(seconds=1))
            updated["LastChanged"] = format_datetime(stamp)
            self._tickets[ticket_id] = updated
            return updated
