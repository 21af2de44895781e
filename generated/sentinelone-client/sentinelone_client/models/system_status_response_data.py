from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SystemStatusResponseData")


@_attrs_define
class SystemStatusResponseData:
    """Health of the console."""

    health: str
    """ `ok` when the console is up. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "health": health,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        health = d.pop("health")

        if cls is SystemStatusResponseData:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            system_status_response_data = cls(
                health,
            )
        else:  # a subclass may have an __init__ of its own
            system_status_response_data = cls(
                health=health,
            )

        system_status_response_data.additional_properties = d
        return system_status_response_data

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
