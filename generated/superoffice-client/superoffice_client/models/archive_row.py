from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ArchiveRow")


@_attrs_define
class ArchiveRow:
    """One row of an archive: its primary key and entity name, and each selected column under its archive name (camelCase,
    e.g. `ticketId`, `title`, `lastChanged`; `ticketMessageId`, `body` for messages).

    """

    primary_key: int
    """ The id of the ticket (or message) the row is. """
    entity_name: str
    """ `ticket`, or `ej_message` for a ticket's messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_key = self.primary_key

        entity_name = self.entity_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PrimaryKey": primary_key,
                "EntityName": entity_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_key = d.pop("PrimaryKey")

        entity_name = d.pop("EntityName")

        if cls is ArchiveRow:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            archive_row = cls(
                primary_key,
                entity_name,
            )
        else:  # a subclass may have an __init__ of its own
            archive_row = cls(
                primary_key=primary_key,
                entity_name=entity_name,
            )

        archive_row.additional_properties = d
        return archive_row

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
