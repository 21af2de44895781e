from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStatus")


@_attrs_define
class WorkflowStatus:
    """One status of a workflow."""

    id: str | Unset = UNSET
    """ Identifier of the status. """
    name: str | Unset = UNSET
    """ Display name. """
    key: str | Unset = UNSET
    """ Machine key. """
    color: str | Unset = UNSET
    """ Display colour. """
    is_initial: bool | Unset = UNSET
    """ Whether new tickets start here. """
    is_terminal: bool | Unset = UNSET
    """ Whether the status closes the ticket. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key = self.key

        color = self.color

        is_initial = self.is_initial

        is_terminal = self.is_terminal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if key is not UNSET:
            field_dict["key"] = key
        if color is not UNSET:
            field_dict["color"] = color
        if is_initial is not UNSET:
            field_dict["isInitial"] = is_initial
        if is_terminal is not UNSET:
            field_dict["isTerminal"] = is_terminal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        key = d.pop("key", UNSET)

        color = d.pop("color", UNSET)

        is_initial = d.pop("isInitial", UNSET)

        is_terminal = d.pop("isTerminal", UNSET)

        if cls is WorkflowStatus:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            workflow_status = cls(
                id,
                name,
                key,
                color,
                is_initial,
                is_terminal,
            )
        else:  # a subclass may have an __init__ of its own
            workflow_status = cls(
                id=id,
                name=name,
                key=key,
                color=color,
                is_initial=is_initial,
                is_terminal=is_terminal,
            )

        workflow_status.additional_properties = d
        return workflow_status

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
