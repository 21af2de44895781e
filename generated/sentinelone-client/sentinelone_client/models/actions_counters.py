from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionsCounters")


@_attrs_define
class ActionsCounters:
    """Counts of a mitigation action's outcomes over the affected endpoints."""

    failed: int | Unset = UNSET
    """ Endpoints where the action failed. """
    not_found: int | Unset = UNSET
    """ Endpoints where the target was not found. """
    pending_reboot: int | Unset = UNSET
    """ Endpoints waiting for a reboot to finish the action. """
    success: int | Unset = UNSET
    """ Endpoints where the action succeeded. """
    total: int | Unset = UNSET
    """ All endpoints the action applied to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        not_found = self.not_found

        pending_reboot = self.pending_reboot

        success = self.success

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failed is not UNSET:
            field_dict["failed"] = failed
        if not_found is not UNSET:
            field_dict["notFound"] = not_found
        if pending_reboot is not UNSET:
            field_dict["pendingReboot"] = pending_reboot
        if success is not UNSET:
            field_dict["success"] = success
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failed = d.pop("failed", UNSET)

        not_found = d.pop("notFound", UNSET)

        pending_reboot = d.pop("pendingReboot", UNSET)

        success = d.pop("success", UNSET)

        total = d.pop("total", UNSET)

        if cls is ActionsCounters:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            actions_counters = cls(
                failed,
                not_found,
                pending_reboot,
                success,
                total,
            )
        else:  # a subclass may have an __init__ of its own
            actions_counters = cls(
                failed=failed,
                not_found=not_found,
                pending_reboot=pending_reboot,
                success=success,
                total=total,
            )

        actions_counters.additional_properties = d
        return actions_counters

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
