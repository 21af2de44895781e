from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketType")


@_attrs_define
class TicketType:
    """A ticket type and the fields its tickets carry. Which properties are present depends on `$select` (by default id,
    name, properties, fields and workflow), so none is required.

    """

    id: UUID | Unset = UNSET
    """ UUID of the ticket type. """
    name: str | Unset = UNSET
    """ Display name of the ticket type. """
    properties: TicketTypeProperties | Unset = UNSET
    """ Free-form properties of the type (prefix, icon, ...). """
    fields: list[TicketField] | Unset = UNSET
    """ The fields of the type; `id` is the key used in `ticketUpdate`. """
    workflow: Workflow | Unset = UNSET
    """ Statuses of a ticket type and the transitions between them. """
    action_permissions: TicketTypeActionPermissions | Unset = UNSET
    """ For each action (view, edit, ...), the realm roles allowed to take it. """
    filters: list[TicketTypeFiltersItem] | Unset = UNSET
    """ Predefined filters of the type. """
    v1_name: str | Unset = UNSET
    """ The type's name in the v1 API, for backward compatibility. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        action_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_permissions, Unset):
            action_permissions = self.action_permissions.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        v1_name = self.v1_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if properties is not UNSET:
            field_dict["properties"] = properties
        if fields is not UNSET:
            field_dict["fields"] = fields
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if action_permissions is not UNSET:
            field_dict["action_permissions"] = action_permissions
        if filters is not UNSET:
            field_dict["filters"] = filters
        if v1_name is not UNSET:
            field_dict["v1_name"] = v1_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: TicketTypeProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = TicketTypeProperties.from_dict(_properties)

        _fields = d.pop("fields", UNSET)
        fields: list[TicketField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = TicketField.from_dict(fields_item_data)

                fields.append(fields_item)

        _workflow = d.pop("workflow", UNSET)
        workflow: Workflow | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = Workflow.from_dict(_workflow)

        _action_permissions = d.pop("action_permissions", UNSET)
        action_permissions: TicketTypeActionPermissions | Unset
        if isinstance(_action_permissions, Unset):
            action_permissions = UNSET
        else:
            action_permissions = TicketTypeActionPermissions.from_dict(_action_permissions)

        _filters = d.pop("filters", UNSET)
        filters: list[TicketTypeFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = TicketTypeFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        v1_name = d.pop("v1_name", UNSET)

        if cls is TicketType:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_type = cls(
                id,
                name,
                properties,
                fields,
                workflow,
                action_permissions,
                filters,
                v1_name,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_type = cls(
                id=id,
                name=name,
                properties=properties,
                fields=fields,
                workflow=workflow,
                action_permissions=action_permissions,
                filters=filters,
                v1_name=v1_name,
            )

        ticket_type.additional_properties = d
        return ticket_type

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
from ..models.ticket_field import TicketField  # noqa: E402
from ..models.ticket_type_action_permissions import TicketTypeActionPermissions  # noqa: E402
from ..models.ticket_type_filters_item import TicketTypeFiltersItem  # noqa: E402
from ..models.ticket_type_properties import TicketTypeProperties  # noqa: E402
from ..models.workflow import Workflow  # noqa: E402
