"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .catalog_type import CatalogType
from .field_option import FieldOption
from .field_type import FieldType
from .ticket import Ticket
from .ticket_field import TicketField
from .ticket_field_data_source_type_0 import TicketFieldDataSourceType0
from .ticket_field_values import TicketFieldValues
from .ticket_type import TicketType
from .ticket_type_action_permissions import TicketTypeActionPermissions
from .ticket_type_filters_item import TicketTypeFiltersItem
from .ticket_type_list import TicketTypeList
from .ticket_type_page import TicketTypePage
from .ticket_type_properties import TicketTypeProperties
from .ticket_update_request import TicketUpdateRequest
from .ticket_update_response import TicketUpdateResponse
from .validation_result import ValidationResult
from .validation_result_reason import ValidationResultReason
from .workflow import Workflow
from .workflow_status import WorkflowStatus
from .workflow_transition import WorkflowTransition

__all__ = (
    "ApiError",
    "CatalogType",
    "FieldOption",
    "FieldType",
    "Ticket",
    "TicketField",
    "TicketFieldDataSourceType0",
    "TicketFieldValues",
    "TicketType",
    "TicketTypeActionPermissions",
    "TicketTypeFiltersItem",
    "TicketTypeList",
    "TicketTypePage",
    "TicketTypeProperties",
    "TicketUpdateRequest",
    "TicketUpdateResponse",
    "ValidationResult",
    "ValidationResultReason",
    "Workflow",
    "WorkflowStatus",
    "WorkflowTransition",
)
