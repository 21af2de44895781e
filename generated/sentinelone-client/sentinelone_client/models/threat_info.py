from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyst_verdict import AnalystVerdict
from ..models.classification_source import ClassificationSource
from ..models.confidence_level import ConfidenceLevel
from ..models.detection_type import DetectionType
from ..models.incident_status import IncidentStatus
from ..models.mitigation_status import MitigationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreatInfo")


@_attrs_define
class ThreatInfo:
    """What was detected, and the threat's investigation state."""

    threat_id: str | Unset = UNSET
    """ Id of the threat (the same as the threat's `id`). """
    threat_name: None | str | Unset = UNSET
    """ Name of the threat, usually the file name. """
    classification: None | str | Unset = UNSET
    """ Classification of the threat, e.g. `Malware`. """
    classification_source: ClassificationSource | Unset = UNSET
    """ What classified a threat (the vendor capitalises these values). """
    confidence_level: ConfidenceLevel | Unset = UNSET
    """ How sure the detection is that the threat is malicious. """
    analyst_verdict: AnalystVerdict | Unset = UNSET
    """ What an analyst concluded about a threat. """
    analyst_verdict_description: None | str | Unset = UNSET
    """ Display text of the verdict, e.g. `True positive`. """
    incident_status: IncidentStatus | Unset = UNSET
    """ Where a threat's investigation stands. """
    incident_status_description: None | str | Unset = UNSET
    """ Display text of the incident status, e.g. `In progress`. """
    mitigation_status: MitigationStatus | Unset = UNSET
    """ Overall mitigation state of a threat. """
    mitigation_status_description: None | str | Unset = UNSET
    """ Display text of the mitigation state, e.g. `Mitigated`. """
    initiated_by: None | str | Unset = UNSET
    """ What started the detection: one of the `InitiatedBy` values, or `multiple` when several sources did. """
    initiated_by_description: None | str | Unset = UNSET
    """ Display text of `initiatedBy`, e.g. `Agent Policy`. """
    initiating_username: None | str | Unset = UNSET
    """ The user who started the detection, when a user did. """
    external_ticket_id: None | str | Unset = UNSET
    """ The external ticket id set on the threat, or null. """
    external_ticket_exists: bool | Unset = UNSET
    """ Whether the threat carries an external ticket id. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the threat was created in the console. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the threat last changed. """
    identified_at: datetime.datetime | None | Unset = UNSET
    """ When the agent identified the threat. """
    sha1: None | str | Unset = UNSET
    """ SHA-1 of the threat file (what `contentHashes` matches). """
    sha256: None | str | Unset = UNSET
    """ SHA-256 of the threat file. """
    md5: None | str | Unset = UNSET
    """ MD5 of the threat file. """
    file_path: None | str | Unset = UNSET
    """ Path of the threat file on the endpoint. """
    file_size: int | None | Unset = UNSET
    """ Size of the threat file in bytes. """
    storyline: None | str | Unset = UNSET
    """ Storyline (agent context) id the threat belongs to. """
    originator_process: None | str | Unset = UNSET
    """ Name of the process the threat came from. """
    malicious_process_arguments: None | str | Unset = UNSET
    """ Command line arguments of the threat's process. """
    engines: list[str] | Unset = UNSET
    """ Display names of the engines that detected the threat (deprecated). """
    detection_engines: list[DetectionEngineRef] | Unset = UNSET
    """ The engines that detected the threat. """
    detection_type: DetectionType | Unset = UNSET
    """ Whether a threat was found by static or by behavioural (dynamic) analysis. """
    mitigated_preemptively: bool | Unset = UNSET
    """ Whether the threat was caught before it executed. """
    failed_actions: bool | Unset = UNSET
    """ Whether an action on the threat failed. """
    pending_actions: bool | Unset = UNSET
    """ Whether an action on the threat is still pending on the agent. """
    reboot_required: bool | Unset = UNSET
    """ Whether an action on the threat needs an endpoint reboot to finish. """
    automatically_resolved: bool | Unset = UNSET
    """ Whether the console resolved the threat without an analyst. """
    collection_id: None | str | Unset = UNSET
    """ Id of the collection that groups this threat with similar ones. """
    cloud_files_hash_verdict: None | str | Unset = UNSET
    """ Verdict of the cloud on the file's hash. """
    publisher_name: None | str | Unset = UNSET
    """ Publisher of the threat file, from its signature. """
    process_user: None | str | Unset = UNSET
    """ The user the threat's process ran as. """
    browser_type: None | str | Unset = UNSET
    """ Browser the threat came through, if any. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    certificate_id: None | str | Unset = UNSET
    """ Signer of the file's certificate (empty when unsigned). Undocumented; real answers carry it (see `Threat`'s
    x-vendor-behaviour). """
    file_extension: None | str | Unset = UNSET
    """ The file's extension in capitals, e.g. `EXE`. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    file_extension_type: None | str | Unset = UNSET
    """ Kind of file by extension, e.g. `Executable`, `Document`. Undocumented; real answers carry it (see
    `Threat`'s x-vendor-behaviour). """
    file_verification_type: None | str | Unset = UNSET
    """ Signature state of the file, e.g. `NotSigned`, `SignedVerified`. Undocumented; real answers carry it (see
    `Threat`'s x-vendor-behaviour). """
    initiating_user_id: None | str | Unset = UNSET
    """ Id of the console user who initiated the detection, if any. Undocumented; real answers carry it (see
    `Threat`'s x-vendor-behaviour). """
    is_fileless: bool | Unset = UNSET
    """ Whether the threat ran without a file on disk. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    is_valid_certificate: bool | Unset = UNSET
    """ Whether the file's certificate is valid. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    reached_events_limit: bool | Unset = UNSET
    """ Whether the threat's storyline hit the event limit. Undocumented; real answers carry it (see `Threat`'s
    x-vendor-behaviour). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threat_id = self.threat_id

        threat_name: None | str | Unset
        if isinstance(self.threat_name, Unset):
            threat_name = UNSET
        else:
            threat_name = self.threat_name

        classification: None | str | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        else:
            classification = self.classification

        classification_source: str | Unset = UNSET
        if not isinstance(self.classification_source, Unset):
            classification_source = self.classification_source.value

        confidence_level: str | Unset = UNSET
        if not isinstance(self.confidence_level, Unset):
            confidence_level = self.confidence_level.value

        analyst_verdict: str | Unset = UNSET
        if not isinstance(self.analyst_verdict, Unset):
            analyst_verdict = self.analyst_verdict.value

        analyst_verdict_description: None | str | Unset
        if isinstance(self.analyst_verdict_description, Unset):
            analyst_verdict_description = UNSET
        else:
            analyst_verdict_description = self.analyst_verdict_description

        incident_status: str | Unset = UNSET
        if not isinstance(self.incident_status, Unset):
            incident_status = self.incident_status.value

        incident_status_description: None | str | Unset
        if isinstance(self.incident_status_description, Unset):
            incident_status_description = UNSET
        else:
            incident_status_description = self.incident_status_description

        mitigation_status: str | Unset = UNSET
        if not isinstance(self.mitigation_status, Unset):
            mitigation_status = self.mitigation_status.value

        mitigation_status_description: None | str | Unset
        if isinstance(self.mitigation_status_description, Unset):
            mitigation_status_description = UNSET
        else:
            mitigation_status_description = self.mitigation_status_description

        initiated_by: None | str | Unset
        if isinstance(self.initiated_by, Unset):
            initiated_by = UNSET
        else:
            initiated_by = self.initiated_by

        initiated_by_description: None | str | Unset
        if isinstance(self.initiated_by_description, Unset):
            initiated_by_description = UNSET
        else:
            initiated_by_description = self.initiated_by_description

        initiating_username: None | str | Unset
        if isinstance(self.initiating_username, Unset):
            initiating_username = UNSET
        else:
            initiating_username = self.initiating_username

        external_ticket_id: None | str | Unset
        if isinstance(self.external_ticket_id, Unset):
            external_ticket_id = UNSET
        else:
            external_ticket_id = self.external_ticket_id

        external_ticket_exists = self.external_ticket_exists

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        identified_at: None | str | Unset
        if isinstance(self.identified_at, Unset):
            identified_at = UNSET
        elif isinstance(self.identified_at, datetime.datetime):
            identified_at = self.identified_at.isoformat()
        else:
            identified_at = self.identified_at

        sha1: None | str | Unset
        if isinstance(self.sha1, Unset):
            sha1 = UNSET
        else:
            sha1 = self.sha1

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        md5: None | str | Unset
        if isinstance(self.md5, Unset):
            md5 = UNSET
        else:
            md5 = self.md5

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        storyline: None | str | Unset
        if isinstance(self.storyline, Unset):
            storyline = UNSET
        else:
            storyline = self.storyline

        originator_process: None | str | Unset
        if isinstance(self.originator_process, Unset):
            originator_process = UNSET
        else:
            originator_process = self.originator_process

        malicious_process_arguments: None | str | Unset
        if isinstance(self.malicious_process_arguments, Unset):
            malicious_process_arguments = UNSET
        else:
            malicious_process_arguments = self.malicious_process_arguments

        engines: list[str] | Unset = UNSET
        if not isinstance(self.engines, Unset):
            engines = self.engines

        detection_engines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detection_engines, Unset):
            detection_engines = []
            for detection_engines_item_data in self.detection_engines:
                detection_engines_item = detection_engines_item_data.to_dict()
                detection_engines.append(detection_engines_item)

        detection_type: str | Unset = UNSET
        if not isinstance(self.detection_type, Unset):
            detection_type = self.detection_type.value

        mitigated_preemptively = self.mitigated_preemptively

        failed_actions = self.failed_actions

        pending_actions = self.pending_actions

        reboot_required = self.reboot_required

        automatically_resolved = self.automatically_resolved

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        cloud_files_hash_verdict: None | str | Unset
        if isinstance(self.cloud_files_hash_verdict, Unset):
            cloud_files_hash_verdict = UNSET
        else:
            cloud_files_hash_verdict = self.cloud_files_hash_verdict

        publisher_name: None | str | Unset
        if isinstance(self.publisher_name, Unset):
            publisher_name = UNSET
        else:
            publisher_name = self.publisher_name

        process_user: None | str | Unset
        if isinstance(self.process_user, Unset):
            process_user = UNSET
        else:
            process_user = self.process_user

        browser_type: None | str | Unset
        if isinstance(self.browser_type, Unset):
            browser_type = UNSET
        else:
            browser_type = self.browser_type

        certificate_id: None | str | Unset
        if isinstance(self.certificate_id, Unset):
            certificate_id = UNSET
        else:
            certificate_id = self.certificate_id

        file_extension: None | str | Unset
        if isinstance(self.file_extension, Unset):
            file_extension = UNSET
        else:
            file_extension = self.file_extension

        file_extension_type: None | str | Unset
        if isinstance(self.file_extension_type, Unset):
            file_extension_type = UNSET
        else:
            file_extension_type = self.file_extension_type

        file_verification_type: None | str | Unset
        if isinstance(self.file_verification_type, Unset):
            file_verification_type = UNSET
        else:
            file_verification_type = self.file_verification_type

        initiating_user_id: None | str | Unset
        if isinstance(self.initiating_user_id, Unset):
            initiating_user_id = UNSET
        else:
            initiating_user_id = self.initiating_user_id

        is_fileless = self.is_fileless

        is_valid_certificate = self.is_valid_certificate

        reached_events_limit = self.reached_events_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threat_id is not UNSET:
            field_dict["threatId"] = threat_id
        if threat_name is not UNSET:
            field_dict["threatName"] = threat_name
        if classification is not UNSET:
            field_dict["classification"] = classification
        if classification_source is not UNSET:
            field_dict["classificationSource"] = classification_source
        if confidence_level is not UNSET:
            field_dict["confidenceLevel"] = confidence_level
        if analyst_verdict is not UNSET:
            field_dict["analystVerdict"] = analyst_verdict
        if analyst_verdict_description is not UNSET:
            field_dict["analystVerdictDescription"] = analyst_verdict_description
        if incident_status is not UNSET:
            field_dict["incidentStatus"] = incident_status
        if incident_status_description is not UNSET:
            field_dict["incidentStatusDescription"] = incident_status_description
        if mitigation_status is not UNSET:
            field_dict["mitigationStatus"] = mitigation_status
        if mitigation_status_description is not UNSET:
            field_dict["mitigationStatusDescription"] = mitigation_status_description
        if initiated_by is not UNSET:
            field_dict["initiatedBy"] = initiated_by
        if initiated_by_description is not UNSET:
            field_dict["initiatedByDescription"] = initiated_by_description
        if initiating_username is not UNSET:
            field_dict["initiatingUsername"] = initiating_username
        if external_ticket_id is not UNSET:
            field_dict["externalTicketId"] = external_ticket_id
        if external_ticket_exists is not UNSET:
            field_dict["externalTicketExists"] = external_ticket_exists
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if identified_at is not UNSET:
            field_dict["identifiedAt"] = identified_at
        if sha1 is not UNSET:
            field_dict["sha1"] = sha1
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if md5 is not UNSET:
            field_dict["md5"] = md5
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if storyline is not UNSET:
            field_dict["storyline"] = storyline
        if originator_process is not UNSET:
            field_dict["originatorProcess"] = originator_process
        if malicious_process_arguments is not UNSET:
            field_dict["maliciousProcessArguments"] = malicious_process_arguments
        if engines is not UNSET:
            field_dict["engines"] = engines
        if detection_engines is not UNSET:
            field_dict["detectionEngines"] = detection_engines
        if detection_type is not UNSET:
            field_dict["detectionType"] = detection_type
        if mitigated_preemptively is not UNSET:
            field_dict["mitigatedPreemptively"] = mitigated_preemptively
        if failed_actions is not UNSET:
            field_dict["failedActions"] = failed_actions
        if pending_actions is not UNSET:
            field_dict["pendingActions"] = pending_actions
        if reboot_required is not UNSET:
            field_dict["rebootRequired"] = reboot_required
        if automatically_resolved is not UNSET:
            field_dict["automaticallyResolved"] = automatically_resolved
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if cloud_files_hash_verdict is not UNSET:
            field_dict["cloudFilesHashVerdict"] = cloud_files_hash_verdict
        if publisher_name is not UNSET:
            field_dict["publisherName"] = publisher_name
        if process_user is not UNSET:
            field_dict["processUser"] = process_user
        if browser_type is not UNSET:
            field_dict["browserType"] = browser_type
        if certificate_id is not UNSET:
            field_dict["certificateId"] = certificate_id
        if file_extension is not UNSET:
            field_dict["fileExtension"] = file_extension
        if file_extension_type is not UNSET:
            field_dict["fileExtensionType"] = file_extension_type
        if file_verification_type is not UNSET:
            field_dict["fileVerificationType"] = file_verification_type
        if initiating_user_id is not UNSET:
            field_dict["initiatingUserId"] = initiating_user_id
        if is_fileless is not UNSET:
            field_dict["isFileless"] = is_fileless
        if is_valid_certificate is not UNSET:
            field_dict["isValidCertificate"] = is_valid_certificate
        if reached_events_limit is not UNSET:
            field_dict["reachedEventsLimit"] = reached_events_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threat_id = d.pop("threatId", UNSET)

        threat_name: None | str | Unset = d.pop("threatName", UNSET)

        classification: None | str | Unset = d.pop("classification", UNSET)

        _classification_source = d.pop("classificationSource", UNSET)
        classification_source: ClassificationSource | Unset
        if isinstance(_classification_source, Unset):
            classification_source = UNSET
        else:
            classification_source = ClassificationSource(_classification_source)

        _confidence_level = d.pop("confidenceLevel", UNSET)
        confidence_level: ConfidenceLevel | Unset
        if isinstance(_confidence_level, Unset):
            confidence_level = UNSET
        else:
            confidence_level = ConfidenceLevel(_confidence_level)

        _analyst_verdict = d.pop("analystVerdict", UNSET)
        analyst_verdict: AnalystVerdict | Unset
        if isinstance(_analyst_verdict, Unset):
            analyst_verdict = UNSET
        else:
            analyst_verdict = AnalystVerdict(_analyst_verdict)

        analyst_verdict_description: None | str | Unset = d.pop("analystVerdictDescription", UNSET)

        _incident_status = d.pop("incidentStatus", UNSET)
        incident_status: IncidentStatus | Unset
        if isinstance(_incident_status, Unset):
            incident_status = UNSET
        else:
            incident_status = IncidentStatus(_incident_status)

        incident_status_description: None | str | Unset = d.pop("incidentStatusDescription", UNSET)

        _mitigation_status = d.pop("mitigationStatus", UNSET)
        mitigation_status: MitigationStatus | Unset
        if isinstance(_mitigation_status, Unset):
            mitigation_status = UNSET
        else:
            mitigation_status = MitigationStatus(_mitigation_status)

        mitigation_status_description: None | str | Unset = d.pop("mitigationStatusDescription", UNSET)

        initiated_by: None | str | Unset = d.pop("initiatedBy", UNSET)

        initiated_by_description: None | str | Unset = d.pop("initiatedByDescription", UNSET)

        initiating_username: None | str | Unset = d.pop("initiatingUsername", UNSET)

        external_ticket_id: None | str | Unset = d.pop("externalTicketId", UNSET)

        external_ticket_exists = d.pop("externalTicketExists", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _identified_at = d.pop("identifiedAt", UNSET)
        identified_at: datetime.datetime | None | Unset
        if isinstance(_identified_at, str):
            try:
                identified_at_type_0 = datetime.datetime.fromisoformat(_identified_at)

                identified_at = identified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                identified_at = cast(datetime.datetime | None | Unset, _identified_at)
        elif _identified_at is None:
            identified_at = None
        elif isinstance(_identified_at, Unset):
            identified_at = _identified_at
        else:
            identified_at = cast(datetime.datetime | None | Unset, _identified_at)

        sha1: None | str | Unset = d.pop("sha1", UNSET)

        sha256: None | str | Unset = d.pop("sha256", UNSET)

        md5: None | str | Unset = d.pop("md5", UNSET)

        file_path: None | str | Unset = d.pop("filePath", UNSET)

        file_size: int | None | Unset = d.pop("fileSize", UNSET)

        storyline: None | str | Unset = d.pop("storyline", UNSET)

        originator_process: None | str | Unset = d.pop("originatorProcess", UNSET)

        malicious_process_arguments: None | str | Unset = d.pop("maliciousProcessArguments", UNSET)

        engines = cast(list[str], d.pop("engines", UNSET))

        _detection_engines = d.pop("detectionEngines", UNSET)
        detection_engines: list[DetectionEngineRef] | Unset = UNSET
        if _detection_engines is not UNSET:
            detection_engines = []
            for detection_engines_item_data in _detection_engines:
                detection_engines_item = DetectionEngineRef.from_dict(detection_engines_item_data)

                detection_engines.append(detection_engines_item)

        _detection_type = d.pop("detectionType", UNSET)
        detection_type: DetectionType | Unset
        if isinstance(_detection_type, Unset):
            detection_type = UNSET
        else:
            detection_type = DetectionType(_detection_type)

        mitigated_preemptively = d.pop("mitigatedPreemptively", UNSET)

        failed_actions = d.pop("failedActions", UNSET)

        pending_actions = d.pop("pendingActions", UNSET)

        reboot_required = d.pop("rebootRequired", UNSET)

        automatically_resolved = d.pop("automaticallyResolved", UNSET)

        collection_id: None | str | Unset = d.pop("collectionId", UNSET)

        cloud_files_hash_verdict: None | str | Unset = d.pop("cloudFilesHashVerdict", UNSET)

        publisher_name: None | str | Unset = d.pop("publisherName", UNSET)

        process_user: None | str | Unset = d.pop("processUser", UNSET)

        browser_type: None | str | Unset = d.pop("browserType", UNSET)

        certificate_id: None | str | Unset = d.pop("certificateId", UNSET)

        file_extension: None | str | Unset = d.pop("fileExtension", UNSET)

        file_extension_type: None | str | Unset = d.pop("fileExtensionType", UNSET)

        file_verification_type: None | str | Unset = d.pop("fileVerificationType", UNSET)

        initiating_user_id: None | str | Unset = d.pop("initiatingUserId", UNSET)

        is_fileless = d.pop("isFileless", UNSET)

        is_valid_certificate = d.pop("isValidCertificate", UNSET)

        reached_events_limit = d.pop("reachedEventsLimit", UNSET)

        if cls is ThreatInfo:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            threat_info = cls(
                threat_id,
                threat_name,
                classification,
                classification_source,
                confidence_level,
                analyst_verdict,
                analyst_verdict_description,
                incident_status,
                incident_status_description,
                mitigation_status,
                mitigation_status_description,
                initiated_by,
                initiated_by_description,
                initiating_username,
                external_ticket_id,
                external_ticket_exists,
                created_at,
                updated_at,
                identified_at,
                sha1,
                sha256,
                md5,
                file_path,
                file_size,
                storyline,
                originator_process,
                malicious_process_arguments,
                engines,
                detection_engines,
                detection_type,
                mitigated_preemptively,
                failed_actions,
                pending_actions,
                reboot_required,
                automatically_resolved,
                collection_id,
                cloud_files_hash_verdict,
                publisher_name,
                process_user,
                browser_type,
                certificate_id,
                file_extension,
                file_extension_type,
                file_verification_type,
                initiating_user_id,
                is_fileless,
                is_valid_certificate,
                reached_events_limit,
            )
        else:  # a subclass may have an __init__ of its own
            threat_info = cls(
                threat_id=threat_id,
                threat_name=threat_name,
                classification=classification,
                classification_source=classification_source,
                confidence_level=confidence_level,
                analyst_verdict=analyst_verdict,
                analyst_verdict_description=analyst_verdict_description,
                incident_status=incident_status,
                incident_status_description=incident_status_description,
                mitigation_status=mitigation_status,
                mitigation_status_description=mitigation_status_description,
                initiated_by=initiated_by,
                initiated_by_description=initiated_by_description,
                initiating_username=initiating_username,
                external_ticket_id=external_ticket_id,
                external_ticket_exists=external_ticket_exists,
                created_at=created_at,
                updated_at=updated_at,
                identified_at=identified_at,
                sha1=sha1,
                sha256=sha256,
                md5=md5,
                file_path=file_path,
                file_size=file_size,
                storyline=storyline,
                originator_process=originator_process,
                malicious_process_arguments=malicious_process_arguments,
                engines=engines,
                detection_engines=detection_engines,
                detection_type=detection_type,
                mitigated_preemptively=mitigated_preemptively,
                failed_actions=failed_actions,
                pending_actions=pending_actions,
                reboot_required=reboot_required,
                automatically_resolved=automatically_resolved,
                collection_id=collection_id,
                cloud_files_hash_verdict=cloud_files_hash_verdict,
                publisher_name=publisher_name,
                process_user=process_user,
                browser_type=browser_type,
                certificate_id=certificate_id,
                file_extension=file_extension,
                file_extension_type=file_extension_type,
                file_verification_type=file_verification_type,
                initiating_user_id=initiating_user_id,
                is_fileless=is_fileless,
                is_valid_certificate=is_valid_certificate,
                reached_events_limit=reached_events_limit,
            )

        threat_info.additional_properties = d
        return threat_info

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
from ..models.detection_engine_ref import DetectionEngineRef  # noqa: E402
