from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    """A tag that can be put on tickets."""

    id: int | None | Unset = UNSET
    """ Primary key of the tag. """
    name: None | str | Unset = UNSET
    """ Name of the tag. """
    tool_tip: None | str | Unset = UNSET
    """ Hint text for the tag. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tool_tip: None | str | Unset
        if isinstance(self.tool_tip, Unset):
            tool_tip = UNSET
        else:
            tool_tip = self.tool_tip

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if tool_tip is not UNSET:
            field_dict["ToolTip"] = tool_tip
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        tool_tip: None | str | Unset = d.pop("ToolTip", UNSET)

        _table_right = d.pop("TableRight", UNSET)
        table_right: None | TableRight | Unset
        if isinstance(_table_right, dict):
            try:
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(_table_right)

                table_right = componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                table_right = cast(None | TableRight | Unset, _table_right)
        elif _table_right is None:
            table_right = None
        elif isinstance(_table_right, Unset):
            table_right = _table_right
        else:
            table_right = cast(None | TableRight | Unset, _table_right)

        _field_properties = d.pop("FieldProperties", UNSET)
        field_properties: FieldProperties | None | Unset
        if isinstance(_field_properties, dict):
            try:
                componentsschemas_nullable_field_properties_type_0 = FieldProperties.from_dict(_field_properties)

                field_properties = componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_properties = cast(FieldProperties | None | Unset, _field_properties)
        elif _field_properties is None:
            field_properties = None
        elif isinstance(_field_properties, Unset):
            field_properties = _field_properties
        else:
            field_properties = cast(FieldProperties | None | Unset, _field_properties)

        if cls is Tag:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            tag = cls(
                id,
                name,
                tool_tip,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            tag = cls(
                id=id,
                name=name,
                tool_tip=tool_tip,
                table_right=table_right,
                field_properties=field_properties,
            )

        tag.additional_properties = d
        return tag

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
from ..models.field_properties import FieldProperties  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
