from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerErrorResponse")


@_attrs_define
class ServerErrorResponse:
    """Body of a 500. Usually the vendor's `errors` list; the external-ticket-id document recorded a 500 whose body carried
    `data.affected` instead.

    """

    data: AffectedCount | Unset = UNSET
    """ How many threats an action touched. """
    errors: list[ApiError] | Unset = UNSET
    """ The errors, as in `ApiErrorResponse`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: AffectedCount | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AffectedCount.from_dict(_data)

        _errors = d.pop("errors", UNSET)
        errors: list[ApiError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ApiError.from_dict(errors_item_data)

                errors.append(errors_item)

        if cls is ServerErrorResponse:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            server_error_response = cls(
                data,
                errors,
            )
        else:  # a subclass may have an __init__ of its own
            server_error_response = cls(
                data=data,
                errors=errors,
            )

        server_error_response.additional_properties = d
        return server_error_response

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
from ..models.api_error import ApiError  # noqa: E402
