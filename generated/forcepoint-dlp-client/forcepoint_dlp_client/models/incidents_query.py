from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.endpoint_type import EndpointType
from ..models.incident_action import IncidentAction
from ..models.incident_status_code import IncidentStatusCode
from ..models.incident_type import IncidentType
from ..models.severity import Severity
from ..models.sort_by import SortBy
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncidentsQuery")


@_attrs_define
class IncidentsQuery:
    """Body of the Get Incidents API: `type`, then either `ids` or a date range with
    optional filters. With `ids` every filter is ignored; without `ids`,
    `from_date` and `to_date` are required. Each field says which incident kinds it
    applies to.

    """

    type_: IncidentType
    """ Kind of incidents a call is about: DLP incidents (INCIDENTS) or Discovery incidents (DISCOVERY). """
    ids: list[int] | Unset = UNSET
    """ Query by ids (INCIDENTS and DISCOVERY): the incident ids to answer, at least one and at most 1,000 (more is
    answered 400). When present, all filters are ignored. """
    sort_by: SortBy | Unset = UNSET
    """ Order of the answered incidents (INCIDENTS and DISCOVERY); INSERT_DATE sorts by the date the incidents were
    inserted. """
    from_date: str | Unset = UNSET
    """ Start of the date range (INCIDENTS and DISCOVERY), in the format `dd/MM/yyyy HH:mm:ss`; required when `ids`
    is not sent. """
    to_date: str | Unset = UNSET
    """ End of the date range (INCIDENTS and DISCOVERY), in the format `dd/MM/yyyy HH:mm:ss`; required when `ids` is
    not sent. """
    detected_by: str | Unset = UNSET
    """ Filter (INCIDENTS and DISCOVERY): the agent or component that detected the violation, e.g. "Endpoint Agent"
    or "Crawler 100190120a". """
    analyzed_by: str | Unset = UNSET
    """ Filter (INCIDENTS and DISCOVERY): the policy engine that analysed the transaction, e.g. "Policy Engine
    100190120a". """
    event_id: int | str | Unset = UNSET
    """ An event id in a request: a JSON number (the guide's form) or a string of digits (the form answers use, and
    integrations send); the server takes both. """
    destination: str | Unset = UNSET
    """ Filter (INCIDENTS only): where the data was going, e.g. "Windows Portable Device (WPD)". """
    policies: str | Unset = UNSET
    """ Filter (INCIDENTS only): name of the policy that triggered the incident, e.g. PCI. """
    action: IncidentAction | Unset = UNSET
    """ What the DLP system did with the transaction: audited it, quarantined, blocked, encrypted or released it,
    applied an email security gateway action, quarantined it with a note, or removed external, all or internal
    sharing (cloud apps). A filter for INCIDENTS only; answered for INCIDENTS and DISCOVERY. """
    source: str | Unset = UNSET
    """ Filter (INCIDENTS only): the source of the transaction, e.g. a machine and user `DESKTOP-3NG4NN6\\Lenovo`.
    """
    status: IncidentStatusCode | str | Unset = UNSET
    """ A status code: one of the standard codes or the name of a custom status. """
    severity: Severity | Unset = UNSET
    """ Severity of an incident; filter, update value and answer field for INCIDENTS and DISCOVERY. """
    endpoint_type: EndpointType | Unset = UNSET
    """ Kind of endpoint machine, NA when not applicable; filter and answer field for INCIDENTS only. """
    channel: Channel | Unset = UNSET
    """ Channel through which the data travelled. A filter for INCIDENTS only; answered for INCIDENTS, and for
    DISCOVERY when queried by filter. """
    assigned_to: str | Unset = UNSET
    """ Filter (INCIDENTS and DISCOVERY): name of the administrator the incident is assigned to, e.g. admin. """
    tag: str | Unset = UNSET
    """ Filter (INCIDENTS and DISCOVERY): an incident tag, e.g. "my tag". """
    remove_ignored_incidents: bool | Unset = False
    """ Filter (INCIDENTS and DISCOVERY): when true, ignored incidents are left out of the answer. Defaults to
    false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        ids: list[int] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.value

        from_date = self.from_date

        to_date = self.to_date

        detected_by = self.detected_by

        analyzed_by = self.analyzed_by

        event_id: int | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        destination = self.destination

        policies = self.policies

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        source = self.source

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, IncidentStatusCode):
            status = self.status.value
        else:
            status = self.status

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        assigned_to = self.assigned_to

        tag = self.tag

        remove_ignored_incidents = self.remove_ignored_incidents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ids is not UNSET:
            field_dict["ids"] = ids
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date
        if detected_by is not UNSET:
            field_dict["detected_by"] = detected_by
        if analyzed_by is not UNSET:
            field_dict["analyzed_by"] = analyzed_by
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if destination is not UNSET:
            field_dict["destination"] = destination
        if policies is not UNSET:
            field_dict["policies"] = policies
        if action is not UNSET:
            field_dict["action"] = action
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if severity is not UNSET:
            field_dict["severity"] = severity
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if channel is not UNSET:
            field_dict["channel"] = channel
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if tag is not UNSET:
            field_dict["tag"] = tag
        if remove_ignored_incidents is not UNSET:
            field_dict["remove_ignored_incidents"] = remove_ignored_incidents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = IncidentType(d.pop("type"))

        ids = cast(list[int], d.pop("ids", UNSET))

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: SortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = SortBy(_sort_by)

        from_date = d.pop("from_date", UNSET)

        to_date = d.pop("to_date", UNSET)

        detected_by = d.pop("detected_by", UNSET)

        analyzed_by = d.pop("analyzed_by", UNSET)

        event_id: int | str | Unset = d.pop("event_id", UNSET)

        destination = d.pop("destination", UNSET)

        policies = d.pop("policies", UNSET)

        _action = d.pop("action", UNSET)
        action: IncidentAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = IncidentAction(_action)

        source = d.pop("source", UNSET)

        _status = d.pop("status", UNSET)
        status: IncidentStatusCode | str | Unset
        if isinstance(_status, str):
            try:
                componentsschemas_incident_status_filter_type_0 = IncidentStatusCode(_status)

                status = componentsschemas_incident_status_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                status = cast(IncidentStatusCode | str | Unset, _status)
        elif isinstance(_status, Unset):
            status = _status
        else:
            status = cast(IncidentStatusCode | str | Unset, _status)

        _severity = d.pop("severity", UNSET)
        severity: Severity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = Severity(_severity)

        _endpoint_type = d.pop("endpoint_type", UNSET)
        endpoint_type: EndpointType | Unset
        if isinstance(_endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = EndpointType(_endpoint_type)

        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = Channel(_channel)

        assigned_to = d.pop("assigned_to", UNSET)

        tag = d.pop("tag", UNSET)

        remove_ignored_incidents = d.pop("remove_ignored_incidents", UNSET)

        if cls is IncidentsQuery:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incidents_query = cls(
                type_,
                ids,
                sort_by,
                from_date,
                to_date,
                detected_by,
                analyzed_by,
                event_id,
                destination,
                policies,
                action,
                source,
                status,
                severity,
                endpoint_type,
                channel,
                assigned_to,
                tag,
                remove_ignored_incidents,
            )
        else:  # a subclass may have an __init__ of its own
            incidents_query = cls(
                type_=type_,
                ids=ids,
                sort_by=sort_by,
                from_date=from_date,
                to_date=to_date,
                detected_by=detected_by,
                analyzed_by=analyzed_by,
                event_id=event_id,
                destination=destination,
                policies=policies,
                action=action,
                source=source,
                status=status,
                severity=severity,
                endpoint_type=endpoint_type,
                channel=channel,
                assigned_to=assigned_to,
                tag=tag,
                remove_ignored_incidents=remove_ignored_incidents,
            )

        incidents_query.additional_properties = d
        return incidents_query

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
