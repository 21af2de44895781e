"""Saving a whole TicketEntity, as ``PUT Ticket/{id}`` and the ticket agent's
``SaveTicketEntity`` do: the way integrations that read a ticket, change it and send all
of it back update tickets.

The server binds the entity's members by name without regard to case (the vendor's own
TypeScript client sends them camelCase), takes every writable member the body names,
resolves a reference (category, owner, person, ...) by its primary key alone, and
ignores what it computes itself: read-only members, ``_Links``, and members it does not
know. Members the body leaves out keep their values. ``settle`` then checks the values
exactly as for a patch, so a save changes nothing unless every value fits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .errors import bad_request
from .schema import REFERENCES, Prop, canonical_name
from .seed import Json

__all__ = ["naive_dates_in", "saved_entity"]


def saved_entity(body: Any, current: Json) -> Json:
    """``current`` with the writable members of ``body`` taken over (not yet checked).

    400 when the body is not an entity (a JSON object). The result is a new top-level
    dictionary; ``current`` is left as it is.
    """
    if not isinstance(body, dict):
        raise bad_request("Entity to save is not in request body")
    result = dict(current)
    for name, value in body.items():
        prop = canonical_name(name)
        if prop is None or prop.read_only:
            continue
        result[prop.name] = _by_key(prop, value)
    return result


def _by_key(prop: Prop, value: Any) -> Any:
    """A reference (or each of a list of them) cut down to its primary key.

    Anything else is passed on as it is, for ``settle`` to check.
    """
    if prop.ref is None:
        return value
    if prop.kind == "reflist":
        return [_key_only(prop.ref, item) for item in value] if isinstance(value, list) else value
    return _key_only(prop.ref, value)


def _key_only(ref: str, value: Any) -> Any:
    key = REFERENCES[ref].key
    if not isinstance(value, dict):
        return value
    lowered = key.lower()
    found = next((k for k in value if k.lower() == lowered), None)
    return value if found is None else {key: value[found]}


def naive_dates_in(body: Any) -> list[str]:
    """The date-time members of an entity body written without an offset."""
    if not isinstance(body, dict):
        return []
    found = []
    for name, value in body.items():
        prop = canonical_name(name)
        if prop is not None and prop.kind == "datetime" and isinstance(value, str):
            try:
                naive = datetime.fromisoformat(value).tzinfo is None
            except ValueError:
                continue
            if naive:
                found.append(prop.name)
    return found
