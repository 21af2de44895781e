from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationResult")


@_attrs_define
class ValidationResult:
    """Details of an INPUT_VALIDATION_FAILURE."""

    reason: ValidationResultReason
    """ Map of each offending field UUID (or parameter name, e.g. `etag`, `type`) to its validation message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = ValidationResultReason.from_dict(d.pop("reason"))

        if cls is ValidationResult:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            validation_result = cls(
                reason,
            )
        else:  # a subclass may have an __init__ of its own
            validation_result = cls(
                reason=reason,
            )

        validation_result.additional_properties = d
        return validation_result

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
from ..models.validation_result_reason import ValidationResultReason  # noqa: E402
