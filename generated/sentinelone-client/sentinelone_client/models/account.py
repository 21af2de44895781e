from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A console account (a customer or business unit)."""

    id: str
    """ Id of the account. """
    name: str | Unset = UNSET
    """ Name of the account. """
    state: str | Unset = UNSET
    """ State, e.g. `active`. """
    account_type: str | Unset = UNSET
    """ Type, e.g. `Paid` or `Trial`. """
    expiration: None | str | Unset = UNSET
    """ When the account expires (null without expiry). """
    unlimited_expiration: bool | Unset = UNSET
    """ Whether the account never expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state

        account_type = self.account_type

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        unlimited_expiration = self.unlimited_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if unlimited_expiration is not UNSET:
            field_dict["unlimitedExpiration"] = unlimited_expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        state = d.pop("state", UNSET)

        account_type = d.pop("accountType", UNSET)

        expiration: None | str | Unset = d.pop("expiration", UNSET)

        unlimited_expiration = d.pop("unlimitedExpiration", UNSET)

        if cls is Account:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            account = cls(
                id,
                name,
                state,
                account_type,
                expiration,
                unlimited_expiration,
            )
        else:  # a subclass may have an __init__ of its own
            account = cls(
                id=id,
                name=name,
                state=state,
                account_type=account_type,
                expiration=expiration,
                unlimited_expiration=unlimited_expiration,
            )

        account.additional_properties = d
        return account

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
