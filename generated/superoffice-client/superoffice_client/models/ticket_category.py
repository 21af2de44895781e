from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCategory")


@_attrs_define
class TicketCategory:
    """A ticket category (queue) with its routing and closing rules."""

    ticket_category_id: int | None | Unset = UNSET
    """ Primary key of the category. """
    parent_id: int | None | Unset = UNSET
    """ The parent category (0 at the top level). """
    name: None | str | Unset = UNSET
    """ Name of the category. """
    fullname: None | str | Unset = UNSET
    """ Name including the parent categories' names. """
    category_master: int | None | Unset = UNSET
    """ The associate responsible for the category. """
    flags: None | str | Unset = UNSET
    """ Behaviour flags as a comma-separated list (e.g. `AcceptWhenReplying`). """
    delegate_method: None | str | Unset = UNSET
    """ How new tickets are distributed among the category's members (e.g. `Even`). """
    external_name: None | str | Unset = UNSET
    """ Name shown to customers. """
    closing_status: None | str | Unset = UNSET
    """ Status a ticket gets when a reply closes it (e.g. `Active`). """
    msg_closing_status: None | str | Unset = UNSET
    """ Status a ticket gets when a message is added with closing (e.g. `Active`). """
    assignment_lag: int | None | Unset = UNSET
    """ How long (minutes) a new ticket waits before automatic assignment. """
    reply_template: int | None | Unset = UNSET
    """ Reply template used for replies in this category. """
    notification_email: None | str | Unset = UNSET
    """ Address notified about new tickets in the category. """
    default_ticket_status: None | TicketStatus | Unset = UNSET
    """ Status new tickets in the category start in (only `{}` in the document's sample). """
    default_message_status: None | TicketStatus | Unset = UNSET
    """ Status a ticket of the category gets when a message is added (only `{}` in the document's sample). """
    extra_fields: None | StringFields | Unset = UNSET
    """ Map of field name to value; `null` when not selected. """
    custom_fields: None | StringFields | Unset = UNSET
    """ Map of field name to value; `null` when not selected. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_category_id: int | None | Unset
        if isinstance(self.ticket_category_id, Unset):
            ticket_category_id = UNSET
        else:
            ticket_category_id = self.ticket_category_id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        fullname: None | str | Unset
        if isinstance(self.fullname, Unset):
            fullname = UNSET
        else:
            fullname = self.fullname

        category_master: int | None | Unset
        if isinstance(self.category_master, Unset):
            category_master = UNSET
        else:
            category_master = self.category_master

        flags: None | str | Unset
        if isinstance(self.flags, Unset):
            flags = UNSET
        else:
            flags = self.flags

        delegate_method: None | str | Unset
        if isinstance(self.delegate_method, Unset):
            delegate_method = UNSET
        else:
            delegate_method = self.delegate_method

        external_name: None | str | Unset
        if isinstance(self.external_name, Unset):
            external_name = UNSET
        else:
            external_name = self.external_name

        closing_status: None | str | Unset
        if isinstance(self.closing_status, Unset):
            closing_status = UNSET
        else:
            closing_status = self.closing_status

        msg_closing_status: None | str | Unset
        if isinstance(self.msg_closing_status, Unset):
            msg_closing_status = UNSET
        else:
            msg_closing_status = self.msg_closing_status

        assignment_lag: int | None | Unset
        if isinstance(self.assignment_lag, Unset):
            assignment_lag = UNSET
        else:
            assignment_lag = self.assignment_lag

        reply_template: int | None | Unset
        if isinstance(self.reply_template, Unset):
            reply_template = UNSET
        else:
            reply_template = self.reply_template

        notification_email: None | str | Unset
        if isinstance(self.notification_email, Unset):
            notification_email = UNSET
        else:
            notification_email = self.notification_email

        default_ticket_status: dict[str, Any] | None | Unset
        if isinstance(self.default_ticket_status, Unset):
            default_ticket_status = UNSET
        elif isinstance(self.default_ticket_status, TicketStatus):
            default_ticket_status = self.default_ticket_status.to_dict()
        else:
            default_ticket_status = self.default_ticket_status

        default_message_status: dict[str, Any] | None | Unset
        if isinstance(self.default_message_status, Unset):
            default_message_status = UNSET
        elif isinstance(self.default_message_status, TicketStatus):
            default_message_status = self.default_message_status.to_dict()
        else:
            default_message_status = self.default_message_status

        extra_fields: dict[str, Any] | None | Unset
        if isinstance(self.extra_fields, Unset):
            extra_fields = UNSET
        elif isinstance(self.extra_fields, StringFields):
            extra_fields = self.extra_fields.to_dict()
        else:
            extra_fields = self.extra_fields

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, StringFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

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
        if ticket_category_id is not UNSET:
            field_dict["TicketCategoryId"] = ticket_category_id
        if parent_id is not UNSET:
            field_dict["ParentId"] = parent_id
        if name is not UNSET:
            field_dict["Name"] = name
        if fullname is not UNSET:
            field_dict["Fullname"] = fullname
        if category_master is not UNSET:
            field_dict["CategoryMaster"] = category_master
        if flags is not UNSET:
            field_dict["Flags"] = flags
        if delegate_method is not UNSET:
            field_dict["DelegateMethod"] = delegate_method
        if external_name is not UNSET:
            field_dict["ExternalName"] = external_name
        if closing_status is not UNSET:
            field_dict["ClosingStatus"] = closing_status
        if msg_closing_status is not UNSET:
            field_dict["MsgClosingStatus"] = msg_closing_status
        if assignment_lag is not UNSET:
            field_dict["AssignmentLag"] = assignment_lag
        if reply_template is not UNSET:
            field_dict["ReplyTemplate"] = reply_template
        if notification_email is not UNSET:
            field_dict["NotificationEmail"] = notification_email
        if default_ticket_status is not UNSET:
            field_dict["DefaultTicketStatus"] = default_ticket_status
        if default_message_status is not UNSET:
            field_dict["DefaultMessageStatus"] = default_message_status
        if extra_fields is not UNSET:
            field_dict["ExtraFields"] = extra_fields
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_category_id: int | None | Unset = d.pop("TicketCategoryId", UNSET)

        parent_id: int | None | Unset = d.pop("ParentId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        fullname: None | str | Unset = d.pop("Fullname", UNSET)

        category_master: int | None | Unset = d.pop("CategoryMaster", UNSET)

        flags: None | str | Unset = d.pop("Flags", UNSET)

        delegate_method: None | str | Unset = d.pop("DelegateMethod", UNSET)

        external_name: None | str | Unset = d.pop("ExternalName", UNSET)

        closing_status: None | str | Unset = d.pop("ClosingStatus", UNSET)

        msg_closing_status: None | str | Unset = d.pop("MsgClosingStatus", UNSET)

        assignment_lag: int | None | Unset = d.pop("AssignmentLag", UNSET)

        reply_template: int | None | Unset = d.pop("ReplyTemplate", UNSET)

        notification_email: None | str | Unset = d.pop("NotificationEmail", UNSET)

        _default_ticket_status = d.pop("DefaultTicketStatus", UNSET)
        default_ticket_status: None | TicketStatus | Unset
        if isinstance(_default_ticket_status, dict):
            try:
                default_ticket_status_type_0 = TicketStatus.from_dict(_default_ticket_status)

                default_ticket_status = default_ticket_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                default_ticket_status = cast(None | TicketStatus | Unset, _default_ticket_status)
        elif _default_ticket_status is None:
            default_ticket_status = None
        elif isinstance(_default_ticket_status, Unset):
            default_ticket_status = _default_ticket_status
        else:
            default_ticket_status = cast(None | TicketStatus | Unset, _default_ticket_status)

        _default_message_status = d.pop("DefaultMessageStatus", UNSET)
        default_message_status: None | TicketStatus | Unset
        if isinstance(_default_message_status, dict):
            try:
                default_message_status_type_0 = TicketStatus.from_dict(_default_message_status)

                default_message_status = default_message_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                default_message_status = cast(None | TicketStatus | Unset, _default_message_status)
        elif _default_message_status is None:
            default_message_status = None
        elif isinstance(_default_message_status, Unset):
            default_message_status = _default_message_status
        else:
            default_message_status = cast(None | TicketStatus | Unset, _default_message_status)

        _extra_fields = d.pop("ExtraFields", UNSET)
        extra_fields: None | StringFields | Unset
        if isinstance(_extra_fields, dict):
            try:
                componentsschemas_nullable_string_fields_type_0 = StringFields.from_dict(_extra_fields)

                extra_fields = componentsschemas_nullable_string_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                extra_fields = cast(None | StringFields | Unset, _extra_fields)
        elif _extra_fields is None:
            extra_fields = None
        elif isinstance(_extra_fields, Unset):
            extra_fields = _extra_fields
        else:
            extra_fields = cast(None | StringFields | Unset, _extra_fields)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: None | StringFields | Unset
        if isinstance(_custom_fields, dict):
            try:
                componentsschemas_nullable_string_fields_type_0 = StringFields.from_dict(_custom_fields)

                custom_fields = componentsschemas_nullable_string_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                custom_fields = cast(None | StringFields | Unset, _custom_fields)
        elif _custom_fields is None:
            custom_fields = None
        elif isinstance(_custom_fields, Unset):
            custom_fields = _custom_fields
        else:
            custom_fields = cast(None | StringFields | Unset, _custom_fields)

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

        if cls is TicketCategory:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_category = cls(
                ticket_category_id,
                parent_id,
                name,
                fullname,
                category_master,
                flags,
                delegate_method,
                external_name,
                closing_status,
                msg_closing_status,
                assignment_lag,
                reply_template,
                notification_email,
                default_ticket_status,
                default_message_status,
                extra_fields,
                custom_fields,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_category = cls(
                ticket_category_id=ticket_category_id,
                parent_id=parent_id,
                name=name,
                fullname=fullname,
                category_master=category_master,
                flags=flags,
                delegate_method=delegate_method,
                external_name=external_name,
                closing_status=closing_status,
                msg_closing_status=msg_closing_status,
                assignment_lag=assignment_lag,
                reply_template=reply_template,
                notification_email=notification_email,
                default_ticket_status=default_ticket_status,
                default_message_status=default_message_status,
                extra_fields=extra_fields,
                custom_fields=custom_fields,
                table_right=table_right,
                field_properties=field_properties,
            )

        ticket_category.additional_properties = d
        return ticket_category

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
from ..models.string_fields import StringFields  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
from ..models.ticket_status import TicketStatus  # noqa: E402
