from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketTypeList")


@_attrs_define
class TicketTypeList:
    """Envelope of the ticket type listing."""

    success: bool
    """ `true` when the listing succeeded. """
    data: TicketTypePage
    """ A page of ticket types. """
    message: str | Unset = UNSET
    """ Human-readable status message. """
    timestamp: datetime.datetime | Unset = UNSET
    """ When the answer was produced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        message = self.message

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        data = TicketTypePage.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        if cls is TicketTypeList:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_type_list = cls(
                success,
                data,
                message,
                timestamp,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_type_list = cls(
                success=success,
                data=data,
                message=message,
                timestamp=timestamp,
            )

        ticket_type_list.additional_properties = d
        return ticket_type_list

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
from ..models.ticket_type_page import TicketTypePage  # noqa: E402
