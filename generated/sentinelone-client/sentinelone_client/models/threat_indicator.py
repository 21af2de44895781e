from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreatIndicator")


@_attrs_define
class ThreatIndicator:
    """One behavioural indicator seen with a threat."""

    category: None | str | Unset = UNSET
    """ Category of the indicator, e.g. `Persistence`. """
    description: None | str | Unset = UNSET
    """ What was observed. """
    ids: list[int] | Unset = UNSET
    """ Ids of the indicator definitions. """
    tactics: list[IndicatorTactic] | Unset = UNSET
    """ The attack tactics the indicator maps to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        tactics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tactics, Unset):
            tactics = []
            for tactics_item_data in self.tactics:
                tactics_item = tactics_item_data.to_dict()
                tactics.append(tactics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if ids is not UNSET:
            field_dict["ids"] = ids
        if tactics is not UNSET:
            field_dict["tactics"] = tactics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category: None | str | Unset = d.pop("category", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        ids = cast(list[int], d.pop("ids", UNSET))

        _tactics = d.pop("tactics", UNSET)
        tactics: list[IndicatorTactic] | Unset = UNSET
        if _tactics is not UNSET:
            tactics = []
            for tactics_item_data in _tactics:
                tactics_item = IndicatorTactic.from_dict(tactics_item_data)

                tactics.append(tactics_item)

        if cls is ThreatIndicator:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            threat_indicator = cls(
                category,
                description,
                ids,
                tactics,
            )
        else:  # a subclass may have an __init__ of its own
            threat_indicator = cls(
                category=category,
                description=description,
                ids=ids,
                tactics=tactics,
            )

        threat_indicator.additional_properties = d
        return threat_indicator

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
from ..models.indicator_tactic import IndicatorTactic  # noqa: E402
