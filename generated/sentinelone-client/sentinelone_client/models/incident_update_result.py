from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentUpdateResult")


@_attrs_define
class IncidentUpdateResult:
    """How many threats were affected, and what happened to each."""

    affected: int
    """ Number of threats the update was applied to. """
    details: list[IncidentUpdateDetail] | Unset = UNSET
    """ One entry per selected threat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affected = self.affected

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affected": affected,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        affected = d.pop("affected")

        _details = d.pop("details", UNSET)
        details: list[IncidentUpdateDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = IncidentUpdateDetail.from_dict(details_item_data)

                details.append(details_item)

        if cls is IncidentUpdateResult:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_update_result = cls(
                affected,
                details,
            )
        else:  # a subclass may have an __init__ of its own
            incident_update_result = cls(
                affected=affected,
                details=details,
            )

        incident_update_result.additional_properties = d
        return incident_update_result

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
from ..models.incident_update_detail import IncidentUpdateDetail  # noqa: E402
