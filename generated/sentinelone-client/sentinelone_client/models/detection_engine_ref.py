from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectionEngineRef")


@_attrs_define
class DetectionEngineRef:
    """One engine that detected a threat."""

    key: str | Unset = UNSET
    """ Machine name of the engine (one of the `DetectionEngine` values). """
    title: str | Unset = UNSET
    """ Display name of the engine. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        title = d.pop("title", UNSET)

        if cls is DetectionEngineRef:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            detection_engine_ref = cls(
                key,
                title,
            )
        else:  # a subclass may have an __init__ of its own
            detection_engine_ref = cls(
                key=key,
                title=title,
            )

        detection_engine_ref.additional_properties = d
        return detection_engine_ref

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
