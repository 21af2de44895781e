from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IncidentUpdateRequest")


@_attrs_define
class IncidentUpdateRequest:
    """Body of the incident update."""

    filter_: ThreatFilter
    """ Selects threats for a bulk action (and, as query parameters, for the listing).
    Every field is optional; a threat is selected when it matches every field given.
    A list field matches when any of its values matches; fields ending in `Nin`
    exclude their values instead; fields ending in `__contains` are free-text
    substring filters. Date fields take ISO-8601 date-times such as
    `2018-02-27T04:49:26.257525Z`. The selection is always limited to the token's
    scope.
     """
    data: IncidentUpdateData
    """ The incident status, and optionally the analyst verdict, to set. """

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filter": filter_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_ = ThreatFilter.from_dict(d.pop("filter"))

        data = IncidentUpdateData.from_dict(d.pop("data"))

        if cls is IncidentUpdateRequest:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            incident_update_request = cls(
                filter_,
                data,
            )
        else:  # a subclass may have an __init__ of its own
            incident_update_request = cls(
                filter_=filter_,
                data=data,
            )

        return incident_update_request


# Imported last: these models refer back to this one, which now exists.
from ..models.incident_update_data import IncidentUpdateData  # noqa: E402
from ..models.threat_filter import ThreatFilter  # noqa: E402
