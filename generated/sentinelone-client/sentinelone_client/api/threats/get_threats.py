import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_machine_type import AgentMachineType
from ...models.analyst_verdict import AnalystVerdict
from ...models.api_error_response import ApiErrorResponse
from ...models.classification_source import ClassificationSource
from ...models.confidence_level import ConfidenceLevel
from ...models.detection_engine import DetectionEngine
from ...models.incident_status import IncidentStatus
from ...models.initiated_by import InitiatedBy
from ...models.mitigation_status import MitigationStatus
from ...models.os_arch import OsArch
from ...models.os_type import OsType
from ...models.server_error_response import ServerErrorResponse
from ...models.sort_order import SortOrder
from ...models.threat_list import ThreatList
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    collection_ids: list[str] | Unset = UNSET,
    storylines: list[str] | Unset = UNSET,
    external_ticket_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    tenant: bool | Unset = UNSET,
    incident_statuses: list[IncidentStatus] | Unset = UNSET,
    incident_statuses_nin: list[IncidentStatus] | Unset = UNSET,
    analyst_verdicts: list[AnalystVerdict] | Unset = UNSET,
    analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET,
    confidence_levels: list[ConfidenceLevel] | Unset = UNSET,
    confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    classifications_nin: list[str] | Unset = UNSET,
    classification_sources: list[ClassificationSource] | Unset = UNSET,
    classification_sources_nin: list[ClassificationSource] | Unset = UNSET,
    engines: list[DetectionEngine] | Unset = UNSET,
    engines_nin: list[DetectionEngine] | Unset = UNSET,
    detection_engines: list[DetectionEngine] | Unset = UNSET,
    detection_engines_nin: list[DetectionEngine] | Unset = UNSET,
    initiated_by: list[InitiatedBy] | Unset = UNSET,
    initiated_by_nin: list[InitiatedBy] | Unset = UNSET,
    os_types: list[OsType] | Unset = UNSET,
    os_types_nin: list[OsType] | Unset = UNSET,
    os_archs: list[OsArch] | Unset = UNSET,
    os_names: list[str] | Unset = UNSET,
    os_names_nin: list[str] | Unset = UNSET,
    agent_machine_types: list[AgentMachineType] | Unset = UNSET,
    agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET,
    agent_versions: list[str] | Unset = UNSET,
    agent_versions_nin: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    agent_tags_data: str | Unset = UNSET,
    has_agent_tags: bool | Unset = UNSET,
    cloud_provider: list[str] | Unset = UNSET,
    cloud_provider_nin: list[str] | Unset = UNSET,
    cloud_account_contains: list[str] | Unset = UNSET,
    cloud_image_contains: list[str] | Unset = UNSET,
    cloud_instance_id_contains: list[str] | Unset = UNSET,
    cloud_instance_size_contains: list[str] | Unset = UNSET,
    cloud_location_contains: list[str] | Unset = UNSET,
    cloud_network_contains: list[str] | Unset = UNSET,
    aws_role_contains: list[str] | Unset = UNSET,
    aws_security_groups_contains: list[str] | Unset = UNSET,
    aws_subnet_ids_contains: list[str] | Unset = UNSET,
    azure_resource_group_contains: list[str] | Unset = UNSET,
    gcp_service_account_contains: list[str] | Unset = UNSET,
    k_8_s_cluster_name_contains: list[str] | Unset = UNSET,
    k_8_s_controller_labels_contains: list[str] | Unset = UNSET,
    k_8_s_controller_name_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_labels_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_name_contains: list[str] | Unset = UNSET,
    k_8_s_node_labels_contains: list[str] | Unset = UNSET,
    k_8_s_node_name_contains: list[str] | Unset = UNSET,
    k_8_s_pod_labels_contains: list[str] | Unset = UNSET,
    k_8_s_pod_name_contains: list[str] | Unset = UNSET,
    container_image_name_contains: list[str] | Unset = UNSET,
    container_labels_contains: list[str] | Unset = UNSET,
    container_name_contains: list[str] | Unset = UNSET,
    command_line_arguments_contains: list[str] | Unset = UNSET,
    computer_name_contains: list[str] | Unset = UNSET,
    content_hash_contains: list[str] | Unset = UNSET,
    detection_agent_domain_contains: list[str] | Unset = UNSET,
    detection_agent_version_contains: list[str] | Unset = UNSET,
    realtime_agent_version_contains: list[str] | Unset = UNSET,
    external_ticket_id_contains: list[str] | Unset = UNSET,
    file_path_contains: list[str] | Unset = UNSET,
    initiated_by_username_contains: list[str] | Unset = UNSET,
    originated_process_contains: list[str] | Unset = UNSET,
    publisher_name_contains: list[str] | Unset = UNSET,
    storyline_contains: list[str] | Unset = UNSET,
    threat_details_contains: list[str] | Unset = UNSET,
    uuid_contains: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    counts_for: str | Unset = UNSET,
    external_ticket_exists: bool | Unset = UNSET,
    note_exists: bool | Unset = UNSET,
    failed_actions: bool | Unset = UNSET,
    pending_actions: bool | Unset = UNSET,
    reboot_required: bool | Unset = UNSET,
    mitigated_preemptively: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["cursor"] = cursor

    params["countOnly"] = count_only

    params["skipCount"] = skip_count

    params["sortBy"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_created_at_gt: str | Unset = UNSET
    if not isinstance(created_at_gt, Unset):
        json_created_at_gt = created_at_gt.isoformat()
    params["createdAt__gt"] = json_created_at_gt

    json_created_at_gte: str | Unset = UNSET
    if not isinstance(created_at_gte, Unset):
        json_created_at_gte = created_at_gte.isoformat()
    params["createdAt__gte"] = json_created_at_gte

    json_created_at_lt: str | Unset = UNSET
    if not isinstance(created_at_lt, Unset):
        json_created_at_lt = created_at_lt.isoformat()
    params["createdAt__lt"] = json_created_at_lt

    json_created_at_lte: str | Unset = UNSET
    if not isinstance(created_at_lte, Unset):
        json_created_at_lte = created_at_lte.isoformat()
    params["createdAt__lte"] = json_created_at_lte

    json_updated_at_gt: str | Unset = UNSET
    if not isinstance(updated_at_gt, Unset):
        json_updated_at_gt = updated_at_gt.isoformat()
    params["updatedAt__gt"] = json_updated_at_gt

    json_updated_at_gte: str | Unset = UNSET
    if not isinstance(updated_at_gte, Unset):
        json_updated_at_gte = updated_at_gte.isoformat()
    params["updatedAt__gte"] = json_updated_at_gte

    json_updated_at_lt: str | Unset = UNSET
    if not isinstance(updated_at_lt, Unset):
        json_updated_at_lt = updated_at_lt.isoformat()
    params["updatedAt__lt"] = json_updated_at_lt

    json_updated_at_lte: str | Unset = UNSET
    if not isinstance(updated_at_lte, Unset):
        json_updated_at_lte = updated_at_lte.isoformat()
    params["updatedAt__lte"] = json_updated_at_lte

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    if isinstance(json_ids, list) and json_ids:
        params["ids"] = ",".join(str(item) for item in json_ids)

    json_account_ids: list[str] | Unset = UNSET
    if not isinstance(account_ids, Unset):
        json_account_ids = account_ids

    if isinstance(json_account_ids, list) and json_account_ids:
        params["accountIds"] = ",".join(str(item) for item in json_account_ids)

    json_site_ids: list[str] | Unset = UNSET
    if not isinstance(site_ids, Unset):
        json_site_ids = site_ids

    if isinstance(json_site_ids, list) and json_site_ids:
        params["siteIds"] = ",".join(str(item) for item in json_site_ids)

    json_group_ids: list[str] | Unset = UNSET
    if not isinstance(group_ids, Unset):
        json_group_ids = group_ids

    if isinstance(json_group_ids, list) and json_group_ids:
        params["groupIds"] = ",".join(str(item) for item in json_group_ids)

    json_agent_ids: list[str] | Unset = UNSET
    if not isinstance(agent_ids, Unset):
        json_agent_ids = agent_ids

    if isinstance(json_agent_ids, list) and json_agent_ids:
        params["agentIds"] = ",".join(str(item) for item in json_agent_ids)

    json_collection_ids: list[str] | Unset = UNSET
    if not isinstance(collection_ids, Unset):
        json_collection_ids = collection_ids

    if isinstance(json_collection_ids, list) and json_collection_ids:
        params["collectionIds"] = ",".join(str(item) for item in json_collection_ids)

    json_storylines: list[str] | Unset = UNSET
    if not isinstance(storylines, Unset):
        json_storylines = storylines

    if isinstance(json_storylines, list) and json_storylines:
        params["storylines"] = ",".join(str(item) for item in json_storylines)

    json_external_ticket_ids: list[str] | Unset = UNSET
    if not isinstance(external_ticket_ids, Unset):
        json_external_ticket_ids = external_ticket_ids

    if isinstance(json_external_ticket_ids, list) and json_external_ticket_ids:
        params["externalTicketIds"] = ",".join(str(item) for item in json_external_ticket_ids)

    json_content_hashes: list[str] | Unset = UNSET
    if not isinstance(content_hashes, Unset):
        json_content_hashes = content_hashes

    if isinstance(json_content_hashes, list) and json_content_hashes:
        params["contentHashes"] = ",".join(str(item) for item in json_content_hashes)

    params["tenant"] = tenant

    json_incident_statuses: list[str] | Unset = UNSET
    if not isinstance(incident_statuses, Unset):
        json_incident_statuses = []
        for incident_statuses_item_data in incident_statuses:
            incident_statuses_item = incident_statuses_item_data.value
            json_incident_statuses.append(incident_statuses_item)

    if isinstance(json_incident_statuses, list) and json_incident_statuses:
        params["incidentStatuses"] = ",".join(str(item) for item in json_incident_statuses)

    json_incident_statuses_nin: list[str] | Unset = UNSET
    if not isinstance(incident_statuses_nin, Unset):
        json_incident_statuses_nin = []
        for incident_statuses_nin_item_data in incident_statuses_nin:
            incident_statuses_nin_item = incident_statuses_nin_item_data.value
            json_incident_statuses_nin.append(incident_statuses_nin_item)

    if isinstance(json_incident_statuses_nin, list) and json_incident_statuses_nin:
        params["incidentStatusesNin"] = ",".join(str(item) for item in json_incident_statuses_nin)

    json_analyst_verdicts: list[str] | Unset = UNSET
    if not isinstance(analyst_verdicts, Unset):
        json_analyst_verdicts = []
        for analyst_verdicts_item_data in analyst_verdicts:
            analyst_verdicts_item = analyst_verdicts_item_data.value
            json_analyst_verdicts.append(analyst_verdicts_item)

    if isinstance(json_analyst_verdicts, list) and json_analyst_verdicts:
        params["analystVerdicts"] = ",".join(str(item) for item in json_analyst_verdicts)

    json_analyst_verdicts_nin: list[str] | Unset = UNSET
    if not isinstance(analyst_verdicts_nin, Unset):
        json_analyst_verdicts_nin = []
        for analyst_verdicts_nin_item_data in analyst_verdicts_nin:
            analyst_verdicts_nin_item = analyst_verdicts_nin_item_data.value
            json_analyst_verdicts_nin.append(analyst_verdicts_nin_item)

    if isinstance(json_analyst_verdicts_nin, list) and json_analyst_verdicts_nin:
        params["analystVerdictsNin"] = ",".join(str(item) for item in json_analyst_verdicts_nin)

    json_confidence_levels: list[str] | Unset = UNSET
    if not isinstance(confidence_levels, Unset):
        json_confidence_levels = []
        for confidence_levels_item_data in confidence_levels:
            confidence_levels_item = confidence_levels_item_data.value
            json_confidence_levels.append(confidence_levels_item)

    if isinstance(json_confidence_levels, list) and json_confidence_levels:
        params["confidenceLevels"] = ",".join(str(item) for item in json_confidence_levels)

    json_confidence_levels_nin: list[str] | Unset = UNSET
    if not isinstance(confidence_levels_nin, Unset):
        json_confidence_levels_nin = []
        for confidence_levels_nin_item_data in confidence_levels_nin:
            confidence_levels_nin_item = confidence_levels_nin_item_data.value
            json_confidence_levels_nin.append(confidence_levels_nin_item)

    if isinstance(json_confidence_levels_nin, list) and json_confidence_levels_nin:
        params["confidenceLevelsNin"] = ",".join(str(item) for item in json_confidence_levels_nin)

    json_mitigation_statuses: list[str] | Unset = UNSET
    if not isinstance(mitigation_statuses, Unset):
        json_mitigation_statuses = []
        for mitigation_statuses_item_data in mitigation_statuses:
            mitigation_statuses_item = mitigation_statuses_item_data.value
            json_mitigation_statuses.append(mitigation_statuses_item)

    if isinstance(json_mitigation_statuses, list) and json_mitigation_statuses:
        params["mitigationStatuses"] = ",".join(str(item) for item in json_mitigation_statuses)

    json_mitigation_statuses_nin: list[str] | Unset = UNSET
    if not isinstance(mitigation_statuses_nin, Unset):
        json_mitigation_statuses_nin = []
        for mitigation_statuses_nin_item_data in mitigation_statuses_nin:
            mitigation_statuses_nin_item = mitigation_statuses_nin_item_data.value
            json_mitigation_statuses_nin.append(mitigation_statuses_nin_item)

    if isinstance(json_mitigation_statuses_nin, list) and json_mitigation_statuses_nin:
        params["mitigationStatusesNin"] = ",".join(str(item) for item in json_mitigation_statuses_nin)

    json_classifications: list[str] | Unset = UNSET
    if not isinstance(classifications, Unset):
        json_classifications = classifications

    if isinstance(json_classifications, list) and json_classifications:
        params["classifications"] = ",".join(str(item) for item in json_classifications)

    json_classifications_nin: list[str] | Unset = UNSET
    if not isinstance(classifications_nin, Unset):
        json_classifications_nin = classifications_nin

    if isinstance(json_classifications_nin, list) and json_classifications_nin:
        params["classificationsNin"] = ",".join(str(item) for item in json_classifications_nin)

    json_classification_sources: list[str] | Unset = UNSET
    if not isinstance(classification_sources, Unset):
        json_classification_sources = []
        for classification_sources_item_data in classification_sources:
            classification_sources_item = classification_sources_item_data.value
            json_classification_sources.append(classification_sources_item)

    if isinstance(json_classification_sources, list) and json_classification_sources:
        params["classificationSources"] = ",".join(str(item) for item in json_classification_sources)

    json_classification_sources_nin: list[str] | Unset = UNSET
    if not isinstance(classification_sources_nin, Unset):
        json_classification_sources_nin = []
        for classification_sources_nin_item_data in classification_sources_nin:
            classification_sources_nin_item = classification_sources_nin_item_data.value
            json_classification_sources_nin.append(classification_sources_nin_item)

    if isinstance(json_classification_sources_nin, list) and json_classification_sources_nin:
        params["classificationSourcesNin"] = ",".join(str(item) for item in json_classification_sources_nin)

    json_engines: list[str] | Unset = UNSET
    if not isinstance(engines, Unset):
        json_engines = []
        for engines_item_data in engines:
            engines_item = engines_item_data.value
            json_engines.append(engines_item)

    if isinstance(json_engines, list) and json_engines:
        params["engines"] = ",".join(str(item) for item in json_engines)

    json_engines_nin: list[str] | Unset = UNSET
    if not isinstance(engines_nin, Unset):
        json_engines_nin = []
        for engines_nin_item_data in engines_nin:
            engines_nin_item = engines_nin_item_data.value
            json_engines_nin.append(engines_nin_item)

    if isinstance(json_engines_nin, list) and json_engines_nin:
        params["enginesNin"] = ",".join(str(item) for item in json_engines_nin)

    json_detection_engines: list[str] | Unset = UNSET
    if not isinstance(detection_engines, Unset):
        json_detection_engines = []
        for detection_engines_item_data in detection_engines:
            detection_engines_item = detection_engines_item_data.value
            json_detection_engines.append(detection_engines_item)

    if isinstance(json_detection_engines, list) and json_detection_engines:
        params["detectionEngines"] = ",".join(str(item) for item in json_detection_engines)

    json_detection_engines_nin: list[str] | Unset = UNSET
    if not isinstance(detection_engines_nin, Unset):
        json_detection_engines_nin = []
        for detection_engines_nin_item_data in detection_engines_nin:
            detection_engines_nin_item = detection_engines_nin_item_data.value
            json_detection_engines_nin.append(detection_engines_nin_item)

    if isinstance(json_detection_engines_nin, list) and json_detection_engines_nin:
        params["detectionEnginesNin"] = ",".join(str(item) for item in json_detection_engines_nin)

    json_initiated_by: list[str] | Unset = UNSET
    if not isinstance(initiated_by, Unset):
        json_initiated_by = []
        for initiated_by_item_data in initiated_by:
            initiated_by_item = initiated_by_item_data.value
            json_initiated_by.append(initiated_by_item)

    if isinstance(json_initiated_by, list) and json_initiated_by:
        params["initiatedBy"] = ",".join(str(item) for item in json_initiated_by)

    json_initiated_by_nin: list[str] | Unset = UNSET
    if not isinstance(initiated_by_nin, Unset):
        json_initiated_by_nin = []
        for initiated_by_nin_item_data in initiated_by_nin:
            initiated_by_nin_item = initiated_by_nin_item_data.value
            json_initiated_by_nin.append(initiated_by_nin_item)

    if isinstance(json_initiated_by_nin, list) and json_initiated_by_nin:
        params["initiatedByNin"] = ",".join(str(item) for item in json_initiated_by_nin)

    json_os_types: list[str] | Unset = UNSET
    if not isinstance(os_types, Unset):
        json_os_types = []
        for os_types_item_data in os_types:
            os_types_item = os_types_item_data.value
            json_os_types.append(os_types_item)

    if isinstance(json_os_types, list) and json_os_types:
        params["osTypes"] = ",".join(str(item) for item in json_os_types)

    json_os_types_nin: list[str] | Unset = UNSET
    if not isinstance(os_types_nin, Unset):
        json_os_types_nin = []
        for os_types_nin_item_data in os_types_nin:
            os_types_nin_item = os_types_nin_item_data.value
            json_os_types_nin.append(os_types_nin_item)

    if isinstance(json_os_types_nin, list) and json_os_types_nin:
        params["osTypesNin"] = ",".join(str(item) for item in json_os_types_nin)

    json_os_archs: list[str] | Unset = UNSET
    if not isinstance(os_archs, Unset):
        json_os_archs = []
        for os_archs_item_data in os_archs:
            os_archs_item = os_archs_item_data.value
            json_os_archs.append(os_archs_item)

    if isinstance(json_os_archs, list) and json_os_archs:
        params["osArchs"] = ",".join(str(item) for item in json_os_archs)

    json_os_names: list[str] | Unset = UNSET
    if not isinstance(os_names, Unset):
        json_os_names = os_names

    if isinstance(json_os_names, list) and json_os_names:
        params["osNames"] = ",".join(str(item) for item in json_os_names)

    json_os_names_nin: list[str] | Unset = UNSET
    if not isinstance(os_names_nin, Unset):
        json_os_names_nin = os_names_nin

    if isinstance(json_os_names_nin, list) and json_os_names_nin:
        params["osNamesNin"] = ",".join(str(item) for item in json_os_names_nin)

    json_agent_machine_types: list[str] | Unset = UNSET
    if not isinstance(agent_machine_types, Unset):
        json_agent_machine_types = []
        for agent_machine_types_item_data in agent_machine_types:
            agent_machine_types_item = agent_machine_types_item_data.value
            json_agent_machine_types.append(agent_machine_types_item)

    if isinstance(json_agent_machine_types, list) and json_agent_machine_types:
        params["agentMachineTypes"] = ",".join(str(item) for item in json_agent_machine_types)

    json_agent_machine_types_nin: list[str] | Unset = UNSET
    if not isinstance(agent_machine_types_nin, Unset):
        json_agent_machine_types_nin = []
        for agent_machine_types_nin_item_data in agent_machine_types_nin:
            agent_machine_types_nin_item = agent_machine_types_nin_item_data.value
            json_agent_machine_types_nin.append(agent_machine_types_nin_item)

    if isinstance(json_agent_machine_types_nin, list) and json_agent_machine_types_nin:
        params["agentMachineTypesNin"] = ",".join(str(item) for item in json_agent_machine_types_nin)

    json_agent_versions: list[str] | Unset = UNSET
    if not isinstance(agent_versions, Unset):
        json_agent_versions = agent_versions

    if isinstance(json_agent_versions, list) and json_agent_versions:
        params["agentVersions"] = ",".join(str(item) for item in json_agent_versions)

    json_agent_versions_nin: list[str] | Unset = UNSET
    if not isinstance(agent_versions_nin, Unset):
        json_agent_versions_nin = agent_versions_nin

    if isinstance(json_agent_versions_nin, list) and json_agent_versions_nin:
        params["agentVersionsNin"] = ",".join(str(item) for item in json_agent_versions_nin)

    params["agentIsActive"] = agent_is_active

    params["agentTagsData"] = agent_tags_data

    params["hasAgentTags"] = has_agent_tags

    json_cloud_provider: list[str] | Unset = UNSET
    if not isinstance(cloud_provider, Unset):
        json_cloud_provider = cloud_provider

    if isinstance(json_cloud_provider, list) and json_cloud_provider:
        params["cloudProvider"] = ",".join(str(item) for item in json_cloud_provider)

    json_cloud_provider_nin: list[str] | Unset = UNSET
    if not isinstance(cloud_provider_nin, Unset):
        json_cloud_provider_nin = cloud_provider_nin

    if isinstance(json_cloud_provider_nin, list) and json_cloud_provider_nin:
        params["cloudProviderNin"] = ",".join(str(item) for item in json_cloud_provider_nin)

    json_cloud_account_contains: list[str] | Unset = UNSET
    if not isinstance(cloud_account_contains, Unset):
        json_cloud_account_contains = cloud_account_contains

    if isinstance(json_cloud_account_contains, list) and json_cloud_account_contains:
        params["cloudAccount__contains"] = ",".join(str(item) for item in json_cloud_account_contains)

    json_cloud_image_contains: list[str] | Unset = UNSET
    if not isinstance(cloud_image_contains, Unset):
        json_cloud_image_contains = cloud_image_contains

    if isinstance(json_cloud_image_contains, list) and json_cloud_image_contains:
        params["cloudImage__contains"] = ",".join(str(item) for item in json_cloud_image_contains)

    json_cloud_instance_id_contains: list[str] | Unset = UNSET
    if not isinstance(cloud_instance_id_contains, Unset):
        json_cloud_instance_id_contains = cloud_instance_id_contains

    if isinstance(json_cloud_instance_id_contains, list) and json_cloud_instance_id_contains:
        params["cloudInstanceId__contains"] = ",".join(str(item) for item in json_cloud_instance_id_contains)

    json_cloud_instance_size_contains: list[str] | Unset = UNSET
    if not isinstance(cloud_instance_size_contains, Unset):
        json_cloud_instance_size_contains = cloud_instance_size_contains

    if isinstance(json_cloud_instance_size_contains, list) and json_cloud_instance_size_contains:
        params["cloudInstanceSize__contains"] = ",".join(str(item) for item in json_cloud_instance_size_contains)

    json_cloud_location_contains: list[str] | Unset = UNSET
    if not isinstance(cloud_location_contains, Unset):
        json_cloud_location_contains = cloud_location_contains

    if isinstance(json_cloud_location_contains, list) and json_cloud_location_contains:
        params["cloudLocation__contains"] = ",".join(str(item) for item in json_cloud_location_contains)

    json_cloud_network_contains: list[str] | Unset = UNSET
    if not isinstance(cloud_network_contains, Unset):
        json_cloud_network_contains = cloud_network_contains

    if isinstance(json_cloud_network_contains, list) and json_cloud_network_contains:
        params["cloudNetwork__contains"] = ",".join(str(item) for item in json_cloud_network_contains)

    json_aws_role_contains: list[str] | Unset = UNSET
    if not isinstance(aws_role_contains, Unset):
        json_aws_role_contains = aws_role_contains

    if isinstance(json_aws_role_contains, list) and json_aws_role_contains:
        params["awsRole__contains"] = ",".join(str(item) for item in json_aws_role_contains)

    json_aws_security_groups_contains: list[str] | Unset = UNSET
    if not isinstance(aws_security_groups_contains, Unset):
        json_aws_security_groups_contains = aws_security_groups_contains

    if isinstance(json_aws_security_groups_contains, list) and json_aws_security_groups_contains:
        params["awsSecurityGroups__contains"] = ",".join(str(item) for item in json_aws_security_groups_contains)

    json_aws_subnet_ids_contains: list[str] | Unset = UNSET
    if not isinstance(aws_subnet_ids_contains, Unset):
        json_aws_subnet_ids_contains = aws_subnet_ids_contains

    if isinstance(json_aws_subnet_ids_contains, list) and json_aws_subnet_ids_contains:
        params["awsSubnetIds__contains"] = ",".join(str(item) for item in json_aws_subnet_ids_contains)

    json_azure_resource_group_contains: list[str] | Unset = UNSET
    if not isinstance(azure_resource_group_contains, Unset):
        json_azure_resource_group_contains = azure_resource_group_contains

    if isinstance(json_azure_resource_group_contains, list) and json_azure_resource_group_contains:
        params["azureResourceGroup__contains"] = ",".join(str(item) for item in json_azure_resource_group_contains)

    json_gcp_service_account_contains: list[str] | Unset = UNSET
    if not isinstance(gcp_service_account_contains, Unset):
        json_gcp_service_account_contains = gcp_service_account_contains

    if isinstance(json_gcp_service_account_contains, list) and json_gcp_service_account_contains:
        params["gcpServiceAccount__contains"] = ",".join(str(item) for item in json_gcp_service_account_contains)

    json_k_8_s_cluster_name_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_cluster_name_contains, Unset):
        json_k_8_s_cluster_name_contains = k_8_s_cluster_name_contains

    if isinstance(json_k_8_s_cluster_name_contains, list) and json_k_8_s_cluster_name_contains:
        params["k8sClusterName__contains"] = ",".join(str(item) for item in json_k_8_s_cluster_name_contains)

    json_k_8_s_controller_labels_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_controller_labels_contains, Unset):
        json_k_8_s_controller_labels_contains = k_8_s_controller_labels_contains

    if isinstance(json_k_8_s_controller_labels_contains, list) and json_k_8_s_controller_labels_contains:
        params["k8sControllerLabels__contains"] = ",".join(str(item) for item in json_k_8_s_controller_labels_contains)

    json_k_8_s_controller_name_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_controller_name_contains, Unset):
        json_k_8_s_controller_name_contains = k_8_s_controller_name_contains

    if isinstance(json_k_8_s_controller_name_contains, list) and json_k_8_s_controller_name_contains:
        params["k8sControllerName__contains"] = ",".join(str(item) for item in json_k_8_s_controller_name_contains)

    json_k_8_s_namespace_labels_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_namespace_labels_contains, Unset):
        json_k_8_s_namespace_labels_contains = k_8_s_namespace_labels_contains

    if isinstance(json_k_8_s_namespace_labels_contains, list) and json_k_8_s_namespace_labels_contains:
        params["k8sNamespaceLabels__contains"] = ",".join(str(item) for item in json_k_8_s_namespace_labels_contains)

    json_k_8_s_namespace_name_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_namespace_name_contains, Unset):
        json_k_8_s_namespace_name_contains = k_8_s_namespace_name_contains

    if isinstance(json_k_8_s_namespace_name_contains, list) and json_k_8_s_namespace_name_contains:
        params["k8sNamespaceName__contains"] = ",".join(str(item) for item in json_k_8_s_namespace_name_contains)

    json_k_8_s_node_labels_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_node_labels_contains, Unset):
        json_k_8_s_node_labels_contains = k_8_s_node_labels_contains

    if isinstance(json_k_8_s_node_labels_contains, list) and json_k_8_s_node_labels_contains:
        params["k8sNodeLabels__contains"] = ",".join(str(item) for item in json_k_8_s_node_labels_contains)

    json_k_8_s_node_name_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_node_name_contains, Unset):
        json_k_8_s_node_name_contains = k_8_s_node_name_contains

    if isinstance(json_k_8_s_node_name_contains, list) and json_k_8_s_node_name_contains:
        params["k8sNodeName__contains"] = ",".join(str(item) for item in json_k_8_s_node_name_contains)

    json_k_8_s_pod_labels_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_pod_labels_contains, Unset):
        json_k_8_s_pod_labels_contains = k_8_s_pod_labels_contains

    if isinstance(json_k_8_s_pod_labels_contains, list) and json_k_8_s_pod_labels_contains:
        params["k8sPodLabels__contains"] = ",".join(str(item) for item in json_k_8_s_pod_labels_contains)

    json_k_8_s_pod_name_contains: list[str] | Unset = UNSET
    if not isinstance(k_8_s_pod_name_contains, Unset):
        json_k_8_s_pod_name_contains = k_8_s_pod_name_contains

    if isinstance(json_k_8_s_pod_name_contains, list) and json_k_8_s_pod_name_contains:
        params["k8sPodName__contains"] = ",".join(str(item) for item in json_k_8_s_pod_name_contains)

    json_container_image_name_contains: list[str] | Unset = UNSET
    if not isinstance(container_image_name_contains, Unset):
        json_container_image_name_contains = container_image_name_contains

    if isinstance(json_container_image_name_contains, list) and json_container_image_name_contains:
        params["containerImageName__contains"] = ",".join(str(item) for item in json_container_image_name_contains)

    json_container_labels_contains: list[str] | Unset = UNSET
    if not isinstance(container_labels_contains, Unset):
        json_container_labels_contains = container_labels_contains

    if isinstance(json_container_labels_contains, list) and json_container_labels_contains:
        params["containerLabels__contains"] = ",".join(str(item) for item in json_container_labels_contains)

    json_container_name_contains: list[str] | Unset = UNSET
    if not isinstance(container_name_contains, Unset):
        json_container_name_contains = container_name_contains

    if isinstance(json_container_name_contains, list) and json_container_name_contains:
        params["containerName__contains"] = ",".join(str(item) for item in json_container_name_contains)

    json_command_line_arguments_contains: list[str] | Unset = UNSET
    if not isinstance(command_line_arguments_contains, Unset):
        json_command_line_arguments_contains = command_line_arguments_contains

    if isinstance(json_command_line_arguments_contains, list) and json_command_line_arguments_contains:
        params["commandLineArguments__contains"] = ",".join(str(item) for item in json_command_line_arguments_contains)

    json_computer_name_contains: list[str] | Unset = UNSET
    if not isinstance(computer_name_contains, Unset):
        json_computer_name_contains = computer_name_contains

    if isinstance(json_computer_name_contains, list) and json_computer_name_contains:
        params["computerName__contains"] = ",".join(str(item) for item in json_computer_name_contains)

    json_content_hash_contains: list[str] | Unset = UNSET
    if not isinstance(content_hash_contains, Unset):
        json_content_hash_contains = content_hash_contains

    if isinstance(json_content_hash_contains, list) and json_content_hash_contains:
        params["contentHash__contains"] = ",".join(str(item) for item in json_content_hash_contains)

    json_detection_agent_domain_contains: list[str] | Unset = UNSET
    if not isinstance(detection_agent_domain_contains, Unset):
        json_detection_agent_domain_contains = detection_agent_domain_contains

    if isinstance(json_detection_agent_domain_contains, list) and json_detection_agent_domain_contains:
        params["detectionAgentDomain__contains"] = ",".join(str(item) for item in json_detection_agent_domain_contains)

    json_detection_agent_version_contains: list[str] | Unset = UNSET
    if not isinstance(detection_agent_version_contains, Unset):
        json_detection_agent_version_contains = detection_agent_version_contains

    if isinstance(json_detection_agent_version_contains, list) and json_detection_agent_version_contains:
        params["detectionAgentVersion__contains"] = ",".join(
            str(item) for item in json_detection_agent_version_contains
        )

    json_realtime_agent_version_contains: list[str] | Unset = UNSET
    if not isinstance(realtime_agent_version_contains, Unset):
        json_realtime_agent_version_contains = realtime_agent_version_contains

    if isinstance(json_realtime_agent_version_contains, list) and json_realtime_agent_version_contains:
        params["realtimeAgentVersion__contains"] = ",".join(str(item) for item in json_realtime_agent_version_contains)

    json_external_ticket_id_contains: list[str] | Unset = UNSET
    if not isinstance(external_ticket_id_contains, Unset):
        json_external_ticket_id_contains = external_ticket_id_contains

    if isinstance(json_external_ticket_id_contains, list) and json_external_ticket_id_contains:
        params["externalTicketId__contains"] = ",".join(str(item) for item in json_external_ticket_id_contains)

    json_file_path_contains: list[str] | Unset = UNSET
    if not isinstance(file_path_contains, Unset):
        json_file_path_contains = file_path_contains

    if isinstance(json_file_path_contains, list) and json_file_path_contains:
        params["filePath__contains"] = ",".join(str(item) for item in json_file_path_contains)

    json_initiated_by_username_contains: list[str] | Unset = UNSET
    if not isinstance(initiated_by_username_contains, Unset):
        json_initiated_by_username_contains = initiated_by_username_contains

    if isinstance(json_initiated_by_username_contains, list) and json_initiated_by_username_contains:
        params["initiatedByUsername__contains"] = ",".join(str(item) for item in json_initiated_by_username_contains)

    json_originated_process_contains: list[str] | Unset = UNSET
    if not isinstance(originated_process_contains, Unset):
        json_originated_process_contains = originated_process_contains

    if isinstance(json_originated_process_contains, list) and json_originated_process_contains:
        params["originatedProcess__contains"] = ",".join(str(item) for item in json_originated_process_contains)

    json_publisher_name_contains: list[str] | Unset = UNSET
    if not isinstance(publisher_name_contains, Unset):
        json_publisher_name_contains = publisher_name_contains

    if isinstance(json_publisher_name_contains, list) and json_publisher_name_contains:
        params["publisherName__contains"] = ",".join(str(item) for item in json_publisher_name_contains)

    json_storyline_contains: list[str] | Unset = UNSET
    if not isinstance(storyline_contains, Unset):
        json_storyline_contains = storyline_contains

    if isinstance(json_storyline_contains, list) and json_storyline_contains:
        params["storyline__contains"] = ",".join(str(item) for item in json_storyline_contains)

    json_threat_details_contains: list[str] | Unset = UNSET
    if not isinstance(threat_details_contains, Unset):
        json_threat_details_contains = threat_details_contains

    if isinstance(json_threat_details_contains, list) and json_threat_details_contains:
        params["threatDetails__contains"] = ",".join(str(item) for item in json_threat_details_contains)

    json_uuid_contains: list[str] | Unset = UNSET
    if not isinstance(uuid_contains, Unset):
        json_uuid_contains = uuid_contains

    if isinstance(json_uuid_contains, list) and json_uuid_contains:
        params["uuid__contains"] = ",".join(str(item) for item in json_uuid_contains)

    params["query"] = query

    params["displayName"] = display_name

    params["countsFor"] = counts_for

    params["externalTicketExists"] = external_ticket_exists

    params["noteExists"] = note_exists

    params["failedActions"] = failed_actions

    params["pendingActions"] = pending_actions

    params["rebootRequired"] = reboot_required

    params["mitigatedPreemptively"] = mitigated_preemptively

    params["resolved"] = resolved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/web/api/v2.1/threats",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | ServerErrorResponse | ThreatList | None:
    if response.status_code == 200:
        response_200 = ThreatList.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ApiErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = ServerErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorResponse | ServerErrorResponse | ThreatList]:
    # A status outside http.HTTPStatus (e.g. 420) stays a plain int instead of raising.
    status_code: HTTPStatus | int
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        status_code = response.status_code
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError):
        # An error answer that is not the documented body (a proxy's HTML 502, a
        # truncated 500) keeps its raw content instead of escaping as a parse error.
        if response.status_code < 400:
            raise
        parsed = None
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    collection_ids: list[str] | Unset = UNSET,
    storylines: list[str] | Unset = UNSET,
    external_ticket_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    tenant: bool | Unset = UNSET,
    incident_statuses: list[IncidentStatus] | Unset = UNSET,
    incident_statuses_nin: list[IncidentStatus] | Unset = UNSET,
    analyst_verdicts: list[AnalystVerdict] | Unset = UNSET,
    analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET,
    confidence_levels: list[ConfidenceLevel] | Unset = UNSET,
    confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    classifications_nin: list[str] | Unset = UNSET,
    classification_sources: list[ClassificationSource] | Unset = UNSET,
    classification_sources_nin: list[ClassificationSource] | Unset = UNSET,
    engines: list[DetectionEngine] | Unset = UNSET,
    engines_nin: list[DetectionEngine] | Unset = UNSET,
    detection_engines: list[DetectionEngine] | Unset = UNSET,
    detection_engines_nin: list[DetectionEngine] | Unset = UNSET,
    initiated_by: list[InitiatedBy] | Unset = UNSET,
    initiated_by_nin: list[InitiatedBy] | Unset = UNSET,
    os_types: list[OsType] | Unset = UNSET,
    os_types_nin: list[OsType] | Unset = UNSET,
    os_archs: list[OsArch] | Unset = UNSET,
    os_names: list[str] | Unset = UNSET,
    os_names_nin: list[str] | Unset = UNSET,
    agent_machine_types: list[AgentMachineType] | Unset = UNSET,
    agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET,
    agent_versions: list[str] | Unset = UNSET,
    agent_versions_nin: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    agent_tags_data: str | Unset = UNSET,
    has_agent_tags: bool | Unset = UNSET,
    cloud_provider: list[str] | Unset = UNSET,
    cloud_provider_nin: list[str] | Unset = UNSET,
    cloud_account_contains: list[str] | Unset = UNSET,
    cloud_image_contains: list[str] | Unset = UNSET,
    cloud_instance_id_contains: list[str] | Unset = UNSET,
    cloud_instance_size_contains: list[str] | Unset = UNSET,
    cloud_location_contains: list[str] | Unset = UNSET,
    cloud_network_contains: list[str] | Unset = UNSET,
    aws_role_contains: list[str] | Unset = UNSET,
    aws_security_groups_contains: list[str] | Unset = UNSET,
    aws_subnet_ids_contains: list[str] | Unset = UNSET,
    azure_resource_group_contains: list[str] | Unset = UNSET,
    gcp_service_account_contains: list[str] | Unset = UNSET,
    k_8_s_cluster_name_contains: list[str] | Unset = UNSET,
    k_8_s_controller_labels_contains: list[str] | Unset = UNSET,
    k_8_s_controller_name_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_labels_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_name_contains: list[str] | Unset = UNSET,
    k_8_s_node_labels_contains: list[str] | Unset = UNSET,
    k_8_s_node_name_contains: list[str] | Unset = UNSET,
    k_8_s_pod_labels_contains: list[str] | Unset = UNSET,
    k_8_s_pod_name_contains: list[str] | Unset = UNSET,
    container_image_name_contains: list[str] | Unset = UNSET,
    container_labels_contains: list[str] | Unset = UNSET,
    container_name_contains: list[str] | Unset = UNSET,
    command_line_arguments_contains: list[str] | Unset = UNSET,
    computer_name_contains: list[str] | Unset = UNSET,
    content_hash_contains: list[str] | Unset = UNSET,
    detection_agent_domain_contains: list[str] | Unset = UNSET,
    detection_agent_version_contains: list[str] | Unset = UNSET,
    realtime_agent_version_contains: list[str] | Unset = UNSET,
    external_ticket_id_contains: list[str] | Unset = UNSET,
    file_path_contains: list[str] | Unset = UNSET,
    initiated_by_username_contains: list[str] | Unset = UNSET,
    originated_process_contains: list[str] | Unset = UNSET,
    publisher_name_contains: list[str] | Unset = UNSET,
    storyline_contains: list[str] | Unset = UNSET,
    threat_details_contains: list[str] | Unset = UNSET,
    uuid_contains: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    counts_for: str | Unset = UNSET,
    external_ticket_exists: bool | Unset = UNSET,
    note_exists: bool | Unset = UNSET,
    failed_actions: bool | Unset = UNSET,
    pending_actions: bool | Unset = UNSET,
    reboot_required: bool | Unset = UNSET,
    mitigated_preemptively: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | ServerErrorResponse | ThreatList]:
    """List the threats that match filters

     Companion endpoint both update documents rely on: it takes every filter of
    `ThreatFilter` as a query parameter and answers the matching threats, so a caller
    can see which threats an update would touch, and read back the ticket id, incident
    status and verdict it wrote.

    List-valued filters are sent comma-separated in one parameter
    (`osTypes=windows,linux`); a threat matches a list filter when it matches any of
    its values, and matches the whole query when it matches every filter given.

    Paging is by cursor: pass `pagination.nextCursor` back as `cursor` until it is
    null. `skip` works only for the first 1000 threats.

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        collection_ids (list[str] | Unset):
        storylines (list[str] | Unset):
        external_ticket_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        tenant (bool | Unset):
        incident_statuses (list[IncidentStatus] | Unset):
        incident_statuses_nin (list[IncidentStatus] | Unset):
        analyst_verdicts (list[AnalystVerdict] | Unset):
        analyst_verdicts_nin (list[AnalystVerdict] | Unset):
        confidence_levels (list[ConfidenceLevel] | Unset):
        confidence_levels_nin (list[ConfidenceLevel] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        mitigation_statuses_nin (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        classifications_nin (list[str] | Unset):
        classification_sources (list[ClassificationSource] | Unset):
        classification_sources_nin (list[ClassificationSource] | Unset):
        engines (list[DetectionEngine] | Unset):
        engines_nin (list[DetectionEngine] | Unset):
        detection_engines (list[DetectionEngine] | Unset):
        detection_engines_nin (list[DetectionEngine] | Unset):
        initiated_by (list[InitiatedBy] | Unset):
        initiated_by_nin (list[InitiatedBy] | Unset):
        os_types (list[OsType] | Unset):
        os_types_nin (list[OsType] | Unset):
        os_archs (list[OsArch] | Unset):
        os_names (list[str] | Unset):
        os_names_nin (list[str] | Unset):
        agent_machine_types (list[AgentMachineType] | Unset):
        agent_machine_types_nin (list[AgentMachineType] | Unset):
        agent_versions (list[str] | Unset):
        agent_versions_nin (list[str] | Unset):
        agent_is_active (bool | Unset):
        agent_tags_data (str | Unset):
        has_agent_tags (bool | Unset):
        cloud_provider (list[str] | Unset):
        cloud_provider_nin (list[str] | Unset):
        cloud_account_contains (list[str] | Unset):
        cloud_image_contains (list[str] | Unset):
        cloud_instance_id_contains (list[str] | Unset):
        cloud_instance_size_contains (list[str] | Unset):
        cloud_location_contains (list[str] | Unset):
        cloud_network_contains (list[str] | Unset):
        aws_role_contains (list[str] | Unset):
        aws_security_groups_contains (list[str] | Unset):
        aws_subnet_ids_contains (list[str] | Unset):
        azure_resource_group_contains (list[str] | Unset):
        gcp_service_account_contains (list[str] | Unset):
        k_8_s_cluster_name_contains (list[str] | Unset):
        k_8_s_controller_labels_contains (list[str] | Unset):
        k_8_s_controller_name_contains (list[str] | Unset):
        k_8_s_namespace_labels_contains (list[str] | Unset):
        k_8_s_namespace_name_contains (list[str] | Unset):
        k_8_s_node_labels_contains (list[str] | Unset):
        k_8_s_node_name_contains (list[str] | Unset):
        k_8_s_pod_labels_contains (list[str] | Unset):
        k_8_s_pod_name_contains (list[str] | Unset):
        container_image_name_contains (list[str] | Unset):
        container_labels_contains (list[str] | Unset):
        container_name_contains (list[str] | Unset):
        command_line_arguments_contains (list[str] | Unset):
        computer_name_contains (list[str] | Unset):
        content_hash_contains (list[str] | Unset):
        detection_agent_domain_contains (list[str] | Unset):
        detection_agent_version_contains (list[str] | Unset):
        realtime_agent_version_contains (list[str] | Unset):
        external_ticket_id_contains (list[str] | Unset):
        file_path_contains (list[str] | Unset):
        initiated_by_username_contains (list[str] | Unset):
        originated_process_contains (list[str] | Unset):
        publisher_name_contains (list[str] | Unset):
        storyline_contains (list[str] | Unset):
        threat_details_contains (list[str] | Unset):
        uuid_contains (list[str] | Unset):
        query (str | Unset):
        display_name (str | Unset):
        counts_for (str | Unset):
        external_ticket_exists (bool | Unset):
        note_exists (bool | Unset):
        failed_actions (bool | Unset):
        pending_actions (bool | Unset):
        reboot_required (bool | Unset):
        mitigated_preemptively (bool | Unset):
        resolved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ServerErrorResponse | ThreatList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        cursor=cursor,
        count_only=count_only,
        skip_count=skip_count,
        sort_by=sort_by,
        sort_order=sort_order,
        created_at_gt=created_at_gt,
        created_at_gte=created_at_gte,
        created_at_lt=created_at_lt,
        created_at_lte=created_at_lte,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        ids=ids,
        account_ids=account_ids,
        site_ids=site_ids,
        group_ids=group_ids,
        agent_ids=agent_ids,
        collection_ids=collection_ids,
        storylines=storylines,
        external_ticket_ids=external_ticket_ids,
        content_hashes=content_hashes,
        tenant=tenant,
        incident_statuses=incident_statuses,
        incident_statuses_nin=incident_statuses_nin,
        analyst_verdicts=analyst_verdicts,
        analyst_verdicts_nin=analyst_verdicts_nin,
        confidence_levels=confidence_levels,
        confidence_levels_nin=confidence_levels_nin,
        mitigation_statuses=mitigation_statuses,
        mitigation_statuses_nin=mitigation_statuses_nin,
        classifications=classifications,
        classifications_nin=classifications_nin,
        classification_sources=classification_sources,
        classification_sources_nin=classification_sources_nin,
        engines=engines,
        engines_nin=engines_nin,
        detection_engines=detection_engines,
        detection_engines_nin=detection_engines_nin,
        initiated_by=initiated_by,
        initiated_by_nin=initiated_by_nin,
        os_types=os_types,
        os_types_nin=os_types_nin,
        os_archs=os_archs,
        os_names=os_names,
        os_names_nin=os_names_nin,
        agent_machine_types=agent_machine_types,
        agent_machine_types_nin=agent_machine_types_nin,
        agent_versions=agent_versions,
        agent_versions_nin=agent_versions_nin,
        agent_is_active=agent_is_active,
        agent_tags_data=agent_tags_data,
        has_agent_tags=has_agent_tags,
        cloud_provider=cloud_provider,
        cloud_provider_nin=cloud_provider_nin,
        cloud_account_contains=cloud_account_contains,
        cloud_image_contains=cloud_image_contains,
        cloud_instance_id_contains=cloud_instance_id_contains,
        cloud_instance_size_contains=cloud_instance_size_contains,
        cloud_location_contains=cloud_location_contains,
        cloud_network_contains=cloud_network_contains,
        aws_role_contains=aws_role_contains,
        aws_security_groups_contains=aws_security_groups_contains,
        aws_subnet_ids_contains=aws_subnet_ids_contains,
        azure_resource_group_contains=azure_resource_group_contains,
        gcp_service_account_contains=gcp_service_account_contains,
        k_8_s_cluster_name_contains=k_8_s_cluster_name_contains,
        k_8_s_controller_labels_contains=k_8_s_controller_labels_contains,
        k_8_s_controller_name_contains=k_8_s_controller_name_contains,
        k_8_s_namespace_labels_contains=k_8_s_namespace_labels_contains,
        k_8_s_namespace_name_contains=k_8_s_namespace_name_contains,
        k_8_s_node_labels_contains=k_8_s_node_labels_contains,
        k_8_s_node_name_contains=k_8_s_node_name_contains,
        k_8_s_pod_labels_contains=k_8_s_pod_labels_contains,
        k_8_s_pod_name_contains=k_8_s_pod_name_contains,
        container_image_name_contains=container_image_name_contains,
        container_labels_contains=container_labels_contains,
        container_name_contains=container_name_contains,
        command_line_arguments_contains=command_line_arguments_contains,
        computer_name_contains=computer_name_contains,
        content_hash_contains=content_hash_contains,
        detection_agent_domain_contains=detection_agent_domain_contains,
        detection_agent_version_contains=detection_agent_version_contains,
        realtime_agent_version_contains=realtime_agent_version_contains,
        external_ticket_id_contains=external_ticket_id_contains,
        file_path_contains=file_path_contains,
        initiated_by_username_contains=initiated_by_username_contains,
        originated_process_contains=originated_process_contains,
        publisher_name_contains=publisher_name_contains,
        storyline_contains=storyline_contains,
        threat_details_contains=threat_details_contains,
        uuid_contains=uuid_contains,
        query=query,
        display_name=display_name,
        counts_for=counts_for,
        external_ticket_exists=external_ticket_exists,
        note_exists=note_exists,
        failed_actions=failed_actions,
        pending_actions=pending_actions,
        reboot_required=reboot_required,
        mitigated_preemptively=mitigated_preemptively,
        resolved=resolved,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    collection_ids: list[str] | Unset = UNSET,
    storylines: list[str] | Unset = UNSET,
    external_ticket_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    tenant: bool | Unset = UNSET,
    incident_statuses: list[IncidentStatus] | Unset = UNSET,
    incident_statuses_nin: list[IncidentStatus] | Unset = UNSET,
    analyst_verdicts: list[AnalystVerdict] | Unset = UNSET,
    analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET,
    confidence_levels: list[ConfidenceLevel] | Unset = UNSET,
    confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    classifications_nin: list[str] | Unset = UNSET,
    classification_sources: list[ClassificationSource] | Unset = UNSET,
    classification_sources_nin: list[ClassificationSource] | Unset = UNSET,
    engines: list[DetectionEngine] | Unset = UNSET,
    engines_nin: list[DetectionEngine] | Unset = UNSET,
    detection_engines: list[DetectionEngine] | Unset = UNSET,
    detection_engines_nin: list[DetectionEngine] | Unset = UNSET,
    initiated_by: list[InitiatedBy] | Unset = UNSET,
    initiated_by_nin: list[InitiatedBy] | Unset = UNSET,
    os_types: list[OsType] | Unset = UNSET,
    os_types_nin: list[OsType] | Unset = UNSET,
    os_archs: list[OsArch] | Unset = UNSET,
    os_names: list[str] | Unset = UNSET,
    os_names_nin: list[str] | Unset = UNSET,
    agent_machine_types: list[AgentMachineType] | Unset = UNSET,
    agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET,
    agent_versions: list[str] | Unset = UNSET,
    agent_versions_nin: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    agent_tags_data: str | Unset = UNSET,
    has_agent_tags: bool | Unset = UNSET,
    cloud_provider: list[str] | Unset = UNSET,
    cloud_provider_nin: list[str] | Unset = UNSET,
    cloud_account_contains: list[str] | Unset = UNSET,
    cloud_image_contains: list[str] | Unset = UNSET,
    cloud_instance_id_contains: list[str] | Unset = UNSET,
    cloud_instance_size_contains: list[str] | Unset = UNSET,
    cloud_location_contains: list[str] | Unset = UNSET,
    cloud_network_contains: list[str] | Unset = UNSET,
    aws_role_contains: list[str] | Unset = UNSET,
    aws_security_groups_contains: list[str] | Unset = UNSET,
    aws_subnet_ids_contains: list[str] | Unset = UNSET,
    azure_resource_group_contains: list[str] | Unset = UNSET,
    gcp_service_account_contains: list[str] | Unset = UNSET,
    k_8_s_cluster_name_contains: list[str] | Unset = UNSET,
    k_8_s_controller_labels_contains: list[str] | Unset = UNSET,
    k_8_s_controller_name_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_labels_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_name_contains: list[str] | Unset = UNSET,
    k_8_s_node_labels_contains: list[str] | Unset = UNSET,
    k_8_s_node_name_contains: list[str] | Unset = UNSET,
    k_8_s_pod_labels_contains: list[str] | Unset = UNSET,
    k_8_s_pod_name_contains: list[str] | Unset = UNSET,
    container_image_name_contains: list[str] | Unset = UNSET,
    container_labels_contains: list[str] | Unset = UNSET,
    container_name_contains: list[str] | Unset = UNSET,
    command_line_arguments_contains: list[str] | Unset = UNSET,
    computer_name_contains: list[str] | Unset = UNSET,
    content_hash_contains: list[str] | Unset = UNSET,
    detection_agent_domain_contains: list[str] | Unset = UNSET,
    detection_agent_version_contains: list[str] | Unset = UNSET,
    realtime_agent_version_contains: list[str] | Unset = UNSET,
    external_ticket_id_contains: list[str] | Unset = UNSET,
    file_path_contains: list[str] | Unset = UNSET,
    initiated_by_username_contains: list[str] | Unset = UNSET,
    originated_process_contains: list[str] | Unset = UNSET,
    publisher_name_contains: list[str] | Unset = UNSET,
    storyline_contains: list[str] | Unset = UNSET,
    threat_details_contains: list[str] | Unset = UNSET,
    uuid_contains: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    counts_for: str | Unset = UNSET,
    external_ticket_exists: bool | Unset = UNSET,
    note_exists: bool | Unset = UNSET,
    failed_actions: bool | Unset = UNSET,
    pending_actions: bool | Unset = UNSET,
    reboot_required: bool | Unset = UNSET,
    mitigated_preemptively: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
) -> ApiErrorResponse | ServerErrorResponse | ThreatList | None:
    """List the threats that match filters

     Companion endpoint both update documents rely on: it takes every filter of
    `ThreatFilter` as a query parameter and answers the matching threats, so a caller
    can see which threats an update would touch, and read back the ticket id, incident
    status and verdict it wrote.

    List-valued filters are sent comma-separated in one parameter
    (`osTypes=windows,linux`); a threat matches a list filter when it matches any of
    its values, and matches the whole query when it matches every filter given.

    Paging is by cursor: pass `pagination.nextCursor` back as `cursor` until it is
    null. `skip` works only for the first 1000 threats.

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        collection_ids (list[str] | Unset):
        storylines (list[str] | Unset):
        external_ticket_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        tenant (bool | Unset):
        incident_statuses (list[IncidentStatus] | Unset):
        incident_statuses_nin (list[IncidentStatus] | Unset):
        analyst_verdicts (list[AnalystVerdict] | Unset):
        analyst_verdicts_nin (list[AnalystVerdict] | Unset):
        confidence_levels (list[ConfidenceLevel] | Unset):
        confidence_levels_nin (list[ConfidenceLevel] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        mitigation_statuses_nin (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        classifications_nin (list[str] | Unset):
        classification_sources (list[ClassificationSource] | Unset):
        classification_sources_nin (list[ClassificationSource] | Unset):
        engines (list[DetectionEngine] | Unset):
        engines_nin (list[DetectionEngine] | Unset):
        detection_engines (list[DetectionEngine] | Unset):
        detection_engines_nin (list[DetectionEngine] | Unset):
        initiated_by (list[InitiatedBy] | Unset):
        initiated_by_nin (list[InitiatedBy] | Unset):
        os_types (list[OsType] | Unset):
        os_types_nin (list[OsType] | Unset):
        os_archs (list[OsArch] | Unset):
        os_names (list[str] | Unset):
        os_names_nin (list[str] | Unset):
        agent_machine_types (list[AgentMachineType] | Unset):
        agent_machine_types_nin (list[AgentMachineType] | Unset):
        agent_versions (list[str] | Unset):
        agent_versions_nin (list[str] | Unset):
        agent_is_active (bool | Unset):
        agent_tags_data (str | Unset):
        has_agent_tags (bool | Unset):
        cloud_provider (list[str] | Unset):
        cloud_provider_nin (list[str] | Unset):
        cloud_account_contains (list[str] | Unset):
        cloud_image_contains (list[str] | Unset):
        cloud_instance_id_contains (list[str] | Unset):
        cloud_instance_size_contains (list[str] | Unset):
        cloud_location_contains (list[str] | Unset):
        cloud_network_contains (list[str] | Unset):
        aws_role_contains (list[str] | Unset):
        aws_security_groups_contains (list[str] | Unset):
        aws_subnet_ids_contains (list[str] | Unset):
        azure_resource_group_contains (list[str] | Unset):
        gcp_service_account_contains (list[str] | Unset):
        k_8_s_cluster_name_contains (list[str] | Unset):
        k_8_s_controller_labels_contains (list[str] | Unset):
        k_8_s_controller_name_contains (list[str] | Unset):
        k_8_s_namespace_labels_contains (list[str] | Unset):
        k_8_s_namespace_name_contains (list[str] | Unset):
        k_8_s_node_labels_contains (list[str] | Unset):
        k_8_s_node_name_contains (list[str] | Unset):
        k_8_s_pod_labels_contains (list[str] | Unset):
        k_8_s_pod_name_contains (list[str] | Unset):
        container_image_name_contains (list[str] | Unset):
        container_labels_contains (list[str] | Unset):
        container_name_contains (list[str] | Unset):
        command_line_arguments_contains (list[str] | Unset):
        computer_name_contains (list[str] | Unset):
        content_hash_contains (list[str] | Unset):
        detection_agent_domain_contains (list[str] | Unset):
        detection_agent_version_contains (list[str] | Unset):
        realtime_agent_version_contains (list[str] | Unset):
        external_ticket_id_contains (list[str] | Unset):
        file_path_contains (list[str] | Unset):
        initiated_by_username_contains (list[str] | Unset):
        originated_process_contains (list[str] | Unset):
        publisher_name_contains (list[str] | Unset):
        storyline_contains (list[str] | Unset):
        threat_details_contains (list[str] | Unset):
        uuid_contains (list[str] | Unset):
        query (str | Unset):
        display_name (str | Unset):
        counts_for (str | Unset):
        external_ticket_exists (bool | Unset):
        note_exists (bool | Unset):
        failed_actions (bool | Unset):
        pending_actions (bool | Unset):
        reboot_required (bool | Unset):
        mitigated_preemptively (bool | Unset):
        resolved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ServerErrorResponse | ThreatList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        cursor=cursor,
        count_only=count_only,
        skip_count=skip_count,
        sort_by=sort_by,
        sort_order=sort_order,
        created_at_gt=created_at_gt,
        created_at_gte=created_at_gte,
        created_at_lt=created_at_lt,
        created_at_lte=created_at_lte,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        ids=ids,
        account_ids=account_ids,
        site_ids=site_ids,
        group_ids=group_ids,
        agent_ids=agent_ids,
        collection_ids=collection_ids,
        storylines=storylines,
        external_ticket_ids=external_ticket_ids,
        content_hashes=content_hashes,
        tenant=tenant,
        incident_statuses=incident_statuses,
        incident_statuses_nin=incident_statuses_nin,
        analyst_verdicts=analyst_verdicts,
        analyst_verdicts_nin=analyst_verdicts_nin,
        confidence_levels=confidence_levels,
        confidence_levels_nin=confidence_levels_nin,
        mitigation_statuses=mitigation_statuses,
        mitigation_statuses_nin=mitigation_statuses_nin,
        classifications=classifications,
        classifications_nin=classifications_nin,
        classification_sources=classification_sources,
        classification_sources_nin=classification_sources_nin,
        engines=engines,
        engines_nin=engines_nin,
        detection_engines=detection_engines,
        detection_engines_nin=detection_engines_nin,
        initiated_by=initiated_by,
        initiated_by_nin=initiated_by_nin,
        os_types=os_types,
        os_types_nin=os_types_nin,
        os_archs=os_archs,
        os_names=os_names,
        os_names_nin=os_names_nin,
        agent_machine_types=agent_machine_types,
        agent_machine_types_nin=agent_machine_types_nin,
        agent_versions=agent_versions,
        agent_versions_nin=agent_versions_nin,
        agent_is_active=agent_is_active,
        agent_tags_data=agent_tags_data,
        has_agent_tags=has_agent_tags,
        cloud_provider=cloud_provider,
        cloud_provider_nin=cloud_provider_nin,
        cloud_account_contains=cloud_account_contains,
        cloud_image_contains=cloud_image_contains,
        cloud_instance_id_contains=cloud_instance_id_contains,
        cloud_instance_size_contains=cloud_instance_size_contains,
        cloud_location_contains=cloud_location_contains,
        cloud_network_contains=cloud_network_contains,
        aws_role_contains=aws_role_contains,
        aws_security_groups_contains=aws_security_groups_contains,
        aws_subnet_ids_contains=aws_subnet_ids_contains,
        azure_resource_group_contains=azure_resource_group_contains,
        gcp_service_account_contains=gcp_service_account_contains,
        k_8_s_cluster_name_contains=k_8_s_cluster_name_contains,
        k_8_s_controller_labels_contains=k_8_s_controller_labels_contains,
        k_8_s_controller_name_contains=k_8_s_controller_name_contains,
        k_8_s_namespace_labels_contains=k_8_s_namespace_labels_contains,
        k_8_s_namespace_name_contains=k_8_s_namespace_name_contains,
        k_8_s_node_labels_contains=k_8_s_node_labels_contains,
        k_8_s_node_name_contains=k_8_s_node_name_contains,
        k_8_s_pod_labels_contains=k_8_s_pod_labels_contains,
        k_8_s_pod_name_contains=k_8_s_pod_name_contains,
        container_image_name_contains=container_image_name_contains,
        container_labels_contains=container_labels_contains,
        container_name_contains=container_name_contains,
        command_line_arguments_contains=command_line_arguments_contains,
        computer_name_contains=computer_name_contains,
        content_hash_contains=content_hash_contains,
        detection_agent_domain_contains=detection_agent_domain_contains,
        detection_agent_version_contains=detection_agent_version_contains,
        realtime_agent_version_contains=realtime_agent_version_contains,
        external_ticket_id_contains=external_ticket_id_contains,
        file_path_contains=file_path_contains,
        initiated_by_username_contains=initiated_by_username_contains,
        originated_process_contains=originated_process_contains,
        publisher_name_contains=publisher_name_contains,
        storyline_contains=storyline_contains,
        threat_details_contains=threat_details_contains,
        uuid_contains=uuid_contains,
        query=query,
        display_name=display_name,
        counts_for=counts_for,
        external_ticket_exists=external_ticket_exists,
        note_exists=note_exists,
        failed_actions=failed_actions,
        pending_actions=pending_actions,
        reboot_required=reboot_required,
        mitigated_preemptively=mitigated_preemptively,
        resolved=resolved,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    collection_ids: list[str] | Unset = UNSET,
    storylines: list[str] | Unset = UNSET,
    external_ticket_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    tenant: bool | Unset = UNSET,
    incident_statuses: list[IncidentStatus] | Unset = UNSET,
    incident_statuses_nin: list[IncidentStatus] | Unset = UNSET,
    analyst_verdicts: list[AnalystVerdict] | Unset = UNSET,
    analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET,
    confidence_levels: list[ConfidenceLevel] | Unset = UNSET,
    confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    classifications_nin: list[str] | Unset = UNSET,
    classification_sources: list[ClassificationSource] | Unset = UNSET,
    classification_sources_nin: list[ClassificationSource] | Unset = UNSET,
    engines: list[DetectionEngine] | Unset = UNSET,
    engines_nin: list[DetectionEngine] | Unset = UNSET,
    detection_engines: list[DetectionEngine] | Unset = UNSET,
    detection_engines_nin: list[DetectionEngine] | Unset = UNSET,
    initiated_by: list[InitiatedBy] | Unset = UNSET,
    initiated_by_nin: list[InitiatedBy] | Unset = UNSET,
    os_types: list[OsType] | Unset = UNSET,
    os_types_nin: list[OsType] | Unset = UNSET,
    os_archs: list[OsArch] | Unset = UNSET,
    os_names: list[str] | Unset = UNSET,
    os_names_nin: list[str] | Unset = UNSET,
    agent_machine_types: list[AgentMachineType] | Unset = UNSET,
    agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET,
    agent_versions: list[str] | Unset = UNSET,
    agent_versions_nin: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    agent_tags_data: str | Unset = UNSET,
    has_agent_tags: bool | Unset = UNSET,
    cloud_provider: list[str] | Unset = UNSET,
    cloud_provider_nin: list[str] | Unset = UNSET,
    cloud_account_contains: list[str] | Unset = UNSET,
    cloud_image_contains: list[str] | Unset = UNSET,
    cloud_instance_id_contains: list[str] | Unset = UNSET,
    cloud_instance_size_contains: list[str] | Unset = UNSET,
    cloud_location_contains: list[str] | Unset = UNSET,
    cloud_network_contains: list[str] | Unset = UNSET,
    aws_role_contains: list[str] | Unset = UNSET,
    aws_security_groups_contains: list[str] | Unset = UNSET,
    aws_subnet_ids_contains: list[str] | Unset = UNSET,
    azure_resource_group_contains: list[str] | Unset = UNSET,
    gcp_service_account_contains: list[str] | Unset = UNSET,
    k_8_s_cluster_name_contains: list[str] | Unset = UNSET,
    k_8_s_controller_labels_contains: list[str] | Unset = UNSET,
    k_8_s_controller_name_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_labels_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_name_contains: list[str] | Unset = UNSET,
    k_8_s_node_labels_contains: list[str] | Unset = UNSET,
    k_8_s_node_name_contains: list[str] | Unset = UNSET,
    k_8_s_pod_labels_contains: list[str] | Unset = UNSET,
    k_8_s_pod_name_contains: list[str] | Unset = UNSET,
    container_image_name_contains: list[str] | Unset = UNSET,
    container_labels_contains: list[str] | Unset = UNSET,
    container_name_contains: list[str] | Unset = UNSET,
    command_line_arguments_contains: list[str] | Unset = UNSET,
    computer_name_contains: list[str] | Unset = UNSET,
    content_hash_contains: list[str] | Unset = UNSET,
    detection_agent_domain_contains: list[str] | Unset = UNSET,
    detection_agent_version_contains: list[str] | Unset = UNSET,
    realtime_agent_version_contains: list[str] | Unset = UNSET,
    external_ticket_id_contains: list[str] | Unset = UNSET,
    file_path_contains: list[str] | Unset = UNSET,
    initiated_by_username_contains: list[str] | Unset = UNSET,
    originated_process_contains: list[str] | Unset = UNSET,
    publisher_name_contains: list[str] | Unset = UNSET,
    storyline_contains: list[str] | Unset = UNSET,
    threat_details_contains: list[str] | Unset = UNSET,
    uuid_contains: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    counts_for: str | Unset = UNSET,
    external_ticket_exists: bool | Unset = UNSET,
    note_exists: bool | Unset = UNSET,
    failed_actions: bool | Unset = UNSET,
    pending_actions: bool | Unset = UNSET,
    reboot_required: bool | Unset = UNSET,
    mitigated_preemptively: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
) -> Response[ApiErrorResponse | ServerErrorResponse | ThreatList]:
    """List the threats that match filters

     Companion endpoint both update documents rely on: it takes every filter of
    `ThreatFilter` as a query parameter and answers the matching threats, so a caller
    can see which threats an update would touch, and read back the ticket id, incident
    status and verdict it wrote.

    List-valued filters are sent comma-separated in one parameter
    (`osTypes=windows,linux`); a threat matches a list filter when it matches any of
    its values, and matches the whole query when it matches every filter given.

    Paging is by cursor: pass `pagination.nextCursor` back as `cursor` until it is
    null. `skip` works only for the first 1000 threats.

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        collection_ids (list[str] | Unset):
        storylines (list[str] | Unset):
        external_ticket_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        tenant (bool | Unset):
        incident_statuses (list[IncidentStatus] | Unset):
        incident_statuses_nin (list[IncidentStatus] | Unset):
        analyst_verdicts (list[AnalystVerdict] | Unset):
        analyst_verdicts_nin (list[AnalystVerdict] | Unset):
        confidence_levels (list[ConfidenceLevel] | Unset):
        confidence_levels_nin (list[ConfidenceLevel] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        mitigation_statuses_nin (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        classifications_nin (list[str] | Unset):
        classification_sources (list[ClassificationSource] | Unset):
        classification_sources_nin (list[ClassificationSource] | Unset):
        engines (list[DetectionEngine] | Unset):
        engines_nin (list[DetectionEngine] | Unset):
        detection_engines (list[DetectionEngine] | Unset):
        detection_engines_nin (list[DetectionEngine] | Unset):
        initiated_by (list[InitiatedBy] | Unset):
        initiated_by_nin (list[InitiatedBy] | Unset):
        os_types (list[OsType] | Unset):
        os_types_nin (list[OsType] | Unset):
        os_archs (list[OsArch] | Unset):
        os_names (list[str] | Unset):
        os_names_nin (list[str] | Unset):
        agent_machine_types (list[AgentMachineType] | Unset):
        agent_machine_types_nin (list[AgentMachineType] | Unset):
        agent_versions (list[str] | Unset):
        agent_versions_nin (list[str] | Unset):
        agent_is_active (bool | Unset):
        agent_tags_data (str | Unset):
        has_agent_tags (bool | Unset):
        cloud_provider (list[str] | Unset):
        cloud_provider_nin (list[str] | Unset):
        cloud_account_contains (list[str] | Unset):
        cloud_image_contains (list[str] | Unset):
        cloud_instance_id_contains (list[str] | Unset):
        cloud_instance_size_contains (list[str] | Unset):
        cloud_location_contains (list[str] | Unset):
        cloud_network_contains (list[str] | Unset):
        aws_role_contains (list[str] | Unset):
        aws_security_groups_contains (list[str] | Unset):
        aws_subnet_ids_contains (list[str] | Unset):
        azure_resource_group_contains (list[str] | Unset):
        gcp_service_account_contains (list[str] | Unset):
        k_8_s_cluster_name_contains (list[str] | Unset):
        k_8_s_controller_labels_contains (list[str] | Unset):
        k_8_s_controller_name_contains (list[str] | Unset):
        k_8_s_namespace_labels_contains (list[str] | Unset):
        k_8_s_namespace_name_contains (list[str] | Unset):
        k_8_s_node_labels_contains (list[str] | Unset):
        k_8_s_node_name_contains (list[str] | Unset):
        k_8_s_pod_labels_contains (list[str] | Unset):
        k_8_s_pod_name_contains (list[str] | Unset):
        container_image_name_contains (list[str] | Unset):
        container_labels_contains (list[str] | Unset):
        container_name_contains (list[str] | Unset):
        command_line_arguments_contains (list[str] | Unset):
        computer_name_contains (list[str] | Unset):
        content_hash_contains (list[str] | Unset):
        detection_agent_domain_contains (list[str] | Unset):
        detection_agent_version_contains (list[str] | Unset):
        realtime_agent_version_contains (list[str] | Unset):
        external_ticket_id_contains (list[str] | Unset):
        file_path_contains (list[str] | Unset):
        initiated_by_username_contains (list[str] | Unset):
        originated_process_contains (list[str] | Unset):
        publisher_name_contains (list[str] | Unset):
        storyline_contains (list[str] | Unset):
        threat_details_contains (list[str] | Unset):
        uuid_contains (list[str] | Unset):
        query (str | Unset):
        display_name (str | Unset):
        counts_for (str | Unset):
        external_ticket_exists (bool | Unset):
        note_exists (bool | Unset):
        failed_actions (bool | Unset):
        pending_actions (bool | Unset):
        reboot_required (bool | Unset):
        mitigated_preemptively (bool | Unset):
        resolved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ServerErrorResponse | ThreatList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        cursor=cursor,
        count_only=count_only,
        skip_count=skip_count,
        sort_by=sort_by,
        sort_order=sort_order,
        created_at_gt=created_at_gt,
        created_at_gte=created_at_gte,
        created_at_lt=created_at_lt,
        created_at_lte=created_at_lte,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        ids=ids,
        account_ids=account_ids,
        site_ids=site_ids,
        group_ids=group_ids,
        agent_ids=agent_ids,
        collection_ids=collection_ids,
        storylines=storylines,
        external_ticket_ids=external_ticket_ids,
        content_hashes=content_hashes,
        tenant=tenant,
        incident_statuses=incident_statuses,
        incident_statuses_nin=incident_statuses_nin,
        analyst_verdicts=analyst_verdicts,
        analyst_verdicts_nin=analyst_verdicts_nin,
        confidence_levels=confidence_levels,
        confidence_levels_nin=confidence_levels_nin,
        mitigation_statuses=mitigation_statuses,
        mitigation_statuses_nin=mitigation_statuses_nin,
        classifications=classifications,
        classifications_nin=classifications_nin,
        classification_sources=classification_sources,
        classification_sources_nin=classification_sources_nin,
        engines=engines,
        engines_nin=engines_nin,
        detection_engines=detection_engines,
        detection_engines_nin=detection_engines_nin,
        initiated_by=initiated_by,
        initiated_by_nin=initiated_by_nin,
        os_types=os_types,
        os_types_nin=os_types_nin,
        os_archs=os_archs,
        os_names=os_names,
        os_names_nin=os_names_nin,
        agent_machine_types=agent_machine_types,
        agent_machine_types_nin=agent_machine_types_nin,
        agent_versions=agent_versions,
        agent_versions_nin=agent_versions_nin,
        agent_is_active=agent_is_active,
        agent_tags_data=agent_tags_data,
        has_agent_tags=has_agent_tags,
        cloud_provider=cloud_provider,
        cloud_provider_nin=cloud_provider_nin,
        cloud_account_contains=cloud_account_contains,
        cloud_image_contains=cloud_image_contains,
        cloud_instance_id_contains=cloud_instance_id_contains,
        cloud_instance_size_contains=cloud_instance_size_contains,
        cloud_location_contains=cloud_location_contains,
        cloud_network_contains=cloud_network_contains,
        aws_role_contains=aws_role_contains,
        aws_security_groups_contains=aws_security_groups_contains,
        aws_subnet_ids_contains=aws_subnet_ids_contains,
        azure_resource_group_contains=azure_resource_group_contains,
        gcp_service_account_contains=gcp_service_account_contains,
        k_8_s_cluster_name_contains=k_8_s_cluster_name_contains,
        k_8_s_controller_labels_contains=k_8_s_controller_labels_contains,
        k_8_s_controller_name_contains=k_8_s_controller_name_contains,
        k_8_s_namespace_labels_contains=k_8_s_namespace_labels_contains,
        k_8_s_namespace_name_contains=k_8_s_namespace_name_contains,
        k_8_s_node_labels_contains=k_8_s_node_labels_contains,
        k_8_s_node_name_contains=k_8_s_node_name_contains,
        k_8_s_pod_labels_contains=k_8_s_pod_labels_contains,
        k_8_s_pod_name_contains=k_8_s_pod_name_contains,
        container_image_name_contains=container_image_name_contains,
        container_labels_contains=container_labels_contains,
        container_name_contains=container_name_contains,
        command_line_arguments_contains=command_line_arguments_contains,
        computer_name_contains=computer_name_contains,
        content_hash_contains=content_hash_contains,
        detection_agent_domain_contains=detection_agent_domain_contains,
        detection_agent_version_contains=detection_agent_version_contains,
        realtime_agent_version_contains=realtime_agent_version_contains,
        external_ticket_id_contains=external_ticket_id_contains,
        file_path_contains=file_path_contains,
        initiated_by_username_contains=initiated_by_username_contains,
        originated_process_contains=originated_process_contains,
        publisher_name_contains=publisher_name_contains,
        storyline_contains=storyline_contains,
        threat_details_contains=threat_details_contains,
        uuid_contains=uuid_contains,
        query=query,
        display_name=display_name,
        counts_for=counts_for,
        external_ticket_exists=external_ticket_exists,
        note_exists=note_exists,
        failed_actions=failed_actions,
        pending_actions=pending_actions,
        reboot_required=reboot_required,
        mitigated_preemptively=mitigated_preemptively,
        resolved=resolved,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    collection_ids: list[str] | Unset = UNSET,
    storylines: list[str] | Unset = UNSET,
    external_ticket_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    tenant: bool | Unset = UNSET,
    incident_statuses: list[IncidentStatus] | Unset = UNSET,
    incident_statuses_nin: list[IncidentStatus] | Unset = UNSET,
    analyst_verdicts: list[AnalystVerdict] | Unset = UNSET,
    analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET,
    confidence_levels: list[ConfidenceLevel] | Unset = UNSET,
    confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    classifications_nin: list[str] | Unset = UNSET,
    classification_sources: list[ClassificationSource] | Unset = UNSET,
    classification_sources_nin: list[ClassificationSource] | Unset = UNSET,
    engines: list[DetectionEngine] | Unset = UNSET,
    engines_nin: list[DetectionEngine] | Unset = UNSET,
    detection_engines: list[DetectionEngine] | Unset = UNSET,
    detection_engines_nin: list[DetectionEngine] | Unset = UNSET,
    initiated_by: list[InitiatedBy] | Unset = UNSET,
    initiated_by_nin: list[InitiatedBy] | Unset = UNSET,
    os_types: list[OsType] | Unset = UNSET,
    os_types_nin: list[OsType] | Unset = UNSET,
    os_archs: list[OsArch] | Unset = UNSET,
    os_names: list[str] | Unset = UNSET,
    os_names_nin: list[str] | Unset = UNSET,
    agent_machine_types: list[AgentMachineType] | Unset = UNSET,
    agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET,
    agent_versions: list[str] | Unset = UNSET,
    agent_versions_nin: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    agent_tags_data: str | Unset = UNSET,
    has_agent_tags: bool | Unset = UNSET,
    cloud_provider: list[str] | Unset = UNSET,
    cloud_provider_nin: list[str] | Unset = UNSET,
    cloud_account_contains: list[str] | Unset = UNSET,
    cloud_image_contains: list[str] | Unset = UNSET,
    cloud_instance_id_contains: list[str] | Unset = UNSET,
    cloud_instance_size_contains: list[str] | Unset = UNSET,
    cloud_location_contains: list[str] | Unset = UNSET,
    cloud_network_contains: list[str] | Unset = UNSET,
    aws_role_contains: list[str] | Unset = UNSET,
    aws_security_groups_contains: list[str] | Unset = UNSET,
    aws_subnet_ids_contains: list[str] | Unset = UNSET,
    azure_resource_group_contains: list[str] | Unset = UNSET,
    gcp_service_account_contains: list[str] | Unset = UNSET,
    k_8_s_cluster_name_contains: list[str] | Unset = UNSET,
    k_8_s_controller_labels_contains: list[str] | Unset = UNSET,
    k_8_s_controller_name_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_labels_contains: list[str] | Unset = UNSET,
    k_8_s_namespace_name_contains: list[str] | Unset = UNSET,
    k_8_s_node_labels_contains: list[str] | Unset = UNSET,
    k_8_s_node_name_contains: list[str] | Unset = UNSET,
    k_8_s_pod_labels_contains: list[str] | Unset = UNSET,
    k_8_s_pod_name_contains: list[str] | Unset = UNSET,
    container_image_name_contains: list[str] | Unset = UNSET,
    container_labels_contains: list[str] | Unset = UNSET,
    container_name_contains: list[str] | Unset = UNSET,
    command_line_arguments_contains: list[str] | Unset = UNSET,
    computer_name_contains: list[str] | Unset = UNSET,
    content_hash_contains: list[str] | Unset = UNSET,
    detection_agent_domain_contains: list[str] | Unset = UNSET,
    detection_agent_version_contains: list[str] | Unset = UNSET,
    realtime_agent_version_contains: list[str] | Unset = UNSET,
    external_ticket_id_contains: list[str] | Unset = UNSET,
    file_path_contains: list[str] | Unset = UNSET,
    initiated_by_username_contains: list[str] | Unset = UNSET,
    originated_process_contains: list[str] | Unset = UNSET,
    publisher_name_contains: list[str] | Unset = UNSET,
    storyline_contains: list[str] | Unset = UNSET,
    threat_details_contains: list[str] | Unset = UNSET,
    uuid_contains: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    counts_for: str | Unset = UNSET,
    external_ticket_exists: bool | Unset = UNSET,
    note_exists: bool | Unset = UNSET,
    failed_actions: bool | Unset = UNSET,
    pending_actions: bool | Unset = UNSET,
    reboot_required: bool | Unset = UNSET,
    mitigated_preemptively: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
) -> ApiErrorResponse | ServerErrorResponse | ThreatList | None:
    """List the threats that match filters

     Companion endpoint both update documents rely on: it takes every filter of
    `ThreatFilter` as a query parameter and answers the matching threats, so a caller
    can see which threats an update would touch, and read back the ticket id, incident
    status and verdict it wrote.

    List-valued filters are sent comma-separated in one parameter
    (`osTypes=windows,linux`); a threat matches a list filter when it matches any of
    its values, and matches the whole query when it matches every filter given.

    Paging is by cursor: pass `pagination.nextCursor` back as `cursor` until it is
    null. `skip` works only for the first 1000 threats.

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        collection_ids (list[str] | Unset):
        storylines (list[str] | Unset):
        external_ticket_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        tenant (bool | Unset):
        incident_statuses (list[IncidentStatus] | Unset):
        incident_statuses_nin (list[IncidentStatus] | Unset):
        analyst_verdicts (list[AnalystVerdict] | Unset):
        analyst_verdicts_nin (list[AnalystVerdict] | Unset):
        confidence_levels (list[ConfidenceLevel] | Unset):
        confidence_levels_nin (list[ConfidenceLevel] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        mitigation_statuses_nin (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        classifications_nin (list[str] | Unset):
        classification_sources (list[ClassificationSource] | Unset):
        classification_sources_nin (list[ClassificationSource] | Unset):
        engines (list[DetectionEngine] | Unset):
        engines_nin (list[DetectionEngine] | Unset):
        detection_engines (list[DetectionEngine] | Unset):
        detection_engines_nin (list[DetectionEngine] | Unset):
        initiated_by (list[InitiatedBy] | Unset):
        initiated_by_nin (list[InitiatedBy] | Unset):
        os_types (list[OsType] | Unset):
        os_types_nin (list[OsType] | Unset):
        os_archs (list[OsArch] | Unset):
        os_names (list[str] | Unset):
        os_names_nin (list[str] | Unset):
        agent_machine_types (list[AgentMachineType] | Unset):
        agent_machine_types_nin (list[AgentMachineType] | Unset):
        agent_versions (list[str] | Unset):
        agent_versions_nin (list[str] | Unset):
        agent_is_active (bool | Unset):
        agent_tags_data (str | Unset):
        has_agent_tags (bool | Unset):
        cloud_provider (list[str] | Unset):
        cloud_provider_nin (list[str] | Unset):
        cloud_account_contains (list[str] | Unset):
        cloud_image_contains (list[str] | Unset):
        cloud_instance_id_contains (list[str] | Unset):
        cloud_instance_size_contains (list[str] | Unset):
        cloud_location_contains (list[str] | Unset):
        cloud_network_contains (list[str] | Unset):
        aws_role_contains (list[str] | Unset):
        aws_security_groups_contains (list[str] | Unset):
        aws_subnet_ids_contains (list[str] | Unset):
        azure_resource_group_contains (list[str] | Unset):
        gcp_service_account_contains (list[str] | Unset):
        k_8_s_cluster_name_contains (list[str] | Unset):
        k_8_s_controller_labels_contains (list[str] | Unset):
        k_8_s_controller_name_contains (list[str] | Unset):
        k_8_s_namespace_labels_contains (list[str] | Unset):
        k_8_s_namespace_name_contains (list[str] | Unset):
        k_8_s_node_labels_contains (list[str] | Unset):
        k_8_s_node_name_contains (list[str] | Unset):
        k_8_s_pod_labels_contains (list[str] | Unset):
        k_8_s_pod_name_contains (list[str] | Unset):
        container_image_name_contains (list[str] | Unset):
        container_labels_contains (list[str] | Unset):
        container_name_contains (list[str] | Unset):
        command_line_arguments_contains (list[str] | Unset):
        computer_name_contains (list[str] | Unset):
        content_hash_contains (list[str] | Unset):
        detection_agent_domain_contains (list[str] | Unset):
        detection_agent_version_contains (list[str] | Unset):
        realtime_agent_version_contains (list[str] | Unset):
        external_ticket_id_contains (list[str] | Unset):
        file_path_contains (list[str] | Unset):
        initiated_by_username_contains (list[str] | Unset):
        originated_process_contains (list[str] | Unset):
        publisher_name_contains (list[str] | Unset):
        storyline_contains (list[str] | Unset):
        threat_details_contains (list[str] | Unset):
        uuid_contains (list[str] | Unset):
        query (str | Unset):
        display_name (str | Unset):
        counts_for (str | Unset):
        external_ticket_exists (bool | Unset):
        note_exists (bool | Unset):
        failed_actions (bool | Unset):
        pending_actions (bool | Unset):
        reboot_required (bool | Unset):
        mitigated_preemptively (bool | Unset):
        resolved (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ServerErrorResponse | ThreatList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            cursor=cursor,
            count_only=count_only,
            skip_count=skip_count,
            sort_by=sort_by,
            sort_order=sort_order,
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            ids=ids,
            account_ids=account_ids,
            site_ids=site_ids,
            group_ids=group_ids,
            agent_ids=agent_ids,
            collection_ids=collection_ids,
            storylines=storylines,
            external_ticket_ids=external_ticket_ids,
            content_hashes=content_hashes,
            tenant=tenant,
            incident_statuses=incident_statuses,
            incident_statuses_nin=incident_statuses_nin,
            analyst_verdicts=analyst_verdicts,
            analyst_verdicts_nin=analyst_verdicts_nin,
            confidence_levels=confidence_levels,
            confidence_levels_nin=confidence_levels_nin,
            mitigation_statuses=mitigation_statuses,
            mitigation_statuses_nin=mitigation_statuses_nin,
            classifications=classifications,
            classifications_nin=classifications_nin,
            classification_sources=classification_sources,
            classification_sources_nin=classification_sources_nin,
            engines=engines,
            engines_nin=engines_nin,
            detection_engines=detection_engines,
            detection_engines_nin=detection_engines_nin,
            initiated_by=initiated_by,
            initiated_by_nin=initiated_by_nin,
            os_types=os_types,
            os_types_nin=os_types_nin,
            os_archs=os_archs,
            os_names=os_names,
            os_names_nin=os_names_nin,
            agent_machine_types=agent_machine_types,
            agent_machine_types_nin=agent_machine_types_nin,
            agent_versions=agent_versions,
            agent_versions_nin=agent_versions_nin,
            agent_is_active=agent_is_active,
            agent_tags_data=agent_tags_data,
            has_agent_tags=has_agent_tags,
            cloud_provider=cloud_provider,
            cloud_provider_nin=cloud_provider_nin,
            cloud_account_contains=cloud_account_contains,
            cloud_image_contains=cloud_image_contains,
            cloud_instance_id_contains=cloud_instance_id_contains,
            cloud_instance_size_contains=cloud_instance_size_contains,
            cloud_location_contains=cloud_location_contains,
            cloud_network_contains=cloud_network_contains,
            aws_role_contains=aws_role_contains,
            aws_security_groups_contains=aws_security_groups_contains,
            aws_subnet_ids_contains=aws_subnet_ids_contains,
            azure_resource_group_contains=azure_resource_group_contains,
            gcp_service_account_contains=gcp_service_account_contains,
            k_8_s_cluster_name_contains=k_8_s_cluster_name_contains,
            k_8_s_controller_labels_contains=k_8_s_controller_labels_contains,
            k_8_s_controller_name_contains=k_8_s_controller_name_contains,
            k_8_s_namespace_labels_contains=k_8_s_namespace_labels_contains,
            k_8_s_namespace_name_contains=k_8_s_namespace_name_contains,
            k_8_s_node_labels_contains=k_8_s_node_labels_contains,
            k_8_s_node_name_contains=k_8_s_node_name_contains,
            k_8_s_pod_labels_contains=k_8_s_pod_labels_contains,
            k_8_s_pod_name_contains=k_8_s_pod_name_contains,
            container_image_name_contains=container_image_name_contains,
            container_labels_contains=container_labels_contains,
            container_name_contains=container_name_contains,
            command_line_arguments_contains=command_line_arguments_contains,
            computer_name_contains=computer_name_contains,
            content_hash_contains=content_hash_contains,
            detection_agent_domain_contains=detection_agent_domain_contains,
            detection_agent_version_contains=detection_agent_version_contains,
            realtime_agent_version_contains=realtime_agent_version_contains,
            external_ticket_id_contains=external_ticket_id_contains,
            file_path_contains=file_path_contains,
            initiated_by_username_contains=initiated_by_username_contains,
            originated_process_contains=originated_process_contains,
            publisher_name_contains=publisher_name_contains,
            storyline_contains=storyline_contains,
            threat_details_contains=threat_details_contains,
            uuid_contains=uuid_contains,
            query=query,
            display_name=display_name,
            counts_for=counts_for,
            external_ticket_exists=external_ticket_exists,
            note_exists=note_exists,
            failed_actions=failed_actions,
            pending_actions=pending_actions,
            reboot_required=reboot_required,
            mitigated_preemptively=mitigated_preemptively,
            resolved=resolved,
        )
    ).parsed
