from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.patch_op import PatchOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchOperation")


@_attrs_define
class PatchOperation:
    """One JSON Patch (RFC 6902) operation. `value` is needed by `add`, `replace` and `test` and ignored by `remove`."""

    op: PatchOp
    """ A JSON Patch operation the server supports. `move` and `copy` (defined by RFC 6902) are refused. """
    path: str
    """ The TicketEntity property to change, matched without regard to case; the leading slash is optional and
    nested properties are separated by `/` (`/Title`, `title`, `Category/Id`). Array items are addressed by index,
    and `-` appends (`/Tags/0`, `/Tags/-`). """
    value: Any | Unset = UNSET
    """ The value to add, the replacement, or the value `test` expects: a string, number, boolean, object or array,
    matching the property at `path`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = PatchOp(d.pop("op"))

        path = d.pop("path")

        value = d.pop("value", UNSET)

        if cls is PatchOperation:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            patch_operation = cls(
                op,
                path,
                value,
            )
        else:  # a subclass may have an __init__ of its own
            patch_operation = cls(
                op=op,
                path=path,
                value=value,
            )

        patch_operation.additional_properties = d
        return patch_operation

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
