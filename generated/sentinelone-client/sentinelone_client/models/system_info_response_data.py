from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemInfoResponseData")


@_attrs_define
class SystemInfoResponseData:
    """Release, version and build of the console."""

    build: str | Unset = UNSET
    """ Build number. """
    release: str | Unset = UNSET
    """ Release, e.g. `23.4.2`. """
    version: str | Unset = UNSET
    """ Version name. """
    patch: str | Unset = UNSET
    """ Patch level. """
    latest_agent_version: str | Unset = UNSET
    """ The newest agent version the console offers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build = self.build

        release = self.release

        version = self.version

        patch = self.patch

        latest_agent_version = self.latest_agent_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build is not UNSET:
            field_dict["build"] = build
        if release is not UNSET:
            field_dict["release"] = release
        if version is not UNSET:
            field_dict["version"] = version
        if patch is not UNSET:
            field_dict["patch"] = patch
        if latest_agent_version is not UNSET:
            field_dict["latestAgentVersion"] = latest_agent_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build = d.pop("build", UNSET)

        release = d.pop("release", UNSET)

        version = d.pop("version", UNSET)

        patch = d.pop("patch", UNSET)

        latest_agent_version = d.pop("latestAgentVersion", UNSET)

        if cls is SystemInfoResponseData:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            system_info_response_data = cls(
                build,
                release,
                version,
                patch,
                latest_agent_version,
            )
        else:  # a subclass may have an __init__ of its own
            system_info_response_data = cls(
                build=build,
                release=release,
                version=version,
                patch=patch,
                latest_agent_version=latest_agent_version,
            )

        system_info_response_data.additional_properties = d
        return system_info_response_data

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
