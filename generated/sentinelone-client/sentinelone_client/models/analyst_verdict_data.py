from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.analyst_verdict import AnalystVerdict

T = TypeVar("T", bound="AnalystVerdictData")


@_attrs_define
class AnalystVerdictData:
    """The verdict to set."""

    analyst_verdict: AnalystVerdict
    """ What an analyst concluded about a threat. """

    def to_dict(self) -> dict[str, Any]:
        analyst_verdict = self.analyst_verdict.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "analystVerdict": analyst_verdict,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analyst_verdict = AnalystVerdict(d.pop("analystVerdict"))

        if cls is AnalystVerdictData:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            analyst_verdict_data = cls(
                analyst_verdict,
            )
        else:  # a subclass may have an __init__ of its own
            analyst_verdict_data = cls(
                analyst_verdict=analyst_verdict,
            )

        return analyst_verdict_data
