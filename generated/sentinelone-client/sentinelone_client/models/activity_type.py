from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityType")


@_attrs_define
class ActivityType:
    """One kind of activity the console records."""

    id: int
    """ Id of the activity type. """
    action: str | Unset = UNSET
    """ Name of the activity. """
    description_template: str | Unset = UNSET
    """ Template of the activity's description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        description_template = self.description_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if description_template is not UNSET:
            field_dict["descriptionTemplate"] = description_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action", UNSET)

        description_template = d.pop("descriptionTemplate", UNSET)

        if cls is ActivityType:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            activity_type = cls(
                id,
                action,
                description_template,
            )
        else:  # a subclass may have an __init__ of its own
            activity_type = cls(
                id=id,
                action=action,
                description_template=description_template,
            )

        activity_type.additional_properties = d
        return activity_type

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
