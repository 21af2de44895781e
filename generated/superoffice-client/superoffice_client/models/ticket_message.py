from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_level import SecurityLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketMessage")


@_attrs_define
class TicketMessage:
    """Summary of one message of a ticket; the message body is read from the TicketMessage entity or archive."""

    ticket_message_id: int | None | Unset = UNSET
    """ Primary key of the message. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the message was added. """
    slevel: None | SecurityLevel | Unset = UNSET
    """ Whether the message is visible to the customer. """
    important: bool | None | Unset = UNSET
    """ Whether the message is flagged important. """
    author: None | str | Unset = UNSET
    """ Who wrote the message. """
    person_id: int | None | Unset = UNSET
    """ The person who wrote the message, if a customer did. """
    person_full_name: None | str | Unset = UNSET
    """ Full name of that person. """
    contact_id: int | None | Unset = UNSET
    """ The company of that person. """
    contact_name: None | str | Unset = UNSET
    """ Name of that company. """
    contact_department: None | str | Unset = UNSET
    """ Department of that company. """
    num_attachments: int | None | Unset = UNSET
    """ Number of attachments on the message. """
    email_header: None | str | Unset = UNSET
    """ Email header (sender) of the message, if it came by email. """
    message_headers: list[MessageHeader] | None | Unset = UNSET
    """ Parsed headers of the message. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_message_id: int | None | Unset
        if isinstance(self.ticket_message_id, Unset):
            ticket_message_id = UNSET
        else:
            ticket_message_id = self.ticket_message_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        slevel: None | str | Unset
        if isinstance(self.slevel, Unset):
            slevel = UNSET
        elif isinstance(self.slevel, SecurityLevel):
            slevel = self.slevel.value
        else:
            slevel = self.slevel

        important: bool | None | Unset
        if isinstance(self.important, Unset):
            important = UNSET
        else:
            important = self.important

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        person_full_name: None | str | Unset
        if isinstance(self.person_full_name, Unset):
            person_full_name = UNSET
        else:
            person_full_name = self.person_full_name

        contact_id: int | None | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_department: None | str | Unset
        if isinstance(self.contact_department, Unset):
            contact_department = UNSET
        else:
            contact_department = self.contact_department

        num_attachments: int | None | Unset
        if isinstance(self.num_attachments, Unset):
            num_attachments = UNSET
        else:
            num_attachments = self.num_attachments

        email_header: None | str | Unset
        if isinstance(self.email_header, Unset):
            email_header = UNSET
        else:
            email_header = self.email_header

        message_headers: list[dict[str, Any]] | None | Unset
        if isinstance(self.message_headers, Unset):
            message_headers = UNSET
        elif isinstance(self.message_headers, list):
            message_headers = []
            for message_headers_type_0_item_data in self.message_headers:
                message_headers_type_0_item = message_headers_type_0_item_data.to_dict()
                message_headers.append(message_headers_type_0_item)

        else:
            message_headers = self.message_headers

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
        if ticket_message_id is not UNSET:
            field_dict["TicketMessageId"] = ticket_message_id
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if slevel is not UNSET:
            field_dict["Slevel"] = slevel
        if important is not UNSET:
            field_dict["Important"] = important
        if author is not UNSET:
            field_dict["Author"] = author
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if person_full_name is not UNSET:
            field_dict["PersonFullName"] = person_full_name
        if contact_id is not UNSET:
            field_dict["ContactId"] = contact_id
        if contact_name is not UNSET:
            field_dict["ContactName"] = contact_name
        if contact_department is not UNSET:
            field_dict["ContactDepartment"] = contact_department
        if num_attachments is not UNSET:
            field_dict["NumAttachments"] = num_attachments
        if email_header is not UNSET:
            field_dict["EmailHeader"] = email_header
        if message_headers is not UNSET:
            field_dict["MessageHeaders"] = message_headers
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_message_id: int | None | Unset = d.pop("TicketMessageId", UNSET)

        _created_at = d.pop("CreatedAt", UNSET)
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        elif _created_at is None:
            created_at = None
        elif isinstance(_created_at, Unset):
            created_at = _created_at
        else:
            created_at = cast(datetime.datetime | None | Unset, _created_at)

        _slevel = d.pop("Slevel", UNSET)
        slevel: None | SecurityLevel | Unset
        if isinstance(_slevel, str):
            try:
                slevel_type_0 = SecurityLevel(_slevel)

                slevel = slevel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                slevel = cast(None | SecurityLevel | Unset, _slevel)
        elif _slevel is None:
            slevel = None
        elif isinstance(_slevel, Unset):
            slevel = _slevel
        else:
            slevel = cast(None | SecurityLevel | Unset, _slevel)

        important: bool | None | Unset = d.pop("Important", UNSET)

        author: None | str | Unset = d.pop("Author", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        person_full_name: None | str | Unset = d.pop("PersonFullName", UNSET)

        contact_id: int | None | Unset = d.pop("ContactId", UNSET)

        contact_name: None | str | Unset = d.pop("ContactName", UNSET)

        contact_department: None | str | Unset = d.pop("ContactDepartment", UNSET)

        num_attachments: int | None | Unset = d.pop("NumAttachments", UNSET)

        email_header: None | str | Unset = d.pop("EmailHeader", UNSET)

        _message_headers = d.pop("MessageHeaders", UNSET)
        message_headers: list[MessageHeader] | None | Unset
        if isinstance(_message_headers, list):
            try:
                message_headers_type_0 = []
                _message_headers_type_0 = _message_headers
                for message_headers_type_0_item_data in _message_headers_type_0:
                    message_headers_type_0_item = MessageHeader.from_dict(message_headers_type_0_item_data)

                    message_headers_type_0.append(message_headers_type_0_item)

                message_headers = message_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                message_headers = cast(list[MessageHeader] | None | Unset, _message_headers)
        elif _message_headers is None:
            message_headers = None
        elif isinstance(_message_headers, Unset):
            message_headers = _message_headers
        else:
            message_headers = cast(list[MessageHeader] | None | Unset, _message_headers)

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

        if cls is TicketMessage:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_message = cls(
                ticket_message_id,
                created_at,
                slevel,
                important,
                author,
                person_id,
                person_full_name,
                contact_id,
                contact_name,
                contact_department,
                num_attachments,
                email_header,
                message_headers,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_message = cls(
                ticket_message_id=ticket_message_id,
                created_at=created_at,
                slevel=slevel,
                important=important,
                author=author,
                person_id=person_id,
                person_full_name=person_full_name,
                contact_id=contact_id,
                contact_name=contact_name,
                contact_department=contact_department,
                num_attachments=num_attachments,
                email_header=email_header,
                message_headers=message_headers,
                table_right=table_right,
                field_properties=field_properties,
            )

        ticket_message.additional_properties = d
        return ticket_message

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
from ..models.message_header import MessageHeader  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
