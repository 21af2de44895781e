from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnprocessedIncidents")


@_attrs_define
class UnprocessedIncidents:
    """Answer of an update that could not process incidents (422)."""

    unprocessed_ids: list[str]
    """ The incident ids or event ids, as decimal strings, that were sent but not updated (INCIDENTS and DISCOVERY).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unprocessed_ids = self.unprocessed_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unprocessed_ids": unprocessed_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unprocessed_ids = cast(list[str], d.pop("unprocessed_ids"))

        if cls is UnprocessedIncidents:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            unprocessed_incidents = cls(
                unprocessed_ids,
            )
        else:  # a subclass may have an __init__ of its own
            unprocessed_incidents = cls(
                unprocessed_ids=unprocessed_ids,
            )

        unprocessed_incidents.additional_properties = d
        return unprocessed_incidents

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
