"""Contains all the data models used in inputs/outputs"""

from .actions_counters import ActionsCounters
from .affected_count import AffectedCount
from .affected_response import AffectedResponse
from .agent_detection_info import AgentDetectionInfo
from .agent_detection_info_cloud_providers import AgentDetectionInfoCloudProviders
from .agent_machine_type import AgentMachineType
from .agent_realtime_info import AgentRealtimeInfo
from .analyst_verdict import AnalystVerdict
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
from .threat import Threat
from .threat_filter import ThreatFilter
from .threat_indicator import ThreatIndicator
from .threat_info import ThreatInfo
from .threat_list import ThreatList

__all__ = (
    "ActionsCounters",
    "AffectedCount",
    "AffectedResponse",
    "AgentDetectionInfo",
    "AgentDetectionInfoCloudProviders",
    "AgentMachineType",
    "AgentRealtimeInfo",
    "AnalystVerdict",
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
    "Threat",
    "ThreatFilter",
    "ThreatIndicator",
    "ThreatInfo",
    "ThreatList",
)
