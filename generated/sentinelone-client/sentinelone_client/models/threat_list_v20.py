from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ThreatListV20")


@_attrs_define
class ThreatListV20:
    """A page of threats in the API 2.0 shape."""

    data: list[ThreatV20]
    """ The threats of this page. """
    pagination: Pagination
    """ Where a page stands in the whole result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ThreatV20.from_dict(data_item_data)

            data.append(data_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        if cls is ThreatListV20:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            threat_list_v20 = cls(
                data,
                pagination,
            )
        else:  # a subclass may have an __init__ of its own
            threat_list_v20 = cls(
                data=data,
                pagination=pagination,
            )

        threat_list_v20.additional_properties = d
        return threat_list_v20

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.threat_v20 import ThreatV20  # noqa: E402
