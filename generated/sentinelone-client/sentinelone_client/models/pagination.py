from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page stands in the whole result."""

    next_cursor: None | str
    """ Cursor of the next page, to pass as `cursor`; null on the last page. """
    total_items: int | None | Unset = UNSET
    """ Number of threats matching the filters (not computed with `skipCount`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_cursor: None | str
        next_cursor = self.next_cursor

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nextCursor": next_cursor,
            }
        )
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_cursor: None | str = d.pop("nextCursor")

        total_items: int | None | Unset = d.pop("totalItems", UNSET)

        if cls is Pagination:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            pagination = cls(
                next_cursor,
                total_items,
            )
        else:  # a subclass may have an __init__ of its own
            pagination = cls(
                next_cursor=next_cursor,
                total_items=total_items,
            )

        pagination.additional_properties = d
        return pagination

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
