from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketType")


@_attrs_define
class TicketType:
    """A type of request (ticket type), as newer answers carry it in `TicketEntity.TicketType`."""

    ticket_type_id: int | None | Unset = UNSET
    """ Primary key of the ticket type. """
    name: None | str | Unset = UNSET
    """ Name of the ticket type. """
    icon: None | str | Unset = UNSET
    """ Icon of the ticket type. """
    default_ticket_status: int | None | Unset = UNSET
    """ Status a new ticket of this type starts in (0 for the default). """
    default_ticket_priority: int | None | Unset = UNSET
    """ Priority a new ticket of this type starts with (0 for the default). """
    is_default: bool | None | Unset = UNSET
    """ Whether new tickets get this type unless told otherwise. """
    show_in_new: bool | None | Unset = UNSET
    """ Whether the type is offered when creating a ticket. """
    exclude_signature: bool | None | Unset = UNSET
    """ Whether messages of this type go out without a signature. """
    exclude_email_recipients: bool | None | Unset = UNSET
    """ Whether messages of this type leave out the email recipients. """
    external_as_default: bool | None | Unset = UNSET
    """ Whether new messages are external by default. """
    visible_for_groups: list[int] | None | Unset = UNSET
    """ User groups that can see this type. """
    reply_forward_no_signature: bool | None | Unset = UNSET
    """ Whether replies and forwards go out without a signature. """
    reply_external_as_default: bool | None | Unset = UNSET
    """ Whether replies are external by default. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_type_id: int | None | Unset
        if isinstance(self.ticket_type_id, Unset):
            ticket_type_id = UNSET
        else:
            ticket_type_id = self.ticket_type_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        default_ticket_status: int | None | Unset
        if isinstance(self.default_ticket_status, Unset):
            default_ticket_status = UNSET
        else:
            default_ticket_status = self.default_ticket_status

        default_ticket_priority: int | None | Unset
        if isinstance(self.default_ticket_priority, Unset):
            default_ticket_priority = UNSET
        else:
            default_ticket_priority = self.default_ticket_priority

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        show_in_new: bool | None | Unset
        if isinstance(self.show_in_new, Unset):
            show_in_new = UNSET
        else:
            show_in_new = self.show_in_new

        exclude_signature: bool | None | Unset
        if isinstance(self.exclude_signature, Unset):
            exclude_signature = UNSET
        else:
            exclude_signature = self.exclude_signature

        exclude_email_recipients: bool | None | Unset
        if isinstance(self.exclude_email_recipients, Unset):
            exclude_email_recipients = UNSET
        else:
            exclude_email_recipients = self.exclude_email_recipients

        external_as_default: bool | None | Unset
        if isinstance(self.external_as_default, Unset):
            external_as_default = UNSET
        else:
            external_as_default = self.external_as_default

        visible_for_groups: list[int] | None | Unset
        if isinstance(self.visible_for_groups, Unset):
            visible_for_groups = UNSET
        elif isinstance(self.visible_for_groups, list):
            visible_for_groups = self.visible_for_groups

        else:
            visible_for_groups = self.visible_for_groups

        reply_forward_no_signature: bool | None | Unset
        if isinstance(self.reply_forward_no_signature, Unset):
            reply_forward_no_signature = UNSET
        else:
            reply_forward_no_signature = self.reply_forward_no_signature

        reply_external_as_default: bool | None | Unset
        if isinstance(self.reply_external_as_default, Unset):
            reply_external_as_default = UNSET
        else:
            reply_external_as_default = self.reply_external_as_default

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
        if ticket_type_id is not UNSET:
            field_dict["TicketTypeId"] = ticket_type_id
        if name is not UNSET:
            field_dict["Name"] = name
        if icon is not UNSET:
            field_dict["Icon"] = icon
        if default_ticket_status is not UNSET:
            field_dict["DefaultTicketStatus"] = default_ticket_status
        if default_ticket_priority is not UNSET:
            field_dict["DefaultTicketPriority"] = default_ticket_priority
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if show_in_new is not UNSET:
            field_dict["ShowInNew"] = show_in_new
        if exclude_signature is not UNSET:
            field_dict["ExcludeSignature"] = exclude_signature
        if exclude_email_recipients is not UNSET:
            field_dict["ExcludeEmailRecipients"] = exclude_email_recipients
        if external_as_default is not UNSET:
            field_dict["ExternalAsDefault"] = external_as_default
        if visible_for_groups is not UNSET:
            field_dict["VisibleForGroups"] = visible_for_groups
        if reply_forward_no_signature is not UNSET:
            field_dict["ReplyForwardNoSignature"] = reply_forward_no_signature
        if reply_external_as_default is not UNSET:
            field_dict["ReplyExternalAsDefault"] = reply_external_as_default
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_type_id: int | None | Unset = d.pop("TicketTypeId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        icon: None | str | Unset = d.pop("Icon", UNSET)

        default_ticket_status: int | None | Unset = d.pop("DefaultTicketStatus", UNSET)

        default_ticket_priority: int | None | Unset = d.pop("DefaultTicketPriority", UNSET)

        is_default: bool | None | Unset = d.pop("IsDefault", UNSET)

        show_in_new: bool | None | Unset = d.pop("ShowInNew", UNSET)

        exclude_signature: bool | None | Unset = d.pop("ExcludeSignature", UNSET)

        exclude_email_recipients: bool | None | Unset = d.pop("ExcludeEmailRecipients", UNSET)

        external_as_default: bool | None | Unset = d.pop("ExternalAsDefault", UNSET)

        _visible_for_groups = d.pop("VisibleForGroups", UNSET)
        visible_for_groups: list[int] | None | Unset
        if isinstance(_visible_for_groups, list):
            try:
                visible_for_groups_type_0 = cast(list[int], _visible_for_groups)

                visible_for_groups = visible_for_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                visible_for_groups = cast(list[int] | None | Unset, _visible_for_groups)
        elif _visible_for_groups is None:
            visible_for_groups = None
        elif isinstance(_visible_for_groups, Unset):
            visible_for_groups = _visible_for_groups
        else:
            visible_for_groups = cast(list[int] | None | Unset, _visible_for_groups)

        reply_forward_no_signature: bool | None | Unset = d.pop("ReplyForwardNoSignature", UNSET)

        reply_external_as_default: bool | None | Unset = d.pop("ReplyExternalAsDefault", UNSET)

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

        if cls is TicketType:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_type = cls(
                ticket_type_id,
                name,
                icon,
                default_ticket_status,
                default_ticket_priority,
                is_default,
                show_in_new,
                exclude_signature,
                exclude_email_recipients,
                external_as_default,
                visible_for_groups,
                reply_forward_no_signature,
                reply_external_as_default,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_type = cls(
                ticket_type_id=ticket_type_id,
                name=name,
                icon=icon,
                default_ticket_status=default_ticket_status,
                default_ticket_priority=default_ticket_priority,
                is_default=is_default,
                show_in_new=show_in_new,
                exclude_signature=exclude_signature,
                exclude_email_recipients=exclude_email_recipients,
                external_as_default=external_as_default,
                visible_for_groups=visible_for_groups,
                reply_forward_no_signature=reply_forward_no_signature,
                reply_external_as_default=reply_external_as_default,
                table_right=table_right,
                field_properties=field_properties,
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
from ..models.field_properties import FieldProperties  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
