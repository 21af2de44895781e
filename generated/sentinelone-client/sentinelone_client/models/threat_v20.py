from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreatV20")


@_attrs_define
class ThreatV20:
    """A threat as API 2.0 shows it: one flat object. Only the fields integrations read are listed; the console sends more."""

    id: str
    """ Id of the threat. """
    account_id: None | str | Unset = UNSET
    """ Id of the agent's account. """
    account_name: None | str | Unset = UNSET
    """ Name of the agent's account. """
    agent_computer_name: None | str | Unset = UNSET
    """ Computer name of the endpoint. """
    agent_domain: None | str | Unset = UNSET
    """ Domain of the endpoint. """
    agent_id: None | str | Unset = UNSET
    """ Id of the agent. """
    agent_ip: None | str | Unset = UNSET
    """ Public IP address the endpoint was seen from. """
    agent_is_active: bool | Unset = UNSET
    """ Whether the agent is connected to the console. """
    agent_os_type: None | str | Unset = UNSET
    """ Operating system type (`windows`, `macos`, `linux`, ...). """
    agent_version: None | str | Unset = UNSET
    """ Version the agent runs. """
    classification: None | str | Unset = UNSET
    """ Classification of the threat, e.g. `Malware`. """
    classification_source: None | str | Unset = UNSET
    """ What classified the threat. """
    created_at: str | Unset = UNSET
    """ When the threat was created, ISO-8601 with `Z`. """
    description: None | str | Unset = UNSET
    """ A short description of the detection. """
    engines: list[str] | Unset = UNSET
    """ Engines that detected the threat. """
    external_ticket_id: None | str | Unset = UNSET
    """ The external ticket id (2.0 spells it in snake case). """
    file_content_hash: None | str | Unset = UNSET
    """ SHA-1 of the file. """
    file_display_name: None | str | Unset = UNSET
    """ Display name of the file. """
    file_path: None | str | Unset = UNSET
    """ Path of the file. """
    file_sha_256: None | str | Unset = UNSET
    """ SHA-256 of the file, when known. """
    initiated_by: None | str | Unset = UNSET
    """ What started the detection, in camel case (e.g. `agentPolicy`). """
    marked_as_benign: bool | Unset = UNSET
    """ Whether the threat was marked benign. """
    mitigation_report: ThreatV20MitigationReport | Unset = UNSET
    """ The state of each mitigation action, keyed by action. """
    mitigation_status: None | str | Unset = UNSET
    """ Mitigation state, e.g. `mitigated`. """
    rank: int | Unset = UNSET
    """ Severity rank from 0 to 10. """
    resolved: bool | Unset = UNSET
    """ Whether the threat is resolved. """
    site_id: None | str | Unset = UNSET
    """ Id of the agent's site. """
    site_name: None | str | Unset = UNSET
    """ Name of the agent's site. """
    threat_name: None | str | Unset = UNSET
    """ Name of the threat. """
    updated_at: str | Unset = UNSET
    """ When the threat last changed, ISO-8601 with `Z`. """
    username: None | str | Unset = UNSET
    """ The user the threat's process ran as. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        agent_computer_name: None | str | Unset
        if isinstance(self.agent_computer_name, Unset):
            agent_computer_name = UNSET
        else:
            agent_computer_name = self.agent_computer_name

        agent_domain: None | str | Unset
        if isinstance(self.agent_domain, Unset):
            agent_domain = UNSET
        else:
            agent_domain = self.agent_domain

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_ip: None | str | Unset
        if isinstance(self.agent_ip, Unset):
            agent_ip = UNSET
        else:
            agent_ip = self.agent_ip

        agent_is_active = self.agent_is_active

        agent_os_type: None | str | Unset
        if isinstance(self.agent_os_type, Unset):
            agent_os_type = UNSET
        else:
            agent_os_type = self.agent_os_type

        agent_version: None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        classification: None | str | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        else:
            classification = self.classification

        classification_source: None | str | Unset
        if isinstance(self.classification_source, Unset):
            classification_source = UNSET
        else:
            classification_source = self.classification_source

        created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        engines: list[str] | Unset = UNSET
        if not isinstance(self.engines, Unset):
            engines = self.engines

        external_ticket_id: None | str | Unset
        if isinstance(self.external_ticket_id, Unset):
            external_ticket_id = UNSET
        else:
            external_ticket_id = self.external_ticket_id

        file_content_hash: None | str | Unset
        if isinstance(self.file_content_hash, Unset):
            file_content_hash = UNSET
        else:
            file_content_hash = self.file_content_hash

        file_display_name: None | str | Unset
        if isinstance(self.file_display_name, Unset):
            file_display_name = UNSET
        else:
            file_display_name = self.file_display_name

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        file_sha_256: None | str | Unset
        if isinstance(self.file_sha_256, Unset):
            file_sha_256 = UNSET
        else:
            file_sha_256 = self.file_sha_256

        initiated_by: None | str | Unset
        if isinstance(self.initiated_by, Unset):
            initiated_by = UNSET
        else:
            initiated_by = self.initiated_by

        marked_as_benign = self.marked_as_benign

        mitigation_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mitigation_report, Unset):
            mitigation_report = self.mitigation_report.to_dict()

        mitigation_status: None | str | Unset
        if isinstance(self.mitigation_status, Unset):
            mitigation_status = UNSET
        else:
            mitigation_status = self.mitigation_status

        rank = self.rank

        resolved = self.resolved

        site_id: None | str | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        site_name: None | str | Unset
        if isinstance(self.site_name, Unset):
            site_name = UNSET
        else:
            site_name = self.site_name

        threat_name: None | str | Unset
        if isinstance(self.threat_name, Unset):
            threat_name = UNSET
        else:
            threat_name = self.threat_name

        updated_at = self.updated_at

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if agent_computer_name is not UNSET:
            field_dict["agentComputerName"] = agent_computer_name
        if agent_domain is not UNSET:
            field_dict["agentDomain"] = agent_domain
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_ip is not UNSET:
            field_dict["agentIp"] = agent_ip
        if agent_is_active is not UNSET:
            field_dict["agentIsActive"] = agent_is_active
        if agent_os_type is not UNSET:
            field_dict["agentOsType"] = agent_os_type
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if classification is not UNSET:
            field_dict["classification"] = classification
        if classification_source is not UNSET:
            field_dict["classificationSource"] = classification_source
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if engines is not UNSET:
            field_dict["engines"] = engines
        if external_ticket_id is not UNSET:
            field_dict["external_ticket_id"] = external_ticket_id
        if file_content_hash is not UNSET:
            field_dict["fileContentHash"] = file_content_hash
        if file_display_name is not UNSET:
            field_dict["fileDisplayName"] = file_display_name
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if file_sha_256 is not UNSET:
            field_dict["fileSha256"] = file_sha_256
        if initiated_by is not UNSET:
            field_dict["initiatedBy"] = initiated_by
        if marked_as_benign is not UNSET:
            field_dict["markedAsBenign"] = marked_as_benign
        if mitigation_report is not UNSET:
            field_dict["mitigationReport"] = mitigation_report
        if mitigation_status is not UNSET:
            field_dict["mitigationStatus"] = mitigation_status
        if rank is not UNSET:
            field_dict["rank"] = rank
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if site_id is not UNSET:
            field_dict["siteId"] = site_id
        if site_name is not UNSET:
            field_dict["siteName"] = site_name
        if threat_name is not UNSET:
            field_dict["threatName"] = threat_name
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_id: None | str | Unset = d.pop("accountId", UNSET)

        account_name: None | str | Unset = d.pop("accountName", UNSET)

        agent_computer_name: None | str | Unset = d.pop("agentComputerName", UNSET)

        agent_domain: None | str | Unset = d.pop("agentDomain", UNSET)

        agent_id: None | str | Unset = d.pop("agentId", UNSET)

        agent_ip: None | str | Unset = d.pop("agentIp", UNSET)

        agent_is_active = d.pop("agentIsActive", UNSET)

        agent_os_type: None | str | Unset = d.pop("agentOsType", UNSET)

        agent_version: None | str | Unset = d.pop("agentVersion", UNSET)

        classification: None | str | Unset = d.pop("classification", UNSET)

        classification_source: None | str | Unset = d.pop("classificationSource", UNSET)

        created_at = d.pop("createdAt", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        engines = cast(list[str], d.pop("engines", UNSET))

        external_ticket_id: None | str | Unset = d.pop("external_ticket_id", UNSET)

        file_content_hash: None | str | Unset = d.pop("fileContentHash", UNSET)

        file_display_name: None | str | Unset = d.pop("fileDisplayName", UNSET)

        file_path: None | str | Unset = d.pop("filePath", UNSET)

        file_sha_256: None | str | Unset = d.pop("fileSha256", UNSET)

        initiated_by: None | str | Unset = d.pop("initiatedBy", UNSET)

        marked_as_benign = d.pop("markedAsBenign", UNSET)

        _mitigation_report = d.pop("mitigationReport", UNSET)
        mitigation_report: ThreatV20MitigationReport | Unset
        if isinstance(_mitigation_report, Unset):
            mitigation_report = UNSET
        else:
            mitigation_report = ThreatV20MitigationReport.from_dict(_mitigation_report)

        mitigation_status: None | str | Unset = d.pop("mitigationStatus", UNSET)

        rank = d.pop("rank", UNSET)

        resolved = d.pop("resolved", UNSET)

        site_id: None | str | Unset = d.pop("siteId", UNSET)

        site_name: None | str | Unset = d.pop("siteName", UNSET)

        threat_name: None | str | Unset = d.pop("threatName", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        username: None | str | Unset = d.pop("username", UNSET)

        if cls is ThreatV20:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            threat_v20 = cls(
                id,
                account_id,
                account_name,
                agent_computer_name,
                agent_domain,
                agent_id,
                agent_ip,
                agent_is_active,
                agent_os_type,
                agent_version,
                classification,
                classification_source,
                created_at,
                description,
                engines,
                external_ticket_id,
                file_content_hash,
                file_display_name,
                file_path,
                file_sha_256,
                initiated_by,
                marked_as_benign,
                mitigation_report,
                mitigation_status,
                rank,
                resolved,
                site_id,
                site_name,
                threat_name,
                updated_at,
                username,
            )
        else:  # a subclass may have an __init__ of its own
            threat_v20 = cls(
                id=id,
                account_id=account_id,
                account_name=account_name,
                agent_computer_name=agent_computer_name,
                agent_domain=agent_domain,
                agent_id=agent_id,
                agent_ip=agent_ip,
                agent_is_active=agent_is_active,
                agent_os_type=agent_os_type,
                agent_version=agent_version,
                classification=classification,
                classification_source=classification_source,
                created_at=created_at,
                description=description,
                engines=engines,
                external_ticket_id=external_ticket_id,
                file_content_hash=file_content_hash,
                file_display_name=file_display_name,
                file_path=file_path,
                file_sha_256=file_sha_256,
                initiated_by=initiated_by,
                marked_as_benign=marked_as_benign,
                mitigation_report=mitigation_report,
                mitigation_status=mitigation_status,
                rank=rank,
                resolved=resolved,
                site_id=site_id,
                site_name=site_name,
                threat_name=threat_name,
                updated_at=updated_at,
                username=username,
            )

        threat_v20.additional_properties = d
        return threat_v20

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
from ..models.threat_v20_mitigation_report import ThreatV20MitigationReport  # noqa: E402
