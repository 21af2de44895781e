from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """Statuses of a ticket type and the transitions between them."""

    statuses: list[WorkflowStatus] | Unset = UNSET
    transitions: list[WorkflowTransition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.to_dict()
                statuses.append(statuses_item)

        transitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transitions, Unset):
            transitions = []
            for transitions_item_data in self.transitions:
                transitions_item = transitions_item_data.to_dict()
                transitions.append(transitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if transitions is not UNSET:
            field_dict["transitions"] = transitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _statuses = d.pop("statuses", UNSET)
        statuses: list[WorkflowStatus] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = WorkflowStatus.from_dict(statuses_item_data)

                statuses.append(statuses_item)

        _transitions = d.pop("transitions", UNSET)
        transitions: list[WorkflowTransition] | Unset = UNSET
        if _transitions is not UNSET:
            transitions = []
            for transitions_item_data in _transitions:
                transitions_item = WorkflowTransition.from_dict(transitions_item_data)

                transitions.append(transitions_item)

        if cls is Workflow:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            workflow = cls(
                statuses,
                transitions,
            )
        else:  # a subclass may have an __init__ of its own
            workflow = cls(
                statuses=statuses,
                transitions=transitions,
            )

        workflow.additional_properties = d
        return workflow

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
from ..models.workflow_status import WorkflowStatus  # noqa: E402
from ..models.workflow_transition import WorkflowTransition  # noqa: E402
