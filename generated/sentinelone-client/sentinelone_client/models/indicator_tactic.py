from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorTactic")


@_attrs_define
class IndicatorTactic:
    """An attack tactic an indicator maps to."""

    name: str | Unset = UNSET
    """ Name of the tactic. """
    source: None | str | Unset = UNSET
    """ Framework of the tactic, e.g. `MITRE`. """
    techniques: list[IndicatorTechnique] | Unset = UNSET
    """ Techniques of the tactic that were seen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        techniques: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.techniques, Unset):
            techniques = []
            for techniques_item_data in self.techniques:
                techniques_item = techniques_item_data.to_dict()
                techniques.append(techniques_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if techniques is not UNSET:
            field_dict["techniques"] = techniques

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        source: None | str | Unset = d.pop("source", UNSET)

        _techniques = d.pop("techniques", UNSET)
        techniques: list[IndicatorTechnique] | Unset = UNSET
        if _techniques is not UNSET:
            techniques = []
            for techniques_item_data in _techniques:
                techniques_item = IndicatorTechnique.from_dict(techniques_item_data)

                techniques.append(techniques_item)

        if cls is IndicatorTactic:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            indicator_tactic = cls(
                name,
                source,
                techniques,
            )
        else:  # a subclass may have an __init__ of its own
            indicator_tactic = cls(
                name=name,
                source=source,
                techniques=techniques,
            )

        indicator_tactic.additional_properties = d
        return indicator_tactic

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
from ..models.indicator_technique import IndicatorTechnique  # noqa: E402
