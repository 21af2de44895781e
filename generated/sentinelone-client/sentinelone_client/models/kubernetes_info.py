from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KubernetesInfo")


@_attrs_define
class KubernetesInfo:
    """The Kubernetes workload the threat was detected in."""

    cluster: None | str | Unset = UNSET
    """ Cluster name. """
    node: None | str | Unset = UNSET
    """ Node name. """
    node_labels: list[str] | Unset = UNSET
    """ Node labels. """
    namespace: None | str | Unset = UNSET
    """ Namespace name. """
    namespace_labels: list[str] | Unset = UNSET
    """ Namespace labels. """
    controller_kind: None | str | Unset = UNSET
    """ Kind of the controller, e.g. `Deployment`. """
    controller_name: None | str | Unset = UNSET
    """ Controller name. """
    controller_labels: list[str] | Unset = UNSET
    """ Controller labels. """
    pod: None | str | Unset = UNSET
    """ Pod name. """
    pod_labels: list[str] | Unset = UNSET
    """ Pod labels. """
    is_container_quarantine: bool | Unset = UNSET
    """ Whether the container is quarantined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster: None | str | Unset
        if isinstance(self.cluster, Unset):
            cluster = UNSET
        else:
            cluster = self.cluster

        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

        node_labels: list[str] | Unset = UNSET
        if not isinstance(self.node_labels, Unset):
            node_labels = self.node_labels

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        namespace_labels: list[str] | Unset = UNSET
        if not isinstance(self.namespace_labels, Unset):
            namespace_labels = self.namespace_labels

        controller_kind: None | str | Unset
        if isinstance(self.controller_kind, Unset):
            controller_kind = UNSET
        else:
            controller_kind = self.controller_kind

        controller_name: None | str | Unset
        if isinstance(self.controller_name, Unset):
            controller_name = UNSET
        else:
            controller_name = self.controller_name

        controller_labels: list[str] | Unset = UNSET
        if not isinstance(self.controller_labels, Unset):
            controller_labels = self.controller_labels

        pod: None | str | Unset
        if isinstance(self.pod, Unset):
            pod = UNSET
        else:
            pod = self.pod

        pod_labels: list[str] | Unset = UNSET
        if not isinstance(self.pod_labels, Unset):
            pod_labels = self.pod_labels

        is_container_quarantine = self.is_container_quarantine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if node is not UNSET:
            field_dict["node"] = node
        if node_labels is not UNSET:
            field_dict["nodeLabels"] = node_labels
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if namespace_labels is not UNSET:
            field_dict["namespaceLabels"] = namespace_labels
        if controller_kind is not UNSET:
            field_dict["controllerKind"] = controller_kind
        if controller_name is not UNSET:
            field_dict["controllerName"] = controller_name
        if controller_labels is not UNSET:
            field_dict["controllerLabels"] = controller_labels
        if pod is not UNSET:
            field_dict["pod"] = pod
        if pod_labels is not UNSET:
            field_dict["podLabels"] = pod_labels
        if is_container_quarantine is not UNSET:
            field_dict["isContainerQuarantine"] = is_container_quarantine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster: None | str | Unset = d.pop("cluster", UNSET)

        node: None | str | Unset = d.pop("node", UNSET)

        node_labels = cast(list[str], d.pop("nodeLabels", UNSET))

        namespace: None | str | Unset = d.pop("namespace", UNSET)

        namespace_labels = cast(list[str], d.pop("namespaceLabels", UNSET))

        controller_kind: None | str | Unset = d.pop("controllerKind", UNSET)

        controller_name: None | str | Unset = d.pop("controllerName", UNSET)

        controller_labels = cast(list[str], d.pop("controllerLabels", UNSET))

        pod: None | str | Unset = d.pop("pod", UNSET)

        pod_labels = cast(list[str], d.pop("podLabels", UNSET))

        is_container_quarantine = d.pop("isContainerQuarantine", UNSET)

        if cls is KubernetesInfo:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            kubernetes_info = cls(
                cluster,
                node,
                node_labels,
                namespace,
                namespace_labels,
                controller_kind,
                controller_name,
                controller_labels,
                pod,
                pod_labels,
                is_container_quarantine,
            )
        else:  # a subclass may have an __init__ of its own
            kubernetes_info = cls(
                cluster=cluster,
                node=node,
                node_labels=node_labels,
                namespace=namespace,
                namespace_labels=namespace_labels,
                controller_kind=controller_kind,
                controller_name=controller_name,
                controller_labels=controller_labels,
                pod=pod,
                pod_labels=pod_labels,
                is_container_quarantine=is_container_quarantine,
            )

        kubernetes_info.additional_properties = d
        return kubernetes_info

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
