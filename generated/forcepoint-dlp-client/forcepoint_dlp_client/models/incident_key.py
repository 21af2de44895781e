from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentKey")


@_attrs_define
class IncidentKey:
    """An incident to update, by incident id and (DLP incidents) partition index."""

    incident_id: int
    """ Id of the incident to update (INCIDENTS and DISCOVERY). """
    partition_index: int | Unset = UNSET
    """ Partition of the incident (INCIDENTS only). When left out the server looks it up, which costs more; see
    `scan_partitions`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incident_id = self.incident_id

        partition_index = self.partition_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "incident_id": incident_id,
            }
        )
        if partition_index is not UNSET:
            field_dict["partition_index"] = partition_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incident_id = d.pop("incident_id")

        partition_index = d.pop("partition_index", UNSET)

        if cls is IncidentKey:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_key = cls(
                incident_id,
                partition_index,
            )
        else:  # a subclass may have an __init__ of its own
            incident_key = cls(
                incident_id=incident_id,
                partition_index=partition_index,
            )

        incident_key.additional_properties = d
        return incident_key

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
