from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnabledPolicyNames")


@_attrs_define
class EnabledPolicyNames:
    """Answer of `policy/enabled-names`."""

    enabled_policies: list[str]
    """ Names of the enabled policies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_policies = self.enabled_policies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled_policies": enabled_policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled_policies = cast(list[str], d.pop("enabled_policies"))

        if cls is EnabledPolicyNames:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            enabled_policy_names = cls(
                enabled_policies,
            )
        else:  # a subclass may have an __init__ of its own
            enabled_policy_names = cls(
                enabled_policies=enabled_policies,
            )

        enabled_policy_names.additional_properties = d
        return enabled_policy_names

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
