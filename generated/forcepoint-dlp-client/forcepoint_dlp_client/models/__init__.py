"""Contains all the data models used in inputs/outputs"""

from .access_token_response import AccessTokenResponse
from .action_type import ActionType
from .channel import Channel
from .enabled_policy_names import EnabledPolicyNames
from .endpoint_type import EndpointType
from .error_message import ErrorMessage
from .incident import Incident
from .incident_action import IncidentAction
from .incident_history_entry import IncidentHistoryEntry
from .incident_key import IncidentKey
from .incident_list import IncidentList
from .incident_source import IncidentSource
from .incident_status_code import IncidentStatusCode
from .incident_type import IncidentType
from .incident_update_request import IncidentUpdateRequest
from .incidents_query import IncidentsQuery
from .policy_type import PolicyType
from .refresh_token_response import RefreshTokenResponse
from .scan_partitions import ScanPartitions
from .severity import Severity
from .sort_by import SortBy
from .token_type import TokenType
from .trigger_classifier import TriggerClassifier
from .unprocessed_incidents import UnprocessedIncidents
from .violation_trigger import ViolationTrigger

__all__ = (
    "AccessTokenResponse",
    "ActionType",
    "Channel",
    "EnabledPolicyNames",
    "EndpointType",
    "ErrorMessage",
    "Incident",
    "IncidentAction",
    "IncidentHistoryEntry",
    "IncidentKey",
    "IncidentList",
    "IncidentSource",
    "IncidentsQuery",
    "IncidentStatusCode",
    "IncidentType",
    "IncidentUpdateRequest",
    "PolicyType",
    "RefreshTokenResponse",
    "ScanPartitions",
    "Severity",
    "SortBy",
    "TokenType",
    "TriggerClassifier",
    "UnprocessedIncidents",
    "ViolationTrigger",
)
