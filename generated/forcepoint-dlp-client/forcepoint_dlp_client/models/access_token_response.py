from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessTokenResponse")


@_attrs_define
class AccessTokenResponse:
    """Answer of `auth/access-token`. The lifetime is `access_expires_in` in the guide and `access_token_expires_in` in
    real answers (forcepoint-dlp/token-lifetime-names on RefreshTokenResponse); both are optional.

    """

    access_token: str
    """ The new access token (a JWT). Send it as `Authorization: Bearer <token>` on the incident calls. """
    token_type: TokenType
    """ Kind of the tokens answered; always JWT. """
    access_expires_in: int | Unset = UNSET
    """ Lifetime of the access token; 15 minutes. The unit is undocumented and assumed to be seconds (900). """
    access_token_expires_in: int | Unset = UNSET
    """ Lifetime of the access token in seconds (900), as real answers name it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type.value

        access_expires_in = self.access_expires_in

        access_token_expires_in = self.access_token_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
            }
        )
        if access_expires_in is not UNSET:
            field_dict["access_expires_in"] = access_expires_in
        if access_token_expires_in is not UNSET:
            field_dict["access_token_expires_in"] = access_token_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        token_type = TokenType(d.pop("token_type"))

        access_expires_in = d.pop("access_expires_in", UNSET)

        access_token_expires_in = d.pop("access_token_expires_in", UNSET)

        if cls is AccessTokenResponse:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            access_token_response = cls(
                access_token,
                token_type,
                access_expires_in,
                access_token_expires_in,
            )
        else:  # a subclass may have an __init__ of its own
            access_token_response = cls(
                access_token=access_token,
                token_type=token_type,
                access_expires_in=access_expires_in,
                access_token_expires_in=access_token_expires_in,
            )

        access_token_response.additional_properties = d
        return access_token_response

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
