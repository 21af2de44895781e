from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViolationTrigger")


@_attrs_define
class ViolationTrigger:
    """A policy rule that matched, with the classifiers that matched in it."""

    policy_name: str | Unset = UNSET
    """ Name of the policy. """
    rule_name: str | Unset = UNSET
    """ Name of the rule in that policy. """
    classifiers: list[TriggerClassifier] | Unset = UNSET
    """ The classifiers of the rule that matched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_name = self.policy_name

        rule_name = self.rule_name

        classifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifiers, Unset):
            classifiers = []
            for classifiers_item_data in self.classifiers:
                classifiers_item = classifiers_item_data.to_dict()
                classifiers.append(classifiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy_name is not UNSET:
            field_dict["policy_name"] = policy_name
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if classifiers is not UNSET:
            field_dict["classifiers"] = classifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy_name = d.pop("policy_name", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        _classifiers = d.pop("classifiers", UNSET)
        classifiers: list[TriggerClassifier] | Unset = UNSET
        if _classifiers is not UNSET:
            classifiers = []
            for classifiers_item_data in _classifiers:
                classifiers_item = TriggerClassifier.from_dict(classifiers_item_data)

                classifiers.append(classifiers_item)

        if cls is ViolationTrigger:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            violation_trigger = cls(
                policy_name,
                rule_name,
                classifiers,
            )
        else:  # a subclass may have an __init__ of its own
            violation_trigger = cls(
                policy_name=policy_name,
                rule_name=rule_name,
                classifiers=classifiers,
            )

        violation_trigger.additional_properties = d
        return violation_trigger

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
from ..models.trigger_classifier import TriggerClassifier  # noqa: E402
