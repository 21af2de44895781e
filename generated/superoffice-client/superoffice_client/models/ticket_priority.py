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

        def _parse_mon_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        mon_start = _parse_mon_start(d.pop("MonStart", UNSET))

        def _parse_mon_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        mon_stop = _parse_mon_stop(d.pop("MonStop", UNSET))

        def _parse_tue_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        tue_start = _parse_tue_start(d.pop("TueStart", UNSET))

        def _parse_tue_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        tue_stop = _parse_tue_stop(d.pop("TueStop", UNSET))

        def _parse_wed_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        wed_start = _parse_wed_start(d.pop("WedStart", UNSET))

        def _parse_wed_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        wed_stop = _parse_wed_stop(d.pop("WedStop", UNSET))

        def _parse_thu_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        thu_start = _parse_thu_start(d.pop("ThuStart", UNSET))

        def _parse_thu_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        thu_stop = _parse_thu_stop(d.pop("ThuStop", UNSET))

        def _parse_fri_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fri_start = _parse_fri_start(d.pop("FriStart", UNSET))

        def _parse_fri_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fri_stop = _parse_fri_stop(d.pop("FriStop", UNSET))

        def _parse_sat_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sat_start = _parse_sat_start(d.pop("SatStart", UNSET))

        def _parse_sat_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sat_stop = _parse_sat_stop(d.pop("SatStop", UNSET))

        def _parse_sun_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sun_start = _parse_sun_start(d.pop("SunStart", UNSET))

        def _parse_sun_stop(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_office_hour_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_office_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sun_stop = _parse_sun_stop(d.pop("SunStop", UNSET))

        def _parse_non_dates(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                non_dates_type_0 = cast(list[str], data)

                return non_dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        non_dates = _parse_non_dates(d.pop("NonDates", UNSET))

        def _parse_escalation_levels(data: object) -> list[EscalationLevel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                escalation_levels_type_0 = []
                _escalation_levels_type_0 = data
                for escalation_levels_type_0_item_data in _escalation_levels_type_0:
                    escalation_levels_type_0_item = EscalationLevel.from_dict(escalation_levels_type_0_item_data)

                    escalation_levels_type_0.append(escalation_levels_type_0_item)

                return escalation_levels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EscalationLevel] | None | Unset, data)

        escalation_levels = _parse_escalation_levels(d.pop("EscalationLevels", UNSET))

        def _parse_table_right(data: object) -> None | TableRight | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(data)

                return componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TableRight | Unset, data)

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        def _parse_field_properties(data: object) -> FieldProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = FieldProperties.from_dict(data)

                return componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldProperties | None | Unset, data)

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

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
