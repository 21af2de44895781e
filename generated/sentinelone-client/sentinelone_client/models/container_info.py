from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerInfo")


@_attrs_define
class ContainerInfo:
    """The container the threat was detected in."""

    id: None | str | Unset = UNSET
    """ Id of the container. """
    name: None | str | Unset = UNSET
    """ Name of the container (what `containerName__contains` matches). """
    image: None | str | Unset = UNSET
    """ Image of the container (what `containerImageName__contains` matches). """
    labels: list[str] | Unset = UNSET
    """ Labels of the container (what `containerLabels__contains` matches). """
    is_container_quarantine: bool | Unset = UNSET
    """ Whether the container is quarantined. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        is_container_quarantine = self.is_container_quarantine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if image is not UNSET:
            field_dict["image"] = image
        if labels is not UNSET:
            field_dict["labels"] = labels
        if is_container_quarantine is not UNSET:
            field_dict["isContainerQuarantine"] = is_container_quarantine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        image: None | str | Unset = d.pop("image", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        is_container_quarantine = d.pop("isContainerQuarantine", UNSET)

        if cls is ContainerInfo:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            container_info = cls(
                id,
                name,
                image,
                labels,
                is_container_quarantine,
            )
        else:  # a subclass may have an __init__ of its own
            container_info = cls(
                id=id,
                name=name,
                image=image,
                labels=labels,
                is_container_quarantine=is_container_quarantine,
            )

        container_info.additional_properties = d
        return container_info

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
