from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_machine_type import AgentMachineType
from ..models.os_type import OsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentRealtimeInfo")


@_attrs_define
class AgentRealtimeInfo:
    """The threat's agent as it is now."""

    agent_id: str | Unset = UNSET
    """ Id of the agent. """
    agent_uuid: None | str | Unset = UNSET
    """ UUID of the agent. """
    agent_computer_name: None | str | Unset = UNSET
    """ Computer name of the endpoint. """
    agent_domain: None | str | Unset = UNSET
    """ Domain of the endpoint. """
    agent_os_type: OsType | Unset = UNSET
    """ Operating system family of an endpoint. """
    agent_os_name: None | str | Unset = UNSET
    """ Operating system name of the endpoint. """
    agent_os_revision: None | str | Unset = UNSET
    """ Operating system revision of the endpoint. """
    agent_machine_type: AgentMachineType | Unset = UNSET
    """ Kind of machine an agent runs on (some values contain spaces). """
    agent_version: None | str | Unset = UNSET
    """ Version the agent runs now. """
    agent_is_active: bool | Unset = UNSET
    """ Whether the agent is connected to the console now. """
    agent_is_decommissioned: bool | Unset = UNSET
    """ Whether the agent was decommissioned. """
    agent_infected: bool | Unset = UNSET
    """ Whether the endpoint has active threats. """
    agent_mitigation_mode: None | str | Unset = UNSET
    """ The agent's mitigation mode (e.g. `protect`, `detect`). """
    agent_network_status: None | str | Unset = UNSET
    """ Network quarantine state of the endpoint (e.g. `connected`). """
    account_id: None | str | Unset = UNSET
    """ Id of the agent's account. """
    account_name: None | str | Unset = UNSET
    """ Name of the agent's account. """
    site_id: None | str | Unset = UNSET
    """ Id of the agent's site. """
    site_name: None | str | Unset = UNSET
    """ Name of the agent's site. """
    group_id: None | str | Unset = UNSET
    """ Id of the agent's group. """
    group_name: None | str | Unset = UNSET
    """ Name of the agent's group. """
    network_interfaces: list[NetworkInterface] | Unset = UNSET
    """ Network interfaces of the endpoint. """
    active_threats: int | Unset = UNSET
    """ Number of active threats on the endpoint. """
    reboot_required: bool | Unset = UNSET
    """ Whether the endpoint waits for a reboot. """
    agent_decommissioned_at: bool | None | str | Unset = UNSET
    """ When the agent was decommissioned (recorded answers also show `true`). Undocumented; real answers carry it
    (see `Threat`'s x-vendor-behaviour). """
    operational_state: None | str | Unset = UNSET
    """ The agent's operational state, e.g. `na`. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    scan_aborted_at: None | str | Unset = UNSET
    """ When the last full disk scan was aborted. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    scan_started_at: None | str | Unset = UNSET
    """ When the last full disk scan started. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    scan_finished_at: None | str | Unset = UNSET
    """ When the last full disk scan finished. Undocumented; real answers carry it (see `Threat`'s x-vendor-
    behaviour). """
    scan_status: None | str | Unset = UNSET
    """ State of the last full disk scan, e.g. `finished`. Undocumented; real answers carry it (see `Threat`'s
    x-vendor-behaviour). """
    storage_name: None | str | Unset = UNSET
    """ Storage name, for storage agents. Undocumented; real answers carry it (see `Threat`'s x-vendor-behaviour).
    """
    storage_type: None | str | Unset = UNSET
    """ Storage type, for storage agents. Undocumented; real answers carry it (see `Threat`'s x-vendor-behaviour).
    """
    user_actions_needed: list[str] | Unset = UNSET
    """ Actions the endpoint's user must take (e.g. a reboot). Undocumented; real answers carry it (see `Threat`'s
    x-vendor-behaviour). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        agent_uuid: None | str | Unset
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = self.agent_uuid

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

        agent_os_type: str | Unset = UNSET
        if not isinstance(self.agent_os_type, Unset):
            agent_os_type = self.agent_os_type.value

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

        agent_machine_type: str | Unset = UNSET
        if not isinstance(self.agent_machine_type, Unset):
            agent_machine_type = self.agent_machine_type.value

        agent_version: None | str | Unset
        if isinstance(self.agent_version, Unset):
            agent_version = UNSET
        else:
            agent_version = self.agent_version

        agent_is_active = self.agent_is_active

        agent_is_decommissioned = self.agent_is_decommissioned

        agent_infected = self.agent_infected

        agent_mitigation_mode: None | str | Unset
        if isinstance(self.agent_mitigation_mode, Unset):
            agent_mitigation_mode = UNSET
        else:
            agent_mitigation_mode = self.agent_mitigation_mode

        agent_network_status: None | str | Unset
        if isinstance(self.agent_network_status, Unset):
            agent_network_status = UNSET
        else:
            agent_network_status = self.agent_network_status

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

        network_interfaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network_interfaces, Unset):
            network_interfaces = []
            for network_interfaces_item_data in self.network_interfaces:
                network_interfaces_item = network_interfaces_item_data.to_dict()
                network_interfaces.append(network_interfaces_item)

        active_threats = self.active_threats

        reboot_required = self.reboot_required

        agent_decommissioned_at: bool | None | str | Unset
        if isinstance(self.agent_decommissioned_at, Unset):
            agent_decommissioned_at = UNSET
        else:
            agent_decommissioned_at = self.agent_decommissioned_at

        operational_state: None | str | Unset
        if isinstance(self.operational_state, Unset):
            operational_state = UNSET
        else:
            operational_state = self.operational_state

        scan_aborted_at: None | str | Unset
        if isinstance(self.scan_aborted_at, Unset):
            scan_aborted_at = UNSET
        else:
            scan_aborted_at = self.scan_aborted_at

        scan_started_at: None | str | Unset
        if isinstance(self.scan_started_at, Unset):
            scan_started_at = UNSET
        else:
            scan_started_at = self.scan_started_at

        scan_finished_at: None | str | Unset
        if isinstance(self.scan_finished_at, Unset):
            scan_finished_at = UNSET
        else:
            scan_finished_at = self.scan_finished_at

        scan_status: None | str | Unset
        if isinstance(self.scan_status, Unset):
            scan_status = UNSET
        else:
            scan_status = self.scan_status

        storage_name: None | str | Unset
        if isinstance(self.storage_name, Unset):
            storage_name = UNSET
        else:
            storage_name = self.storage_name

        storage_type: None | str | Unset
        if isinstance(self.storage_type, Unset):
            storage_type = UNSET
        else:
            storage_type = self.storage_type

        user_actions_needed: list[str] | Unset = UNSET
        if not isinstance(self.user_actions_needed, Unset):
            user_actions_needed = self.user_actions_needed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if agent_uuid is not UNSET:
            field_dict["agentUuid"] = agent_uuid
        if agent_computer_name is not UNSET:
            field_dict["agentComputerName"] = agent_computer_name
        if agent_domain is not UNSET:
            field_dict["agentDomain"] = agent_domain
        if agent_os_type is not UNSET:
            field_dict["agentOsType"] = agent_os_type
        if agent_os_name is not UNSET:
            field_dict["agentOsName"] = agent_os_name
        if agent_os_revision is not UNSET:
            field_dict["agentOsRevision"] = agent_os_revision
        if agent_machine_type is not UNSET:
            field_dict["agentMachineType"] = agent_machine_type
        if agent_version is not UNSET:
            field_dict["agentVersion"] = agent_version
        if agent_is_active is not UNSET:
            field_dict["agentIsActive"] = agent_is_active
        if agent_is_decommissioned is not UNSET:
            field_dict["agentIsDecommissioned"] = agent_is_decommissioned
        if agent_infected is not UNSET:
            field_dict["agentInfected"] = agent_infected
        if agent_mitigation_mode is not UNSET:
            field_dict["agentMitigationMode"] = agent_mitigation_mode
        if agent_network_status is not UNSET:
            field_dict["agentNetworkStatus"] = agent_network_status
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
        if network_interfaces is not UNSET:
            field_dict["networkInterfaces"] = network_interfaces
        if active_threats is not UNSET:
            field_dict["activeThreats"] = active_threats
        if reboot_required is not UNSET:
            field_dict["rebootRequired"] = reboot_required
        if agent_decommissioned_at is not UNSET:
            field_dict["agentDecommissionedAt"] = agent_decommissioned_at
        if operational_state is not UNSET:
            field_dict["operationalState"] = operational_state
        if scan_aborted_at is not UNSET:
            field_dict["scanAbortedAt"] = scan_aborted_at
        if scan_started_at is not UNSET:
            field_dict["scanStartedAt"] = scan_started_at
        if scan_finished_at is not UNSET:
            field_dict["scanFinishedAt"] = scan_finished_at
        if scan_status is not UNSET:
            field_dict["scanStatus"] = scan_status
        if storage_name is not UNSET:
            field_dict["storageName"] = storage_name
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type
        if user_actions_needed is not UNSET:
            field_dict["userActionsNeeded"] = user_actions_needed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agentId", UNSET)

        agent_uuid: None | str | Unset = d.pop("agentUuid", UNSET)

        agent_computer_name: None | str | Unset = d.pop("agentComputerName", UNSET)

        agent_domain: None | str | Unset = d.pop("agentDomain", UNSET)

        _agent_os_type = d.pop("agentOsType", UNSET)
        agent_os_type: OsType | Unset
        if isinstance(_agent_os_type, Unset):
            agent_os_type = UNSET
        else:
            agent_os_type = OsType(_agent_os_type)

        agent_os_name: None | str | Unset = d.pop("agentOsName", UNSET)

        agent_os_revision: None | str | Unset = d.pop("agentOsRevision", UNSET)

        _agent_machine_type = d.pop("agentMachineType", UNSET)
        agent_machine_type: AgentMachineType | Unset
        if isinstance(_agent_machine_type, Unset):
            agent_machine_type = UNSET
        else:
            agent_machine_type = AgentMachineType(_agent_machine_type)

        agent_version: None | str | Unset = d.pop("agentVersion", UNSET)

        agent_is_active = d.pop("agentIsActive", UNSET)

        agent_is_decommissioned = d.pop("agentIsDecommissioned", UNSET)

        agent_infected = d.pop("agentInfected", UNSET)

        agent_mitigation_mode: None | str | Unset = d.pop("agentMitigationMode", UNSET)

        agent_network_status: None | str | Unset = d.pop("agentNetworkStatus", UNSET)

        account_id: None | str | Unset = d.pop("accountId", UNSET)

        account_name: None | str | Unset = d.pop("accountName", UNSET)

        site_id: None | str | Unset = d.pop("siteId", UNSET)

        site_name: None | str | Unset = d.pop("siteName", UNSET)

        group_id: None | str | Unset = d.pop("groupId", UNSET)

        group_name: None | str | Unset = d.pop("groupName", UNSET)

        _network_interfaces = d.pop("networkInterfaces", UNSET)
        network_interfaces: list[NetworkInterface] | Unset = UNSET
        if _network_interfaces is not UNSET:
            network_interfaces = []
            for network_interfaces_item_data in _network_interfaces:
                network_interfaces_item = NetworkInterface.from_dict(network_interfaces_item_data)

                network_interfaces.append(network_interfaces_item)

        active_threats = d.pop("activeThreats", UNSET)

        reboot_required = d.pop("rebootRequired", UNSET)

        agent_decommissioned_at: bool | None | str | Unset = d.pop("agentDecommissionedAt", UNSET)

        operational_state: None | str | Unset = d.pop("operationalState", UNSET)

        scan_aborted_at: None | str | Unset = d.pop("scanAbortedAt", UNSET)

        scan_started_at: None | str | Unset = d.pop("scanStartedAt", UNSET)

        scan_finished_at: None | str | Unset = d.pop("scanFinishedAt", UNSET)

        scan_status: None | str | Unset = d.pop("scanStatus", UNSET)

        storage_name: None | str | Unset = d.pop("storageName", UNSET)

        storage_type: None | str | Unset = d.pop("storageType", UNSET)

        user_actions_needed = cast(list[str], d.pop("userActionsNeeded", UNSET))

        if cls is AgentRealtimeInfo:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            agent_realtime_info = cls(
                agent_id,
                agent_uuid,
                agent_computer_name,
                agent_domain,
                agent_os_type,
                agent_os_name,
                agent_os_revision,
                agent_machine_type,
                agent_version,
                agent_is_active,
                agent_is_decommissioned,
                agent_infected,
                agent_mitigation_mode,
                agent_network_status,
                account_id,
                account_name,
                site_id,
                site_name,
                group_id,
                group_name,
                network_interfaces,
                active_threats,
                reboot_required,
                agent_decommissioned_at,
                operational_state,
                scan_aborted_at,
                scan_started_at,
                scan_finished_at,
                scan_status,
                storage_name,
                storage_type,
                user_actions_needed,
            )
        else:  # a subclass may have an __init__ of its own
            agent_realtime_info = cls(
                agent_id=agent_id,
                agent_uuid=agent_uuid,
                agent_computer_name=agent_computer_name,
                agent_domain=agent_domain,
                agent_os_type=agent_os_type,
                agent_os_name=agent_os_name,
                agent_os_revision=agent_os_revision,
                agent_machine_type=agent_machine_type,
                agent_version=agent_version,
                agent_is_active=agent_is_active,
                agent_is_decommissioned=agent_is_decommissioned,
                agent_infected=agent_infected,
                agent_mitigation_mode=agent_mitigation_mode,
                agent_network_status=agent_network_status,
                account_id=account_id,
                account_name=account_name,
                site_id=site_id,
                site_name=site_name,
                group_id=group_id,
                group_name=group_name,
                network_interfaces=network_interfaces,
                active_threats=active_threats,
                reboot_required=reboot_required,
                agent_decommissioned_at=agent_decommissioned_at,
                operational_state=operational_state,
                scan_aborted_at=scan_aborted_at,
                scan_started_at=scan_started_at,
                scan_finished_at=scan_finished_at,
                scan_status=scan_status,
                storage_name=storage_name,
                storage_type=storage_type,
                user_actions_needed=user_actions_needed,
            )

        agent_realtime_info.additional_properties = d
        return agent_realtime_info

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
from ..models.network_interface import NetworkInterface  # noqa: E402
