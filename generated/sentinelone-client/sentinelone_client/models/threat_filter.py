from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agent_machine_type import AgentMachineType
from ..models.analyst_verdict import AnalystVerdict
from ..models.classification_source import ClassificationSource
from ..models.confidence_level import ConfidenceLevel
from ..models.detection_engine import DetectionEngine
from ..models.incident_status import IncidentStatus
from ..models.initiated_by import InitiatedBy
from ..models.mitigation_status import MitigationStatus
from ..models.os_arch import OsArch
from ..models.os_type import OsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreatFilter")


@_attrs_define
class ThreatFilter:
    """Selects threats for a bulk action (and, as query parameters, for the listing).
    Every field is optional; a threat is selected when it matches every field given.
    A list field matches when any of its values matches; fields ending in `Nin`
    exclude their values instead; fields ending in `__contains` are free-text
    substring filters. Date fields take ISO-8601 date-times such as
    `2018-02-27T04:49:26.257525Z`. The selection is always limited to the token's
    scope.

    """

    created_at_gt: datetime.datetime | Unset = UNSET
    """ Only threats created after this moment. """
    created_at_gte: datetime.datetime | Unset = UNSET
    """ Only threats created at or after this moment. """
    created_at_lt: datetime.datetime | Unset = UNSET
    """ Only threats created before this moment. """
    created_at_lte: datetime.datetime | Unset = UNSET
    """ Only threats created at or before this moment. """
    updated_at_gt: datetime.datetime | Unset = UNSET
    """ Only threats last changed after this moment. """
    updated_at_gte: datetime.datetime | Unset = UNSET
    """ Only threats last changed at or after this moment. """
    updated_at_lt: datetime.datetime | Unset = UNSET
    """ Only threats last changed before this moment. """
    updated_at_lte: datetime.datetime | Unset = UNSET
    """ Only threats last changed at or before this moment. """
    ids: list[str] | Unset = UNSET
    """ Threat ids to match (numeric strings, the threat's `id`). """
    account_ids: list[str] | Unset = UNSET
    """ Account ids whose agents' threats match. """
    site_ids: list[str] | Unset = UNSET
    """ Site ids whose agents' threats match. """
    group_ids: list[str] | Unset = UNSET
    """ Group ids whose agents' threats match. """
    agent_ids: list[str] | Unset = UNSET
    """ Agent ids whose threats match. """
    collection_ids: list[str] | Unset = UNSET
    """ Threat collection ids to match. """
    storylines: list[str] | Unset = UNSET
    """ Storyline (agent context) ids to match. """
    external_ticket_ids: list[str] | Unset = UNSET
    """ External ticket ids, matched exactly. """
    content_hashes: list[str] | str | Unset = UNSET
    """ SHA-1 file hashes, matched exactly: a list, or one string (one hash, or several joined by commas). The
    external-ticket-id document types it as a string, the incident document as an array; the console takes both. """
    tenant: bool | Unset = UNSET
    """ Set to true for a request made at tenant (global) scope. """
    incident_statuses: list[IncidentStatus] | Unset = UNSET
    """ Keep threats whose incident status is one of these. """
    incident_statuses_nin: list[IncidentStatus] | Unset = UNSET
    """ Drop threats whose incident status is one of these. """
    analyst_verdicts: list[AnalystVerdict] | Unset = UNSET
    """ Keep threats whose analyst verdict is one of these. """
    analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET
    """ Drop threats whose analyst verdict is one of these. """
    confidence_levels: list[ConfidenceLevel] | Unset = UNSET
    """ Keep threats with one of these confidence levels. """
    confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET
    """ Drop threats with one of these confidence levels. """
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET
    """ Keep threats in one of these mitigation states. """
    mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET
    """ Drop threats in one of these mitigation states. """
    classifications: list[str] | Unset = UNSET
    """ Keep threats with one of these classifications (free strings such as `Malware`). """
    classifications_nin: list[str] | Unset = UNSET
    """ Drop threats with one of these classifications. """
    classification_sources: list[ClassificationSource] | Unset = UNSET
    """ Keep threats classified by one of these sources. """
    classification_sources_nin: list[ClassificationSource] | Unset = UNSET
    """ Drop threats classified by one of these sources. """
    engines: list[DetectionEngine] | Unset = UNSET
    """ Keep threats detected by one of these engines (older name of `detectionEngines`). """
    engines_nin: list[DetectionEngine] | Unset = UNSET
    """ Drop threats detected by one of these engines (older name of `detectionEnginesNin`). """
    detection_engines: list[DetectionEngine] | Unset = UNSET
    """ Keep threats detected by one of these engines. """
    detection_engines_nin: list[DetectionEngine] | Unset = UNSET
    """ Drop threats detected by one of these engines. """
    initiated_by: list[InitiatedBy] | Unset = UNSET
    """ Keep threats whose detection was started by one of these sources. """
    initiated_by_nin: list[InitiatedBy] | Unset = UNSET
    """ Drop threats whose detection was started by one of these sources. """
    os_types: list[OsType] | Unset = UNSET
    """ Keep threats from endpoints with one of these operating system families. """
    os_types_nin: list[OsType] | Unset = UNSET
    """ Drop threats from endpoints with one of these operating system families. """
    os_archs: list[OsArch] | Unset = UNSET
    """ Keep threats from endpoints with one of these architectures. """
    os_names: list[str] | Unset = UNSET
    """ Keep threats from endpoints whose operating system name is one of these. """
    os_names_nin: list[str] | Unset = UNSET
    """ Drop threats from endpoints whose operating system name is one of these. """
    agent_machine_types: list[AgentMachineType] | Unset = UNSET
    """ Keep threats from agents on one of these machine types. """
    agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET
    """ Drop threats from agents on one of these machine types. """
    agent_versions: list[str] | Unset = UNSET
    """ Keep threats from agents running one of these versions. """
    agent_versions_nin: list[str] | Unset = UNSET
    """ Drop threats from agents running one of these versions. """
    agent_is_active: bool | Unset = UNSET
    """ True keeps threats whose agent is connected to the management console now; false keeps those whose agent is
    not. """
    agent_tags_data: str | Unset = UNSET
    """ Match on the tags assigned to the threat's agent. A JSON object serialised to a string: each key is a tag
    key and its value the list of tag values to match; a key ending in `__nin` matches agents that lack those
    values. """
    has_agent_tags: bool | Unset = UNSET
    """ True keeps threats whose agent carries at least one tag; false keeps those whose agent carries none. """
    cloud_provider: list[str] | Unset = UNSET
    """ Keep threats from agents hosted at one of these cloud providers (free strings). """
    cloud_provider_nin: list[str] | Unset = UNSET
    """ Drop threats from agents hosted at one of these cloud providers. """
    cloud_account_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the cloud account. """
    cloud_image_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the cloud image. """
    cloud_instance_id_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the cloud instance id. """
    cloud_instance_size_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the cloud instance size. """
    cloud_location_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the cloud location (region or zone). """
    cloud_network_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the cloud network. """
    aws_role_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the AWS role. """
    aws_security_groups_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the AWS security groups. """
    aws_subnet_ids_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the AWS subnet ids. """
    azure_resource_group_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the Azure resource group. """
    gcp_service_account_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the GCP service account. """
    k_8_s_cluster_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes cluster name. """
    k_8_s_controller_labels_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes controller labels.
    """
    k_8_s_controller_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes controller name. """
    k_8_s_namespace_labels_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes namespace labels. """
    k_8_s_namespace_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes namespace name. """
    k_8_s_node_labels_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes node labels. """
    k_8_s_node_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes node name. """
    k_8_s_pod_labels_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes pod labels. """
    k_8_s_pod_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's Kubernetes pod name. """
    container_image_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's container image name. """
    container_labels_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's container labels. """
    container_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's container name. """
    command_line_arguments_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the threat's command line arguments. """
    computer_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the endpoint's computer name. """
    content_hash_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the file's content hash. """
    detection_agent_domain_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the agent's domain as it was when the threat
    was detected. """
    detection_agent_version_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the agent version as it was when the threat was
    detected. """
    realtime_agent_version_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the agent version the endpoint runs now. """
    external_ticket_id_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the threat's external ticket id. """
    file_path_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the threat's file path. """
    initiated_by_username_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the name of the user who started the detection.
    """
    originated_process_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the name of the process the threat came from.
    """
    publisher_name_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the name of the threat file's publisher. """
    storyline_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the threat's storyline. """
    threat_details_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the threat details. """
    uuid_contains: list[str] | Unset = UNSET
    """ Free text: keeps threats where any of these values occurs in the agent's UUID. """
    query: str | Unset = UNSET
    """ Full-text search across threat_details, content_hash, computer_name, file_path, uuid,
    detection_agent_version, realtime_agent_version, detection_agent_domain, command_line_arguments,
    initiated_by_username, storyline, originated_process, k8s_cluster_name, k8s_node_name, k8s_node_labels,
    k8s_namespace_name, k8s_namespace_labels, k8s_controller_name, k8s_controller_labels, k8s_pod_name,
    k8s_pod_labels, container_name, container_image_name, container_labels and external_ticket_id. """
    display_name: str | Unset = UNSET
    """ Match on the threat's display name. """
    counts_for: str | Unset = UNSET
    """ Comma-separated names of the fields to show counts for. """
    limit: int | Unset = UNSET
    """ Caps how many matching threats are taken. """
    external_ticket_exists: bool | Unset = UNSET
    """ True keeps threats that carry an external ticket id; false keeps those without one. """
    note_exists: bool | Unset = UNSET
    """ True keeps threats with at least one note; false keeps those with none. """
    failed_actions: bool | Unset = UNSET
    """ True keeps threats on which at least one action failed. """
    pending_actions: bool | Unset = UNSET
    """ True keeps threats for which at least one action is still pending on the agent. """
    reboot_required: bool | Unset = UNSET
    """ True keeps threats where at least one action needs an endpoint reboot to finish. """
    mitigated_preemptively: bool | Unset = UNSET
    """ True keeps threats caught before execution; false keeps those caught after execution. """
    resolved: bool | Unset = UNSET
    """ Resolved state as API 2.0 had it; kept for backward compatibility (prefer `incidentStatuses`). """

    def to_dict(self) -> dict[str, Any]:
        created_at_gt: str | Unset = UNSET
        if not isinstance(self.created_at_gt, Unset):
            created_at_gt = self.created_at_gt.isoformat()

        created_at_gte: str | Unset = UNSET
        if not isinstance(self.created_at_gte, Unset):
            created_at_gte = self.created_at_gte.isoformat()

        created_at_lt: str | Unset = UNSET
        if not isinstance(self.created_at_lt, Unset):
            created_at_lt = self.created_at_lt.isoformat()

        created_at_lte: str | Unset = UNSET
        if not isinstance(self.created_at_lte, Unset):
            created_at_lte = self.created_at_lte.isoformat()

        updated_at_gt: str | Unset = UNSET
        if not isinstance(self.updated_at_gt, Unset):
            updated_at_gt = self.updated_at_gt.isoformat()

        updated_at_gte: str | Unset = UNSET
        if not isinstance(self.updated_at_gte, Unset):
            updated_at_gte = self.updated_at_gte.isoformat()

        updated_at_lt: str | Unset = UNSET
        if not isinstance(self.updated_at_lt, Unset):
            updated_at_lt = self.updated_at_lt.isoformat()

        updated_at_lte: str | Unset = UNSET
        if not isinstance(self.updated_at_lte, Unset):
            updated_at_lte = self.updated_at_lte.isoformat()

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        site_ids: list[str] | Unset = UNSET
        if not isinstance(self.site_ids, Unset):
            site_ids = self.site_ids

        group_ids: list[str] | Unset = UNSET
        if not isinstance(self.group_ids, Unset):
            group_ids = self.group_ids

        agent_ids: list[str] | Unset = UNSET
        if not isinstance(self.agent_ids, Unset):
            agent_ids = self.agent_ids

        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        storylines: list[str] | Unset = UNSET
        if not isinstance(self.storylines, Unset):
            storylines = self.storylines

        external_ticket_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_ticket_ids, Unset):
            external_ticket_ids = self.external_ticket_ids

        content_hashes: list[str] | str | Unset
        if isinstance(self.content_hashes, Unset):
            content_hashes = UNSET
        elif isinstance(self.content_hashes, list):
            content_hashes = self.content_hashes

        else:
            content_hashes = self.content_hashes

        tenant = self.tenant

        incident_statuses: list[str] | Unset = UNSET
        if not isinstance(self.incident_statuses, Unset):
            incident_statuses = []
            for incident_statuses_item_data in self.incident_statuses:
                incident_statuses_item = incident_statuses_item_data.value
                incident_statuses.append(incident_statuses_item)

        incident_statuses_nin: list[str] | Unset = UNSET
        if not isinstance(self.incident_statuses_nin, Unset):
            incident_statuses_nin = []
            for incident_statuses_nin_item_data in self.incident_statuses_nin:
                incident_statuses_nin_item = incident_statuses_nin_item_data.value
                incident_statuses_nin.append(incident_statuses_nin_item)

        analyst_verdicts: list[str] | Unset = UNSET
        if not isinstance(self.analyst_verdicts, Unset):
            analyst_verdicts = []
            for analyst_verdicts_item_data in self.analyst_verdicts:
                analyst_verdicts_item = analyst_verdicts_item_data.value
                analyst_verdicts.append(analyst_verdicts_item)

        analyst_verdicts_nin: list[str] | Unset = UNSET
        if not isinstance(self.analyst_verdicts_nin, Unset):
            analyst_verdicts_nin = []
            for analyst_verdicts_nin_item_data in self.analyst_verdicts_nin:
                analyst_verdicts_nin_item = analyst_verdicts_nin_item_data.value
                analyst_verdicts_nin.append(analyst_verdicts_nin_item)

        confidence_levels: list[str] | Unset = UNSET
        if not isinstance(self.confidence_levels, Unset):
            confidence_levels = []
            for confidence_levels_item_data in self.confidence_levels:
                confidence_levels_item = confidence_levels_item_data.value
                confidence_levels.append(confidence_levels_item)

        confidence_levels_nin: list[str] | Unset = UNSET
        if not isinstance(self.confidence_levels_nin, Unset):
            confidence_levels_nin = []
            for confidence_levels_nin_item_data in self.confidence_levels_nin:
                confidence_levels_nin_item = confidence_levels_nin_item_data.value
                confidence_levels_nin.append(confidence_levels_nin_item)

        mitigation_statuses: list[str] | Unset = UNSET
        if not isinstance(self.mitigation_statuses, Unset):
            mitigation_statuses = []
            for mitigation_statuses_item_data in self.mitigation_statuses:
                mitigation_statuses_item = mitigation_statuses_item_data.value
                mitigation_statuses.append(mitigation_statuses_item)

        mitigation_statuses_nin: list[str] | Unset = UNSET
        if not isinstance(self.mitigation_statuses_nin, Unset):
            mitigation_statuses_nin = []
            for mitigation_statuses_nin_item_data in self.mitigation_statuses_nin:
                mitigation_statuses_nin_item = mitigation_statuses_nin_item_data.value
                mitigation_statuses_nin.append(mitigation_statuses_nin_item)

        classifications: list[str] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = self.classifications

        classifications_nin: list[str] | Unset = UNSET
        if not isinstance(self.classifications_nin, Unset):
            classifications_nin = self.classifications_nin

        classification_sources: list[str] | Unset = UNSET
        if not isinstance(self.classification_sources, Unset):
            classification_sources = []
            for classification_sources_item_data in self.classification_sources:
                classification_sources_item = classification_sources_item_data.value
                classification_sources.append(classification_sources_item)

        classification_sources_nin: list[str] | Unset = UNSET
        if not isinstance(self.classification_sources_nin, Unset):
            classification_sources_nin = []
            for classification_sources_nin_item_data in self.classification_sources_nin:
                classification_sources_nin_item = classification_sources_nin_item_data.value
                classification_sources_nin.append(classification_sources_nin_item)

        engines: list[str] | Unset = UNSET
        if not isinstance(self.engines, Unset):
            engines = []
            for engines_item_data in self.engines:
                engines_item = engines_item_data.value
                engines.append(engines_item)

        engines_nin: list[str] | Unset = UNSET
        if not isinstance(self.engines_nin, Unset):
            engines_nin = []
            for engines_nin_item_data in self.engines_nin:
                engines_nin_item = engines_nin_item_data.value
                engines_nin.append(engines_nin_item)

        detection_engines: list[str] | Unset = UNSET
        if not isinstance(self.detection_engines, Unset):
            detection_engines = []
            for detection_engines_item_data in self.detection_engines:
                detection_engines_item = detection_engines_item_data.value
                detection_engines.append(detection_engines_item)

        detection_engines_nin: list[str] | Unset = UNSET
        if not isinstance(self.detection_engines_nin, Unset):
            detection_engines_nin = []
            for detection_engines_nin_item_data in self.detection_engines_nin:
                detection_engines_nin_item = detection_engines_nin_item_data.value
                detection_engines_nin.append(detection_engines_nin_item)

        initiated_by: list[str] | Unset = UNSET
        if not isinstance(self.initiated_by, Unset):
            initiated_by = []
            for initiated_by_item_data in self.initiated_by:
                initiated_by_item = initiated_by_item_data.value
                initiated_by.append(initiated_by_item)

        initiated_by_nin: list[str] | Unset = UNSET
        if not isinstance(self.initiated_by_nin, Unset):
            initiated_by_nin = []
            for initiated_by_nin_item_data in self.initiated_by_nin:
                initiated_by_nin_item = initiated_by_nin_item_data.value
                initiated_by_nin.append(initiated_by_nin_item)

        os_types: list[str] | Unset = UNSET
        if not isinstance(self.os_types, Unset):
            os_types = []
            for os_types_item_data in self.os_types:
                os_types_item = os_types_item_data.value
                os_types.append(os_types_item)

        os_types_nin: list[str] | Unset = UNSET
        if not isinstance(self.os_types_nin, Unset):
            os_types_nin = []
            for os_types_nin_item_data in self.os_types_nin:
                os_types_nin_item = os_types_nin_item_data.value
                os_types_nin.append(os_types_nin_item)

        os_archs: list[str] | Unset = UNSET
        if not isinstance(self.os_archs, Unset):
            os_archs = []
            for os_archs_item_data in self.os_archs:
                os_archs_item = os_archs_item_data.value
                os_archs.append(os_archs_item)

        os_names: list[str] | Unset = UNSET
        if not isinstance(self.os_names, Unset):
            os_names = self.os_names

        os_names_nin: list[str] | Unset = UNSET
        if not isinstance(self.os_names_nin, Unset):
            os_names_nin = self.os_names_nin

        agent_machine_types: list[str] | Unset = UNSET
        if not isinstance(self.agent_machine_types, Unset):
            agent_machine_types = []
            for agent_machine_types_item_data in self.agent_machine_types:
                agent_machine_types_item = agent_machine_types_item_data.value
                agent_machine_types.append(agent_machine_types_item)

        agent_machine_types_nin: list[str] | Unset = UNSET
        if not isinstance(self.agent_machine_types_nin, Unset):
            agent_machine_types_nin = []
            for agent_machine_types_nin_item_data in self.agent_machine_types_nin:
                agent_machine_types_nin_item = agent_machine_types_nin_item_data.value
                agent_machine_types_nin.append(agent_machine_types_nin_item)

        agent_versions: list[str] | Unset = UNSET
        if not isinstance(self.agent_versions, Unset):
            agent_versions = self.agent_versions

        agent_versions_nin: list[str] | Unset = UNSET
        if not isinstance(self.agent_versions_nin, Unset):
            agent_versions_nin = self.agent_versions_nin

        agent_is_active = self.agent_is_active

        agent_tags_data = self.agent_tags_data

        has_agent_tags = self.has_agent_tags

        cloud_provider: list[str] | Unset = UNSET
        if not isinstance(self.cloud_provider, Unset):
            cloud_provider = self.cloud_provider

        cloud_provider_nin: list[str] | Unset = UNSET
        if not isinstance(self.cloud_provider_nin, Unset):
            cloud_provider_nin = self.cloud_provider_nin

        cloud_account_contains: list[str] | Unset = UNSET
        if not isinstance(self.cloud_account_contains, Unset):
            cloud_account_contains = self.cloud_account_contains

        cloud_image_contains: list[str] | Unset = UNSET
        if not isinstance(self.cloud_image_contains, Unset):
            cloud_image_contains = self.cloud_image_contains

        cloud_instance_id_contains: list[str] | Unset = UNSET
        if not isinstance(self.cloud_instance_id_contains, Unset):
            cloud_instance_id_contains = self.cloud_instance_id_contains

        cloud_instance_size_contains: list[str] | Unset = UNSET
        if not isinstance(self.cloud_instance_size_contains, Unset):
            cloud_instance_size_contains = self.cloud_instance_size_contains

        cloud_location_contains: list[str] | Unset = UNSET
        if not isinstance(self.cloud_location_contains, Unset):
            cloud_location_contains = self.cloud_location_contains

        cloud_network_contains: list[str] | Unset = UNSET
        if not isinstance(self.cloud_network_contains, Unset):
            cloud_network_contains = self.cloud_network_contains

        aws_role_contains: list[str] | Unset = UNSET
        if not isinstance(self.aws_role_contains, Unset):
            aws_role_contains = self.aws_role_contains

        aws_security_groups_contains: list[str] | Unset = UNSET
        if not isinstance(self.aws_security_groups_contains, Unset):
            aws_security_groups_contains = self.aws_security_groups_contains

        aws_subnet_ids_contains: list[str] | Unset = UNSET
        if not isinstance(self.aws_subnet_ids_contains, Unset):
            aws_subnet_ids_contains = self.aws_subnet_ids_contains

        azure_resource_group_contains: list[str] | Unset = UNSET
        if not isinstance(self.azure_resource_group_contains, Unset):
            azure_resource_group_contains = self.azure_resource_group_contains

        gcp_service_account_contains: list[str] | Unset = UNSET
        if not isinstance(self.gcp_service_account_contains, Unset):
            gcp_service_account_contains = self.gcp_service_account_contains

        k_8_s_cluster_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_cluster_name_contains, Unset):
            k_8_s_cluster_name_contains = self.k_8_s_cluster_name_contains

        k_8_s_controller_labels_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_controller_labels_contains, Unset):
            k_8_s_controller_labels_contains = self.k_8_s_controller_labels_contains

        k_8_s_controller_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_controller_name_contains, Unset):
            k_8_s_controller_name_contains = self.k_8_s_controller_name_contains

        k_8_s_namespace_labels_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_namespace_labels_contains, Unset):
            k_8_s_namespace_labels_contains = self.k_8_s_namespace_labels_contains

        k_8_s_namespace_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_namespace_name_contains, Unset):
            k_8_s_namespace_name_contains = self.k_8_s_namespace_name_contains

        k_8_s_node_labels_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_node_labels_contains, Unset):
            k_8_s_node_labels_contains = self.k_8_s_node_labels_contains

        k_8_s_node_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_node_name_contains, Unset):
            k_8_s_node_name_contains = self.k_8_s_node_name_contains

        k_8_s_pod_labels_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_pod_labels_contains, Unset):
            k_8_s_pod_labels_contains = self.k_8_s_pod_labels_contains

        k_8_s_pod_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.k_8_s_pod_name_contains, Unset):
            k_8_s_pod_name_contains = self.k_8_s_pod_name_contains

        container_image_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.container_image_name_contains, Unset):
            container_image_name_contains = self.container_image_name_contains

        container_labels_contains: list[str] | Unset = UNSET
        if not isinstance(self.container_labels_contains, Unset):
            container_labels_contains = self.container_labels_contains

        container_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.container_name_contains, Unset):
            container_name_contains = self.container_name_contains

        command_line_arguments_contains: list[str] | Unset = UNSET
        if not isinstance(self.command_line_arguments_contains, Unset):
            command_line_arguments_contains = self.command_line_arguments_contains

        computer_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.computer_name_contains, Unset):
            computer_name_contains = self.computer_name_contains

        content_hash_contains: list[str] | Unset = UNSET
        if not isinstance(self.content_hash_contains, Unset):
            content_hash_contains = self.content_hash_contains

        detection_agent_domain_contains: list[str] | Unset = UNSET
        if not isinstance(self.detection_agent_domain_contains, Unset):
            detection_agent_domain_contains = self.detection_agent_domain_contains

        detection_agent_version_contains: list[str] | Unset = UNSET
        if not isinstance(self.detection_agent_version_contains, Unset):
            detection_agent_version_contains = self.detection_agent_version_contains

        realtime_agent_version_contains: list[str] | Unset = UNSET
        if not isinstance(self.realtime_agent_version_contains, Unset):
            realtime_agent_version_contains = self.realtime_agent_version_contains

        external_ticket_id_contains: list[str] | Unset = UNSET
        if not isinstance(self.external_ticket_id_contains, Unset):
            external_ticket_id_contains = self.external_ticket_id_contains

        file_path_contains: list[str] | Unset = UNSET
        if not isinstance(self.file_path_contains, Unset):
            file_path_contains = self.file_path_contains

        initiated_by_username_contains: list[str] | Unset = UNSET
        if not isinstance(self.initiated_by_username_contains, Unset):
            initiated_by_username_contains = self.initiated_by_username_contains

        originated_process_contains: list[str] | Unset = UNSET
        if not isinstance(self.originated_process_contains, Unset):
            originated_process_contains = self.originated_process_contains

        publisher_name_contains: list[str] | Unset = UNSET
        if not isinstance(self.publisher_name_contains, Unset):
            publisher_name_contains = self.publisher_name_contains

        storyline_contains: list[str] | Unset = UNSET
        if not isinstance(self.storyline_contains, Unset):
            storyline_contains = self.storyline_contains

        threat_details_contains: list[str] | Unset = UNSET
        if not isinstance(self.threat_details_contains, Unset):
            threat_details_contains = self.threat_details_contains

        uuid_contains: list[str] | Unset = UNSET
        if not isinstance(self.uuid_contains, Unset):
            uuid_contains = self.uuid_contains

        query = self.query

        display_name = self.display_name

        counts_for = self.counts_for

        limit = self.limit

        external_ticket_exists = self.external_ticket_exists

        note_exists = self.note_exists

        failed_actions = self.failed_actions

        pending_actions = self.pending_actions

        reboot_required = self.reboot_required

        mitigated_preemptively = self.mitigated_preemptively

        resolved = self.resolved

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at_gt is not UNSET:
            field_dict["createdAt__gt"] = created_at_gt
        if created_at_gte is not UNSET:
            field_dict["createdAt__gte"] = created_at_gte
        if created_at_lt is not UNSET:
            field_dict["createdAt__lt"] = created_at_lt
        if created_at_lte is not UNSET:
            field_dict["createdAt__lte"] = created_at_lte
        if updated_at_gt is not UNSET:
            field_dict["updatedAt__gt"] = updated_at_gt
        if updated_at_gte is not UNSET:
            field_dict["updatedAt__gte"] = updated_at_gte
        if updated_at_lt is not UNSET:
            field_dict["updatedAt__lt"] = updated_at_lt
        if updated_at_lte is not UNSET:
            field_dict["updatedAt__lte"] = updated_at_lte
        if ids is not UNSET:
            field_dict["ids"] = ids
        if account_ids is not UNSET:
            field_dict["accountIds"] = account_ids
        if site_ids is not UNSET:
            field_dict["siteIds"] = site_ids
        if group_ids is not UNSET:
            field_dict["groupIds"] = group_ids
        if agent_ids is not UNSET:
            field_dict["agentIds"] = agent_ids
        if collection_ids is not UNSET:
            field_dict["collectionIds"] = collection_ids
        if storylines is not UNSET:
            field_dict["storylines"] = storylines
        if external_ticket_ids is not UNSET:
            field_dict["externalTicketIds"] = external_ticket_ids
        if content_hashes is not UNSET:
            field_dict["contentHashes"] = content_hashes
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if incident_statuses is not UNSET:
            field_dict["incidentStatuses"] = incident_statuses
        if incident_statuses_nin is not UNSET:
            field_dict["incidentStatusesNin"] = incident_statuses_nin
        if analyst_verdicts is not UNSET:
            field_dict["analystVerdicts"] = analyst_verdicts
        if analyst_verdicts_nin is not UNSET:
            field_dict["analystVerdictsNin"] = analyst_verdicts_nin
        if confidence_levels is not UNSET:
            field_dict["confidenceLevels"] = confidence_levels
        if confidence_levels_nin is not UNSET:
            field_dict["confidenceLevelsNin"] = confidence_levels_nin
        if mitigation_statuses is not UNSET:
            field_dict["mitigationStatuses"] = mitigation_statuses
        if mitigation_statuses_nin is not UNSET:
            field_dict["mitigationStatusesNin"] = mitigation_statuses_nin
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if classifications_nin is not UNSET:
            field_dict["classificationsNin"] = classifications_nin
        if classification_sources is not UNSET:
            field_dict["classificationSources"] = classification_sources
        if classification_sources_nin is not UNSET:
            field_dict["classificationSourcesNin"] = classification_sources_nin
        if engines is not UNSET:
            field_dict["engines"] = engines
        if engines_nin is not UNSET:
            field_dict["enginesNin"] = engines_nin
        if detection_engines is not UNSET:
            field_dict["detectionEngines"] = detection_engines
        if detection_engines_nin is not UNSET:
            field_dict["detectionEnginesNin"] = detection_engines_nin
        if initiated_by is not UNSET:
            field_dict["initiatedBy"] = initiated_by
        if initiated_by_nin is not UNSET:
            field_dict["initiatedByNin"] = initiated_by_nin
        if os_types is not UNSET:
            field_dict["osTypes"] = os_types
        if os_types_nin is not UNSET:
            field_dict["osTypesNin"] = os_types_nin
        if os_archs is not UNSET:
            field_dict["osArchs"] = os_archs
        if os_names is not UNSET:
            field_dict["osNames"] = os_names
        if os_names_nin is not UNSET:
            field_dict["osNamesNin"] = os_names_nin
        if agent_machine_types is not UNSET:
            field_dict["agentMachineTypes"] = agent_machine_types
        if agent_machine_types_nin is not UNSET:
            field_dict["agentMachineTypesNin"] = agent_machine_types_nin
        if agent_versions is not UNSET:
            field_dict["agentVersions"] = agent_versions
        if agent_versions_nin is not UNSET:
            field_dict["agentVersionsNin"] = agent_versions_nin
        if agent_is_active is not UNSET:
            field_dict["agentIsActive"] = agent_is_active
        if agent_tags_data is not UNSET:
            field_dict["agentTagsData"] = agent_tags_data
        if has_agent_tags is not UNSET:
            field_dict["hasAgentTags"] = has_agent_tags
        if cloud_provider is not UNSET:
            field_dict["cloudProvider"] = cloud_provider
        if cloud_provider_nin is not UNSET:
            field_dict["cloudProviderNin"] = cloud_provider_nin
        if cloud_account_contains is not UNSET:
            field_dict["cloudAccount__contains"] = cloud_account_contains
        if cloud_image_contains is not UNSET:
            field_dict["cloudImage__contains"] = cloud_image_contains
        if cloud_instance_id_contains is not UNSET:
            field_dict["cloudInstanceId__contains"] = cloud_instance_id_contains
        if cloud_instance_size_contains is not UNSET:
            field_dict["cloudInstanceSize__contains"] = cloud_instance_size_contains
        if cloud_location_contains is not UNSET:
            field_dict["cloudLocation__contains"] = cloud_location_contains
        if cloud_network_contains is not UNSET:
            field_dict["cloudNetwork__contains"] = cloud_network_contains
        if aws_role_contains is not UNSET:
            field_dict["awsRole__contains"] = aws_role_contains
        if aws_security_groups_contains is not UNSET:
            field_dict["awsSecurityGroups__contains"] = aws_security_groups_contains
        if aws_subnet_ids_contains is not UNSET:
            field_dict["awsSubnetIds__contains"] = aws_subnet_ids_contains
        if azure_resource_group_contains is not UNSET:
            field_dict["azureResourceGroup__contains"] = azure_resource_group_contains
        if gcp_service_account_contains is not UNSET:
            field_dict["gcpServiceAccount__contains"] = gcp_service_account_contains
        if k_8_s_cluster_name_contains is not UNSET:
            field_dict["k8sClusterName__contains"] = k_8_s_cluster_name_contains
        if k_8_s_controller_labels_contains is not UNSET:
            field_dict["k8sControllerLabels__contains"] = k_8_s_controller_labels_contains
        if k_8_s_controller_name_contains is not UNSET:
            field_dict["k8sControllerName__contains"] = k_8_s_controller_name_contains
        if k_8_s_namespace_labels_contains is not UNSET:
            field_dict["k8sNamespaceLabels__contains"] = k_8_s_namespace_labels_contains
        if k_8_s_namespace_name_contains is not UNSET:
            field_dict["k8sNamespaceName__contains"] = k_8_s_namespace_name_contains
        if k_8_s_node_labels_contains is not UNSET:
            field_dict["k8sNodeLabels__contains"] = k_8_s_node_labels_contains
        if k_8_s_node_name_contains is not UNSET:
            field_dict["k8sNodeName__contains"] = k_8_s_node_name_contains
        if k_8_s_pod_labels_contains is not UNSET:
            field_dict["k8sPodLabels__contains"] = k_8_s_pod_labels_contains
        if k_8_s_pod_name_contains is not UNSET:
            field_dict["k8sPodName__contains"] = k_8_s_pod_name_contains
        if container_image_name_contains is not UNSET:
            field_dict["containerImageName__contains"] = container_image_name_contains
        if container_labels_contains is not UNSET:
            field_dict["containerLabels__contains"] = container_labels_contains
        if container_name_contains is not UNSET:
            field_dict["containerName__contains"] = container_name_contains
        if command_line_arguments_contains is not UNSET:
            field_dict["commandLineArguments__contains"] = command_line_arguments_contains
        if computer_name_contains is not UNSET:
            field_dict["computerName__contains"] = computer_name_contains
        if content_hash_contains is not UNSET:
            field_dict["contentHash__contains"] = content_hash_contains
        if detection_agent_domain_contains is not UNSET:
            field_dict["detectionAgentDomain__contains"] = detection_agent_domain_contains
        if detection_agent_version_contains is not UNSET:
            field_dict["detectionAgentVersion__contains"] = detection_agent_version_contains
        if realtime_agent_version_contains is not UNSET:
            field_dict["realtimeAgentVersion__contains"] = realtime_agent_version_contains
        if external_ticket_id_contains is not UNSET:
            field_dict["externalTicketId__contains"] = external_ticket_id_contains
        if file_path_contains is not UNSET:
            field_dict["filePath__contains"] = file_path_contains
        if initiated_by_username_contains is not UNSET:
            field_dict["initiatedByUsername__contains"] = initiated_by_username_contains
        if originated_process_contains is not UNSET:
            field_dict["originatedProcess__contains"] = originated_process_contains
        if publisher_name_contains is not UNSET:
            field_dict["publisherName__contains"] = publisher_name_contains
        if storyline_contains is not UNSET:
            field_dict["storyline__contains"] = storyline_contains
        if threat_details_contains is not UNSET:
            field_dict["threatDetails__contains"] = threat_details_contains
        if uuid_contains is not UNSET:
            field_dict["uuid__contains"] = uuid_contains
        if query is not UNSET:
            field_dict["query"] = query
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if counts_for is not UNSET:
            field_dict["countsFor"] = counts_for
        if limit is not UNSET:
            field_dict["limit"] = limit
        if external_ticket_exists is not UNSET:
            field_dict["externalTicketExists"] = external_ticket_exists
        if note_exists is not UNSET:
            field_dict["noteExists"] = note_exists
        if failed_actions is not UNSET:
            field_dict["failedActions"] = failed_actions
        if pending_actions is not UNSET:
            field_dict["pendingActions"] = pending_actions
        if reboot_required is not UNSET:
            field_dict["rebootRequired"] = reboot_required
        if mitigated_preemptively is not UNSET:
            field_dict["mitigatedPreemptively"] = mitigated_preemptively
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _created_at_gt = d.pop("createdAt__gt", UNSET)
        created_at_gt: datetime.datetime | Unset
        if isinstance(_created_at_gt, Unset):
            created_at_gt = UNSET
        else:
            created_at_gt = datetime.datetime.fromisoformat(_created_at_gt)

        _created_at_gte = d.pop("createdAt__gte", UNSET)
        created_at_gte: datetime.datetime | Unset
        if isinstance(_created_at_gte, Unset):
            created_at_gte = UNSET
        else:
            created_at_gte = datetime.datetime.fromisoformat(_created_at_gte)

        _created_at_lt = d.pop("createdAt__lt", UNSET)
        created_at_lt: datetime.datetime | Unset
        if isinstance(_created_at_lt, Unset):
            created_at_lt = UNSET
        else:
            created_at_lt = datetime.datetime.fromisoformat(_created_at_lt)

        _created_at_lte = d.pop("createdAt__lte", UNSET)
        created_at_lte: datetime.datetime | Unset
        if isinstance(_created_at_lte, Unset):
            created_at_lte = UNSET
        else:
            created_at_lte = datetime.datetime.fromisoformat(_created_at_lte)

        _updated_at_gt = d.pop("updatedAt__gt", UNSET)
        updated_at_gt: datetime.datetime | Unset
        if isinstance(_updated_at_gt, Unset):
            updated_at_gt = UNSET
        else:
            updated_at_gt = datetime.datetime.fromisoformat(_updated_at_gt)

        _updated_at_gte = d.pop("updatedAt__gte", UNSET)
        updated_at_gte: datetime.datetime | Unset
        if isinstance(_updated_at_gte, Unset):
            updated_at_gte = UNSET
        else:
            updated_at_gte = datetime.datetime.fromisoformat(_updated_at_gte)

        _updated_at_lt = d.pop("updatedAt__lt", UNSET)
        updated_at_lt: datetime.datetime | Unset
        if isinstance(_updated_at_lt, Unset):
            updated_at_lt = UNSET
        else:
            updated_at_lt = datetime.datetime.fromisoformat(_updated_at_lt)

        _updated_at_lte = d.pop("updatedAt__lte", UNSET)
        updated_at_lte: datetime.datetime | Unset
        if isinstance(_updated_at_lte, Unset):
            updated_at_lte = UNSET
        else:
            updated_at_lte = datetime.datetime.fromisoformat(_updated_at_lte)

        ids = cast(list[str], d.pop("ids", UNSET))

        account_ids = cast(list[str], d.pop("accountIds", UNSET))

        site_ids = cast(list[str], d.pop("siteIds", UNSET))

        group_ids = cast(list[str], d.pop("groupIds", UNSET))

        agent_ids = cast(list[str], d.pop("agentIds", UNSET))

        collection_ids = cast(list[str], d.pop("collectionIds", UNSET))

        storylines = cast(list[str], d.pop("storylines", UNSET))

        external_ticket_ids = cast(list[str], d.pop("externalTicketIds", UNSET))

        _content_hashes = d.pop("contentHashes", UNSET)
        content_hashes: list[str] | str | Unset
        if isinstance(_content_hashes, list):
            try:
                content_hashes_type_0 = cast(list[str], _content_hashes)

                content_hashes = content_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                content_hashes = cast(list[str] | str | Unset, _content_hashes)
        elif isinstance(_content_hashes, Unset):
            content_hashes = _content_hashes
        else:
            content_hashes = cast(list[str] | str | Unset, _content_hashes)

        tenant = d.pop("tenant", UNSET)

        _incident_statuses = d.pop("incidentStatuses", UNSET)
        incident_statuses: list[IncidentStatus] | Unset = UNSET
        if _incident_statuses is not UNSET:
            incident_statuses = []
            for incident_statuses_item_data in _incident_statuses:
                incident_statuses_item = IncidentStatus(incident_statuses_item_data)

                incident_statuses.append(incident_statuses_item)

        _incident_statuses_nin = d.pop("incidentStatusesNin", UNSET)
        incident_statuses_nin: list[IncidentStatus] | Unset = UNSET
        if _incident_statuses_nin is not UNSET:
            incident_statuses_nin = []
            for incident_statuses_nin_item_data in _incident_statuses_nin:
                incident_statuses_nin_item = IncidentStatus(incident_statuses_nin_item_data)

                incident_statuses_nin.append(incident_statuses_nin_item)

        _analyst_verdicts = d.pop("analystVerdicts", UNSET)
        analyst_verdicts: list[AnalystVerdict] | Unset = UNSET
        if _analyst_verdicts is not UNSET:
            analyst_verdicts = []
            for analyst_verdicts_item_data in _analyst_verdicts:
                analyst_verdicts_item = AnalystVerdict(analyst_verdicts_item_data)

                analyst_verdicts.append(analyst_verdicts_item)

        _analyst_verdicts_nin = d.pop("analystVerdictsNin", UNSET)
        analyst_verdicts_nin: list[AnalystVerdict] | Unset = UNSET
        if _analyst_verdicts_nin is not UNSET:
            analyst_verdicts_nin = []
            for analyst_verdicts_nin_item_data in _analyst_verdicts_nin:
                analyst_verdicts_nin_item = AnalystVerdict(analyst_verdicts_nin_item_data)

                analyst_verdicts_nin.append(analyst_verdicts_nin_item)

        _confidence_levels = d.pop("confidenceLevels", UNSET)
        confidence_levels: list[ConfidenceLevel] | Unset = UNSET
        if _confidence_levels is not UNSET:
            confidence_levels = []
            for confidence_levels_item_data in _confidence_levels:
                confidence_levels_item = ConfidenceLevel(confidence_levels_item_data)

                confidence_levels.append(confidence_levels_item)

        _confidence_levels_nin = d.pop("confidenceLevelsNin", UNSET)
        confidence_levels_nin: list[ConfidenceLevel] | Unset = UNSET
        if _confidence_levels_nin is not UNSET:
            confidence_levels_nin = []
            for confidence_levels_nin_item_data in _confidence_levels_nin:
                confidence_levels_nin_item = ConfidenceLevel(confidence_levels_nin_item_data)

                confidence_levels_nin.append(confidence_levels_nin_item)

        _mitigation_statuses = d.pop("mitigationStatuses", UNSET)
        mitigation_statuses: list[MitigationStatus] | Unset = UNSET
        if _mitigation_statuses is not UNSET:
            mitigation_statuses = []
            for mitigation_statuses_item_data in _mitigation_statuses:
                mitigation_statuses_item = MitigationStatus(mitigation_statuses_item_data)

                mitigation_statuses.append(mitigation_statuses_item)

        _mitigation_statuses_nin = d.pop("mitigationStatusesNin", UNSET)
        mitigation_statuses_nin: list[MitigationStatus] | Unset = UNSET
        if _mitigation_statuses_nin is not UNSET:
            mitigation_statuses_nin = []
            for mitigation_statuses_nin_item_data in _mitigation_statuses_nin:
                mitigation_statuses_nin_item = MitigationStatus(mitigation_statuses_nin_item_data)

                mitigation_statuses_nin.append(mitigation_statuses_nin_item)

        classifications = cast(list[str], d.pop("classifications", UNSET))

        classifications_nin = cast(list[str], d.pop("classificationsNin", UNSET))

        _classification_sources = d.pop("classificationSources", UNSET)
        classification_sources: list[ClassificationSource] | Unset = UNSET
        if _classification_sources is not UNSET:
            classification_sources = []
            for classification_sources_item_data in _classification_sources:
                classification_sources_item = ClassificationSource(classification_sources_item_data)

                classification_sources.append(classification_sources_item)

        _classification_sources_nin = d.pop("classificationSourcesNin", UNSET)
        classification_sources_nin: list[ClassificationSource] | Unset = UNSET
        if _classification_sources_nin is not UNSET:
            classification_sources_nin = []
            for classification_sources_nin_item_data in _classification_sources_nin:
                classification_sources_nin_item = ClassificationSource(classification_sources_nin_item_data)

                classification_sources_nin.append(classification_sources_nin_item)

        _engines = d.pop("engines", UNSET)
        engines: list[DetectionEngine] | Unset = UNSET
        if _engines is not UNSET:
            engines = []
            for engines_item_data in _engines:
                engines_item = DetectionEngine(engines_item_data)

                engines.append(engines_item)

        _engines_nin = d.pop("enginesNin", UNSET)
        engines_nin: list[DetectionEngine] | Unset = UNSET
        if _engines_nin is not UNSET:
            engines_nin = []
            for engines_nin_item_data in _engines_nin:
                engines_nin_item = DetectionEngine(engines_nin_item_data)

                engines_nin.append(engines_nin_item)

        _detection_engines = d.pop("detectionEngines", UNSET)
        detection_engines: list[DetectionEngine] | Unset = UNSET
        if _detection_engines is not UNSET:
            detection_engines = []
            for detection_engines_item_data in _detection_engines:
                detection_engines_item = DetectionEngine(detection_engines_item_data)

                detection_engines.append(detection_engines_item)

        _detection_engines_nin = d.pop("detectionEnginesNin", UNSET)
        detection_engines_nin: list[DetectionEngine] | Unset = UNSET
        if _detection_engines_nin is not UNSET:
            detection_engines_nin = []
            for detection_engines_nin_item_data in _detection_engines_nin:
                detection_engines_nin_item = DetectionEngine(detection_engines_nin_item_data)

                detection_engines_nin.append(detection_engines_nin_item)

        _initiated_by = d.pop("initiatedBy", UNSET)
        initiated_by: list[InitiatedBy] | Unset = UNSET
        if _initiated_by is not UNSET:
            initiated_by = []
            for initiated_by_item_data in _initiated_by:
                initiated_by_item = InitiatedBy(initiated_by_item_data)

                initiated_by.append(initiated_by_item)

        _initiated_by_nin = d.pop("initiatedByNin", UNSET)
        initiated_by_nin: list[InitiatedBy] | Unset = UNSET
        if _initiated_by_nin is not UNSET:
            initiated_by_nin = []
            for initiated_by_nin_item_data in _initiated_by_nin:
                initiated_by_nin_item = InitiatedBy(initiated_by_nin_item_data)

                initiated_by_nin.append(initiated_by_nin_item)

        _os_types = d.pop("osTypes", UNSET)
        os_types: list[OsType] | Unset = UNSET
        if _os_types is not UNSET:
            os_types = []
            for os_types_item_data in _os_types:
                os_types_item = OsType(os_types_item_data)

                os_types.append(os_types_item)

        _os_types_nin = d.pop("osTypesNin", UNSET)
        os_types_nin: list[OsType] | Unset = UNSET
        if _os_types_nin is not UNSET:
            os_types_nin = []
            for os_types_nin_item_data in _os_types_nin:
                os_types_nin_item = OsType(os_types_nin_item_data)

                os_types_nin.append(os_types_nin_item)

        _os_archs = d.pop("osArchs", UNSET)
        os_archs: list[OsArch] | Unset = UNSET
        if _os_archs is not UNSET:
            os_archs = []
            for os_archs_item_data in _os_archs:
                os_archs_item = OsArch(os_archs_item_data)

                os_archs.append(os_archs_item)

        os_names = cast(list[str], d.pop("osNames", UNSET))

        os_names_nin = cast(list[str], d.pop("osNamesNin", UNSET))

        _agent_machine_types = d.pop("agentMachineTypes", UNSET)
        agent_machine_types: list[AgentMachineType] | Unset = UNSET
        if _agent_machine_types is not UNSET:
            agent_machine_types = []
            for agent_machine_types_item_data in _agent_machine_types:
                agent_machine_types_item = AgentMachineType(agent_machine_types_item_data)

                agent_machine_types.append(agent_machine_types_item)

        _agent_machine_types_nin = d.pop("agentMachineTypesNin", UNSET)
        agent_machine_types_nin: list[AgentMachineType] | Unset = UNSET
        if _agent_machine_types_nin is not UNSET:
            agent_machine_types_nin = []
            for agent_machine_types_nin_item_data in _agent_machine_types_nin:
                agent_machine_types_nin_item = AgentMachineType(agent_machine_types_nin_item_data)

                agent_machine_types_nin.append(agent_machine_types_nin_item)

        agent_versions = cast(list[str], d.pop("agentVersions", UNSET))

        agent_versions_nin = cast(list[str], d.pop("agentVersionsNin", UNSET))

        agent_is_active = d.pop("agentIsActive", UNSET)

        agent_tags_data = d.pop("agentTagsData", UNSET)

        has_agent_tags = d.pop("hasAgentTags", UNSET)

        cloud_provider = cast(list[str], d.pop("cloudProvider", UNSET))

        cloud_provider_nin = cast(list[str], d.pop("cloudProviderNin", UNSET))

        cloud_account_contains = cast(list[str], d.pop("cloudAccount__contains", UNSET))

        cloud_image_contains = cast(list[str], d.pop("cloudImage__contains", UNSET))

        cloud_instance_id_contains = cast(list[str], d.pop("cloudInstanceId__contains", UNSET))

        cloud_instance_size_contains = cast(list[str], d.pop("cloudInstanceSize__contains", UNSET))

        cloud_location_contains = cast(list[str], d.pop("cloudLocation__contains", UNSET))

        cloud_network_contains = cast(list[str], d.pop("cloudNetwork__contains", UNSET))

        aws_role_contains = cast(list[str], d.pop("awsRole__contains", UNSET))

        aws_security_groups_contains = cast(list[str], d.pop("awsSecurityGroups__contains", UNSET))

        aws_subnet_ids_contains = cast(list[str], d.pop("awsSubnetIds__contains", UNSET))

        azure_resource_group_contains = cast(list[str], d.pop("azureResourceGroup__contains", UNSET))

        gcp_service_account_contains = cast(list[str], d.pop("gcpServiceAccount__contains", UNSET))

        k_8_s_cluster_name_contains = cast(list[str], d.pop("k8sClusterName__contains", UNSET))

        k_8_s_controller_labels_contains = cast(list[str], d.pop("k8sControllerLabels__contains", UNSET))

        k_8_s_controller_name_contains = cast(list[str], d.pop("k8sControllerName__contains", UNSET))

        k_8_s_namespace_labels_contains = cast(list[str], d.pop("k8sNamespaceLabels__contains", UNSET))

        k_8_s_namespace_name_contains = cast(list[str], d.pop("k8sNamespaceName__contains", UNSET))

        k_8_s_node_labels_contains = cast(list[str], d.pop("k8sNodeLabels__contains", UNSET))

        k_8_s_node_name_contains = cast(list[str], d.pop("k8sNodeName__contains", UNSET))

        k_8_s_pod_labels_contains = cast(list[str], d.pop("k8sPodLabels__contains", UNSET))

        k_8_s_pod_name_contains = cast(list[str], d.pop("k8sPodName__contains", UNSET))

        container_image_name_contains = cast(list[str], d.pop("containerImageName__contains", UNSET))

        container_labels_contains = cast(list[str], d.pop("containerLabels__contains", UNSET))

        container_name_contains = cast(list[str], d.pop("containerName__contains", UNSET))

        command_line_arguments_contains = cast(list[str], d.pop("commandLineArguments__contains", UNSET))

        computer_name_contains = cast(list[str], d.pop("computerName__contains", UNSET))

        content_hash_contains = cast(list[str], d.pop("contentHash__contains", UNSET))

        detection_agent_domain_contains = cast(list[str], d.pop("detectionAgentDomain__contains", UNSET))

        detection_agent_version_contains = cast(list[str], d.pop("detectionAgentVersion__contains", UNSET))

        realtime_agent_version_contains = cast(list[str], d.pop("realtimeAgentVersion__contains", UNSET))

        external_ticket_id_contains = cast(list[str], d.pop("externalTicketId__contains", UNSET))

        file_path_contains = cast(list[str], d.pop("filePath__contains", UNSET))

        initiated_by_username_contains = cast(list[str], d.pop("initiatedByUsername__contains", UNSET))

        originated_process_contains = cast(list[str], d.pop("originatedProcess__contains", UNSET))

        publisher_name_contains = cast(list[str], d.pop("publisherName__contains", UNSET))

        storyline_contains = cast(list[str], d.pop("storyline__contains", UNSET))

        threat_details_contains = cast(list[str], d.pop("threatDetails__contains", UNSET))

        uuid_contains = cast(list[str], d.pop("uuid__contains", UNSET))

        query = d.pop("query", UNSET)

        display_name = d.pop("displayName", UNSET)

        counts_for = d.pop("countsFor", UNSET)

        limit = d.pop("limit", UNSET)

        external_ticket_exists = d.pop("externalTicketExists", UNSET)

        note_exists = d.pop("noteExists", UNSET)

        failed_actions = d.pop("failedActions", UNSET)

        pending_actions = d.pop("pendingActions", UNSET)

        reboot_required = d.pop("rebootRequired", UNSET)

        mitigated_preemptively = d.pop("mitigatedPreemptively", UNSET)

        resolved = d.pop("resolved", UNSET)

        if cls is ThreatFilter:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            threat_filter = cls(
                created_at_gt,
                created_at_gte,
                created_at_lt,
                created_at_lte,
                updated_at_gt,
                updated_at_gte,
                updated_at_lt,
                updated_at_lte,
                ids,
                account_ids,
                site_ids,
                group_ids,
                agent_ids,
                collection_ids,
                storylines,
                external_ticket_ids,
                content_hashes,
                tenant,
                incident_statuses,
                incident_statuses_nin,
                analyst_verdicts,
                analyst_verdicts_nin,
                confidence_levels,
                confidence_levels_nin,
                mitigation_statuses,
                mitigation_statuses_nin,
                classifications,
                classifications_nin,
                classification_sources,
                classification_sources_nin,
                engines,
                engines_nin,
                detection_engines,
                detection_engines_nin,
                initiated_by,
                initiated_by_nin,
                os_types,
                os_types_nin,
                os_archs,
                os_names,
                os_names_nin,
                agent_machine_types,
                agent_machine_types_nin,
                agent_versions,
                agent_versions_nin,
                agent_is_active,
                agent_tags_data,
                has_agent_tags,
                cloud_provider,
                cloud_provider_nin,
                cloud_account_contains,
                cloud_image_contains,
                cloud_instance_id_contains,
                cloud_instance_size_contains,
                cloud_location_contains,
                cloud_network_contains,
                aws_role_contains,
                aws_security_groups_contains,
                aws_subnet_ids_contains,
                azure_resource_group_contains,
                gcp_service_account_contains,
                k_8_s_cluster_name_contains,
                k_8_s_controller_labels_contains,
                k_8_s_controller_name_contains,
                k_8_s_namespace_labels_contains,
                k_8_s_namespace_name_contains,
                k_8_s_node_labels_contains,
                k_8_s_node_name_contains,
                k_8_s_pod_labels_contains,
                k_8_s_pod_name_contains,
                container_image_name_contains,
                container_labels_contains,
                container_name_contains,
                command_line_arguments_contains,
                computer_name_contains,
                content_hash_contains,
                detection_agent_domain_contains,
                detection_agent_version_contains,
                realtime_agent_version_contains,
                external_ticket_id_contains,
                file_path_contains,
                initiated_by_username_contains,
                originated_process_contains,
                publisher_name_contains,
                storyline_contains,
                threat_details_contains,
                uuid_contains,
                query,
                display_name,
                counts_for,
                limit,
                external_ticket_exists,
                note_exists,
                failed_actions,
                pending_actions,
                reboot_required,
                mitigated_preemptively,
                resolved,
            )
        else:  # a subclass may have an __init__ of its own
            threat_filter = cls(
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
                limit=limit,
                external_ticket_exists=external_ticket_exists,
                note_exists=note_exists,
                failed_actions=failed_actions,
                pending_actions=pending_actions,
                reboot_required=reboot_required,
                mitigated_preemptively=mitigated_preemptively,
                resolved=resolved,
            )

        return threat_filter
