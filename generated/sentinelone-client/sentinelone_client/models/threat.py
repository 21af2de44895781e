from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Threat")


@_attrs_define
class Threat:
    """A threat: what was detected (`threatInfo`), on which agent (now and at detection time), the indicators, the
    mitigation actions and, for workloads, their container or cloud context.

    """

    id: str
    """ Id of the threat, a numeric string. """
    threat_info: ThreatInfo | Unset = UNSET
    """ What was detected, and the threat's investigation state. """
    agent_realtime_info: AgentRealtimeInfo | Unset = UNSET
    """ The threat's agent as it is now. """
    agent_detection_info: AgentDetectionInfo | Unset = UNSET
    """ The threat's agent as it was when the threat was detected; often null fields. """
    indicators: list[ThreatIndicator] | Unset = UNSET
    """ Behavioural indicators seen with the threat. """
    mitigation_status: list[MitigationAction] | Unset = UNSET
    """ The mitigation actions taken on the threat and how each went. """
    container_info: ContainerInfo | None | Unset = UNSET
    kubernetes_info: KubernetesInfo | None | Unset = UNSET
    ecs_info: EcsInfo | None | Unset = UNSET
    whitening_options: list[str] | Unset = UNSET
    """ Ways the threat may be added to the exclusions (e.g. `hash`, `path`, `certificate`, `browser`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        threat_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threat_info, Unset):
            threat_info = self.threat_info.to_dict()

        agent_realtime_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_realtime_info, Unset):
            agent_realtime_info = self.agent_realtime_info.to_dict()

        agent_detection_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_detection_info, Unset):
            agent_detection_info = self.agent_detection_info.to_dict()

        indicators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = []
            for indicators_item_data in self.indicators:
                indicators_item = indicators_item_data.to_dict()
                indicators.append(indicators_item)

        mitigation_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mitigation_status, Unset):
            mitigation_status = []
            for mitigation_status_item_data in self.mitigation_status:
                mitigation_status_item = mitigation_status_item_data.to_dict()
                mitigation_status.append(mitigation_status_item)

        container_info: dict[str, Any] | None | Unset
        if isinstance(self.container_info, Unset):
            container_info = UNSET
        elif isinstance(self.container_info, ContainerInfo):
            container_info = self.container_info.to_dict()
        else:
            container_info = self.container_info

        kubernetes_info: dict[str, Any] | None | Unset
        if isinstance(self.kubernetes_info, Unset):
            kubernetes_info = UNSET
        elif isinstance(self.kubernetes_info, KubernetesInfo):
            kubernetes_info = self.kubernetes_info.to_dict()
        else:
            kubernetes_info = self.kubernetes_info

        ecs_info: dict[str, Any] | None | Unset
        if isinstance(self.ecs_info, Unset):
            ecs_info = UNSET
        elif isinstance(self.ecs_info, EcsInfo):
            ecs_info = self.ecs_info.to_dict()
        else:
            ecs_info = self.ecs_info

        whitening_options: list[str] | Unset = UNSET
        if not isinstance(self.whitening_options, Unset):
            whitening_options = self.whitening_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if threat_info is not UNSET:
            field_dict["threatInfo"] = threat_info
        if agent_realtime_info is not UNSET:
            field_dict["agentRealtimeInfo"] = agent_realtime_info
        if agent_detection_info is not UNSET:
            field_dict["agentDetectionInfo"] = agent_detection_info
        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        if mitigation_status is not UNSET:
            field_dict["mitigationStatus"] = mitigation_status
        if container_info is not UNSET:
            field_dict["containerInfo"] = container_info
        if kubernetes_info is not UNSET:
            field_dict["kubernetesInfo"] = kubernetes_info
        if ecs_info is not UNSET:
            field_dict["ecsInfo"] = ecs_info
        if whitening_options is not UNSET:
            field_dict["whiteningOptions"] = whitening_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _threat_info = d.pop("threatInfo", UNSET)
        threat_info: ThreatInfo | Unset
        if isinstance(_threat_info, Unset):
            threat_info = UNSET
        else:
            threat_info = ThreatInfo.from_dict(_threat_info)

        _agent_realtime_info = d.pop("agentRealtimeInfo", UNSET)
        agent_realtime_info: AgentRealtimeInfo | Unset
        if isinstance(_agent_realtime_info, Unset):
            agent_realtime_info = UNSET
        else:
            agent_realtime_info = AgentRealtimeInfo.from_dict(_agent_realtime_info)

        _agent_detection_info = d.pop("agentDetectionInfo", UNSET)
        agent_detection_info: AgentDetectionInfo | Unset
        if isinstance(_agent_detection_info, Unset):
            agent_detection_info = UNSET
        else:
            agent_detection_info = AgentDetectionInfo.from_dict(_agent_detection_info)

        _indicators = d.pop("indicators", UNSET)
        indicators: list[ThreatIndicator] | Unset = UNSET
        if _indicators is not UNSET:
            indicators = []
            for indicators_item_data in _indicators:
                indicators_item = ThreatIndicator.from_dict(indicators_item_data)

                indicators.append(indicators_item)

        _mitigation_status = d.pop("mitigationStatus", UNSET)
        mitigation_status: list[MitigationAction] | Unset = UNSET
        if _mitigation_status is not UNSET:
            mitigation_status = []
            for mitigation_status_item_data in _mitigation_status:
                mitigation_status_item = MitigationAction.from_dict(mitigation_status_item_data)

                mitigation_status.append(mitigation_status_item)

        _container_info = d.pop("containerInfo", UNSET)
        container_info: ContainerInfo | None | Unset
        if isinstance(_container_info, dict):
            try:
                container_info_type_0 = ContainerInfo.from_dict(_container_info)

                container_info = container_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                container_info = cast(ContainerInfo | None | Unset, _container_info)
        elif _container_info is None:
            container_info = None
        elif isinstance(_container_info, Unset):
            container_info = _container_info
        else:
            container_info = cast(ContainerInfo | None | Unset, _container_info)

        _kubernetes_info = d.pop("kubernetesInfo", UNSET)
        kubernetes_info: KubernetesInfo | None | Unset
        if isinstance(_kubernetes_info, dict):
            try:
                kubernetes_info_type_0 = KubernetesInfo.from_dict(_kubernetes_info)

                kubernetes_info = kubernetes_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                kubernetes_info = cast(KubernetesInfo | None | Unset, _kubernetes_info)
        elif _kubernetes_info is None:
            kubernetes_info = None
        elif isinstance(_kubernetes_info, Unset):
            kubernetes_info = _kubernetes_info
        else:
            kubernetes_info = cast(KubernetesInfo | None | Unset, _kubernetes_info)

        _ecs_info = d.pop("ecsInfo", UNSET)
        ecs_info: EcsInfo | None | Unset
        if isinstance(_ecs_info, dict):
            try:
                ecs_info_type_0 = EcsInfo.from_dict(_ecs_info)

                ecs_info = ecs_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                ecs_info = cast(EcsInfo | None | Unset, _ecs_info)
        elif _ecs_info is None:
            ecs_info = None
        elif isinstance(_ecs_info, Unset):
            ecs_info = _ecs_info
        else:
            ecs_info = cast(EcsInfo | None | Unset, _ecs_info)

        whitening_options = cast(list[str], d.pop("whiteningOptions", UNSET))

        if cls is Threat:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            threat = cls(
                id,
                threat_info,
                agent_realtime_info,
                agent_detection_info,
                indicators,
                mitigation_status,
                container_info,
                kubernetes_info,
                ecs_info,
                whitening_options,
            )
        else:  # a subclass may have an __init__ of its own
            threat = cls(
                id=id,
                threat_info=threat_info,
                agent_realtime_info=agent_realtime_info,
                agent_detection_info=agent_detection_info,
                indicators=indicators,
                mitigation_status=mitigation_status,
                container_info=container_info,
                kubernetes_info=kubernetes_info,
                ecs_info=ecs_info,
                whitening_options=whitening_options,
            )

        threat.additional_properties = d
        return threat

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
from ..models.agent_detection_info import AgentDetectionInfo  # noqa: E402
from ..models.agent_realtime_info import AgentRealtimeInfo  # noqa: E402
from ..models.container_info import ContainerInfo  # noqa: E402
from ..models.ecs_info import EcsInfo  # noqa: E402
from ..models.kubernetes_info import KubernetesInfo  # noqa: E402
from ..models.mitigation_action import MitigationAction  # noqa: E402
from ..models.threat_indicator import ThreatIndicator  # noqa: E402
from ..models.threat_info import ThreatInfo  # noqa: E402
