from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldOption")


@_attrs_define
class FieldOption:
    """One allowed value of a dropdown or multiselect field."""

    value: str
    """ The value stored in the ticket. """
    label: str | Unset = UNSET
    """ The value's display label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        label = d.pop("label", UNSET)

        if cls is FieldOption:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            field_option = cls(
                value,
                label,
            )
        else:  # a subclass may have an __init__ of its own
            field_option = cls(
                value=value,
                label=label,
            )

        field_option.additional_properties = d
        return field_option

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
