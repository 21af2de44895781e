"""Field value rules for ``ticketUpdate``, one per Rezolve field type."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from .model import FieldDef, TicketType

__all__ = ["TEXTAREA_MAX", "TEXT_MAX", "check_value", "validate_update"]

TEXT_MAX = 255
TEXTAREA_MAX = 65_535
# The service runs on JavaScript numbers; larger integers would lose precision.
_SAFE_INTEGER = 2**53 - 1
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*")
_REQUIRED = "This field is required and cannot be cleared"


def validate_update(ticket_type: TicketType, changes: Mapping[str, Any]) -> dict[str, str]:
    """Messages keyed by field id for every offending entry of ``changes`` (empty: valid)."""
    reasons: dict[str, str] = {}
    for field_id, value in changes.items():
        definition = ticket_type.field(field_id)
        if definition is None:
            reasons[field_id] = f"Unknown field for ticket type {ticket_type.name}"
            continue
        problem = check_value(definition, value)
        if problem is not None:
            reasons[field_id] = problem
    return reasons


def check_value(field: FieldDef, value: Any) -> str | None:
    """Why ``value`` cannot be stored in ``field``, or None when it can."""
    if field.type in ("text", "textarea"):
        return _text(field, value, TEXT_MAX if field.type == "text" else TEXTAREA_MAX)
    if field.type in ("multiselect", "file"):
        problem = _multiselect(field, value) if field.type == "multiselect" else _files(value)
        if problem is None and field.required and value == []:
            return _REQUIRED
        return problem
    if field.type == "checkbox":
        return None if isinstance(value, bool) else "Expected true or false"
    # The remaining types are nullable: null clears them unless they are required.
    if value is None:
        return _REQUIRED if field.required else None
    if field.type == "dropdown":
        if isinstance(value, str) and value in field.option_values:
            return None
        return f"Expected one of: {', '.join(field.option_values)}"
    if field.type == "date":
        return None if _is_date(value) else "Expected a date as YYYY-MM-DD"
    if field.type == "datetime":
        return None if _is_datetime(value) else "Expected an ISO-8601 date-time with a timezone"
    return _number(value)


def _text(field: FieldDef, value: Any, limit: int) -> str | None:
    if not isinstance(value, str):
        return "Expected a string"
    if len(value) > limit:
        return f"Must be at most {limit} characters"
    if field.required and not value.strip():
        return _REQUIRED
    return None


def _multiselect(field: FieldDef, value: Any) -> str | None:
    allowed = field.option_values
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return f"Expected a list of option values from: {', '.join(allowed)}"
    unknown = [v for v in value if v not in allowed]
    if unknown:
        return f"Unknown options: {', '.join(unknown)} (allowed: {', '.join(allowed)})"
    if len(set(value)) != len(value):
        return "Options must not repeat"
    return None


def _files(value: Any) -> str | None:
    shape = 'Expected a list of files, each {"name": string, "url": http(s) URL}'
    if not isinstance(value, list):
        return shape
    for item in value:
        if not isinstance(item, dict) or set(item) != {"name", "url"}:
            return shape
        name, url = item["name"], item["url"]
        if not isinstance(name, str) or not name.strip():
            return shape
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            return shape
    return None


def _parses(value: Any, form: re.Pattern[str], check: Callable[[str], bool]) -> bool:
    # A string of the document's form that ``check`` also accepts (a real calendar day).
    if not isinstance(value, str) or not form.fullmatch(value):
        return False
    try:
        return check(value)
    except ValueError:
        return False


def _is_date(value: Any) -> bool:
    return _parses(value, _DATE, lambda text: bool(date.fromisoformat(text)))


def _is_datetime(value: Any) -> bool:
    return _parses(value, _DATETIME, lambda text: datetime.fromisoformat(text).tzinfo is not None)


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "Expected a number"
    if isinstance(value, int):
        return None if abs(value) <= _SAFE_INTEGER else "Number is out of range"
    return None if math.isfinite(value) else "Expected a finite number"
