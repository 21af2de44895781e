from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType

T = TypeVar("T", bound="RefreshTokenResponse")


@_attrs_define
class RefreshTokenResponse:
    """Answer of `auth/refresh-token`."""

    refresh_token: str
    """ The refresh token (a JWT). Send it as `refresh-token: Bearer <token>` to `auth/access-token`; it is not
    accepted by the incident calls. """
    refresh_expires_in: int
    """ Lifetime of the refresh token; one day. The unit is undocumented and assumed to be seconds (86400). """
    access_token: str
    """ A first access token (a JWT), so no access-token call is needed yet. """
    access_expires_in: int
    """ Lifetime of the access token; 15 minutes. The unit is undocumented and assumed to be seconds (900). """
    token_type: TokenType
    """ Kind of the tokens answered; always JWT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_token = self.refresh_token

        refresh_expires_in = self.refresh_expires_in

        access_token = self.access_token

        access_expires_in = self.access_expires_in

        token_type = self.token_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refresh_token": refresh_token,
                "refresh_expires_in": refresh_expires_in,
                "access_token": access_token,
                "access_expires_in": access_expires_in,
                "token_type": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refresh_token = d.pop("refresh_token")

        refresh_expires_in = d.pop("refresh_expires_in")

        access_token = d.pop("access_token")

        access_expires_in = d.pop("access_expires_in")

        token_type = TokenType(d.pop("token_type"))

        refresh_token_response = cls(
            refresh_token=refresh_token,
            refresh_expires_in=refresh_expires_in,
            access_token=access_token,
            access_expires_in=access_expires_in,
            token_type=token_type,
        )

        refresh_token_response.additional_properties = d
        return refresh_token_response

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
