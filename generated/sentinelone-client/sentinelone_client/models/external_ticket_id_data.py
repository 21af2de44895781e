from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExternalTicketIdData")


@_attrs_define
class ExternalTicketIdData:
    """The value to write onto the selected threats."""

    external_ticket_id: str
    """ Id of the ticket in the outside system that tracks the threats (at most 255 characters). """

    def to_dict(self) -> dict[str, Any]:
        external_ticket_id = self.external_ticket_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "externalTicketId": external_ticket_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_ticket_id = d.pop("externalTicketId")

        if cls is ExternalTicketIdData:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            external_ticket_id_data = cls(
                external_ticket_id,
            )
        else:  # a subclass may have an __init__ of its own
            external_ticket_id_data = cls(
                external_ticket_id=external_ticket_id,
            )

        return external_ticket_id_data
