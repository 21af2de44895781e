from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Error body of the ticketing endpoints."""

    error: bool
    """ Always `true` on an error. """
    message: str
    """ Human-readable explanation. """
    code: str | Unset = UNSET
    """ Machine-readable error code: ETAG_MISMATCH, INPUT_VALIDATION_FAILURE, USER_PERMISSION_FAILURE or
    UNAUTHORIZED. Absent on 404 and 500. Kept an open string so a code the vendor adds later still parses. """
    status: int | Unset = UNSET
    """ The HTTP status code. """
    validation_result: ValidationResult | Unset = UNSET
    """ Details of an INPUT_VALIDATION_FAILURE. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        code = self.code

        status = self.status

        validation_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_result, Unset):
            validation_result = self.validation_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if status is not UNSET:
            field_dict["status"] = status
        if validation_result is not UNSET:
            field_dict["validationResult"] = validation_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        message = d.pop("message")

        code = d.pop("code", UNSET)

        status = d.pop("status", UNSET)

        _validation_result = d.pop("validationResult", UNSET)
        validation_result: ValidationResult | Unset
        if isinstance(_validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = ValidationResult.from_dict(_validation_result)

        if cls is ApiError:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            api_error = cls(
                error,
                message,
                code,
                status,
                validation_result,
            )
        else:  # a subclass may have an __init__ of its own
            api_error = cls(
                error=error,
                message=message,
                code=code,
                status=status,
                validation_result=validation_result,
            )

        api_error.additional_properties = d
        return api_error

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
from ..models.validation_result import ValidationResult  # noqa: E402
