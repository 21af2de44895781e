"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_list import AccountList
from .actions_counters import ActionsCounters
from .activity_type import ActivityType
from .activity_type_list import ActivityTypeList
from .affected_count import AffectedCount
from .affected_response import AffectedResponse
from .agent_detection_info import AgentDetectionInfo
from .agent_detection_info_cloud_providers import AgentDetectionInfoCloudProviders
from .agent_machine_type import AgentMachineType
from .agent_realtime_info import AgentRealtimeInfo
from .analyst_verdict import AnalystVerdict
from .analyst_verdict_data import AnalystVerdictData
from .analyst_verdict_request import AnalystVerdictRequest
from .api_error import ApiError
from .api_error_params import ApiErrorParams
from .api_error_response import ApiErrorResponse
from .classification_source import ClassificationSource
from .confidence_level import ConfidenceLevel
from .container_info import ContainerInfo
from .detection_engine import DetectionEngine
from .detection_engine_ref import DetectionEngineRef
from .detection_type import DetectionType
from .ecs_info import EcsInfo
from .external_ticket_id_data import ExternalTicketIdData
from .external_ticket_id_request import ExternalTicketIdRequest
from .incident_status import IncidentStatus
from .incident_update_data import IncidentUpdateData
from .incident_update_detail import IncidentUpdateDetail
from .incident_update_outcome import IncidentUpdateOutcome
from .incident_update_request import IncidentUpdateRequest
from .incident_update_response import IncidentUpdateResponse
from .incident_update_result import IncidentUpdateResult
from .indicator_tactic import IndicatorTactic
from .indicator_technique import IndicatorTechnique
from .initiated_by import InitiatedBy
from .kubernetes_info import KubernetesInfo
from .login_by_api_token_request import LoginByApiTokenRequest
from .login_by_api_token_request_data import LoginByApiTokenRequestData
from .login_response import LoginResponse
from .login_response_data import LoginResponseData
from .mitigation_action import MitigationAction
from .mitigation_action_status import MitigationActionStatus
from .mitigation_status import MitigationStatus
from .network_interface import NetworkInterface
from .os_arch import OsArch
from .os_type import OsType
from .pagination import Pagination
from .result_error import ResultError
from .server_error_response import ServerErrorResponse
from .sort_order import SortOrder
from .system_info_response import SystemInfoResponse
from .system_info_response_data import SystemInfoResponseData
from .system_status_response import SystemStatusResponse
from .system_status_response_data import SystemStatusResponseData
from .threat import Threat
from .threat_filter import ThreatFilter
from .threat_indicator import ThreatIndicator
from .threat_info import ThreatInfo
from .threat_list import ThreatList
from .threat_list_v20 import ThreatListV20
from .threat_v20 import ThreatV20
from .threat_v20_mitigation_report import ThreatV20MitigationReport

__all__ = (
    "Account",
    "AccountList",
    "ActionsCounters",
    "ActivityType",
    "ActivityTypeList",
    "AffectedCount",
    "AffectedResponse",
    "AgentDetectionInfo",
    "AgentDetectionInfoCloudProviders",
    "AgentMachineType",
    "AgentRealtimeInfo",
    "AnalystVerdict",
    "AnalystVerdictData",
    "AnalystVerdictRequest",
    "ApiError",
    "ApiErrorParams",
    "ApiErrorResponse",
    "ClassificationSource",
    "ConfidenceLevel",
    "ContainerInfo",
    "DetectionEngine",
    "DetectionEngineRef",
    "DetectionType",
    "EcsInfo",
    "ExternalTicketIdData",
    "ExternalTicketIdRequest",
    "IncidentStatus",
    "IncidentUpdateData",
    "IncidentUpdateDetail",
    "IncidentUpdateOutcome",
    "IncidentUpdateRequest",
    "IncidentUpdateResponse",
    "IncidentUpdateResult",
    "IndicatorTactic",
    "IndicatorTechnique",
    "InitiatedBy",
    "KubernetesInfo",
    "LoginByApiTokenRequest",
    "LoginByApiTokenRequestData",
    "LoginResponse",
    "LoginResponseData",
    "MitigationAction",
    "MitigationActionStatus",
    "MitigationStatus",
    "NetworkInterface",
    "OsArch",
    "OsType",
    "Pagination",
    "ResultError",
    "ServerErrorResponse",
    "SortOrder",
    "SystemInfoResponse",
    "SystemInfoResponseData",
    "SystemStatusResponse",
    "SystemStatusResponseData",
    "Threat",
    "ThreatFilter",
    "ThreatIndicator",
    "ThreatInfo",
    "ThreatList",
    "ThreatListV20",
    "ThreatV20",
    "ThreatV20MitigationReport",
)
