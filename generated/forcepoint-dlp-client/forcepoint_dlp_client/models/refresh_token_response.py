from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshTokenResponse")


@_attrs_define
class RefreshTokenResponse:
    """Answer of `auth/refresh-token`. The guide names the lifetimes `refresh_expires_in` and `access_expires_in`; real
    answers name them `refresh_token_expires_in` and `access_token_expires_in`, so all four are optional and a client
    reads whichever is present.

    """

    refresh_token: str
    """ The refresh token (a JWT). Send it as `refresh-token: Bearer <token>` to `auth/access-token`; it is not
    accepted by the incident calls. """
    access_token: str
    """ A first access token (a JWT), so no access-token call is needed yet. """
    token_type: TokenType
    """ Kind of the tokens answered; always JWT. """
    refresh_expires_in: int | Unset = UNSET
    """ Lifetime of the refresh token; one day. The unit is undocumented and assumed to be seconds (86400). """
    refresh_token_expires_in: int | Unset = UNSET
    """ Lifetime of the refresh token in seconds (86400), under the name real answers use (see `x-vendor-
    behaviour`). """
    access_expires_in: int | Unset = UNSET
    """ Lifetime of the access token; 15 minutes. The unit is undocumented and assumed to be seconds (900). """
    access_token_expires_in: int | Unset = UNSET
    """ Lifetime of the access token in seconds (900), under the name real answers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_token = self.refresh_token

        access_token = self.access_token

        token_type = self.token_type.value

        refresh_expires_in = self.refresh_expires_in

        refresh_token_expires_in = self.refresh_token_expires_in

        access_expires_in = self.access_expires_in

        access_token_expires_in = self.access_token_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refresh_token": refresh_token,
                "access_token": access_token,
                "token_type": token_type,
            }
        )
        if refresh_expires_in is not UNSET:
            field_dict["refresh_expires_in"] = refresh_expires_in
        if refresh_token_expires_in is not UNSET:
            field_dict["refresh_token_expires_in"] = refresh_token_expires_in
        if access_expires_in is not UNSET:
            field_dict["access_expires_in"] = access_expires_in
        if access_token_expires_in is not UNSET:
            field_dict["access_token_expires_in"] = access_token_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refresh_token = d.pop("refresh_token")

        access_token = d.pop("access_token")

        token_type = TokenType(d.pop("token_type"))

        refresh_expires_in = d.pop("refresh_expires_in", UNSET)

        refresh_token_expires_in = d.pop("refresh_token_expires_in", UNSET)

        access_expires_in = d.pop("access_expires_in", UNSET)

        access_token_expires_in = d.pop("access_token_expires_in", UNSET)

        if cls is RefreshTokenResponse:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            refresh_token_response = cls(
                refresh_token,
                access_token,
                token_type,
                refresh_expires_in,
                refresh_token_expires_in,
                access_expires_in,
                access_token_expires_in,
            )
        else:  # a subclass may have an __init__ of its own
            refresh_token_response = cls(
                refresh_token=refresh_token,
                access_token=access_token,
                token_type=token_type,
                refresh_expires_in=refresh_expires_in,
                refresh_token_expires_in=refresh_token_expires_in,
                access_expires_in=access_expires_in,
                access_token_expires_in=access_token_expires_in,
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
