from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mitigation_action_status import MitigationActionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MitigationAction")


@_attrs_define
class MitigationAction:
    """One mitigation action taken on a threat, and how it went."""

    action: str | Unset = UNSET
    """ The action, e.g. `kill`, `quarantine`, `remediate`, `rollback`. """
    status: MitigationActionStatus | Unset = UNSET
    """ How a mitigation action went. """
    last_update: datetime.datetime | None | Unset = UNSET
    """ When the action's state last changed. """
    mitigation_started_at: datetime.datetime | None | Unset = UNSET
    """ When the action started. """
    mitigation_ended_at: datetime.datetime | None | Unset = UNSET
    """ When the action ended. """
    group_not_found: bool | Unset = UNSET
    """ Whether the agent's group could not be found for the action. """
    latest_report: None | str | Unset = UNSET
    """ Link to the latest report of the action, if any. """
    actions_counters: ActionsCounters | None | Unset = UNSET
    agent_supports_report: bool | Unset = UNSET
    """ Whether the agent can produce a report for the action. Undocumented; real answers carry it (see `Threat`'s
    x-vendor-behaviour). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        last_update: None | str | Unset
        if isinstance(self.last_update, Unset):
            last_update = UNSET
        elif isinstance(self.last_update, datetime.datetime):
            last_update = self.last_update.isoformat()
        else:
            last_update = self.last_update

        mitigation_started_at: None | str | Unset
        if isinstance(self.mitigation_started_at, Unset):
            mitigation_started_at = UNSET
        elif isinstance(self.mitigation_started_at, datetime.datetime):
            mitigation_started_at = self.mitigation_started_at.isoformat()
        else:
            mitigation_started_at = self.mitigation_started_at

        mitigation_ended_at: None | str | Unset
        if isinstance(self.mitigation_ended_at, Unset):
            mitigation_ended_at = UNSET
        elif isinstance(self.mitigation_ended_at, datetime.datetime):
            mitigation_ended_at = self.mitigation_ended_at.isoformat()
        else:
            mitigation_ended_at = self.mitigation_ended_at

        group_not_found = self.group_not_found

        latest_report: None | str | Unset
        if isinstance(self.latest_report, Unset):
            latest_report = UNSET
        else:
            latest_report = self.latest_report

        actions_counters: dict[str, Any] | None | Unset
        if isinstance(self.actions_counters, Unset):
            actions_counters = UNSET
        elif isinstance(self.actions_counters, ActionsCounters):
            actions_counters = self.actions_counters.to_dict()
        else:
            actions_counters = self.actions_counters

        agent_supports_report = self.agent_supports_report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if mitigation_started_at is not UNSET:
            field_dict["mitigationStartedAt"] = mitigation_started_at
        if mitigation_ended_at is not UNSET:
            field_dict["mitigationEndedAt"] = mitigation_ended_at
        if group_not_found is not UNSET:
            field_dict["groupNotFound"] = group_not_found
        if latest_report is not UNSET:
            field_dict["latestReport"] = latest_report
        if actions_counters is not UNSET:
            field_dict["actionsCounters"] = actions_counters
        if agent_supports_report is not UNSET:
            field_dict["agentSupportsReport"] = agent_supports_report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        _status = d.pop("status", UNSET)
        status: MitigationActionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MitigationActionStatus(_status)

        _last_update = d.pop("lastUpdate", UNSET)
        last_update: datetime.datetime | None | Unset
        if isinstance(_last_update, str):
            try:
                last_update_type_0 = datetime.datetime.fromisoformat(_last_update)

                last_update = last_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_update = cast(datetime.datetime | None | Unset, _last_update)
        elif _last_update is None:
            last_update = None
        elif isinstance(_last_update, Unset):
            last_update = _last_update
        else:
            last_update = cast(datetime.datetime | None | Unset, _last_update)

        _mitigation_started_at = d.pop("mitigationStartedAt", UNSET)
        mitigation_started_at: datetime.datetime | None | Unset
        if isinstance(_mitigation_started_at, str):
            try:
                mitigation_started_at_type_0 = datetime.datetime.fromisoformat(_mitigation_started_at)

                mitigation_started_at = mitigation_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mitigation_started_at = cast(datetime.datetime | None | Unset, _mitigation_started_at)
        elif _mitigation_started_at is None:
            mitigation_started_at = None
        elif isinstance(_mitigation_started_at, Unset):
            mitigation_started_at = _mitigation_started_at
        else:
            mitigation_started_at = cast(datetime.datetime | None | Unset, _mitigation_started_at)

        _mitigation_ended_at = d.pop("mitigationEndedAt", UNSET)
        mitigation_ended_at: datetime.datetime | None | Unset
        if isinstance(_mitigation_ended_at, str):
            try:
                mitigation_ended_at_type_0 = datetime.datetime.fromisoformat(_mitigation_ended_at)

                mitigation_ended_at = mitigation_ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mitigation_ended_at = cast(datetime.datetime | None | Unset, _mitigation_ended_at)
        elif _mitigation_ended_at is None:
            mitigation_ended_at = None
        elif isinstance(_mitigation_ended_at, Unset):
            mitigation_ended_at = _mitigation_ended_at
        else:
            mitigation_ended_at = cast(datetime.datetime | None | Unset, _mitigation_ended_at)

        group_not_found = d.pop("groupNotFound", UNSET)

        latest_report: None | str | Unset = d.pop("latestReport", UNSET)

        _actions_counters = d.pop("actionsCounters", UNSET)
        actions_counters: ActionsCounters | None | Unset
        if isinstance(_actions_counters, dict):
            try:
                actions_counters_type_0 = ActionsCounters.from_dict(_actions_counters)

                actions_counters = actions_counters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                actions_counters = cast(ActionsCounters | None | Unset, _actions_counters)
        elif _actions_counters is None:
            actions_counters = None
        elif isinstance(_actions_counters, Unset):
            actions_counters = _actions_counters
        else:
            actions_counters = cast(ActionsCounters | None | Unset, _actions_counters)

        agent_supports_report = d.pop("agentSupportsReport", UNSET)

        if cls is MitigationAction:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            mitigation_action = cls(
                action,
                status,
                last_update,
                mitigation_started_at,
                mitigation_ended_at,
                group_not_found,
                latest_report,
                actions_counters,
                agent_supports_report,
            )
        else:  # a subclass may have an __init__ of its own
            mitigation_action = cls(
                action=action,
                status=status,
                last_update=last_update,
                mitigation_started_at=mitigation_started_at,
                mitigation_ended_at=mitigation_ended_at,
                group_not_found=group_not_found,
                latest_report=latest_report,
                actions_counters=actions_counters,
                agent_supports_report=agent_supports_report,
            )

        mitigation_action.additional_properties = d
        return mitigation_action

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
from ..models.actions_counters import ActionsCounters  # noqa: E402
