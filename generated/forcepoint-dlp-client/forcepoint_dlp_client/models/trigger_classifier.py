from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerClassifier")


@_attrs_define
class TriggerClassifier:
    """A classifier that matched, and how often."""

    classifier_name: str | Unset = UNSET
    """ Name of the classifier, with its kind, e.g. "PCI (Key Phrase)". """
    number_matches: int | Unset = UNSET
    """ How many matches it found. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classifier_name = self.classifier_name

        number_matches = self.number_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classifier_name is not UNSET:
            field_dict["classifier_name"] = classifier_name
        if number_matches is not UNSET:
            field_dict["number_matches"] = number_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        classifier_name = d.pop("classifier_name", UNSET)

        number_matches = d.pop("number_matches", UNSET)

        if cls is TriggerClassifier:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            trigger_classifier = cls(
                classifier_name,
                number_matches,
            )
        else:  # a subclass may have an __init__ of its own
            trigger_classifier = cls(
                classifier_name=classifier_name,
                number_matches=number_matches,
            )

        trigger_classifier.additional_properties = d
        return trigger_classifier

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
