from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchivePage")


@_attrs_define
class ArchivePage:
    """One page of an archive (tickets, a ticket's messages), as an OData list."""

    value: list[ArchiveRow]
    """ The rows of this page. """
    odata_metadata: str | Unset = UNSET
    """ Address of the archive's metadata. """
    odata_next_link: str | Unset = UNSET
    """ Address of the next page; absent on the last one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        odata_metadata = self.odata_metadata

        odata_next_link = self.odata_next_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if odata_metadata is not UNSET:
            field_dict["odata.metadata"] = odata_metadata
        if odata_next_link is not UNSET:
            field_dict["odata.nextLink"] = odata_next_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = ArchiveRow.from_dict(value_item_data)

            value.append(value_item)

        odata_metadata = d.pop("odata.metadata", UNSET)

        odata_next_link = d.pop("odata.nextLink", UNSET)

        if cls is ArchivePage:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            archive_page = cls(
                value,
                odata_metadata,
                odata_next_link,
            )
        else:  # a subclass may have an __init__ of its own
            archive_page = cls(
                value=value,
                odata_metadata=odata_metadata,
                odata_next_link=odata_next_link,
            )

        archive_page.additional_properties = d
        return archive_page

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
from ..models.archive_row import ArchiveRow  # noqa: E402
