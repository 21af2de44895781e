from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityTypeList")


@_attrs_define
class ActivityTypeList:
    """The activity type catalogue."""

    data: list[ActivityType]
    """ The activity types. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ActivityType.from_dict(data_item_data)

            data.append(data_item)

        if cls is ActivityTypeList:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            activity_type_list = cls(
                data,
            )
        else:  # a subclass may have an __init__ of its own
            activity_type_list = cls(
                data=data,
            )

        activity_type_list.additional_properties = d
        return activity_type_list

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
from ..models.activity_type import ActivityType  # noqa: E402
