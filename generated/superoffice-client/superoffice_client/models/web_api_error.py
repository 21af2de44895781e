from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebApiError")


@_attrs_define
class WebApiError:
    """The error object SuperOffice's WebAPI answers with an error status."""

    error: bool
    """ Always `true` on an error. """
    error_type: str
    """ Name of the server-side exception, e.g. `SoNotFoundException`. An open string: the list is not documented.
    """
    error_message: str
    """ Human-readable explanation. """
    error_source: str | Unset = UNSET
    """ The server component that raised the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_type = self.error_type

        error_message = self.error_message

        error_source = self.error_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Error": error,
                "ErrorType": error_type,
                "ErrorMessage": error_message,
            }
        )
        if error_source is not UNSET:
            field_dict["ErrorSource"] = error_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("Error")

        error_type = d.pop("ErrorType")

        error_message = d.pop("ErrorMessage")

        error_source = d.pop("ErrorSource", UNSET)

        if cls is WebApiError:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            web_api_error = cls(
                error,
                error_type,
                error_message,
                error_source,
            )
        else:  # a subclass may have an __init__ of its own
            web_api_error = cls(
                error=error,
                error_type=error_type,
                error_message=error_message,
                error_source=error_source,
            )

        web_api_error.additional_properties = d
        return web_api_error

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
