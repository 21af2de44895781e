from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EcsInfo")


@_attrs_define
class EcsInfo:
    """The AWS ECS task the threat was detected in."""

    cluster_name: None | str | Unset = UNSET
    """ ECS cluster name. """
    service_name: None | str | Unset = UNSET
    """ ECS service name. """
    service_arn: None | str | Unset = UNSET
    """ ECS service ARN. """
    task_arn: None | str | Unset = UNSET
    """ ECS task ARN. """
    task_availability_zone: None | str | Unset = UNSET
    """ Availability zone of the task. """
    task_definition_arn: None | str | Unset = UNSET
    """ ARN of the task definition. """
    task_definition_family: None | str | Unset = UNSET
    """ Family of the task definition. """
    task_definition_revision: None | str | Unset = UNSET
    """ Revision of the task definition. """
    type_: None | str | Unset = UNSET
    """ Launch type of the task (e.g. `FARGATE`, `EC2`). """
    version: None | str | Unset = UNSET
    """ Version of the task. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_name: None | str | Unset
        if isinstance(self.cluster_name, Unset):
            cluster_name = UNSET
        else:
            cluster_name = self.cluster_name

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        service_arn: None | str | Unset
        if isinstance(self.service_arn, Unset):
            service_arn = UNSET
        else:
            service_arn = self.service_arn

        task_arn: None | str | Unset
        if isinstance(self.task_arn, Unset):
            task_arn = UNSET
        else:
            task_arn = self.task_arn

        task_availability_zone: None | str | Unset
        if isinstance(self.task_availability_zone, Unset):
            task_availability_zone = UNSET
        else:
            task_availability_zone = self.task_availability_zone

        task_definition_arn: None | str | Unset
        if isinstance(self.task_definition_arn, Unset):
            task_definition_arn = UNSET
        else:
            task_definition_arn = self.task_definition_arn

        task_definition_family: None | str | Unset
        if isinstance(self.task_definition_family, Unset):
            task_definition_family = UNSET
        else:
            task_definition_family = self.task_definition_family

        task_definition_revision: None | str | Unset
        if isinstance(self.task_definition_revision, Unset):
            task_definition_revision = UNSET
        else:
            task_definition_revision = self.task_definition_revision

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if service_arn is not UNSET:
            field_dict["serviceArn"] = service_arn
        if task_arn is not UNSET:
            field_dict["taskArn"] = task_arn
        if task_availability_zone is not UNSET:
            field_dict["taskAvailabilityZone"] = task_availability_zone
        if task_definition_arn is not UNSET:
            field_dict["taskDefinitionArn"] = task_definition_arn
        if task_definition_family is not UNSET:
            field_dict["taskDefinitionFamily"] = task_definition_family
        if task_definition_revision is not UNSET:
            field_dict["taskDefinitionRevision"] = task_definition_revision
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_name: None | str | Unset = d.pop("clusterName", UNSET)

        service_name: None | str | Unset = d.pop("serviceName", UNSET)

        service_arn: None | str | Unset = d.pop("serviceArn", UNSET)

        task_arn: None | str | Unset = d.pop("taskArn", UNSET)

        task_availability_zone: None | str | Unset = d.pop("taskAvailabilityZone", UNSET)

        task_definition_arn: None | str | Unset = d.pop("taskDefinitionArn", UNSET)

        task_definition_family: None | str | Unset = d.pop("taskDefinitionFamily", UNSET)

        task_definition_revision: None | str | Unset = d.pop("taskDefinitionRevision", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        version: None | str | Unset = d.pop("version", UNSET)

        if cls is EcsInfo:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ecs_info = cls(
                cluster_name,
                service_name,
                service_arn,
                task_arn,
                task_availability_zone,
                task_definition_arn,
                task_definition_family,
                task_definition_revision,
                type_,
                version,
            )
        else:  # a subclass may have an __init__ of its own
            ecs_info = cls(
                cluster_name=cluster_name,
                service_name=service_name,
                service_arn=service_arn,
                task_arn=task_arn,
                task_availability_zone=task_availability_zone,
                task_definition_arn=task_definition_arn,
                task_definition_family=task_definition_family,
                task_definition_revision=task_definition_revision,
                type_=type_,
                version=version,
            )

        ecs_info.additional_properties = d
        return ecs_info

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
