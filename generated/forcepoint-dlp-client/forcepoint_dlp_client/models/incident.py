from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel import Channel
from ..models.endpoint_type import EndpointType
from ..models.incident_action import IncidentAction
from ..models.severity import Severity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Incident")


@_attrs_define
class Incident:
    """One DLP or Discovery incident. Fields absent for a kind of incident are left out; each field says for which kind it
    is answered, and "by id only" marks fields answered only when incidents are queried by `ids`.

    """

    id: int
    """ Id of the incident (INCIDENTS and DISCOVERY). """
    severity: Severity | Unset = UNSET
    """ Severity of an incident; filter, update value and answer field for INCIDENTS and DISCOVERY. """
    action: IncidentAction | str | Unset = UNSET
    """ What was done with the transaction (INCIDENTS and DISCOVERY). Usually one of the filter's action values;
    real answers also carry others, such as AUTHORIZED for a permitted transaction (recorded 10.2 answers), so any
    name parses. """
    tag: str | Unset = UNSET
    """ Tag of the incident (INCIDENTS). """
    status: str | Unset = UNSET
    """ Status of the incident as display text, e.g. "Closed" for CLOSE, or a custom status name (INCIDENTS). Not
    the status code filters and updates use. """
    destination: str | Unset = UNSET
    """ Where the data was going, e.g. an email address (INCIDENTS). """
    details: str | Unset = UNSET
    """ A description of the transaction, e.g. an email subject (INCIDENTS). """
    released_incident: bool | Unset = UNSET
    """ Whether the incident's quarantined transaction was released (INCIDENTS). """
    event_id: str | Unset = UNSET
    """ Id of the event behind the incident, as a decimal string (INCIDENTS and DISCOVERY); see EventId. """
    maximum_matches: int | Unset = UNSET
    """ Highest number of matches of a rule in the incident (INCIDENTS and DISCOVERY). """
    transaction_size: int | Unset = UNSET
    """ Size of the transaction (INCIDENTS; DISCOVERY by id only). The unit is not documented. """
    assigned_to: str | Unset = UNSET
    """ Administrator the incident is assigned to (INCIDENTS; DISCOVERY by id only). """
    analyzed_by: str | Unset = UNSET
    """ Policy engine that analysed the transaction (INCIDENTS; DISCOVERY by id only). """
    ignored_incidents: bool | Unset = UNSET
    """ Whether the incident is marked as ignored (INCIDENTS). """
    event_time: str | Unset = UNSET
    """ When the event happened, `dd/MM/yyyy HH:mm:ss` (INCIDENTS). """
    incident_time: str | Unset = UNSET
    """ When the incident was recorded, `dd/MM/yyyy HH:mm:ss` (INCIDENTS and DISCOVERY). """
    channel: Channel | str | Unset = UNSET
    """ Channel of the transaction (INCIDENTS; DISCOVERY when queried by filter only). Usually one of the filter's
    channel values; other names still parse. """
    policies: str | Unset = UNSET
    """ Names of the policies that were violated, separated by "; " (INCIDENTS and DISCOVERY), e.g. "Credit Cards;
    PCI". """
    partition_index: int | Unset = UNSET
    """ Partition of the incidents table holding the incident, e.g. 20211019 (INCIDENTS only); send it back in
    `incident_keys` to update cheaply. """
    detected_by: str | Unset = UNSET
    """ Component that detected the violation, e.g. "Protector on 1272021" (INCIDENTS). """
    endpoint_type: EndpointType | Unset = UNSET
    """ Kind of endpoint machine, NA when not applicable; filter and answer field for INCIDENTS only. """
    violation_triggers: int | list[ViolationTrigger] | Unset = UNSET
    """ The violation triggers (INCIDENTS; DISCOVERY by id only): their number in the guide, the list of matched
    policy rules and classifiers in real 10.x answers. """
    history: list[IncidentHistoryEntry] | Unset = UNSET
    """ The incident's workflow changes, newest first: detection, status, severity, assignment, tags, comments,
    releases (INCIDENTS and DISCOVERY). Not in the guide; real answers carry it. """
    file_name: str | Unset = UNSET
    """ Name (and size) of the file involved, e.g. "visa.txt - 1.09 KB" (INCIDENTS). """
    file_path: str | Unset = UNSET
    """ Path of the discovered file (DISCOVERY). """
    source: IncidentSource | Unset = UNSET
    """ Who or what the data came from. Every field is answered for DLP incidents (INCIDENTS); for Discovery
    incidents only `host_name`, and only by id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        action: str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, IncidentAction):
            action = self.action.value
        else:
            action = self.action

        tag = self.tag

        status = self.status

        destination = self.destination

        details = self.details

        released_incident = self.released_incident

        event_id = self.event_id

        maximum_matches = self.maximum_matches

        transaction_size = self.transaction_size

        assigned_to = self.assigned_to

        analyzed_by = self.analyzed_by

        ignored_incidents = self.ignored_incidents

        event_time = self.event_time

        incident_time = self.incident_time

        channel: str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.value
        else:
            channel = self.channel

        policies = self.policies

        partition_index = self.partition_index

        detected_by = self.detected_by

        endpoint_type: str | Unset = UNSET
        if not isinstance(self.endpoint_type, Unset):
            endpoint_type = self.endpoint_type.value

        violation_triggers: int | list[dict[str, Any]] | Unset
        if isinstance(self.violation_triggers, Unset):
            violation_triggers = UNSET
        elif isinstance(self.violation_triggers, list):
            violation_triggers = []
            for violation_triggers_type_1_item_data in self.violation_triggers:
                violation_triggers_type_1_item = violation_triggers_type_1_item_data.to_dict()
                violation_triggers.append(violation_triggers_type_1_item)

        else:
            violation_triggers = self.violation_triggers

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        file_name = self.file_name

        file_path = self.file_path

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if severity is not UNSET:
            field_dict["severity"] = severity
        if action is not UNSET:
            field_dict["action"] = action
        if tag is not UNSET:
            field_dict["tag"] = tag
        if status is not UNSET:
            field_dict["status"] = status
        if destination is not UNSET:
            field_dict["destination"] = destination
        if details is not UNSET:
            field_dict["details"] = details
        if released_incident is not UNSET:
            field_dict["released_incident"] = released_incident
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if maximum_matches is not UNSET:
            field_dict["maximum_matches"] = maximum_matches
        if transaction_size is not UNSET:
            field_dict["transaction_size"] = transaction_size
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if analyzed_by is not UNSET:
            field_dict["analyzed_by"] = analyzed_by
        if ignored_incidents is not UNSET:
            field_dict["ignored_incidents"] = ignored_incidents
        if event_time is not UNSET:
            field_dict["event_time"] = event_time
        if incident_time is not UNSET:
            field_dict["incident_time"] = incident_time
        if channel is not UNSET:
            field_dict["channel"] = channel
        if policies is not UNSET:
            field_dict["policies"] = policies
        if partition_index is not UNSET:
            field_dict["partition_index"] = partition_index
        if detected_by is not UNSET:
            field_dict["detected_by"] = detected_by
        if endpoint_type is not UNSET:
            field_dict["endpoint_type"] = endpoint_type
        if violation_triggers is not UNSET:
            field_dict["violation_triggers"] = violation_triggers
        if history is not UNSET:
            field_dict["history"] = history
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _severity = d.pop("severity", UNSET)
        severity: Severity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = Severity(_severity)

        _action = d.pop("action", UNSET)
        action: IncidentAction | str | Unset
        if isinstance(_action, str):
            try:
                action_type_0 = IncidentAction(_action)

                action = action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                action = cast(IncidentAction | str | Unset, _action)
        elif isinstance(_action, Unset):
            action = _action
        else:
            action = cast(IncidentAction | str | Unset, _action)

        tag = d.pop("tag", UNSET)

        status = d.pop("status", UNSET)

        destination = d.pop("destination", UNSET)

        details = d.pop("details", UNSET)

        released_incident = d.pop("released_incident", UNSET)

        event_id = d.pop("event_id", UNSET)

        maximum_matches = d.pop("maximum_matches", UNSET)

        transaction_size = d.pop("transaction_size", UNSET)

        assigned_to = d.pop("assigned_to", UNSET)

        analyzed_by = d.pop("analyzed_by", UNSET)

        ignored_incidents = d.pop("ignored_incidents", UNSET)

        event_time = d.pop("event_time", UNSET)

        incident_time = d.pop("incident_time", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: Channel | str | Unset
        if isinstance(_channel, str):
            try:
                channel_type_0 = Channel(_channel)

                channel = channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                channel = cast(Channel | str | Unset, _channel)
        elif isinstance(_channel, Unset):
            channel = _channel
        else:
            channel = cast(Channel | str | Unset, _channel)

        policies = d.pop("policies", UNSET)

        partition_index = d.pop("partition_index", UNSET)

        detected_by = d.pop("detected_by", UNSET)

        _endpoint_type = d.pop("endpoint_type", UNSET)
        endpoint_type: EndpointType | Unset
        if isinstance(_endpoint_type, Unset):
            endpoint_type = UNSET
        else:
            endpoint_type = EndpointType(_endpoint_type)

        _violation_triggers = d.pop("violation_triggers", UNSET)
        violation_triggers: int | list[ViolationTrigger] | Unset
        if isinstance(_violation_triggers, list):
            try:
                violation_triggers_type_1 = []
                _violation_triggers_type_1 = _violation_triggers
                for violation_triggers_type_1_item_data in _violation_triggers_type_1:
                    violation_triggers_type_1_item = ViolationTrigger.from_dict(violation_triggers_type_1_item_data)

                    violation_triggers_type_1.append(violation_triggers_type_1_item)

                violation_triggers = violation_triggers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                violation_triggers = cast(int | list[ViolationTrigger] | Unset, _violation_triggers)
        elif isinstance(_violation_triggers, Unset):
            violation_triggers = _violation_triggers
        else:
            violation_triggers = cast(int | list[ViolationTrigger] | Unset, _violation_triggers)

        _history = d.pop("history", UNSET)
        history: list[IncidentHistoryEntry] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = IncidentHistoryEntry.from_dict(history_item_data)

                history.append(history_item)

        file_name = d.pop("file_name", UNSET)

        file_path = d.pop("file_path", UNSET)

        _source = d.pop("source", UNSET)
        source: IncidentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = IncidentSource.from_dict(_source)

        if cls is Incident:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident = cls(
                id,
                severity,
                action,
                tag,
                status,
                destination,
                details,
                released_incident,
                event_id,
                maximum_matches,
                transaction_size,
                assigned_to,
                analyzed_by,
                ignored_incidents,
                event_time,
                incident_time,
                channel,
                policies,
                partition_index,
                detected_by,
                endpoint_type,
                violation_triggers,
                history,
                file_name,
                file_path,
                source,
            )
        else:  # a subclass may have an __init__ of its own
            incident = cls(
                id=id,
                severity=severity,
                action=action,
                tag=tag,
                status=status,
                destination=destination,
                details=details,
                released_incident=released_incident,
                event_id=event_id,
                maximum_matches=maximum_matches,
                transaction_size=transaction_size,
                assigned_to=assigned_to,
                analyzed_by=analyzed_by,
                ignored_incidents=ignored_incidents,
                event_time=event_time,
                incident_time=incident_time,
                channel=channel,
                policies=policies,
                partition_index=partition_index,
                detected_by=detected_by,
                endpoint_type=endpoint_type,
                violation_triggers=violation_triggers,
                history=history,
                file_name=file_name,
                file_path=file_path,
                source=source,
            )

        incident.additional_properties = d
        return incident

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
from ..models.incident_history_entry import IncidentHistoryEntry  # noqa: E402
from ..models.incident_source import IncidentSource  # noqa: E402
from ..models.violation_trigger import ViolationTrigger  # noqa: E402
