from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorTechnique")


@_attrs_define
class IndicatorTechnique:
    """An attack technique."""

    name: str | Unset = UNSET
    """ Id or name of the technique. """
    link: None | str | Unset = UNSET
    """ Where the technique is described. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        link: None | str | Unset = d.pop("link", UNSET)

        if cls is IndicatorTechnique:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            indicator_technique = cls(
                name,
                link,
            )
        else:  # a subclass may have an __init__ of its own
            indicator_technique = cls(
                name=name,
                link=link,
            )

        indicator_technique.additional_properties = d
        return indicator_technique

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
