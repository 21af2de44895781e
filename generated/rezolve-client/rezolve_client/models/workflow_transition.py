from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTransition")


@_attrs_define
class WorkflowTransition:
    """A move between statuses, which statuses are named by key."""

    id: str | Unset = UNSET
    """ Identifier of the transition. """
    name: str | Unset = UNSET
    """ Display name. """
    from_: list[str] | Unset = UNSET
    """ Keys of the statuses the transition starts from. """
    to: str | Unset = UNSET
    """ Key of the status it leads to. """
    required_fields: list[str] | Unset = UNSET
    """ Fields that must hold a value to take the transition. """
    allowed_roles: list[str] | Unset = UNSET
    """ Realm roles allowed to take the transition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        from_: list[str] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_

        to = self.to

        required_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_fields, Unset):
            required_fields = self.required_fields

        allowed_roles: list[str] | Unset = UNSET
        if not isinstance(self.allowed_roles, Unset):
            allowed_roles = self.allowed_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if required_fields is not UNSET:
            field_dict["requiredFields"] = required_fields
        if allowed_roles is not UNSET:
            field_dict["allowedRoles"] = allowed_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        from_ = cast(list[str], d.pop("from", UNSET))

        to = d.pop("to", UNSET)

        required_fields = cast(list[str], d.pop("requiredFields", UNSET))

        allowed_roles = cast(list[str], d.pop("allowedRoles", UNSET))

        if cls is WorkflowTransition:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            workflow_transition = cls(
                id,
                name,
                from_,
                to,
                required_fields,
                allowed_roles,
            )
        else:  # a subclass may have an __init__ of its own
            workflow_transition = cls(
                id=id,
                name=name,
                from_=from_,
                to=to,
                required_fields=required_fields,
                allowed_roles=allowed_roles,
            )

        workflow_transition.additional_properties = d
        return workflow_transition

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
