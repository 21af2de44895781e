from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_status import BaseStatus
from ..models.time_counter import TimeCounter
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketStatus")


@_attrs_define
class TicketStatus:
    """A user-defined ticket status, mapped onto a base status."""

    ticket_status_id: int | None | Unset = UNSET
    """ Primary key of the status. """
    name: None | str | Unset = UNSET
    """ Name of the status. """
    status: BaseStatus | None | Unset = UNSET
    """ The base status this status belongs to. """
    time_counter: None | TimeCounter | Unset = UNSET
    """ Which time counter runs while a ticket has this status. """
    no_email_reopen: bool | None | Unset = UNSET
    """ Whether an incoming email leaves a ticket in this status closed. """
    is_default: bool | None | Unset = UNSET
    """ Whether this is the default status for its base status. """
    used_in_queue: bool | None | Unset = UNSET
    """ Whether tickets in this status show in the queue. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_status_id: int | None | Unset
        if isinstance(self.ticket_status_id, Unset):
            ticket_status_id = UNSET
        else:
            ticket_status_id = self.ticket_status_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BaseStatus):
            status = self.status.value
        else:
            status = self.status

        time_counter: None | str | Unset
        if isinstance(self.time_counter, Unset):
            time_counter = UNSET
        elif isinstance(self.time_counter, TimeCounter):
            time_counter = self.time_counter.value
        else:
            time_counter = self.time_counter

        no_email_reopen: bool | None | Unset
        if isinstance(self.no_email_reopen, Unset):
            no_email_reopen = UNSET
        else:
            no_email_reopen = self.no_email_reopen

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        used_in_queue: bool | None | Unset
        if isinstance(self.used_in_queue, Unset):
            used_in_queue = UNSET
        else:
            used_in_queue = self.used_in_queue

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket_status_id is not UNSET:
            field_dict["TicketStatusId"] = ticket_status_id
        if name is not UNSET:
            field_dict["Name"] = name
        if status is not UNSET:
            field_dict["Status"] = status
        if time_counter is not UNSET:
            field_dict["TimeCounter"] = time_counter
        if no_email_reopen is not UNSET:
            field_dict["NoEmailReopen"] = no_email_reopen
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if used_in_queue is not UNSET:
            field_dict["UsedInQueue"] = used_in_queue
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_status_id: int | None | Unset = d.pop("TicketStatusId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        _status = d.pop("Status", UNSET)
        status: BaseStatus | None | Unset
        if isinstance(_status, str):
            try:
                status_type_0 = BaseStatus(_status)

                status = status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(BaseStatus | None | Unset, _status)
        elif _status is None:
            status = None
        elif isinstance(_status, Unset):
            status = _status
        else:
            status = cast(BaseStatus | None | Unset, _status)

        _time_counter = d.pop("TimeCounter", UNSET)
        time_counter: None | TimeCounter | Unset
        if isinstance(_time_counter, str):
            try:
                time_counter_type_0 = TimeCounter(_time_counter)

                time_counter = time_counter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                time_counter = cast(None | TimeCounter | Unset, _time_counter)
        elif _time_counter is None:
            time_counter = None
        elif isinstance(_time_counter, Unset):
            time_counter = _time_counter
        else:
            time_counter = cast(None | TimeCounter | Unset, _time_counter)

        no_email_reopen: bool | None | Unset = d.pop("NoEmailReopen", UNSET)

        is_default: bool | None | Unset = d.pop("IsDefault", UNSET)

        used_in_queue: bool | None | Unset = d.pop("UsedInQueue", UNSET)

        _table_right = d.pop("TableRight", UNSET)
        table_right: None | TableRight | Unset
        if isinstance(_table_right, dict):
            try:
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(_table_right)

                table_right = componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                table_right = cast(None | TableRight | Unset, _table_right)
        elif _table_right is None:
            table_right = None
        elif isinstance(_table_right, Unset):
            table_right = _table_right
        else:
            table_right = cast(None | TableRight | Unset, _table_right)

        _field_properties = d.pop("FieldProperties", UNSET)
        field_properties: FieldProperties | None | Unset
        if isinstance(_field_properties, dict):
            try:
                componentsschemas_nullable_field_properties_type_0 = FieldProperties.from_dict(_field_properties)

                field_properties = componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_properties = cast(FieldProperties | None | Unset, _field_properties)
        elif _field_properties is None:
            field_properties = None
        elif isinstance(_field_properties, Unset):
            field_properties = _field_properties
        else:
            field_properties = cast(FieldProperties | None | Unset, _field_properties)

        if cls is TicketStatus:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_status = cls(
                ticket_status_id,
                name,
                status,
                time_counter,
                no_email_reopen,
                is_default,
                used_in_queue,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_status = cls(
                ticket_status_id=ticket_status_id,
                name=name,
                status=status,
                time_counter=time_counter,
                no_email_reopen=no_email_reopen,
                is_default=is_default,
                used_in_queue=used_in_queue,
                table_right=table_right,
                field_properties=field_properties,
            )

        ticket_status.additional_properties = d
        return ticket_status

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
from ..models.field_properties import FieldProperties  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
