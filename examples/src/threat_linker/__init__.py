"""Link SentinelOne threats to the Rezolve.ai ticket that tracks them.

The threats get the ticket's display id as their external ticket id and move to
``in_progress``; the ticket's description gains a note naming the threats. Both sides go
through the overlays, so tokens, retries and the Rezolve etag are handled there.
"""

from __future__ import annotations

from dataclasses import dataclass

from rezolve_client.models import Ticket
from ticket_overlays import rezolve, sentinelone

__all__ = ["Linked", "link_threats"]


@dataclass(frozen=True)
class Linked:
    """What :func:`link_threats` changed."""

    threats: int
    """How many threats the console updated."""
    etag: str
    """The Rezolve ticket's etag after the note was added."""


def link_threats(
    tickets: rezolve.Client,
    console: sentinelone.Client,
    ticket_id: str,
    threat_ids: list[str],
    *,
    note_field: str,
) -> Linked:
    """Point ``threat_ids`` at Rezolve ticket ``ticket_id`` and note them on the ticket.

    ``note_field`` is the UUID of the ticket's rich-text field that receives the note
    (see ``rezolve.field_ids``). The console is updated first: when it refuses (a
    read-only token, say), its typed error propagates and the ticket is left as it was.
    """
    if not threat_ids:
        raise ValueError("no threat ids given: an empty selection would update every threat")
    threats = sentinelone.set_external_ticket_id(console, ticket_id, ids=threat_ids)
    sentinelone.set_incident(console, "in_progress", ids=threat_ids)
    note = f"<p>Linked SentinelOne threats: {', '.join(threat_ids)}</p>"

    def append_note(current: Ticket) -> dict[str, object]:
        text = current.data[note_field]
        return {note_field: (text if isinstance(text, str) else "") + note}

    result = rezolve.update_ticket(tickets, ticket_id, append_note)
    return Linked(threats=threats, etag=result.etag)
