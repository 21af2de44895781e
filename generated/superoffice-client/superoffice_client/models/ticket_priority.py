from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketPriority")


@_attrs_define
class TicketPriority:
    """A ticket priority, with its deadline, office hours and escalation rules."""

    ticket_priority_id: int | None | Unset = UNSET
    """ Primary key of the priority. """
    name: None | str | Unset = UNSET
    """ Name of the priority. """
    status: None | str | Unset = UNSET
    """ Whether the priority is in use or retired (e.g. `Deleted`). """
    flags: None | str | Unset = UNSET
    """ Behaviour flags as a comma-separated list (e.g. `AlertSchedule`). """
    sort_order: int | None | Unset = UNSET
    """ Position in priority lists. """
    ticket_read: None | str | Unset = UNSET
    """ What happens to escalation when the ticket is read (e.g. `Continue`). """
    changed_owner: None | str | Unset = UNSET
    """ What happens to escalation when the ticket changes owner. """
    ticket_newinfo: None | str | Unset = UNSET
    """ What happens to escalation when new information arrives. """
    ticket_closed: None | str | Unset = UNSET
    """ What happens to escalation when the ticket is closed. """
    ticket_changed_priority: None | str | Unset = UNSET
    """ What happens to escalation when the ticket gets another priority. """
    ticket_new: None | str | Unset = UNSET
    """ What happens to escalation when the ticket is created. """
    deadline: int | None | Unset = UNSET
    """ Time allowed until a ticket with this priority is due. """
    mon_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    mon_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    tue_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    tue_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    wed_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    wed_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    thu_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    thu_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    fri_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    fri_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    sat_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    sat_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    sun_start: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    sun_stop: datetime.datetime | None | Unset = UNSET
    """ Start or end of the priority's office hours on one weekday; only the time of day matters. """
    non_dates: list[str] | None | Unset = UNSET
    """ Days that do not count as office days (holidays). """
    escalation_levels: list[EscalationLevel] | None | Unset = UNSET
    """ The escalation steps of the priority. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_priority_id: int | None | Unset
        if isinstance(self.ticket_priority_id, Unset):
            ticket_priority_id = UNSET
        else:
            ticket_priority_id = self.ticket_priority_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        flags: None | str | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        else:
            flags = self.flags

        sort_order: int | None | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = self.sort_order

        ticket_read: None | str | Unset
        if isinstance(self.ticket_read, Unset):
            ticket_read = UNSET
        else:
            ticket_read = self.ticket_read

        changed_owner: None | str | Unset
        if isinstance(self.changed_owner, Unset):
            changed_owner = UNSET
        else:
            changed_owner = self.changed_owner

        ticket_newinfo: None | str | Unset
        if isinstance(self.ticket_newinfo, Unset):
            ticket_newinfo = UNSET
        else:
            ticket_newinfo = self.ticket_newinfo

        ticket_closed: None | str | Unset
        if isinstance(self.ticket_closed, Unset):
            ticket_closed = UNSET
        else:
            ticket_closed = self.ticket_closed

        ticket_changed_priority: None | str | Unset
        if isinstance(self.ticket_changed_priority, Unset):
            ticket_changed_priority = UNSET
        else:
            ticket_changed_priority = self.ticket_changed_priority

        ticket_new: None | str | Unset
        if isinstance(self.ticket_new, Unset):
            ticket_new = UNSET
        else:
            ticket_new = self.ticket_new

        deadline: int | None | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        else:
            deadline = self.deadline

        mon_start: None | str | Unset
        if isinstance(self.mon_start, Unset):
            mon_start = UNSET
        elif isinstance(self.mon_start, datetime.datetime):
            mon_start = self.mon_start.isoformat()
        else:
            mon_start = self.mon_start

        mon_stop: None | str | Unset
        if isinstance(self.mon_stop, Unset):
            mon_stop = UNSET
        elif isinstance(self.mon_stop, datetime.datetime):
            mon_stop = self.mon_stop.isoformat()
        else:
            mon_stop = self.mon_stop

        tue_start: None | str | Unset
        if isinstance(self.tue_start, Unset):
            tue_start = UNSET
        elif isinstance(self.tue_start, datetime.datetime):
            tue_start = self.tue_start.isoformat()
        else:
            tue_start = self.tue_start

        tue_stop: None | str | Unset
        if isinstance(self.tue_stop, Unset):
            tue_stop = UNSET
        elif isinstance(self.tue_stop, datetime.datetime):
            tue_stop = self.tue_stop.isoformat()
        else:
            tue_stop = self.tue_stop

        wed_start: None | str | Unset
        if isinstance(self.wed_start, Unset):
            wed_start = UNSET
        elif isinstance(self.wed_start, datetime.datetime):
            wed_start = self.wed_start.isoformat()
        else:
            wed_start = self.wed_start

        wed_stop: None | str | Unset
        if isinstance(self.wed_stop, Unset):
            wed_stop = UNSET
        elif isinstance(self.wed_stop, datetime.datetime):
            wed_stop = self.wed_stop.isoformat()
        else:
            wed_stop = self.wed_stop

        thu_start: None | str | Unset
        if isinstance(self.thu_start, Unset):
            thu_start = UNSET
        elif isinstance(self.thu_start, datetime.datetime):
            thu_start = self.thu_start.isoformat()
        else:
            thu_start = self.thu_start

        thu_stop: None | str | Unset
        if isinstance(self.thu_stop, Unset):
            thu_stop = UNSET
        elif isinstance(self.thu_stop, datetime.datetime):
            thu_stop = self.thu_stop.isoformat()
        else:
            thu_stop = self.thu_stop

        fri_start: None | str | Unset
        if isinstance(self.fri_start, Unset):
            fri_start = UNSET
        elif isinstance(self.fri_start, datetime.datetime):
            fri_start = self.fri_start.isoformat()
        else:
            fri_start = self.fri_start

        fri_stop: None | str | Unset
        if isinstance(self.fri_stop, Unset):
            fri_stop = UNSET
        elif isinstance(self.fri_stop, datetime.datetime):
            fri_stop = self.fri_stop.isoformat()
        else:
            fri_stop = self.fri_stop

        sat_start: None | str | Unset
        if isinstance(self.sat_start, Unset):
            sat_start = UNSET
        elif isinstance(self.sat_start, datetime.datetime):
            sat_start = self.sat_start.isoformat()
        else:
            sat_start = self.sat_start

        sat_stop: None | str | Unset
        if isinstance(self.sat_stop, Unset):
            sat_stop = UNSET
        elif isinstance(self.sat_stop, datetime.datetime):
            sat_stop = self.sat_stop.isoformat()
        else:
            sat_stop = self.sat_stop

        sun_start: None | str | Unset
        if isinstance(self.sun_start, Unset):
            sun_start = UNSET
        elif isinstance(self.sun_start, datetime.datetime):
            sun_start = self.sun_start.isoformat()
        else:
            sun_start = self.sun_start

        sun_stop: None | str | Unset
        if isinstance(self.sun_stop, Unset):
            sun_stop = UNSET
        elif isinstance(self.sun_stop, datetime.datetime):
            sun_stop = self.sun_stop.isoformat()
        else:
            sun_stop = self.sun_stop

        non_dates: list[str] | None | Unset
        if isinstance(self.non_dates, Unset):
            non_dates = UNSET
        elif isinstance(self.non_dates, list):
            non_dates = self.non_dates

        else:
            non_dates = self.non_dates

        escalation_levels: list[dict[str, Any]] | None | Unset
        if isinstance(self.escalation_levels, Unset):
            escalation_levels = UNSET
        elif isinstance(self.escalation_levels, list):
            escalation_levels = []
            for escalation_levels_type_0_item_data in self.escalation_levels:
                escalation_levels_type_0_item = escalation_levels_type_0_item_data.to_dict()
                escalation_levels.append(escalation_levels_type_0_item)

        else:
            escalation_levels = self.escalation_levels

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
        if ticket_priority_id is not UNSET:
            field_dict["TicketPriorityId"] = ticket_priority_id
        if name is not UNSET:
            field_dict["Name"] = name
        if status is not UNSET:
            field_dict["Status"] = status
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if sort_order is not UNSET:
            field_dict["SortOrder"] = sort_order
        if ticket_read is not UNSET:
            field_dict["TicketRead"] = ticket_read
        if changed_owner is not UNSET:
            field_dict["ChangedOwner"] = changed_owner
        if ticket_newinfo is not UNSET:
            field_dict["TicketNewinfo"] = ticket_newinfo
        if ticket_closed is not UNSET:
            field_dict["TicketClosed"] = ticket_closed
        if ticket_changed_priority is not UNSET:
            field_dict["TicketChangedPriority"] = ticket_changed_priority
        if ticket_new is not UNSET:
            field_dict["TicketNew"] = ticket_new
        if deadline is not UNSET:
            field_dict["Deadline"] = deadline
        if mon_start is not UNSET:
            field_dict["MonStart"] = mon_start
        if mon_stop is not UNSET:
            field_dict["MonStop"] = mon_stop
        if tue_start is not UNSET:
            field_dict["TueStart"] = tue_start
        if tue_stop is not UNSET:
            field_dict["TueStop"] = tue_stop
        if wed_start is not UNSET:
            field_dict["WedStart"] = wed_start
        if wed_stop is not UNSET:
            field_dict["WedStop"] = wed_stop
        if thu_start is not UNSET:
            field_dict["ThuStart"] = thu_start
        if thu_stop is not UNSET:
            field_dict["ThuStop"] = thu_stop
        if fri_start is not UNSET:
            field_dict["FriStart"] = fri_start
        if fri_stop is not UNSET:
            field_dict["FriStop"] = fri_stop
        if sat_start is not UNSET:
            field_dict["SatStart"] = sat_start
        if sat_stop is not UNSET:
            field_dict["SatStop"] = sat_stop
        if sun_start is not UNSET:
            field_dict["SunStart"] = sun_start
        if sun_stop is not UNSET:
            field_dict["SunStop"] = sun_stop
        if non_dates is not UNSET:
            field_dict["NonDates"] = non_dates
        if escalation_levels is not UNSET:
            field_dict["EscalationLevels"] = escalation_levels
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_priority_id: int | None | Unset = d.pop("TicketPriorityId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        status: None | str | Unset = d.pop("Status", UNSET)

        flags: None | str | Unset = d.pop("Flags", UNSET)

        sort_order: int | None | Unset = d.pop("SortOrder", UNSET)

        ticket_read: None | str | Unset = d.pop("TicketRead", UNSET)

        changed_owner: None | str | Unset = d.pop("ChangedOwner", UNSET)

        ticket_newinfo: None | str | Unset = d.pop("TicketNewinfo", UNSET)

        ticket_closed: None | str | Unset = d.pop("TicketClosed", UNSET)

        ticket_changed_priority: None | str | Unset = d.pop("TicketChangedPriority", UNSET)

        ticket_new: None | str | Unset = d.pop("TicketNew", UNSET)

        deadline: int | None | Unset = d.pop("Deadline", UNSET)

        _mon_start = d.pop("MonStart", UNSET)
        mon_start: datetime.datetime | None | Unset
        if isinstance(_mon_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_mon_start)

                mon_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mon_start = cast(datetime.datetime | None | Unset, _mon_start)
        elif _mon_start is None:
            mon_start = None
        elif isinstance(_mon_start, Unset):
            mon_start = _mon_start
        else:
            mon_start = cast(datetime.datetime | None | Unset, _mon_start)

        _mon_stop = d.pop("MonStop", UNSET)
        mon_stop: datetime.datetime | None | Unset
        if isinstance(_mon_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_mon_stop)

                mon_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mon_stop = cast(datetime.datetime | None | Unset, _mon_stop)
        elif _mon_stop is None:
            mon_stop = None
        elif isinstance(_mon_stop, Unset):
            mon_stop = _mon_stop
        else:
            mon_stop = cast(datetime.datetime | None | Unset, _mon_stop)

        _tue_start = d.pop("TueStart", UNSET)
        tue_start: datetime.datetime | None | Unset
        if isinstance(_tue_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_tue_start)

                tue_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tue_start = cast(datetime.datetime | None | Unset, _tue_start)
        elif _tue_start is None:
            tue_start = None
        elif isinstance(_tue_start, Unset):
            tue_start = _tue_start
        else:
            tue_start = cast(datetime.datetime | None | Unset, _tue_start)

        _tue_stop = d.pop("TueStop", UNSET)
        tue_stop: datetime.datetime | None | Unset
        if isinstance(_tue_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_tue_stop)

                tue_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                tue_stop = cast(datetime.datetime | None | Unset, _tue_stop)
        elif _tue_stop is None:
            tue_stop = None
        elif isinstance(_tue_stop, Unset):
            tue_stop = _tue_stop
        else:
            tue_stop = cast(datetime.datetime | None | Unset, _tue_stop)

        _wed_start = d.pop("WedStart", UNSET)
        wed_start: datetime.datetime | None | Unset
        if isinstance(_wed_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_wed_start)

                wed_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wed_start = cast(datetime.datetime | None | Unset, _wed_start)
        elif _wed_start is None:
            wed_start = None
        elif isinstance(_wed_start, Unset):
            wed_start = _wed_start
        else:
            wed_start = cast(datetime.datetime | None | Unset, _wed_start)

        _wed_stop = d.pop("WedStop", UNSET)
        wed_stop: datetime.datetime | None | Unset
        if isinstance(_wed_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_wed_stop)

                wed_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                wed_stop = cast(datetime.datetime | None | Unset, _wed_stop)
        elif _wed_stop is None:
            wed_stop = None
        elif isinstance(_wed_stop, Unset):
            wed_stop = _wed_stop
        else:
            wed_stop = cast(datetime.datetime | None | Unset, _wed_stop)

        _thu_start = d.pop("ThuStart", UNSET)
        thu_start: datetime.datetime | None | Unset
        if isinstance(_thu_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_thu_start)

                thu_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thu_start = cast(datetime.datetime | None | Unset, _thu_start)
        elif _thu_start is None:
            thu_start = None
        elif isinstance(_thu_start, Unset):
            thu_start = _thu_start
        else:
            thu_start = cast(datetime.datetime | None | Unset, _thu_start)

        _thu_stop = d.pop("ThuStop", UNSET)
        thu_stop: datetime.datetime | None | Unset
        if isinstance(_thu_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_thu_stop)

                thu_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thu_stop = cast(datetime.datetime | None | Unset, _thu_stop)
        elif _thu_stop is None:
            thu_stop = None
        elif isinstance(_thu_stop, Unset):
            thu_stop = _thu_stop
        else:
            thu_stop = cast(datetime.datetime | None | Unset, _thu_stop)

        _fri_start = d.pop("FriStart", UNSET)
        fri_start: datetime.datetime | None | Unset
        if isinstance(_fri_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_fri_start)

                fri_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fri_start = cast(datetime.datetime | None | Unset, _fri_start)
        elif _fri_start is None:
            fri_start = None
        elif isinstance(_fri_start, Unset):
            fri_start = _fri_start
        else:
            fri_start = cast(datetime.datetime | None | Unset, _fri_start)

        _fri_stop = d.pop("FriStop", UNSET)
        fri_stop: datetime.datetime | None | Unset
        if isinstance(_fri_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_fri_stop)

                fri_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fri_stop = cast(datetime.datetime | None | Unset, _fri_stop)
        elif _fri_stop is None:
            fri_stop = None
        elif isinstance(_fri_stop, Unset):
            fri_stop = _fri_stop
        else:
            fri_stop = cast(datetime.datetime | None | Unset, _fri_stop)

        _sat_start = d.pop("SatStart", UNSET)
        sat_start: datetime.datetime | None | Unset
        if isinstance(_sat_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_sat_start)

                sat_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sat_start = cast(datetime.datetime | None | Unset, _sat_start)
        elif _sat_start is None:
            sat_start = None
        elif isinstance(_sat_start, Unset):
            sat_start = _sat_start
        else:
            sat_start = cast(datetime.datetime | None | Unset, _sat_start)

        _sat_stop = d.pop("SatStop", UNSET)
        sat_stop: datetime.datetime | None | Unset
        if isinstance(_sat_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_sat_stop)

                sat_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sat_stop = cast(datetime.datetime | None | Unset, _sat_stop)
        elif _sat_stop is None:
            sat_stop = None
        elif isinstance(_sat_stop, Unset):
            sat_stop = _sat_stop
        else:
            sat_stop = cast(datetime.datetime | None | Unset, _sat_stop)

        _sun_start = d.pop("SunStart", UNSET)
        sun_start: datetime.datetime | None | Unset
        if isinstance(_sun_start, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_sun_start)

                sun_start = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sun_start = cast(datetime.datetime | None | Unset, _sun_start)
        elif _sun_start is None:
            sun_start = None
        elif isinstance(_sun_start, Unset):
            sun_start = _sun_start
        else:
            sun_start = cast(datetime.datetime | None | Unset, _sun_start)

        _sun_stop = d.pop("SunStop", UNSET)
        sun_stop: datetime.datetime | None | Unset
        if isinstance(_sun_stop, str):
            try:
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(_sun_stop)

                sun_stop = componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sun_stop = cast(datetime.datetime | None | Unset, _sun_stop)
        elif _sun_stop is None:
            sun_stop = None
        elif isinstance(_sun_stop, Unset):
            sun_stop = _sun_stop
        else:
            sun_stop = cast(datetime.datetime | None | Unset, _sun_stop)

        _non_dates = d.pop("NonDates", UNSET)
        non_dates: list[str] | None | Unset
        if isinstance(_non_dates, list):
            try:
                non_dates_type_0 = cast(list[str], _non_dates)

                non_dates = non_dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                non_dates = cast(list[str] | None | Unset, _non_dates)
        elif _non_dates is None:
            non_dates = None
        elif isinstance(_non_dates, Unset):
            non_dates = _non_dates
        else:
            non_dates = cast(list[str] | None | Unset, _non_dates)

        _escalation_levels = d.pop("EscalationLevels", UNSET)
        escalation_levels: list[EscalationLevel] | None | Unset
        if isinstance(_escalation_levels, list):
            try:
                escalation_levels_type_0 = []
                _escalation_levels_type_0 = _escalation_levels
                for escalation_levels_type_0_item_data in _escalation_levels_type_0:
                    escalation_levels_type_0_item = EscalationLevel.from_dict(escalation_levels_type_0_item_data)

                    escalation_levels_type_0.append(escalation_levels_type_0_item)

                escalation_levels = escalation_levels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                escalation_levels = cast(list[EscalationLevel] | None | Unset, _escalation_levels)
        elif _escalation_levels is None:
            escalation_levels = None
        elif isinstance(_escalation_levels, Unset):
            escalation_levels = _escalation_levels
        else:
            escalation_levels = cast(list[EscalationLevel] | None | Unset, _escalation_levels)

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

        if cls is TicketPriority:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_priority = cls(
                ticket_priority_id,
                name,
                status,
                flags,
                sort_order,
                ticket_read,
                changed_owner,
                ticket_newinfo,
                ticket_closed,
                ticket_changed_priority,
                ticket_new,
                deadline,
                mon_start,
                mon_stop,
                tue_start,
                tue_stop,
                wed_start,
                wed_stop,
                thu_start,
                thu_stop,
                fri_start,
                fri_stop,
                sat_start,
                sat_stop,
                sun_start,
                sun_stop,
                non_dates,
                escalation_levels,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_priority = cls(
                ticket_priority_id=ticket_priority_id,
                name=name,
                status=status,
                flags=flags,
                sort_order=sort_order,
                ticket_read=ticket_read,
                changed_owner=changed_owner,
                ticket_newinfo=ticket_newinfo,
                ticket_closed=ticket_closed,
                ticket_changed_priority=ticket_changed_priority,
                ticket_new=ticket_new,
                deadline=deadline,
                mon_start=mon_start,
                mon_stop=mon_stop,
                tue_start=tue_start,
                tue_stop=tue_stop,
                wed_start=wed_start,
                wed_stop=wed_stop,
                thu_start=thu_start,
                thu_stop=thu_stop,
                fri_start=fri_start,
                fri_stop=fri_stop,
                sat_start=sat_start,
                sat_stop=sat_stop,
                sun_start=sun_start,
                sun_stop=sun_stop,
                non_dates=non_dates,
                escalation_levels=escalation_levels,
                table_right=table_right,
                field_properties=field_properties,
            )

        ticket_priority.additional_properties = d
        return ticket_priority

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
from ..models.escalation_level import EscalationLevel  # noqa: E402
from ..models.field_properties import FieldProperties  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
