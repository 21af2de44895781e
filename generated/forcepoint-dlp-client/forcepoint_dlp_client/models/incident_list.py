from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentList")


@_attrs_define
class IncidentList:
    """Answer of the Get Incidents API, for 200 and for 420 (nothing found: no incidents, zero counts)."""

    incidents: list[Incident]
    """ The incidents answered (INCIDENTS and DISCOVERY), at most 10,000. """
    total_count: int
    """ How many incidents match the ids or filters (INCIDENTS and DISCOVERY). """
    total_returned: int
    """ How many incidents this answer carries (INCIDENTS and DISCOVERY). """
    not_found_ids: list[int] | Unset = UNSET
    """ Ids sent in `ids` that do not exist (INCIDENTS and DISCOVERY); answered with the 420 status when none was
    found. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incidents = []
        for incidents_item_data in self.incidents:
            incidents_item = incidents_item_data.to_dict()
            incidents.append(incidents_item)

        total_count = self.total_count

        total_returned = self.total_returned

        not_found_ids: list[int] | Unset = UNSET
        if not isinstance(self.not_found_ids, Unset):
            not_found_ids = self.not_found_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "incidents": incidents,
                "total_count": total_count,
                "total_returned": total_returned,
            }
        )
        if not_found_ids is not UNSET:
            field_dict["not_found_ids"] = not_found_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incidents = []
        _incidents = d.pop("incidents")
        for incidents_item_data in _incidents:
            incidents_item = Incident.from_dict(incidents_item_data)

            incidents.append(incidents_item)

        total_count = d.pop("total_count")

        total_returned = d.pop("total_returned")

        not_found_ids = cast(list[int], d.pop("not_found_ids", UNSET))

        if cls is IncidentList:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_list = cls(
                incidents,
                total_count,
                total_returned,
                not_found_ids,
            )
        else:  # a subclass may have an __init__ of its own
            incident_list = cls(
                incidents=incidents,
                total_count=total_count,
                total_returned=total_returned,
                not_found_ids=not_found_ids,
            )

        incident_list.additional_properties = d
        return incident_list

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
from ..models.incident import Incident  # noqa: E402
