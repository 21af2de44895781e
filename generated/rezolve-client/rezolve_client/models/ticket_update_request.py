from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TicketUpdateRequest")


@_attrs_define
class TicketUpdateRequest:
    """Body of a ticket update."""

    etag: UUID
    """ The ticket's current etag, from the latest GET of the ticket or the previous create or update response. """
    ticket_update: TicketFieldValues
    """ Map of field UUID to value. Only the keys present are written. """

    def to_dict(self) -> dict[str, Any]:
        etag = str(self.etag)

        ticket_update = self.ticket_update.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "etag": etag,
                "ticketUpdate": ticket_update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = UUID(d.pop("etag"))

        ticket_update = TicketFieldValues.from_dict(d.pop("ticketUpdate"))

        if cls is TicketUpdateRequest:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_update_request = cls(
                etag,
                ticket_update,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_update_request = cls(
                etag=etag,
                ticket_update=ticket_update,
            )

        return ticket_update_request


# Imported last: these models refer back to this one, which now exists.
from ..models.ticket_field_values import TicketFieldValues  # noqa: E402
