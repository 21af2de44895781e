from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_update_outcome import IncidentUpdateOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentUpdateDetail")


@_attrs_define
class IncidentUpdateDetail:
    """What the incident update did to one threat."""

    threat_id: str | Unset = UNSET
    """ Id of the threat. """
    result: IncidentUpdateOutcome | Unset = UNSET
    """ What happened to a value of one threat: `updated` (changed), `not_changed` (left as it was), `already_set`
    (it already held the requested value), `conditions_not_met` (the threat's state does not allow the change) or
    `missing_permissions` (the token may not change it). In `details[].result` it describes the incident status; in
    `details[].analystVerdict`, the verdict. """
    analyst_verdict: IncidentUpdateOutcome | Unset = UNSET
    """ What happened to a value of one threat: `updated` (changed), `not_changed` (left as it was), `already_set`
    (it already held the requested value), `conditions_not_met` (the threat's state does not allow the change) or
    `missing_permissions` (the token may not change it). In `details[].result` it describes the incident status; in
    `details[].analystVerdict`, the verdict. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threat_id = self.threat_id

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        analyst_verdict: str | Unset = UNSET
        if not isinstance(self.analyst_verdict, Unset):
            analyst_verdict = self.analyst_verdict.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threat_id is not UNSET:
            field_dict["threatId"] = threat_id
        if result is not UNSET:
            field_dict["result"] = result
        if analyst_verdict is not UNSET:
            field_dict["analystVerdict"] = analyst_verdict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threat_id = d.pop("threatId", UNSET)

        _result = d.pop("result", UNSET)
        result: IncidentUpdateOutcome | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = IncidentUpdateOutcome(_result)

        _analyst_verdict = d.pop("analystVerdict", UNSET)
        analyst_verdict: IncidentUpdateOutcome | Unset
        if isinstance(_analyst_verdict, Unset):
            analyst_verdict = UNSET
        else:
            analyst_verdict = IncidentUpdateOutcome(_analyst_verdict)

        if cls is IncidentUpdateDetail:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_update_detail = cls(
                threat_id,
                result,
                analyst_verdict,
            )
        else:  # a subclass may have an __init__ of its own
            incident_update_detail = cls(
                threat_id=threat_id,
                result=result,
                analyst_verdict=analyst_verdict,
            )

        incident_update_detail.additional_properties = d
        return incident_update_detail

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
