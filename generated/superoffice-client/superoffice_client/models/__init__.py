"""Contains all the data models used in inputs/outputs"""

from .archive_page import ArchivePage
from .archive_row import ArchiveRow
from .associate import Associate
from .base_status import BaseStatus
from .escalation_level import EscalationLevel
from .field_properties import FieldProperties
from .field_property import FieldProperty
from .field_right import FieldRight
from .links import Links
from .message_header import MessageHeader
from .patch_op import PatchOp
from .patch_operation import PatchOperation
from .person import Person
from .read_status import ReadStatus
from .security_level import SecurityLevel
from .string_fields import StringFields
from .table_right import TableRight
from .tag import Tag
from .tenant_status import TenantStatus
from .ticket_category import TicketCategory
from .ticket_entity import TicketEntity
from .ticket_entity_form_submission_type_0 import TicketEntityFormSubmissionType0
from .ticket_entity_project_type_0 import TicketEntityProjectType0
from .ticket_entity_sale_type_0 import TicketEntitySaleType0
from .ticket_merge_patch import TicketMergePatch
from .ticket_message import TicketMessage
from .ticket_origin import TicketOrigin
from .ticket_priority import TicketPriority
from .ticket_status import TicketStatus
from .ticket_type import TicketType
from .time_counter import TimeCounter
from .web_api_error import WebApiError

__all__ = (
    "ArchivePage",
    "ArchiveRow",
    "Associate",
    "BaseStatus",
    "EscalationLevel",
    "FieldProperties",
    "FieldProperty",
    "FieldRight",
    "Links",
    "MessageHeader",
    "PatchOp",
    "PatchOperation",
    "Person",
    "ReadStatus",
    "SecurityLevel",
    "StringFields",
    "TableRight",
    "Tag",
    "TenantStatus",
    "TicketCategory",
    "TicketEntity",
    "TicketEntityFormSubmissionType0",
    "TicketEntityProjectType0",
    "TicketEntitySaleType0",
    "TicketMergePatch",
    "TicketMessage",
    "TicketOrigin",
    "TicketPriority",
    "TicketStatus",
    "TicketType",
    "TimeCounter",
    "WebApiError",
)
