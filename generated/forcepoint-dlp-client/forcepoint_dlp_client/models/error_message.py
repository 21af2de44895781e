from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorMessage")


@_attrs_define
class ErrorMessage:
    """Body assumed for 400 and 403 (the guide documents none): a human-readable `message`, optionally the HTTP `status`
    and its reason phrase in `error`. Further keys are allowed.

    """

    message: str
    """ What went wrong. """
    status: int | Unset = UNSET
    """ The HTTP status code. """
    error: str | Unset = UNSET
    """ The HTTP reason phrase, e.g. "Forbidden". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        status = d.pop("status", UNSET)

        error = d.pop("error", UNSET)

        if cls is ErrorMessage:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            error_message = cls(
                message,
                status,
                error,
            )
        else:  # a subclass may have an __init__ of its own
            error_message = cls(
                message=message,
                status=status,
                error=error,
            )

        error_message.additional_properties = d
        return error_message

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
