from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableRight")


@_attrs_define
class TableRight:
    """What the current user may do with the entity as a whole."""

    mask: None | str | Unset = UNSET
    """ The granted rights as a comma-separated flag list (e.g. `Delete`, `Read, Update`). """
    reason: None | str | Unset = UNSET
    """ Why rights are limited, if they are; empty otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mask: None | str | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        else:
            mask = self.mask

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mask is not UNSET:
            field_dict["Mask"] = mask
        if reason is not UNSET:
            field_dict["Reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mask: None | str | Unset = d.pop("Mask", UNSET)

        reason: None | str | Unset = d.pop("Reason", UNSET)

        if cls is TableRight:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            table_right = cls(
                mask,
                reason,
            )
        else:  # a subclass may have an __init__ of its own
            table_right = cls(
                mask=mask,
                reason=reason,
            )

        table_right.additional_properties = d
        return table_right

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
