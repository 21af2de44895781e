from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..models.incident_type import IncidentType
from ..models.scan_partitions import ScanPartitions
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentUpdateRequest")


@_attrs_define
class IncidentUpdateRequest:
    """Body of the Update Incidents API: `type`, `action_type` with its `value` and
    `comment`, and the incidents, either as `event_ids` or as `incident_keys`.

    `value` by action: STATUS takes a status code (NEW, IN_PROCESS, CLOSE,
    FALSE_POSITIVE, ESCALATED or a custom status); SEVERITY takes HIGH, MEDIUM or
    LOW; ASSIGN_TO the name of an administrator; TAG a tag name of at most 100
    characters; FALSE_POSITIVE "1" (ignore the incidents) or "0" (include them
    again); ADD_COMMENT and RELEASE take none.

    `comment` is required for ADD_COMMENT and optional for ASSIGN_TO, TAG, RELEASE
    and FALSE_POSITIVE. RELEASE is not available for DISCOVERY.

    """

    type_: IncidentType
    """ Kind of incidents a call is about: DLP incidents (INCIDENTS) or Discovery incidents (DISCOVERY). """
    action_type: ActionType
    """ The action of an update: set the status, set the severity, assign to an administrator, add a comment, set a
    tag, release a quarantined transaction (not for DISCOVERY), or mark as false positive or include again. """
    value: str | Unset = UNSET
    """ The new value, whose meaning depends on `action_type` (see the body's description). Required except for
    ADD_COMMENT and RELEASE (INCIDENTS and DISCOVERY). """
    comment: str | Unset = UNSET
    """ A comment recorded with the action: required for ADD_COMMENT, optional for ASSIGN_TO, TAG, RELEASE and
    FALSE_POSITIVE (INCIDENTS and DISCOVERY). """
    scan_partitions: ScanPartitions | Unset = ScanPartitions.NONE
    """ How to find the partition of each incident key (INCIDENTS, and only with `incident_keys`). NONE: every key
    carries its `partition_index`, and a key without one makes the call fail. ALL: search every partition for the
    keys' partition indexes. LAST_ACTIVE: search only the two most recent partitions; an incident outside them is
    not updated. """
    event_ids: list[int | str] | Unset = UNSET
    """ Update by event id (INCIDENTS and DISCOVERY): at least one and at most 1,000 event ids (more is answered
    400). The server looks up each event's incident and partition, searching all partitions. """
    incident_keys: list[IncidentKey] | Unset = UNSET
    """ Update by incident key (INCIDENTS and DISCOVERY): at least one and at most 1,000 keys (more is answered
    400). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        action_type = self.action_type.value

        value = self.value

        comment = self.comment

        scan_partitions: str | Unset = UNSET
        if not isinstance(self.scan_partitions, Unset):
            scan_partitions = self.scan_partitions.value

        event_ids: list[int | str] | Unset = UNSET
        if not isinstance(self.event_ids, Unset):
            event_ids = []
            for event_ids_item_data in self.event_ids:
                event_ids_item: int | str
                event_ids_item = event_ids_item_data
                event_ids.append(event_ids_item)

        incident_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.incident_keys, Unset):
            incident_keys = []
            for incident_keys_item_data in self.incident_keys:
                incident_keys_item = incident_keys_item_data.to_dict()
                incident_keys.append(incident_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action_type": action_type,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if comment is not UNSET:
            field_dict["comment"] = comment
        if scan_partitions is not UNSET:
            field_dict["scan_partitions"] = scan_partitions
        if event_ids is not UNSET:
            field_dict["event_ids"] = event_ids
        if incident_keys is not UNSET:
            field_dict["incident_keys"] = incident_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = IncidentType(d.pop("type"))

        action_type = ActionType(d.pop("action_type"))

        value = d.pop("value", UNSET)

        comment = d.pop("comment", UNSET)

        _scan_partitions = d.pop("scan_partitions", UNSET)
        scan_partitions: ScanPartitions | Unset
        if isinstance(_scan_partitions, Unset):
            scan_partitions = UNSET
        else:
            scan_partitions = ScanPartitions(_scan_partitions)

        _event_ids = d.pop("event_ids", UNSET)
        event_ids: list[int | str] | Unset = UNSET
        if _event_ids is not UNSET:
            event_ids = []
            for event_ids_item_data in _event_ids:
                event_ids_item: int | str = event_ids_item_data

                event_ids.append(event_ids_item)

        _incident_keys = d.pop("incident_keys", UNSET)
        incident_keys: list[IncidentKey] | Unset = UNSET
        if _incident_keys is not UNSET:
            incident_keys = []
            for incident_keys_item_data in _incident_keys:
                incident_keys_item = IncidentKey.from_dict(incident_keys_item_data)

                incident_keys.append(incident_keys_item)

        if cls is IncidentUpdateRequest:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_update_request = cls(
                type_,
                action_type,
                value,
                comment,
                scan_partitions,
                event_ids,
                incident_keys,
            )
        else:  # a subclass may have an __init__ of its own
            incident_update_request = cls(
                type_=type_,
                action_type=action_type,
                value=value,
                comment=comment,
                scan_partitions=scan_partitions,
                event_ids=event_ids,
                incident_keys=incident_keys,
            )

        incident_update_request.additional_properties = d
        return incident_update_request

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
from ..models.incident_key import IncidentKey  # noqa: E402
