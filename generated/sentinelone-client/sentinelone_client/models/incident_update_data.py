from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.analyst_verdict import AnalystVerdict
from ..models.incident_status import IncidentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentUpdateData")


@_attrs_define
class IncidentUpdateData:
    """The incident status, and optionally the analyst verdict, to set."""

    incident_status: IncidentStatus
    """ Where a threat's investigation stands. """
    analyst_verdict: AnalystVerdict | Unset = UNSET
    """ What an analyst concluded about a threat. """

    def to_dict(self) -> dict[str, Any]:
        incident_status = self.incident_status.value

        analyst_verdict: str | Unset = UNSET
        if not isinstance(self.analyst_verdict, Unset):
            analyst_verdict = self.analyst_verdict.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "incidentStatus": incident_status,
            }
        )
        if analyst_verdict is not UNSET:
            field_dict["analystVerdict"] = analyst_verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        incident_status = IncidentStatus(d.pop("incidentStatus"))

        _analyst_verdict = d.pop("analystVerdict", UNSET)
        analyst_verdict: AnalystVerdict | Unset
        if isinstance(_analyst_verdict, Unset):
            analyst_verdict = UNSET
        else:
            analyst_verdict = AnalystVerdict(_analyst_verdict)

        if cls is IncidentUpdateData:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_update_data = cls(
                incident_status,
                analyst_verdict,
            )
        else:  # a subclass may have an __init__ of its own
            incident_update_data = cls(
                incident_status=incident_status,
                analyst_verdict=analyst_verdict,
            )

        return incident_update_data
