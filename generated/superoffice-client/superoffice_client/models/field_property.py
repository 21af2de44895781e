from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldProperty")


@_attrs_define
class FieldProperty:
    """Rights and shape of one field of an entity."""

    field_right: FieldRight | None | Unset = UNSET
    """ What the current user may do with the field. """
    field_type: None | str | Unset = UNSET
    """ .NET type name of the field (e.g. `System.String`). """
    field_length: int | None | Unset = UNSET
    """ Maximum length of the field's value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_right: dict[str, Any] | None | Unset
        if isinstance(self.field_right, Unset):
            field_right = UNSET
        elif isinstance(self.field_right, FieldRight):
            field_right = self.field_right.to_dict()
        else:
            field_right = self.field_right

        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        else:
            field_type = self.field_type

        field_length: int | None | Unset
        if isinstance(self.field_length, Unset):
            field_length = UNSET
        else:
            field_length = self.field_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_right is not UNSET:
            field_dict["FieldRight"] = field_right
        if field_type is not UNSET:
            field_dict["FieldType"] = field_type
        if field_length is not UNSET:
            field_dict["FieldLength"] = field_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field_right = d.pop("FieldRight", UNSET)
        field_right: FieldRight | None | Unset
        if isinstance(_field_right, dict):
            try:
                field_right_type_0 = FieldRight.from_dict(_field_right)

                field_right = field_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_right = cast(FieldRight | None | Unset, _field_right)
        elif _field_right is None:
            field_right = None
        elif isinstance(_field_right, Unset):
            field_right = _field_right
        else:
            field_right = cast(FieldRight | None | Unset, _field_right)

        field_type: None | str | Unset = d.pop("FieldType", UNSET)

        field_length: int | None | Unset = d.pop("FieldLength", UNSET)

        if cls is FieldProperty:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            field_property = cls(
                field_right,
                field_type,
                field_length,
            )
        else:  # a subclass may have an __init__ of its own
            field_property = cls(
                field_right=field_right,
                field_type=field_type,
                field_length=field_length,
            )

        field_property.additional_properties = d
        return field_property

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
from ..models.field_right import FieldRight  # noqa: E402
