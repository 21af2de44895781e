from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """One error of an error body."""

    code: int
    """ Numeric error code; its first three digits are the HTTP status (4000010 validation error, 4000020 invalid
    identifier, 4010010 authentication failed, 4030010 insufficient permissions, 5000010 internal server error). """
    title: str
    """ Short general description of the error. """
    detail: None | str
    """ Longer explanation of this occurrence, or null. """
    params: ApiErrorParams | Unset = UNSET
    """ Extra data about the error, when the console adds any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        detail: None | str
        detail = self.detail

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "detail": detail,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        detail: None | str = d.pop("detail")

        _params = d.pop("params", UNSET)
        params: ApiErrorParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ApiErrorParams.from_dict(_params)

        if cls is ApiError:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            api_error = cls(
                code,
                title,
                detail,
                params,
            )
        else:  # a subclass may have an __init__ of its own
            api_error = cls(
                code=code,
                title=title,
                detail=detail,
                params=params,
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
from ..models.api_error_params import ApiErrorParams  # noqa: E402
