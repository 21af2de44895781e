from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketField")


@_attrs_define
class TicketField:
    """One field of a ticket type."""

    id: UUID
    """ UUID of a ticket type field (`fields[].id`). """
    type_: FieldType
    """ Type of a ticket field; it decides which values validate. """
    name: str | Unset = UNSET
    """ Machine name of the field. """
    label: str | Unset = UNSET
    """ Display label of the field. """
    required: bool | Unset = UNSET
    """ Whether the field must hold a value (it cannot be cleared). """
    order: int | Unset = UNSET
    """ Display order. """
    options: list[FieldOption] | Unset = UNSET
    """ Allowed values of dropdown and multiselect fields. """
    default_value: Any | Unset = UNSET
    """ Value a new ticket gets. """
    visible_to: list[str] | Unset = UNSET
    """ Catalog types the field is shown to. """
    data_source: None | TicketFieldDataSourceType0 | Unset = UNSET
    """ Where dynamic options come from, if anywhere. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        name = self.name

        label = self.label

        required = self.required

        order = self.order

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        default_value = self.default_value

        visible_to: list[str] | Unset = UNSET
        if not isinstance(self.visible_to, Unset):
            visible_to = self.visible_to

        data_source: dict[str, Any] | None | Unset
        if isinstance(self.data_source, Unset):
            data_source = UNSET
        elif isinstance(self.data_source, TicketFieldDataSourceType0):
            data_source = self.data_source.to_dict()
        else:
            data_source = self.data_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if required is not UNSET:
            field_dict["required"] = required
        if order is not UNSET:
            field_dict["order"] = order
        if options is not UNSET:
            field_dict["options"] = options
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if visible_to is not UNSET:
            field_dict["visibleTo"] = visible_to
        if data_source is not UNSET:
            field_dict["dataSource"] = data_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = FieldType(d.pop("type"))

        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        required = d.pop("required", UNSET)

        order = d.pop("order", UNSET)

        _options = d.pop("options", UNSET)
        options: list[FieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = FieldOption.from_dict(options_item_data)

                options.append(options_item)

        default_value = d.pop("defaultValue", UNSET)

        visible_to = cast(list[str], d.pop("visibleTo", UNSET))

        _data_source = d.pop("dataSource", UNSET)
        data_source: None | TicketFieldDataSourceType0 | Unset
        if isinstance(_data_source, dict):
            try:
                data_source_type_0 = TicketFieldDataSourceType0.from_dict(_data_source)

                data_source = data_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data_source = cast(None | TicketFieldDataSourceType0 | Unset, _data_source)
        elif _data_source is None:
            data_source = None
        elif isinstance(_data_source, Unset):
            data_source = _data_source
        else:
            data_source = cast(None | TicketFieldDataSourceType0 | Unset, _data_source)

        if cls is TicketField:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_field = cls(
                id,
                type_,
                name,
                label,
                required,
                order,
                options,
                default_value,
                visible_to,
                data_source,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_field = cls(
                id=id,
                type_=type_,
                name=name,
                label=label,
                required=required,
                order=order,
                options=options,
                default_value=default_value,
                visible_to=visible_to,
                data_source=data_source,
            )

        ticket_field.additional_properties = d
        return ticket_field

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
from ..models.field_option import FieldOption  # noqa: E402
from ..models.ticket_field_data_source_type_0 import TicketFieldDataSourceType0  # noqa: E402
