from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentHistoryEntry")


@_attrs_define
class IncidentHistoryEntry:
    """One workflow change of an incident."""

    task_name: str | Unset = UNSET
    """ What happened, in the Security Manager's words, e.g. "Detected and recorded incident" or "Incident tagged.
    New tag: urgent". """
    admin_name: str | Unset = UNSET
    """ The administrator who did it ("system" for detection). """
    update_time: str | Unset = UNSET
    """ When, `dd/MM/yyyy HH:mm:ss`. """
    comments: str | Unset = UNSET
    """ The comment sent with the change, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        admin_name = self.admin_name

        update_time = self.update_time

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_name is not UNSET:
            field_dict["task_name"] = task_name
        if admin_name is not UNSET:
            field_dict["admin_name"] = admin_name
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_name = d.pop("task_name", UNSET)

        admin_name = d.pop("admin_name", UNSET)

        update_time = d.pop("update_time", UNSET)

        comments = d.pop("comments", UNSET)

        if cls is IncidentHistoryEntry:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_history_entry = cls(
                task_name,
                admin_name,
                update_time,
                comments,
            )
        else:  # a subclass may have an __init__ of its own
            incident_history_entry = cls(
                task_name=task_name,
                admin_name=admin_name,
                update_time=update_time,
                comments=comments,
            )

        incident_history_entry.additional_properties = d
        return incident_history_entry

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
