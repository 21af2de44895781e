"""JSON Patch (RFC 6902) and JSON Merge Patch (RFC 7396) of a TicketEntity, the
SuperOffice way: paths without regard to case, the leading slash optional, ``move`` and
``copy`` refused, and every operation of a request applied together or not at all.

``apply_patch`` works on a copy and returns the new entity; the caller stores it only
when no operation failed and the result passed ``settle``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from .errors import ApiError, bad_request, test_failed
from .schema import PROPERTIES, REFERENCES, Prop, canonical_name
from .seed import AUTO_ASSIGN, UNASSIGNED, Catalog, format_datetime

__all__ = ["Operation", "apply_patch", "merge_to_operations", "parse_operations", "settle"]

Json = dict[str, Any]
OpName = Literal["add", "replace", "remove", "test"]

_SUPPORTED: tuple[OpName, ...] = ("add", "replace", "remove", "test")
_INDEX = re.compile(r"0|[1-9][0-9]*")
_INT32 = (-(2**31), 2**31 - 1)
# The free-form map: plug-ins may add keys. CustomFields only holds the defined fields.
_FREE_MAP = "ExtraFields"


@dataclass(frozen=True)
class Operation:
    """One parsed JSON Patch operation."""

    op: OpName
    path: str
    segments: tuple[str, ...]
    value: Any = None


def _segments(path: str) -> tuple[str, ...]:
    text = path[1:] if path.startswith("/") else path
    if not text:
        raise bad_request("A patch path must name a TicketEntity property, not the whole entity")
    parts = []
    for raw in text.split("/"):
        if re.search(r"~(?![01])", raw):
            raise bad_request(f"Invalid escape in path '{path}' (use ~0 for ~ and ~1 for /)")
        parts.append(raw.replace("~1", "/").replace("~0", "~"))
    return tuple(parts)


def parse_operations(body: Any) -> list[Operation]:
    """Check a JSON Patch document's shape; 400 for anything malformed or unsupported."""
    if not isinstance(body, list):
        raise bad_request("A JSON Patch document must be an array of operations")
    operations = []
    for number, item in enumerate(body):
        if not isinstance(item, dict):
            raise bad_request(f"Operation {number} must be an object with op and path")
        op = item.get("op")
        if op in ("move", "copy"):
            raise bad_request(f"JSON Patch operation '{op}' is not supported")
        if op not in _SUPPORTED:
            raise bad_request(f"Operation {number}: op must be one of add, replace, remove, test")
        path = item.get("path")
        if not isinstance(path, str):
            raise bad_request(f"Operation {number}: path must be a string")
        if op != "remove" and "value" not in item:
            raise bad_request(f"Operation {number}: '{op}' needs a value")
        operations.append(Operation(op, path, _segments(path), item.get("value")))
    return operations


def _key(container: Mapping[str, Any], name: str) -> str | None:
    if name in container:
        return name
    lowered = name.lower()
    return next((k for k in container if k.lower() == lowered), None)


def _missing(op: Operation) -> ApiError:
    return bad_request(f"The path '{op.path}' does not exist on TicketEntity")


def _step(node: Any, segment: str, op: Operation) -> Any:
    if isinstance(node, dict):
        key = _key(node, segment)
        if key is None:
            raise _missing(op)
        return node[key]
    if isinstance(node, list):
        if not _INDEX.fullmatch(segment) or int(segment) >= len(node):
            raise _missing(op)
        return node[int(segment)]
    raise _missing(op)


def _apply_one(entity: Json, op: Operation) -> None:
    head = canonical_name(op.segments[0])
    if head is None:
        raise bad_request(f"TicketEntity has no property '{op.segments[0]}'")
    parent: Any = entity
    for segment in op.segments[:-1]:
        parent = _step(parent, segment, op)
    last = op.segments[-1]
    if op.op == "test":
        actual = _step(parent, last, op)
        if not json_equal(actual, op.value):
            raise test_failed(op.path, op.value)
        return
    if isinstance(parent, list):
        _apply_to_list(parent, last, op)
        return
    if not isinstance(parent, dict):
        raise _missing(op)
    key = _key(parent, last)
    free_map = len(op.segments) == 2 and head.name == _FREE_MAP
    if key is None:
        if op.op == "add" and free_map:
            parent[last] = copy.deepcopy(op.value)
            return
        raise _missing(op)
    if op.op == "remove":
        # Properties of an entity always exist: removing one clears it. Map keys go.
        if free_map or (len(op.segments) == 2 and head.name == "CustomFields"):
            del parent[key]
        else:
            parent[key] = None
        return
    parent[key] = copy.deepcopy(op.value)


def _apply_to_list(items: list[Any], segment: str, op: Operation) -> None:
    if op.op == "add":
        if segment == "-":
            items.append(copy.deepcopy(op.value))
            return
        if not _INDEX.fullmatch(segment) or int(segment) > len(items):
            raise _missing(op)
        items.insert(int(segment), copy.deepcopy(op.value))
        return
    if not _INDEX.fullmatch(segment) or int(segment) >= len(items):
        raise _missing(op)
    if op.op == "remove":
        del items[int(segment)]
    else:
        items[int(segment)] = copy.deepcopy(op.value)


def apply_patch(entity: Json, operations: list[Operation]) -> Json:
    """The entity after every operation, in order; the input is left untouched.

    Raises 409 for a failing ``test`` and 400 for a path that does not exist.
    """
    result = copy.deepcopy(entity)
    for op in operations:
        _apply_one(result, op)
    return result


def merge_to_operations(patch: Any, entity: Json) -> list[Operation]:
    """Turn a merge-patch object into the JSON Patch operations it stands for.

    Objects merge into objects; ``null`` removes (clears); anything else replaces.
    Values equal to what the ticket already holds produce no operation, so sending back
    a ticket as read (read-only properties included) changes nothing.
    """
    if not isinstance(patch, dict):
        raise bad_request("A JSON Merge Patch document must be an object")
    # The server writes _Links into every answer; a ticket sent back carries them.
    patch = {k: v for k, v in patch.items() if k.lower() != "_links"}
    operations: list[Operation] = []
    _merge(patch, entity, (), operations)
    return operations


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _merge(patch: Json, target: Any, prefix: tuple[str, ...], out: list[Operation]) -> None:
    for name, value in patch.items():
        key = _key(target, name) if isinstance(target, dict) else None
        current = target[key] if key is not None and isinstance(target, dict) else None
        segments = (*prefix, key or name)
        path = "/" + "/".join(_escape(s) for s in segments)
        if key is not None and json_equal(current, value):
            continue
        if value is None:
            if key is not None or not prefix:
                out.append(Operation("remove", path, segments))
        elif isinstance(value, dict) and isinstance(current, dict):
            _merge(value, current, segments, out)
        else:
            out.append(Operation("add", path, segments, value))


def json_equal(left: Any, right: Any) -> bool:
    """JSON equality: booleans are not numbers, 1 equals 1.0, order matters in arrays."""
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(json_equal(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(json_equal, left, right))
    return type(left) is type(right) and left == right


def settle(before: Json, after: Json, catalog: Catalog, now: datetime) -> Json:
    """Check every property of a patched entity and fill in what the server derives.

    Read-only properties must be unchanged; values must fit their property; references
    are resolved by primary key (other fields of a referenced entity cannot be changed);
    Status and BaseStatus follow each other; closing stamps ClosedAt.
    """
    result: Json = {}
    for prop in PROPERTIES:
        value = after[prop.name]
        if prop.read_only:
            if not json_equal(value, before[prop.name]):
                raise bad_request(f"{prop.name} is read-only")
            result[prop.name] = value
            continue
        result[prop.name] = _checked(prop, value, before[prop.name], catalog)
    _derive(before, result, catalog, now)
    return result


def _checked(prop: Prop, value: Any, old: Any, catalog: Catalog) -> Any:
    name = prop.name
    if value is None:
        if prop.nullable:
            return None
        raise bad_request(f"{name} cannot be empty")
    if prop.kind == "string":
        if not isinstance(value, str):
            raise bad_request(f"{name} must be a string")
        if prop.max_length is not None and len(value) > prop.max_length:
            raise bad_request(f"{name} must be at most {prop.max_length} characters")
        if not prop.nullable and not value.strip():
            raise bad_request(f"{name} cannot be empty")
        return value
    if prop.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad_request(f"{name} must be an integer")
        if not _INT32[0] <= value <= _INT32[1]:
            raise bad_request(f"{name} must fit in 32 bits")
        return value
    if prop.kind == "datetime":
        return _datetime(name, value)
    if prop.kind == "enum":
        match = next(
            (v for v in prop.values if isinstance(value, str) and v.lower() == value.lower()), None
        )
        if match is None:
            raise bad_request(f"{name} must be one of {', '.join(prop.values)}")
        return match
    if prop.kind == "strmap":
        return _string_map(name, value, old, catalog)
    assert prop.ref is not None
    if prop.kind == "ref":
        return _reference(name, prop.ref, value, old, catalog)
    if not isinstance(value, list):
        raise bad_request(f"{name} must be an array")
    olds = old if isinstance(old, list) else []
    items = [
        _reference(f"{name}/{n}", prop.ref, item, olds[n] if n < len(olds) else None, catalog)
        for n, item in enumerate(value)
    ]
    key = REFERENCES[prop.ref].key
    ids = [item[key] for item in items]
    if len(set(ids)) != len(ids):
        raise bad_request(f"{name} names the same {prop.ref} twice")
    return items


def _datetime(name: str, value: Any) -> str:
    if isinstance(value, str):
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            instant = None
        if instant is not None and instant.tzinfo is not None:
            return format_datetime(instant)
    raise bad_request(f"{name} must be an ISO 8601 date-time with an offset")


def _string_map(name: str, value: Any, old: Any, catalog: Catalog) -> Json:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise bad_request(f"{name} must be an object of strings")
    if name != "CustomFields":
        return dict(value)
    unknown = sorted(set(value) - set(catalog.custom_fields))
    if unknown:
        raise bad_request(f"CustomFields has no field {', '.join(unknown)}")
    # A removed custom field is cleared: every defined field is always present.
    return {field: value.get(field, "") for field in catalog.custom_fields}


def _reference(name: str, ref: str, value: Any, old: Any, catalog: Catalog) -> Json:
    reference = REFERENCES[ref]
    entries: dict[int, Json] = getattr(catalog, reference.catalog)
    if not isinstance(value, dict):
        raise bad_request(f"{name} must be an object with {reference.key}")
    key = _key(value, reference.key)
    ident = value.get(key) if key is not None else None
    if isinstance(ident, bool) or not isinstance(ident, int):
        raise bad_request(f"{name}/{reference.key} must be an integer")
    if ref == "associate" and ident in (UNASSIGNED, AUTO_ASSIGN):
        return {reference.key: ident}  # resolved once the category is known
    entry = entries.get(ident)
    if entry is None:
        raise bad_request(f"{name}/{reference.key}: no {ref} has id {ident}")
    if ref == "associate" and entry["Deleted"]:
        raise bad_request(f"{name}/{reference.key}: associate {ident} is retired")
    for field, given in value.items():
        if field == key:
            continue
        canonical = _key(entry, field)
        if canonical is None:
            raise bad_request(f"{name} has no property '{field}'")
        before = old.get(canonical) if isinstance(old, dict) else None
        if not json_equal(given, entry[canonical]) and not json_equal(given, before):
            raise bad_request(
                f"{name}/{canonical} is read-only; change {name}/{reference.key} instead"
            )
    return copy.deepcopy(entry)


def _derive(before: Json, result: Json, catalog: Catalog, now: datetime) -> None:
    owner = result["OwnedBy"]
    if isinstance(owner, dict) and owner.get("AssociateId") == UNASSIGNED:
        result["OwnedBy"] = None
    elif isinstance(owner, dict) and owner.get("AssociateId") == AUTO_ASSIGN:
        master = result["Category"]["CategoryMaster"]
        result["OwnedBy"] = copy.deepcopy(catalog.associates[master])
    status_changed = result["Status"]["TicketStatusId"] != before["Status"]["TicketStatusId"]
    base_changed = result["BaseStatus"] != before["BaseStatus"]
    if status_changed:
        if base_changed and result["BaseStatus"] != result["Status"]["Status"]:
            raise bad_request(
                f"BaseStatus {result['BaseStatus']} does not match Status "
                f"{result['Status']['Name']} ({result['Status']['Status']})"
            )
        result["BaseStatus"] = result["Status"]["Status"]
    elif base_changed:
        status = catalog.default_status(result["BaseStatus"])
        if status is None:
            raise bad_request(f"No ticket status has base status {result['BaseStatus']}")
        result["Status"] = copy.deepcopy(status)
    was_closed = before["BaseStatus"] == "Closed"
    if result["BaseStatus"] == "Closed" and not was_closed:
        result["ClosedAt"] = format_datetime(now)
    elif result["BaseStatus"] != "Closed" and was_closed:
        result["ClosedAt"] = None
