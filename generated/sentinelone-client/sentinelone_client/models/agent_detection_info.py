from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentDetectionInfo")


@_attrs_define
class AgentDetectionInfo:
    """The threat's agent as it was when the threat was detected; often null fields."""

    agent_uuid: None | str | Unset = UNSET
    """ UUID of the agent. """
    agent_domain: None | str | Unset = UNSET
    """ Domain of the endpoint at detection time. """
    agent_ip_v4: None | str | Unset = UNSET
    """ IPv4 addresses of the endpoint at detection time. """
    agent_ip_v6: None | str | Unset = UNSET
    """ IPv6 addresses of the endpoint at detection time. """
    external_ip: None | str | Unset = UNSET
    """ Public IP address the endpoint was seen from. """
    agent_version: None | str | Unset = UNSET
    """ Version the agent ran at detection time. """
    agent_os_name: None | str | Unset = UNSET
    """ Operating system name at detection time. """
    agent_os_revision: None | str | Unset = UNSET
    """ Operating system revision at detection time. """
    agent_mitigation_mode: None | str | Unset = UNSET
    """ The agent's mitigation mode at detection time. """
    agent_detection_state: None | str | Unset = UNSET
    """ The agent's state at detection time. """
    agent_last_logged_in_user_name: None | str | Unset = UNSET
    """ The last user logged in on the endpoint at detection time. """
    agent_last_logged_in_upn: None | str | Unset = UNSET
    """ User principal name of that user. """
    agent_registered_at: datetime.datetime | None | Unset = UNSET
    """ When the agent registered with the console. """
    account_id: None | str | Unset = UNSET
    """ Id of the agent's account at detection time. """
    account_name: None | str | Unset = UNSET
    """ Name of the agent's account at detection time. """
    site_id: None | str | Unset = UNSET
    """ Id of the agent's site at detection time. """
    site_name: None | str | Unset = UNSET
    """ Name of the agent's site at detection time. """
    group_id: None | str | Unset = UNSET
    """ Id of the agent's group at detection time. """
    group_name: None | str | Unset = UNSET
    """ Name of the agent's group at detection time. """
    cloud_providers: AgentDetectionInfoCloudProviders | Unset = UNSET
    """ Cloud context of the endpoint, keyed by provider (account, image, instance id and size, location, network,
    AWS role, security groups and subnets, Azure resource group, GCP service account): what the cloud `__contains`
    filters match. """
    agent_last_logged_in_user_mail: None | str | Unset = UNSET
    """ E-mail of the last user logged in at detection time. Undocumented; real answers carry it (see `Threat`'s
    x-vendor-behaviour). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid: None | str | Unset
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = self.agent_uuid

        agent_domain: None | str | Unset
        if isinstance(self.agent_domain, Unset):
            agent_domain = UNSET
        else:
            agent_domain = self.agent_domain

        agent_ip_v4: None | str | Unset
        if isinstance(self.agent_ip_v4, Unset):
            agent_ip_v4 = UNSET
        else:
            agent_ip_v4 = self.agent_ip_v4

        agent_ip_v6: None | str | Unset
        if isinstance(self.agent_ip_v6, Unset):
            agent_ip_v6 = UNSET
        else:
            agent_ip_v6 = self.agent_ip_v6

        external_ip: None | str | Unset
        if isinstance(self.external_ip, Unset):
            external_ip = UNSET
        else:
            external_ip = self.external_ip

        agent_version: None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        agent_os_name: None | str | Unset
        if isinstance(self.agent_os_name, Unset):
            agent_os_name = UNSET
        else:
            agent_os_name = self.agent_os_name

        agent_os_revision: None | str | Unset
        if isinstance(self.agent_os_revision, Unset):
            agent_os_revision = UNSET
        else:
            agent_os_revision = self.agent_os_revision

        agent_mitigation_mode: None | str | Unset
        if isinstance(self.agent_mitigation_mode, Unset):
            agent_mitigation_mode = UNSET
        else:
            agent_mitigation_mode = self.agent_mitigation_mode

        agent_detection_state: None | str | Unset
        if isinstance(self.agent_detection_state, Unset):
            agent_detection_state = UNSET
        else:
            agent_detection_state = self.agent_detection_state

        agent_last_logged_in_user_name: None | str | Unset
        if isinstance(self.agent_last_logged_in_user_name, Unset):
            agent_last_logged_in_user_name = UNSET
        else:
            agent_last_logged_in_user_name = self.agent_last_logged_in_user_name

        agent_last_logged_in_upn: None | str | Unset
        if isinstance(self.agent_last_logged_in_upn, Unset):
            agent_last_logged_in_upn = UNSET
        else:
            agent_last_logged_in_upn = self.agent_last_logged_in_upn

        agent_registered_at: None | str | Unset
        if isinstance(self.agent_registered_at, Unset):
            agent_registered_at = UNSET
        elif isinstance(self.agent_registered_at, datetime.datetime):
            agent_registered_at = self.agent_registered_at.isoformat()
        else:
            agent_registered_at = self.agent_registered_at

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

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        cloud_providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_providers, Unset):
            cloud_providers = self.cloud_providers.to_dict()

        agent_last_logged_in_user_mail: None | str | Unset
        if isinstance(self.agent_last_logged_in_user_mail, Unset):
            agent_last_logged_in_user_mail = UNSET
        else:
            agent_last_logged_in_user_mail = self.agent_last_logged_in_user_mail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agentUuid"] = agent_uuid
        if agent_domain is not UNSET:
            field_dict["agentDomain"] = agent_domain
        if agent_ip_v4 is not UNSET:
            field_dict["agentIpV4"] = agent_ip_v4
        if agent_ip_v6 is not UNSET:
            field_dict["agentIpV6"] = agent_ip_v6
        if external_ip is not UNSET:
            field_dict["externalIp"] = external_ip
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if agent_os_name is not UNSET:
            field_dict["agentOsName"] = agent_os_name
        if agent_os_revision is not UNSET:
            field_dict["agentOsRevision"] = agent_os_revision
        if agent_mitigation_mode is not UNSET:
            field_dict["agentMitigationMode"] = agent_mitigation_mode
        if agent_detection_state is not UNSET:
            field_dict["agentDetectionState"] = agent_detection_state
        if agent_last_logged_in_user_name is not UNSET:
            field_dict["agentLastLoggedInUserName"] = agent_last_logged_in_user_name
        if agent_last_logged_in_upn is not UNSET:
            field_dict["agentLastLoggedInUpn"] = agent_last_logged_in_upn
        if agent_registered_at is not UNSET:
            field_dict["agentRegisteredAt"] = agent_registered_at
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if site_id is not UNSET:
            field_dict["siteId"] = site_id
        if site_name is not UNSET:
            field_dict["siteName"] = site_name
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if cloud_providers is not UNSET:
            field_dict["cloudProviders"] = cloud_providers
        if agent_last_logged_in_user_mail is not UNSET:
            field_dict["agentLastLoggedInUserMail"] = agent_last_logged_in_user_mail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_uuid: None | str | Unset = d.pop("agentUuid", UNSET)

        agent_domain: None | str | Unset = d.pop("agentDomain", UNSET)

        agent_ip_v4: None | str | Unset = d.pop("agentIpV4", UNSET)

        agent_ip_v6: None | str | Unset = d.pop("agentIpV6", UNSET)

        external_ip: None | str | Unset = d.pop("externalIp", UNSET)

        agent_version: None | str | Unset = d.pop("agentVersion", UNSET)

        agent_os_name: None | str | Unset = d.pop("agentOsName", UNSET)

        agent_os_revision: None | str | Unset = d.pop("agentOsRevision", UNSET)

        agent_mitigation_mode: None | str | Unset = d.pop("agentMitigationMode", UNSET)

        agent_detection_state: None | str | Unset = d.pop("agentDetectionState", UNSET)

        agent_last_logged_in_user_name: None | str | Unset = d.pop("agentLastLoggedInUserName", UNSET)

        agent_last_logged_in_upn: None | str | Unset = d.pop("agentLastLoggedInUpn", UNSET)

        _agent_registered_at = d.pop("agentRegisteredAt", UNSET)
        agent_registered_at: datetime.datetime | None | Unset
        if isinstance(_agent_registered_at, str):
            try:
                agent_registered_at_type_0 = datetime.datetime.fromisoformat(_agent_registered_at)

                agent_registered_at = agent_registered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                agent_registered_at = cast(datetime.datetime | None | Unset, _agent_registered_at)
        elif _agent_registered_at is None:
            agent_registered_at = None
        elif isinstance(_agent_registered_at, Unset):
            agent_registered_at = _agent_registered_at
        else:
            agent_registered_at = cast(datetime.datetime | None | Unset, _agent_registered_at)

        account_id: None | str | Unset = d.pop("accountId", UNSET)

        account_name: None | str | Unset = d.pop("accountName", UNSET)

        site_id: None | str | Unset = d.pop("siteId", UNSET)

        site_name: None | str | Unset = d.pop("siteName", UNSET)

        group_id: None | str | Unset = d.pop("groupId", UNSET)

        group_name: None | str | Unset = d.pop("groupName", UNSET)

        _cloud_providers = d.pop("cloudProviders", UNSET)
        cloud_providers: AgentDetectionInfoCloudProviders | Unset
        if isinstance(_cloud_providers, Unset):
            cloud_providers = UNSET
        else:
            cloud_providers = AgentDetectionInfoCloudProviders.from_dict(_cloud_providers)

        agent_last_logged_in_user_mail: None | str | Unset = d.pop("agentLastLoggedInUserMail", UNSET)

        if cls is AgentDetectionInfo:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            agent_detection_info = cls(
                agent_uuid,
                agent_domain,
                agent_ip_v4,
                agent_ip_v6,
                external_ip,
                agent_version,
                agent_os_name,
                agent_os_revision,
                agent_mitigation_mode,
                agent_detection_state,
                agent_last_logged_in_user_name,
                agent_last_logged_in_upn,
                agent_registered_at,
                account_id,
                account_name,
                site_id,
                site_name,
                group_id,
                group_name,
                cloud_providers,
                agent_last_logged_in_user_mail,
            )
        else:  # a subclass may have an __init__ of its own
            agent_detection_info = cls(
                agent_uuid=agent_uuid,
                agent_domain=agent_domain,
                agent_ip_v4=agent_ip_v4,
                agent_ip_v6=agent_ip_v6,
                external_ip=external_ip,
                agent_version=agent_version,
                agent_os_name=agent_os_name,
                agent_os_revision=agent_os_revision,
                agent_mitigation_mode=agent_mitigation_mode,
                agent_detection_state=agent_detection_state,
                agent_last_logged_in_user_name=agent_last_logged_in_user_name,
                agent_last_logged_in_upn=agent_last_logged_in_upn,
                agent_registered_at=agent_registered_at,
                account_id=account_id,
                account_name=account_name,
                site_id=site_id,
                site_name=site_name,
                group_id=group_id,
                group_name=group_name,
                cloud_providers=cloud_providers,
                agent_last_logged_in_user_mail=agent_last_logged_in_user_mail,
            )

        agent_detection_info.additional_properties = d
        return agent_detection_info

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
from ..models.agent_detection_info_cloud_providers import AgentDetectionInfoCloudProviders  # noqa: E402
