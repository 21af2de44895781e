from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_status import BaseStatus
from ..models.read_status import ReadStatus
from ..models.security_level import SecurityLevel
from ..models.ticket_origin import TicketOrigin
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketEntity")


@_attrs_define
class TicketEntity:
    """A service ticket (request) with its people, classification, timings and messages, plus `_Links` to related
    resources. Real answers also carry members newer than the document (FirstReadByOwner, TimeSpent, Language, ...);
    they are listed here as optional properties.

    """

    ticket_id: int | None | Unset = UNSET
    """ Primary key of the ticket, assigned by the server. """
    title: None | str | Unset = UNSET
    """ Title of the ticket. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the ticket was created. """
    last_changed: datetime.datetime | None | Unset = UNSET
    """ When the ticket was last changed; the time to send (as an HTTP-date) in `If-Unmodified-Since`. """
    read_by_owner: datetime.datetime | None | Unset = UNSET
    """ When the owner last read the ticket. """
    read_by_customer: datetime.datetime | None | Unset = UNSET
    """ When the customer read the ticket. """
    first_read_by_owner: datetime.datetime | None | Unset = UNSET
    """ When the current owner first read the ticket. Newer than the document (see x-vendor-behaviour
    superoffice/newer-entity-fields). """
    first_read_by_user: datetime.datetime | None | Unset = UNSET
    """ When a user first read the ticket. """
    activate: datetime.datetime | None | Unset = UNSET
    """ When a postponed ticket becomes active again. """
    closed_at: datetime.datetime | None | Unset = UNSET
    """ When the ticket was closed. """
    replied_at: datetime.datetime | None | Unset = UNSET
    """ When the first external message (the first reply) was added. """
    alert_timeout: datetime.datetime | None | Unset = UNSET
    """ When the ticket moves on to its next alert level. """
    deadline: datetime.datetime | None | Unset = UNSET
    """ When the ticket is due. """
    created_by: Associate | None | Unset = UNSET
    """ The associate who created the ticket. """
    author: None | str | Unset = UNSET
    """ Who wrote the ticket (the author of its first message), as text. """
    owned_by: Associate | None | Unset = UNSET
    """ The associate who owns the ticket. Setting its `AssociateId` to 0 unassigns the ticket; 2147483647 has it
    assigned by the category's assignment rules. List name `associate` gives the choices. """
    category: None | TicketCategory | Unset = UNSET
    """ The category the ticket is in. List name `ejcategory` gives the choices. """
    slevel: None | SecurityLevel | Unset = UNSET
    """ Security level of the ticket. """
    priority: None | TicketPriority | Unset = UNSET
    """ The priority of the ticket. List name `ticketpriority` gives the choices. """
    base_status: BaseStatus | None | Unset = UNSET
    """ Base status of the ticket (active, closed, postponed, deleted, ...). List name `ticketstatus` gives the
    choices. """
    status: None | TicketStatus | Unset = UNSET
    """ The user-defined status of the ticket. List name `ticketstatus` gives the choices. """
    origin: None | TicketOrigin | Unset = UNSET
    """ Channel the ticket came in through. """
    person: None | Person | Unset = UNSET
    """ The main customer person of the ticket. List name `person_new` gives the choices. """
    secondary_persons: list[Person] | None | Unset = UNSET
    """ Further customer persons on the ticket. List name `person_new` gives the choices. """
    alert_level: int | None | Unset = UNSET
    """ Current alert level, as a level of the ticket_alert table. """
    connect_id: int | None | Unset = UNSET
    """ The master ticket, when this ticket is connected to another one. """
    read_status: None | ReadStatus | Unset = UNSET
    """ Whether the owner has read the ticket (red, yellow, green). """
    time_to_reply: int | None | Unset = UNSET
    """ Minutes from creation to the first reply, counted within the priority's office hours. """
    real_time_to_reply: int | None | Unset = UNSET
    """ Minutes from creation to the first reply, counted around the clock. """
    time_to_close: int | None | Unset = UNSET
    """ Minutes from creation to closing, counted within the priority's office hours. """
    real_time_to_close: int | None | Unset = UNSET
    """ Minutes from creation to closing, counted around the clock. """
    time_spent_internally: int | None | Unset = UNSET
    """ Seconds in an open status (as configured) within office hours, not counting the current stretch. """
    time_spent_externally: int | None | Unset = UNSET
    """ Seconds waiting on the customer (an external waiting status) within office hours, not counting the current
    stretch. """
    time_spent_queue: int | None | Unset = UNSET
    """ Seconds in a queue status within office hours, not counting the current stretch. """
    real_time_spent_internally: int | None | Unset = UNSET
    """ Seconds in an open status (as configured) around the clock, not counting the current stretch. """
    real_time_spent_externally: int | None | Unset = UNSET
    """ Seconds waiting on the customer around the clock, not counting the current stretch. """
    real_time_spent_queue: int | None | Unset = UNSET
    """ Seconds in a queue status around the clock, not counting the current stretch. """
    time_spent: int | None | Unset = UNSET
    """ Minutes spent on the ticket, added up from its messages; read-only. Newer than the document. """
    has_attachment: bool | None | Unset = UNSET
    """ Whether any message of the ticket has attachments. """
    num_replies: int | None | Unset = UNSET
    """ Number of replies (messages) sent to the customer. """
    num_messages: int | None | Unset = UNSET
    """ Number of messages on the ticket, of any kind. """
    from_address: None | str | Unset = UNSET
    """ Sender address the ticket was created from (e.g. by email). """
    messages: list[TicketMessage] | None | Unset = UNSET
    """ Id, creation time, security level and importance of each message of the ticket; message bodies are read
    separately. """
    tags: list[Tag] | None | Unset = UNSET
    """ The tags on the ticket. """
    language: None | str | Unset = UNSET
    """ Language of the first external message (ISO code). Newer than the document. """
    sentiment: int | None | Unset = UNSET
    """ Sentiment index of the last external message. Newer than the document. """
    sentiment_confidence: int | None | Unset = UNSET
    """ How sure the sentiment index of the last external message is. Newer than the document. """
    suggested_category_id: int | None | Unset = UNSET
    """ Category the server's text analysis suggests (0: none). Newer than the document. """
    suggested_category_name: None | str | Unset = UNSET
    """ Name of the suggested category. Newer than the document. """
    orig_human_category_id: int | None | Unset = UNSET
    """ The category a user chose instead of the suggested one (0: none). Newer than the document. """
    icon_hint: None | str | Unset = UNSET
    """ Name of the icon that shows the ticket's state. Newer than the document. """
    sale: None | TicketEntitySaleType0 | Unset = UNSET
    """ The sale the ticket is connected to, if any. Newer than the document. """
    project: None | TicketEntityProjectType0 | Unset = UNSET
    """ The project the ticket is connected to, if any. Newer than the document. """
    form_submission: None | TicketEntityFormSubmissionType0 | Unset = UNSET
    """ The form submission the ticket came from, if any. Newer than the document. """
    ticket_type: None | TicketType | Unset = UNSET
    """ The type of request. Newer than the document. """
    active_status_monitor_id: int | None | Unset = UNSET
    """ Active status monitor of the related contact; read-only, ignored on save. Newer than the document. """
    extra_fields: None | StringFields | Unset = UNSET
    """ Deprecated in favour of `CustomFields`. Extra values carried with the ticket (from plug-ins, the foreign-key
    system, other applications). """
    custom_fields: None | StringFields | Unset = UNSET
    """ User-defined fields and extra (database-schema) fields in one map; replaces the separate `ExtraFields` and
    user-defined field collections. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    field_links: Links | None | Unset = UNSET
    """ Links to this ticket and related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_id: int | None | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_changed: None | str | Unset
        if isinstance(self.last_changed, Unset):
            last_changed = UNSET
        elif isinstance(self.last_changed, datetime.datetime):
            last_changed = self.last_changed.isoformat()
        else:
            last_changed = self.last_changed

        read_by_owner: None | str | Unset
        if isinstance(self.read_by_owner, Unset):
            read_by_owner = UNSET
        elif isinstance(self.read_by_owner, datetime.datetime):
            read_by_owner = self.read_by_owner.isoformat()
        else:
            read_by_owner = self.read_by_owner

        read_by_customer: None | str | Unset
        if isinstance(self.read_by_customer, Unset):
            read_by_customer = UNSET
        elif isinstance(self.read_by_customer, datetime.datetime):
            read_by_customer = self.read_by_customer.isoformat()
        else:
            read_by_customer = self.read_by_customer

        first_read_by_owner: None | str | Unset
        if isinstance(self.first_read_by_owner, Unset):
            first_read_by_owner = UNSET
        elif isinstance(self.first_read_by_owner, datetime.datetime):
            first_read_by_owner = self.first_read_by_owner.isoformat()
        else:
            first_read_by_owner = self.first_read_by_owner

        first_read_by_user: None | str | Unset
        if isinstance(self.first_read_by_user, Unset):
            first_read_by_user = UNSET
        elif isinstance(self.first_read_by_user, datetime.datetime):
            first_read_by_user = self.first_read_by_user.isoformat()
        else:
            first_read_by_user = self.first_read_by_user

        activate: None | str | Unset
        if isinstance(self.activate, Unset):
            activate = UNSET
        elif isinstance(self.activate, datetime.datetime):
            activate = self.activate.isoformat()
        else:
            activate = self.activate

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        replied_at: None | str | Unset
        if isinstance(self.replied_at, Unset):
            replied_at = UNSET
        elif isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        alert_timeout: None | str | Unset
        if isinstance(self.alert_timeout, Unset):
            alert_timeout = UNSET
        elif isinstance(self.alert_timeout, datetime.datetime):
            alert_timeout = self.alert_timeout.isoformat()
        else:
            alert_timeout = self.alert_timeout

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.datetime):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, Associate):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        owned_by: dict[str, Any] | None | Unset
        if isinstance(self.owned_by, Unset):
            owned_by = UNSET
        elif isinstance(self.owned_by, Associate):
            owned_by = self.owned_by.to_dict()
        else:
            owned_by = self.owned_by

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, TicketCategory):
            category = self.category.to_dict()
        else:
            category = self.category

        slevel: None | str | Unset
        if isinstance(self.slevel, Unset):
            slevel = UNSET
        elif isinstance(self.slevel, SecurityLevel):
            slevel = self.slevel.value
        else:
            slevel = self.slevel

        priority: dict[str, Any] | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, TicketPriority):
            priority = self.priority.to_dict()
        else:
            priority = self.priority

        base_status: None | str | Unset
        if isinstance(self.base_status, Unset):
            base_status = UNSET
        elif isinstance(self.base_status, BaseStatus):
            base_status = self.base_status.value
        else:
            base_status = self.base_status

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TicketStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, TicketOrigin):
            origin = self.origin.value
        else:
            origin = self.origin

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, Person):
            person = self.person.to_dict()
        else:
            person = self.person

        secondary_persons: list[dict[str, Any]] | None | Unset
        if isinstance(self.secondary_persons, Unset):
            secondary_persons = UNSET
        elif isinstance(self.secondary_persons, list):
            secondary_persons = []
            for secondary_persons_type_0_item_data in self.secondary_persons:
                secondary_persons_type_0_item = secondary_persons_type_0_item_data.to_dict()
                secondary_persons.append(secondary_persons_type_0_item)

        else:
            secondary_persons = self.secondary_persons

        alert_level: int | None | Unset
        if isinstance(self.alert_level, Unset):
            alert_level = UNSET
        else:
            alert_level = self.alert_level

        connect_id: int | None | Unset
        if isinstance(self.connect_id, Unset):
            connect_id = UNSET
        else:
            connect_id = self.connect_id

        read_status: None | str | Unset
        if isinstance(self.read_status, Unset):
            read_status = UNSET
        elif isinstance(self.read_status, ReadStatus):
            read_status = self.read_status.value
        else:
            read_status = self.read_status

        time_to_reply: int | None | Unset
        if isinstance(self.time_to_reply, Unset):
            time_to_reply = UNSET
        else:
            time_to_reply = self.time_to_reply

        real_time_to_reply: int | None | Unset
        if isinstance(self.real_time_to_reply, Unset):
            real_time_to_reply = UNSET
        else:
            real_time_to_reply = self.real_time_to_reply

        time_to_close: int | None | Unset
        if isinstance(self.time_to_close, Unset):
            time_to_close = UNSET
        else:
            time_to_close = self.time_to_close

        real_time_to_close: int | None | Unset
        if isinstance(self.real_time_to_close, Unset):
            real_time_to_close = UNSET
        else:
            real_time_to_close = self.real_time_to_close

        time_spent_internally: int | None | Unset
        if isinstance(self.time_spent_internally, Unset):
            time_spent_internally = UNSET
        else:
            time_spent_internally = self.time_spent_internally

        time_spent_externally: int | None | Unset
        if isinstance(self.time_spent_externally, Unset):
            time_spent_externally = UNSET
        else:
            time_spent_externally = self.time_spent_externally

        time_spent_queue: int | None | Unset
        if isinstance(self.time_spent_queue, Unset):
            time_spent_queue = UNSET
        else:
            time_spent_queue = self.time_spent_queue

        real_time_spent_internally: int | None | Unset
        if isinstance(self.real_time_spent_internally, Unset):
            real_time_spent_internally = UNSET
        else:
            real_time_spent_internally = self.real_time_spent_internally

        real_time_spent_externally: int | None | Unset
        if isinstance(self.real_time_spent_externally, Unset):
            real_time_spent_externally = UNSET
        else:
            real_time_spent_externally = self.real_time_spent_externally

        real_time_spent_queue: int | None | Unset
        if isinstance(self.real_time_spent_queue, Unset):
            real_time_spent_queue = UNSET
        else:
            real_time_spent_queue = self.real_time_spent_queue

        time_spent: int | None | Unset
        if isinstance(self.time_spent, Unset):
            time_spent = UNSET
        else:
            time_spent = self.time_spent

        has_attachment: bool | None | Unset
        if isinstance(self.has_attachment, Unset):
            has_attachment = UNSET
        else:
            has_attachment = self.has_attachment

        num_replies: int | None | Unset
        if isinstance(self.num_replies, Unset):
            num_replies = UNSET
        else:
            num_replies = self.num_replies

        num_messages: int | None | Unset
        if isinstance(self.num_messages, Unset):
            num_messages = UNSET
        else:
            num_messages = self.num_messages

        from_address: None | str | Unset
        if isinstance(self.from_address, Unset):
            from_address = UNSET
        else:
            from_address = self.from_address

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        sentiment: int | None | Unset
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        else:
            sentiment = self.sentiment

        sentiment_confidence: int | None | Unset
        if isinstance(self.sentiment_confidence, Unset):
            sentiment_confidence = UNSET
        else:
            sentiment_confidence = self.sentiment_confidence

        suggested_category_id: int | None | Unset
        if isinstance(self.suggested_category_id, Unset):
            suggested_category_id = UNSET
        else:
            suggested_category_id = self.suggested_category_id

        suggested_category_name: None | str | Unset
        if isinstance(self.suggested_category_name, Unset):
            suggested_category_name = UNSET
        else:
            suggested_category_name = self.suggested_category_name

        orig_human_category_id: int | None | Unset
        if isinstance(self.orig_human_category_id, Unset):
            orig_human_category_id = UNSET
        else:
            orig_human_category_id = self.orig_human_category_id

        icon_hint: None | str | Unset
        if isinstance(self.icon_hint, Unset):
            icon_hint = UNSET
        else:
            icon_hint = self.icon_hint

        sale: dict[str, Any] | None | Unset
        if isinstance(self.sale, Unset):
            sale = UNSET
        elif isinstance(self.sale, TicketEntitySaleType0):
            sale = self.sale.to_dict()
        else:
            sale = self.sale

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, TicketEntityProjectType0):
            project = self.project.to_dict()
        else:
            project = self.project

        form_submission: dict[str, Any] | None | Unset
        if isinstance(self.form_submission, Unset):
            form_submission = UNSET
        elif isinstance(self.form_submission, TicketEntityFormSubmissionType0):
            form_submission = self.form_submission.to_dict()
        else:
            form_submission = self.form_submission

        ticket_type: dict[str, Any] | None | Unset
        if isinstance(self.ticket_type, Unset):
            ticket_type = UNSET
        elif isinstance(self.ticket_type, TicketType):
            ticket_type = self.ticket_type.to_dict()
        else:
            ticket_type = self.ticket_type

        active_status_monitor_id: int | None | Unset
        if isinstance(self.active_status_monitor_id, Unset):
            active_status_monitor_id = UNSET
        else:
            active_status_monitor_id = self.active_status_monitor_id

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

        field_links: dict[str, Any] | None | Unset
        if isinstance(self.field_links, Unset):
            field_links = UNSET
        elif isinstance(self.field_links, Links):
            field_links = self.field_links.to_dict()
        else:
            field_links = self.field_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ticket_id is not UNSET:
            field_dict["TicketId"] = ticket_id
        if title is not UNSET:
            field_dict["Title"] = title
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if last_changed is not UNSET:
            field_dict["LastChanged"] = last_changed
        if read_by_owner is not UNSET:
            field_dict["ReadByOwner"] = read_by_owner
        if read_by_customer is not UNSET:
            field_dict["ReadByCustomer"] = read_by_customer
        if first_read_by_owner is not UNSET:
            field_dict["FirstReadByOwner"] = first_read_by_owner
        if first_read_by_user is not UNSET:
            field_dict["FirstReadByUser"] = first_read_by_user
        if activate is not UNSET:
            field_dict["Activate"] = activate
        if closed_at is not UNSET:
            field_dict["ClosedAt"] = closed_at
        if replied_at is not UNSET:
            field_dict["RepliedAt"] = replied_at
        if alert_timeout is not UNSET:
            field_dict["AlertTimeout"] = alert_timeout
        if deadline is not UNSET:
            field_dict["Deadline"] = deadline
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if author is not UNSET:
            field_dict["Author"] = author
        if owned_by is not UNSET:
            field_dict["OwnedBy"] = owned_by
        if category is not UNSET:
            field_dict["Category"] = category
        if slevel is not UNSET:
            field_dict["Slevel"] = slevel
        if priority is not UNSET:
            field_dict["Priority"] = priority
        if base_status is not UNSET:
            field_dict["BaseStatus"] = base_status
        if status is not UNSET:
            field_dict["Status"] = status
        if origin is not UNSET:
            field_dict["Origin"] = origin
        if person is not UNSET:
            field_dict["Person"] = person
        if secondary_persons is not UNSET:
            field_dict["SecondaryPersons"] = secondary_persons
        if alert_level is not UNSET:
            field_dict["AlertLevel"] = alert_level
        if connect_id is not UNSET:
            field_dict["ConnectId"] = connect_id
        if read_status is not UNSET:
            field_dict["ReadStatus"] = read_status
        if time_to_reply is not UNSET:
            field_dict["TimeToReply"] = time_to_reply
        if real_time_to_reply is not UNSET:
            field_dict["RealTimeToReply"] = real_time_to_reply
        if time_to_close is not UNSET:
            field_dict["TimeToClose"] = time_to_close
        if real_time_to_close is not UNSET:
            field_dict["RealTimeToClose"] = real_time_to_close
        if time_spent_internally is not UNSET:
            field_dict["TimeSpentInternally"] = time_spent_internally
        if time_spent_externally is not UNSET:
            field_dict["TimeSpentExternally"] = time_spent_externally
        if time_spent_queue is not UNSET:
            field_dict["TimeSpentQueue"] = time_spent_queue
        if real_time_spent_internally is not UNSET:
            field_dict["RealTimeSpentInternally"] = real_time_spent_internally
        if real_time_spent_externally is not UNSET:
            field_dict["RealTimeSpentExternally"] = real_time_spent_externally
        if real_time_spent_queue is not UNSET:
            field_dict["RealTimeSpentQueue"] = real_time_spent_queue
        if time_spent is not UNSET:
            field_dict["TimeSpent"] = time_spent
        if has_attachment is not UNSET:
            field_dict["HasAttachment"] = has_attachment
        if num_replies is not UNSET:
            field_dict["NumReplies"] = num_replies
        if num_messages is not UNSET:
            field_dict["NumMessages"] = num_messages
        if from_address is not UNSET:
            field_dict["FromAddress"] = from_address
        if messages is not UNSET:
            field_dict["Messages"] = messages
        if tags is not UNSET:
            field_dict["Tags"] = tags
        if language is not UNSET:
            field_dict["Language"] = language
        if sentiment is not UNSET:
            field_dict["Sentiment"] = sentiment
        if sentiment_confidence is not UNSET:
            field_dict["SentimentConfidence"] = sentiment_confidence
        if suggested_category_id is not UNSET:
            field_dict["SuggestedCategoryId"] = suggested_category_id
        if suggested_category_name is not UNSET:
            field_dict["SuggestedCategoryName"] = suggested_category_name
        if orig_human_category_id is not UNSET:
            field_dict["OrigHumanCategoryId"] = orig_human_category_id
        if icon_hint is not UNSET:
            field_dict["IconHint"] = icon_hint
        if sale is not UNSET:
            field_dict["Sale"] = sale
        if project is not UNSET:
            field_dict["Project"] = project
        if form_submission is not UNSET:
            field_dict["FormSubmission"] = form_submission
        if ticket_type is not UNSET:
            field_dict["TicketType"] = ticket_type
        if active_status_monitor_id is not UNSET:
            field_dict["ActiveStatusMonitorId"] = active_status_monitor_id
        if extra_fields is not UNSET:
            field_dict["ExtraFields"] = extra_fields
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties
        if field_links is not UNSET:
            field_dict["_Links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_id: int | None | Unset = d.pop("TicketId", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("CreatedAt", UNSET))

        def _parse_last_changed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_changed_type_0 = datetime.datetime.fromisoformat(data)

                return last_changed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_changed = _parse_last_changed(d.pop("LastChanged", UNSET))

        def _parse_read_by_owner(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_by_owner_type_0 = datetime.datetime.fromisoformat(data)

                return read_by_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        read_by_owner = _parse_read_by_owner(d.pop("ReadByOwner", UNSET))

        def _parse_read_by_customer(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_by_customer_type_0 = datetime.datetime.fromisoformat(data)

                return read_by_customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        read_by_customer = _parse_read_by_customer(d.pop("ReadByCustomer", UNSET))

        def _parse_first_read_by_owner(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_read_by_owner_type_0 = datetime.datetime.fromisoformat(data)

                return first_read_by_owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_read_by_owner = _parse_first_read_by_owner(d.pop("FirstReadByOwner", UNSET))

        def _parse_first_read_by_user(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_read_by_user_type_0 = datetime.datetime.fromisoformat(data)

                return first_read_by_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_read_by_user = _parse_first_read_by_user(d.pop("FirstReadByUser", UNSET))

        def _parse_activate(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activate_type_0 = datetime.datetime.fromisoformat(data)

                return activate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activate = _parse_activate(d.pop("Activate", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("ClosedAt", UNSET))

        def _parse_replied_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_at_type_0 = datetime.datetime.fromisoformat(data)

                return replied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        replied_at = _parse_replied_at(d.pop("RepliedAt", UNSET))

        def _parse_alert_timeout(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                alert_timeout_type_0 = datetime.datetime.fromisoformat(data)

                return alert_timeout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        alert_timeout = _parse_alert_timeout(d.pop("AlertTimeout", UNSET))

        def _parse_deadline(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deadline = _parse_deadline(d.pop("Deadline", UNSET))

        def _parse_created_by(data: object) -> Associate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                created_by_type_0 = Associate.from_dict(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Associate | None | Unset, data)

        created_by = _parse_created_by(d.pop("CreatedBy", UNSET))

        author: None | str | Unset = d.pop("Author", UNSET)

        def _parse_owned_by(data: object) -> Associate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owned_by_type_0 = Associate.from_dict(data)

                return owned_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Associate | None | Unset, data)

        owned_by = _parse_owned_by(d.pop("OwnedBy", UNSET))

        def _parse_category(data: object) -> None | TicketCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_type_0 = TicketCategory.from_dict(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketCategory | Unset, data)

        category = _parse_category(d.pop("Category", UNSET))

        def _parse_slevel(data: object) -> None | SecurityLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                slevel_type_0 = SecurityLevel(data)

                return slevel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SecurityLevel | Unset, data)

        slevel = _parse_slevel(d.pop("Slevel", UNSET))

        def _parse_priority(data: object) -> None | TicketPriority | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                priority_type_0 = TicketPriority.from_dict(data)

                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketPriority | Unset, data)

        priority = _parse_priority(d.pop("Priority", UNSET))

        def _parse_base_status(data: object) -> BaseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                base_status_type_0 = BaseStatus(data)

                return base_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseStatus | None | Unset, data)

        base_status = _parse_base_status(d.pop("BaseStatus", UNSET))

        def _parse_status(data: object) -> None | TicketStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = TicketStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketStatus | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_origin(data: object) -> None | TicketOrigin | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                origin_type_0 = TicketOrigin(data)

                return origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketOrigin | Unset, data)

        origin = _parse_origin(d.pop("Origin", UNSET))

        def _parse_person(data: object) -> None | Person | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = Person.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Person | Unset, data)

        person = _parse_person(d.pop("Person", UNSET))

        def _parse_secondary_persons(data: object) -> list[Person] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secondary_persons_type_0 = []
                _secondary_persons_type_0 = data
                for secondary_persons_type_0_item_data in _secondary_persons_type_0:
                    secondary_persons_type_0_item = Person.from_dict(secondary_persons_type_0_item_data)

                    secondary_persons_type_0.append(secondary_persons_type_0_item)

                return secondary_persons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Person] | None | Unset, data)

        secondary_persons = _parse_secondary_persons(d.pop("SecondaryPersons", UNSET))

        alert_level: int | None | Unset = d.pop("AlertLevel", UNSET)

        connect_id: int | None | Unset = d.pop("ConnectId", UNSET)

        def _parse_read_status(data: object) -> None | ReadStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_status_type_0 = ReadStatus(data)

                return read_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadStatus | Unset, data)

        read_status = _parse_read_status(d.pop("ReadStatus", UNSET))

        time_to_reply: int | None | Unset = d.pop("TimeToReply", UNSET)

        real_time_to_reply: int | None | Unset = d.pop("RealTimeToReply", UNSET)

        time_to_close: int | None | Unset = d.pop("TimeToClose", UNSET)

        real_time_to_close: int | None | Unset = d.pop("RealTimeToClose", UNSET)

        time_spent_internally: int | None | Unset = d.pop("TimeSpentInternally", UNSET)

        time_spent_externally: int | None | Unset = d.pop("TimeSpentExternally", UNSET)

        time_spent_queue: int | None | Unset = d.pop("TimeSpentQueue", UNSET)

        real_time_spent_internally: int | None | Unset = d.pop("RealTimeSpentInternally", UNSET)

        real_time_spent_externally: int | None | Unset = d.pop("RealTimeSpentExternally", UNSET)

        real_time_spent_queue: int | None | Unset = d.pop("RealTimeSpentQueue", UNSET)

        time_spent: int | None | Unset = d.pop("TimeSpent", UNSET)

        has_attachment: bool | None | Unset = d.pop("HasAttachment", UNSET)

        num_replies: int | None | Unset = d.pop("NumReplies", UNSET)

        num_messages: int | None | Unset = d.pop("NumMessages", UNSET)

        from_address: None | str | Unset = d.pop("FromAddress", UNSET)

        def _parse_messages(data: object) -> list[TicketMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = TicketMessage.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TicketMessage] | None | Unset, data)

        messages = _parse_messages(d.pop("Messages", UNSET))

        def _parse_tags(data: object) -> list[Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = Tag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("Tags", UNSET))

        language: None | str | Unset = d.pop("Language", UNSET)

        sentiment: int | None | Unset = d.pop("Sentiment", UNSET)

        sentiment_confidence: int | None | Unset = d.pop("SentimentConfidence", UNSET)

        suggested_category_id: int | None | Unset = d.pop("SuggestedCategoryId", UNSET)

        suggested_category_name: None | str | Unset = d.pop("SuggestedCategoryName", UNSET)

        orig_human_category_id: int | None | Unset = d.pop("OrigHumanCategoryId", UNSET)

        icon_hint: None | str | Unset = d.pop("IconHint", UNSET)

        def _parse_sale(data: object) -> None | TicketEntitySaleType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sale_type_0 = TicketEntitySaleType0.from_dict(data)

                return sale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketEntitySaleType0 | Unset, data)

        sale = _parse_sale(d.pop("Sale", UNSET))

        def _parse_project(data: object) -> None | TicketEntityProjectType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_0 = TicketEntityProjectType0.from_dict(data)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketEntityProjectType0 | Unset, data)

        project = _parse_project(d.pop("Project", UNSET))

        def _parse_form_submission(data: object) -> None | TicketEntityFormSubmissionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                form_submission_type_0 = TicketEntityFormSubmissionType0.from_dict(data)

                return form_submission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketEntityFormSubmissionType0 | Unset, data)

        form_submission = _parse_form_submission(d.pop("FormSubmission", UNSET))

        def _parse_ticket_type(data: object) -> None | TicketType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ticket_type_type_0 = TicketType.from_dict(data)

                return ticket_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TicketType | Unset, data)

        ticket_type = _parse_ticket_type(d.pop("TicketType", UNSET))

        active_status_monitor_id: int | None | Unset = d.pop("ActiveStatusMonitorId", UNSET)

        def _parse_extra_fields(data: object) -> None | StringFields | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_fields_type_0 = StringFields.from_dict(data)

                return extra_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringFields | Unset, data)

        extra_fields = _parse_extra_fields(d.pop("ExtraFields", UNSET))

        def _parse_custom_fields(data: object) -> None | StringFields | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = StringFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringFields | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("CustomFields", UNSET))

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

        def _parse_field_links(data: object) -> Links | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_links_type_0 = Links.from_dict(data)

                return field_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Links | None | Unset, data)

        field_links = _parse_field_links(d.pop("_Links", UNSET))

        ticket_entity = cls(
            ticket_id=ticket_id,
            title=title,
            created_at=created_at,
            last_changed=last_changed,
            read_by_owner=read_by_owner,
            read_by_customer=read_by_customer,
            first_read_by_owner=first_read_by_owner,
            first_read_by_user=first_read_by_user,
            activate=activate,
            closed_at=closed_at,
            replied_at=replied_at,
            alert_timeout=alert_timeout,
            deadline=deadline,
            created_by=created_by,
            author=author,
            owned_by=owned_by,
            category=category,
            slevel=slevel,
            priority=priority,
            base_status=base_status,
            status=status,
            origin=origin,
            person=person,
            secondary_persons=secondary_persons,
            alert_level=alert_level,
            connect_id=connect_id,
            read_status=read_status,
            time_to_reply=time_to_reply,
            real_time_to_reply=real_time_to_reply,
            time_to_close=time_to_close,
            real_time_to_close=real_time_to_close,
            time_spent_internally=time_spent_internally,
            time_spent_externally=time_spent_externally,
            time_spent_queue=time_spent_queue,
            real_time_spent_internally=real_time_spent_internally,
            real_time_spent_externally=real_time_spent_externally,
            real_time_spent_queue=real_time_spent_queue,
            time_spent=time_spent,
            has_attachment=has_attachment,
            num_replies=num_replies,
            num_messages=num_messages,
            from_address=from_address,
            messages=messages,
            tags=tags,
            language=language,
            sentiment=sentiment,
            sentiment_confidence=sentiment_confidence,
            suggested_category_id=suggested_category_id,
            suggested_category_name=suggested_category_name,
            orig_human_category_id=orig_human_category_id,
            icon_hint=icon_hint,
            sale=sale,
            project=project,
            form_submission=form_submission,
            ticket_type=ticket_type,
            active_status_monitor_id=active_status_monitor_id,
            extra_fields=extra_fields,
            custom_fields=custom_fields,
            table_right=table_right,
            field_properties=field_properties,
            field_links=field_links,
        )

        ticket_entity.additional_properties = d
        return ticket_entity

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
from ..models.associate import Associate  # noqa: E402
from ..models.field_properties import FieldProperties  # noqa: E402
from ..models.links import Links  # noqa: E402
from ..models.person import Person  # noqa: E402
from ..models.string_fields import StringFields  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
from ..models.tag import Tag  # noqa: E402
from ..models.ticket_category import TicketCategory  # noqa: E402
from ..models.ticket_entity_form_submission_type_0 import TicketEntityFormSubmissionType0  # noqa: E402
from ..models.ticket_entity_project_type_0 import TicketEntityProjectType0  # noqa: E402
from ..models.ticket_entity_sale_type_0 import TicketEntitySaleType0  # noqa: E402
from ..models.ticket_message import TicketMessage  # noqa: E402
from ..models.ticket_priority import TicketPriority  # noqa: E402
from ..models.ticket_status import TicketStatus  # noqa: E402
from ..models.ticket_type import TicketType  # noqa: E402
