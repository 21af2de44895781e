from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffectedResponse")


@_attrs_define
class AffectedResponse:
    """Answer to a bulk action that reports only how many threats it touched."""

    data: AffectedCount
    """ How many threats an action touched. """
    errors: list[ResultError] | Unset = UNSET
    """ Errors reported beside a result; usually absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_result_errors_item_data in self.errors:
                componentsschemas_result_errors_item = componentsschemas_result_errors_item_data.to_dict()
                errors.append(componentsschemas_result_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = AffectedCount.from_dict(d.pop("data"))

        _errors = d.pop("errors", UNSET)
        errors: list[ResultError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for componentsschemas_result_errors_item_data in _errors:
                componentsschemas_result_errors_item = ResultError.from_dict(componentsschemas_result_errors_item_data)

                errors.append(componentsschemas_result_errors_item)

        if cls is AffectedResponse:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            affected_response = cls(
                data,
                errors,
            )
        else:  # a subclass may have an __init__ of its own
            affected_response = cls(
                data=data,
                errors=errors,
            )

        affected_response.additional_properties = d
        return affected_response

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
from ..models.affected_count import AffectedCount  # noqa: E402
from ..models.result_error import ResultError  # noqa: E402
