from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentSource")


@_attrs_define
class IncidentSource:
    """Who or what the data came from. Every field is answered for DLP incidents (INCIDENTS); for Discovery incidents only
    `host_name`, and only by id.

    """

    manager: str | Unset = UNSET
    """ The source user's manager (INCIDENTS). """
    department: str | Unset = UNSET
    """ The source user's department (INCIDENTS). """
    ip_address: str | Unset = UNSET
    """ IP address of the source machine (INCIDENTS). """
    login_name: str | Unset = UNSET
    """ Login name of the source user (INCIDENTS). """
    host_name: str | Unset = UNSET
    """ Host name of the source machine (INCIDENTS; DISCOVERY by id only). """
    email_address: str | Unset = UNSET
    """ Email address of the source user (INCIDENTS). """
    dn: str | Unset = UNSET
    """ Directory distinguished name of the source user (INCIDENTS). """
    nt_domain: str | Unset = UNSET
    """ Windows (NT) domain of the source user (INCIDENTS). """
    risk_level: int | Unset = UNSET
    """ The source's risk level; only answered when above 0 (INCIDENTS). """
    business_unit: str | Unset = UNSET
    """ The source user's business unit (INCIDENTS). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        manager = self.manager

        department = self.department

        ip_address = self.ip_address

        login_name = self.login_name

        host_name = self.host_name

        email_address = self.email_address

        dn = self.dn

        nt_domain = self.nt_domain

        risk_level = self.risk_level

        business_unit = self.business_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if manager is not UNSET:
            field_dict["manager"] = manager
        if department is not UNSET:
            field_dict["department"] = department
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if login_name is not UNSET:
            field_dict["login_name"] = login_name
        if host_name is not UNSET:
            field_dict["host_name"] = host_name
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if dn is not UNSET:
            field_dict["dn"] = dn
        if nt_domain is not UNSET:
            field_dict["nt_domain"] = nt_domain
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if business_unit is not UNSET:
            field_dict["business_unit"] = business_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        manager = d.pop("manager", UNSET)

        department = d.pop("department", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        login_name = d.pop("login_name", UNSET)

        host_name = d.pop("host_name", UNSET)

        email_address = d.pop("email_address", UNSET)

        dn = d.pop("dn", UNSET)

        nt_domain = d.pop("nt_domain", UNSET)

        risk_level = d.pop("risk_level", UNSET)

        business_unit = d.pop("business_unit", UNSET)

        if cls is IncidentSource:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_source = cls(
                manager,
                department,
                ip_address,
                login_name,
                host_name,
                email_address,
                dn,
                nt_domain,
                risk_level,
                business_unit,
            )
        else:  # a subclass may have an __init__ of its own
            incident_source = cls(
                manager=manager,
                department=department,
                ip_address=ip_address,
                login_name=login_name,
                host_name=host_name,
                email_address=email_address,
                dn=dn,
                nt_domain=nt_domain,
                risk_level=risk_level,
                business_unit=business_unit,
            )

        incident_source.additional_properties = d
        return incident_source

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
