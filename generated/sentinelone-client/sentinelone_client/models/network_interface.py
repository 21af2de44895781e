from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkInterface")


@_attrs_define
class NetworkInterface:
    """One network interface of an endpoint."""

    id: str | Unset = UNSET
    """ Id of the interface. """
    name: None | str | Unset = UNSET
    """ Name of the interface. """
    inet: list[str] | Unset = UNSET
    """ IPv4 addresses. """
    inet6: list[str] | Unset = UNSET
    """ IPv6 addresses. """
    physical: None | str | Unset = UNSET
    """ MAC address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        inet: list[str] | Unset = UNSET
        if not isinstance(self.inet, Unset):
            inet = self.inet

        inet6: list[str] | Unset = UNSET
        if not isinstance(self.inet6, Unset):
            inet6 = self.inet6

        physical: None | str | Unset
        if isinstance(self.physical, Unset):
            physical = UNSET
        else:
            physical = self.physical

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if inet is not UNSET:
            field_dict["inet"] = inet
        if inet6 is not UNSET:
            field_dict["inet6"] = inet6
        if physical is not UNSET:
            field_dict["physical"] = physical

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        inet = cast(list[str], d.pop("inet", UNSET))

        inet6 = cast(list[str], d.pop("inet6", UNSET))

        physical: None | str | Unset = d.pop("physical", UNSET)

        if cls is NetworkInterface:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            network_interface = cls(
                id,
                name,
                inet,
                inet6,
                physical,
            )
        else:  # a subclass may have an __init__ of its own
            network_interface = cls(
                id=id,
                name=name,
                inet=inet,
                inet6=inet6,
                physical=physical,
            )

        network_interface.additional_properties = d
        return network_interface

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
