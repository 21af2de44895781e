from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantStatus")


@_attrs_define
class TenantStatus:
    """Where an Online tenant is served and whether it runs."""

    context_identifier: str
    """ The tenant, e.g. `Cust12345`. """
    state: str
    """ "Running" when the tenant is available. """
    is_running: bool
    """ Whether the tenant is up. """
    endpoint: None | str | Unset = UNSET
    """ The tenant's current base URL (environment host and tenant). """
    valid_until: datetime.datetime | Unset = UNSET
    """ When to ask again. """
    api: None | str | Unset = UNSET
    """ The tenant's API root (`Endpoint` followed by `/api`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_identifier = self.context_identifier

        state = self.state

        is_running = self.is_running

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        api: None | str | Unset
        if isinstance(self.api, Unset):
            api = UNSET
        else:
            api = self.api

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ContextIdentifier": context_identifier,
                "State": state,
                "IsRunning": is_running,
            }
        )
        if endpoint is not UNSET:
            field_dict["Endpoint"] = endpoint
        if valid_until is not UNSET:
            field_dict["ValidUntil"] = valid_until
        if api is not UNSET:
            field_dict["Api"] = api

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context_identifier = d.pop("ContextIdentifier")

        state = d.pop("State")

        is_running = d.pop("IsRunning")

        endpoint: None | str | Unset = d.pop("Endpoint", UNSET)

        _valid_until = d.pop("ValidUntil", UNSET)
        valid_until: datetime.datetime | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.datetime.fromisoformat(_valid_until)

        api: None | str | Unset = d.pop("Api", UNSET)

        if cls is TenantStatus:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            tenant_status = cls(
                context_identifier,
                state,
                is_running,
                endpoint,
                valid_until,
                api,
            )
        else:  # a subclass may have an __init__ of its own
            tenant_status = cls(
                context_identifier=context_identifier,
                state=state,
                is_running=is_running,
                endpoint=endpoint,
                valid_until=valid_until,
                api=api,
            )

        tenant_status.additional_properties = d
        return tenant_status

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
