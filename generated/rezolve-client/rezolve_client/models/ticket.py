from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """A ticket as the companion GET answers it."""

    etag: UUID
    """ The ticket's current etag. """
    id: UUID
    """ Internal UUID of the ticket (not accepted in paths). """
    object_id: str
    """ Display id of the ticket, e.g. REQ-0509. """
    data: TicketFieldValues
    """ Map of field UUID to value. Only the keys present are written. """
    ticket_type_id: UUID | Unset = UNSET
    """ UUID of the ticket's type. """
    last_updated_by: None | str | Unset = UNSET
    """ Subject of the last writer (service accounts appear as `sa-tenant-...`). """
    last_updated_at: datetime.datetime | None | Unset = UNSET
    """ When the ticket was last written. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the ticket was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etag = str(self.etag)

        id = str(self.id)

        object_id = self.object_id

        data = self.data.to_dict()

        ticket_type_id: str | Unset = UNSET
        if not isinstance(self.ticket_type_id, Unset):
            ticket_type_id = str(self.ticket_type_id)

        last_updated_by: None | str | Unset
        if isinstance(self.last_updated_by, Unset):
            last_updated_by = UNSET
        else:
            last_updated_by = self.last_updated_by

        last_updated_at: None | str | Unset
        if isinstance(self.last_updated_at, Unset):
            last_updated_at = UNSET
        elif isinstance(self.last_updated_at, datetime.datetime):
            last_updated_at = self.last_updated_at.isoformat()
        else:
            last_updated_at = self.last_updated_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etag": etag,
                "id": id,
                "object_id": object_id,
                "data": data,
            }
        )
        if ticket_type_id is not UNSET:
            field_dict["ticketTypeId"] = ticket_type_id
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etag = UUID(d.pop("etag"))

        id = UUID(d.pop("id"))

        object_id = d.pop("object_id")

        data = TicketFieldValues.from_dict(d.pop("data"))

        _ticket_type_id = d.pop("ticketTypeId", UNSET)
        ticket_type_id: UUID | Unset
        if isinstance(_ticket_type_id, Unset):
            ticket_type_id = UNSET
        else:
            ticket_type_id = UUID(_ticket_type_id)

        last_updated_by: None | str | Unset = d.pop("lastUpdatedBy", UNSET)

        _last_updated_at = d.pop("lastUpdatedAt", UNSET)
        last_updated_at: datetime.datetime | None | Unset
        if isinstance(_last_updated_at, str):
            try:
                last_updated_at_type_0 = datetime.datetime.fromisoformat(_last_updated_at)

                last_updated_at = last_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_updated_at = cast(datetime.datetime | None | Unset, _last_updated_at)
        elif _last_updated_at is None:
            last_updated_at = None
        elif isinstance(_last_updated_at, Unset):
            last_updated_at = _last_updated_at
        else:
            last_updated_at = cast(datetime.datetime | None | Unset, _last_updated_at)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        if cls is Ticket:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket = cls(
                etag,
                id,
                object_id,
                data,
                ticket_type_id,
                last_updated_by,
                last_updated_at,
                created_at,
            )
        else:  # a subclass may have an __init__ of its own
            ticket = cls(
                etag=etag,
                id=id,
                object_id=object_id,
                data=data,
                ticket_type_id=ticket_type_id,
                last_updated_by=last_updated_by,
                last_updated_at=last_updated_at,
                created_at=created_at,
            )

        ticket.additional_properties = d
        return ticket

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: these models refer back to this one, which now exists.
from ..models.ticket_field_values import TicketFieldValues  # noqa: E402
