from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TicketUpdateResponse")


@_attrs_define
class TicketUpdateResponse:
    """Answer to a successful update."""

    success: bool
    """ `true` on a successful update. """
    message: str
    """ Human-readable status message. """
    status: int
    """ The HTTP status code. """
    etag: UUID
    """ The ticket's new etag; use it for the next update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        status = self.status

        etag = str(self.etag)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "status": status,
                "etag": etag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        status = d.pop("status")

        etag = UUID(d.pop("etag"))

        if cls is TicketUpdateResponse:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            ticket_update_response = cls(
                success,
                message,
                status,
                etag,
            )
        else:  # a subclass may have an __init__ of its own
            ticket_update_response = cls(
                success=success,
                message=message,
                status=status,
                etag=etag,
            )

        ticket_update_response.additional_properties = d
        return ticket_update_response

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
