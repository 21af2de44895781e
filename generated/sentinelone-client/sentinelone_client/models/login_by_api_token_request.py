from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginByApiTokenRequest")


@_attrs_define
class LoginByApiTokenRequest:
    """An API token to trade for a session token."""

    data: LoginByApiTokenRequestData
    """ The token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = LoginByApiTokenRequestData.from_dict(d.pop("data"))

        if cls is LoginByApiTokenRequest:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            login_by_api_token_request = cls(
                data,
            )
        else:  # a subclass may have an __init__ of its own
            login_by_api_token_request = cls(
                data=data,
            )

        login_by_api_token_request.additional_properties = d
        return login_by_api_token_request

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
from ..models.login_by_api_token_request_data import LoginByApiTokenRequestData  # noqa: E402
