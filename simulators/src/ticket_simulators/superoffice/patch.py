"""JSON Patch (RFC 6902) and JSON Merge Patch (RFC 7396) of a TicketEntity, the
SuperOffice way: paths without regard to case, the leading slash optional, ``move`` and
``copy`` refused, and every operation of a request applied together or not at all.

``apply_patch`` returns a new entity and leaves its input untouched; the caller stores
the result only when no operation failed and it passed ``settle``. Stored entities are
never changed in place, so a new entity copies only the containers an operation
changes and shares everything else with the one before it.
"""

from __future__ import annotations

import copy
import functools
import operator
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import compress
from typing import Any, Literal

from .._core import VendorError
from .departures import DATETIME_WITHOUT_OFFSET
from .errors import bad_request, relies_on, test_failed
from .schema import PROPERTIES, REFERENCES, Prop, canonical_name
from .seed import AUTO_ASSIGN, UNASSIGNED, Catalog, format_datetime

__all__ = [
    "CheckedValues",
    "Operation",
    "apply_patch",
    "merge_to_operations",
    "parse_operations",
    "settle",
]

Json = dict[str, Any]
OpName = Literal["add", "replace", "remove", "test"]

_SUPPORTED: tuple[OpName, ...] = ("add", "replace", "remove", "test")
# Nine digits reach past any list a ticket holds, and keep int() far from its limits.
_INDEX = re.compile(r"0|[1-9][0-9]{0,8}")
_INT32 = (-(2**31), 2**31 - 1)
# The free-form map: plug-ins may add keys. CustomFields only holds the defined fields.
_FREE_MAP = "ExtraFields"
_NAMES = tuple(p.name for p in PROPERTIES)
_values = operator.itemgetter(*_NAMES)
_read_only_values = operator.itemgetter(*(p.name for p in PROPERTIES if p.read_only))
_WRITABLE = tuple(p for p in PROPERTIES if not p.read_only)
_WRITABLE_NAMES = tuple(p.name for p in _WRITABLE)
_writable_values = operator.itemgetter(*_WRITABLE_NAMES)


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


def _missing(op: Operation) -> VendorError:
    return bad_request(f"The path '{op.path}' does not exist on TicketEntity")


def _slot(node: Any, segment: str, op: Operation) -> str | int:
    """Where ``segment`` points inside ``node``: a dictionary key or a list index."""
    if isinstance(node, dict):
        key = _key(node, segment)
        if key is None:
            raise _missing(op)
        return key
    if isinstance(node, list):
        if not _INDEX.fullmatch(segment) or int(segment) >= len(node):
            raise _missing(op)
        return int(segment)
    raise _missing(op)


def _step(node: Any, segment: str, op: Operation) -> Any:
    return node[_slot(node, segment, op)]


def _apply_one(entity: Json, op: Operation, naive_dates: bool) -> None:
    head = canonical_name(op.segments[0])
    if head is None:
        raise bad_request(f"TicketEntity has no property '{op.segments[0]}'")
    parent: Any = entity
    last = op.segments[-1]
    if op.op == "test":
        for segment in op.segments[:-1]:
            parent = _step(parent, segment, op)
        actual = _step(parent, last, op)
        # The server compares typed values: a date-time tests equal to the same instant
        # however it is written (an answer's form, with or without an offset).
        if not json_equal(actual, op.value) and not _same_instants(op.value, actual, naive_dates):
            raise test_failed(op.path, op.value)
        return
    # Copy on write: each container on the path is copied (shallowly) into its parent,
    # itself a copy, before the change, so the entity the patch started from and
    # everything it shares stay as they were.
    for segment in op.segments[:-1]:
        slot = _slot(parent, segment, op)
        child = parent[slot]
        if isinstance(child, dict):
            child = dict(child)
            parent[slot] = child
        elif isinstance(child, list):
            child = list(child)
            parent[slot] = child
        parent = child
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


def apply_patch(entity: Json, operations: list[Operation], *, naive_dates: bool = False) -> Json:
    """The entity after every operation, in order; the input is left untouched.

    The result is a new dictionary; containers no operation changed are shared with
    ``entity``. Raises 409 for a failing ``test`` and 400 for a path that does not exist.
    ``naive_dates``: a ``test`` value may be a date-time without an offset (see
    ``settle``).
    """
    result = dict(entity)
    for op in operations:
        _apply_one(result, op, naive_dates)
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
    if left is right:
        # A value equals itself: JSON has no NaN (the parser refuses it), so this
        # shortcut for values shared between versions of a ticket is exact.
        return True
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, int | float) and isinstance(right, int | float):
        return left == right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(json_equal(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(json_equal, left, right))
    return type(left) is type(right) and left == right


class CheckedValues:
    """Values known to pass their property's check as they are, for one catalog.

    Checking a value depends on nothing but the value and the catalog, neither of
    which ever changes in place. So once the check of a stored value gave back that
    very object, it would do so again: ``settle`` skips the check while the property
    still holds the same object. Each kept value is held, so no other object can take
    its ``id()`` meanwhile.
    """

    def __init__(self, catalog: Catalog, limit: int = 256) -> None:
        """Remember at most ``limit`` values per property, checked against ``catalog``."""
        self.catalog = catalog
        self._limit = limit
        # Per writable property: id() of each value known to pass -> that value.
        self._kept: dict[str, dict[int, object]] = {p.name: {} for p in _WRITABLE}
        self._in_order = tuple(self._kept[p.name] for p in _WRITABLE)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many values are remembered."""
        return sum(map(len, self._in_order))

    def passed(self, name: str, value: object) -> bool:
        """Whether property ``name`` holding ``value`` is known to pass unchanged."""
        kept = self._kept.get(name)
        return kept is not None and id(value) in kept

    def all_passed(self, which: Iterable[bool], values: Iterable[object]) -> bool:
        """Whether each writable property picked by ``which`` (in PROPERTIES order),
        holding its value from ``values``, is known to pass unchanged."""
        return all(map(dict.__contains__, compress(self._in_order, which), map(id, values)))

    def add(self, name: str, value: object) -> None:
        """Remember that property ``name`` holding ``value`` passes unchanged."""
        kept = self._kept.get(name)
        if kept is None:
            return
        with self._lock:
            while len(kept) >= self._limit:
                del kept[next(iter(kept))]
            kept[id(value)] = value


def settle(
    before: Json,
    after: Json,
    catalog: Catalog,
    now: datetime,
    *,
    checked: CheckedValues | None = None,
    naive_dates: bool = False,
) -> Json:
    """Check every property of a patched entity and fill in what the server derives.

    Read-only properties must be unchanged (a date-time may be written another way for
    the same instant); values must fit their property; references
    are resolved by primary key (other fields of a referenced entity cannot be changed);
    Status and BaseStatus follow each other; closing stamps ClosedAt.

    A property whose checked value is the one ``before`` holds keeps that very object,
    and references are the catalog's own entries, so versions of a ticket share what
    did not change (none of them is ever changed in place). ``checked`` (for
    ``catalog``) spares checking such shared values again. ``naive_dates`` accepts
    date-times without an offset, as the server writes them (read as UTC, the
    simulator's time zone; ``0001-01-01T00:00:00`` is unset).
    """
    if checked is not None and checked.catalog is not catalog:
        checked = None
    # The properties in their order (a stored ticket has just these, in this order).
    if tuple(after) == _NAMES:
        result: Json = dict(after)
    else:
        result = dict(zip(_NAMES, _values(after), strict=True))
    # When every read-only property holds the very object it held before, none of them
    # can fail, and only the writable ones need a look (in the same order). When, too,
    # each writable one that holds the object it held is known to pass as it is, only
    # those holding another object can fail: the first failure is the same.
    props: Iterable[Prop] = PROPERTIES
    if all(map(operator.is_, _read_only_values(after), _read_only_values(before))):
        props = _WRITABLE
        if checked is not None:
            olds = _writable_values(before)
            same = list(map(operator.is_, _writable_values(after), olds))
            if checked.all_passed(same, compress(olds, same)):
                props = compress(_WRITABLE, map(operator.not_, same))
    for prop in props:
        name = prop.name
        value = result[name]
        old = before[name]
        if prop.read_only:
            # ``is`` first: most values are the very objects the ticket already held.
            unchanged = value is old or json_equal(value, old)
            if not unchanged and not _same_instants(value, old, naive_dates):
                raise bad_request(f"{name} is read-only")
            result[name] = old
            continue
        if checked is None or value is not old:
            result[name] = _checked(prop, value, old, catalog, naive_dates)
        elif checked.passed(name, old):
            result[name] = old
        else:
            result[name] = _checked(prop, value, old, catalog, naive_dates)
            if result[name] is old:
                checked.add(name, old)
    _derive(before, result, catalog, now)
    return result


def _same_strings(new: Json, old: Any) -> bool:
    """Whether string map ``new`` has exactly ``old``'s keys, order and values."""
    return isinstance(old, dict) and len(new) == len(old) and list(new.items()) == list(old.items())


def _checked(prop: Prop, value: Any, old: Any, catalog: Catalog, naive_dates: bool) -> Any:
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
        return _datetime(name, value, naive_dates)
    if prop.kind == "enum":
        match = _by_lower(prop.values).get(value.lower()) if isinstance(value, str) else None
        if match is None:
            raise bad_request(f"{name} must be one of {', '.join(prop.values)}")
        return match
    if prop.kind == "strmap":
        return _string_map(name, value, old, catalog)
    assert prop.ref is not None
    if prop.kind == "ref":
        return _reference(name, prop.ref, value, old, catalog, naive_dates)
    if not isinstance(value, list):
        raise bad_request(f"{name} must be an array")
    olds = old if isinstance(old, list) else []
    items = [
        _reference(
            f"{name}/{n}",
            prop.ref,
            item,
            olds[n] if n < len(olds) else None,
            catalog,
            naive_dates,
        )
        for n, item in enumerate(value)
    ]
    key = REFERENCES[prop.ref].key
    ids = [item[key] for item in items]
    if len(set(ids)) != len(ids):
        raise bad_request(f"{name} names the same {prop.ref} twice")
    if len(items) == len(olds) and all(map(operator.is_, items, olds)):
        return olds
    return items


@functools.cache
def _by_lower(values: tuple[str, ...]) -> dict[str, str]:
    """Each enum value by its lower case; the first one listed wins."""
    index: dict[str, str] = {}
    for value in values:
        index.setdefault(value.lower(), value)
    return index


def _datetime(name: str, value: Any, naive_dates: bool) -> str | None:
    stored = _stored_instant(value, naive=True) if isinstance(value, str) else _NOT_A_DATE
    if stored is _NOT_A_DATE:
        raise bad_request(f"{name} must be an ISO 8601 date-time with an offset")
    if not naive_dates and _stored_instant(value, naive=False) is _NOT_A_DATE:
        raise relies_on(
            DATETIME_WITHOUT_OFFSET, f"{name} must be an ISO 8601 date-time with an offset"
        )
    return stored


# What ``_stored_instant`` answers for a string that is not a date-time it accepts.
_NOT_A_DATE = "not a date-time"
# .NET's DateTime.MinValue: how the server writes, and reads back, "no date".
_MIN_VALUE = datetime(1, 1, 1)


@functools.lru_cache(maxsize=1024)
def _stored_instant(value: str, *, naive: bool) -> str | None:
    """``value`` as the simulator stores dates (None: unset), or ``_NOT_A_DATE``.

    ISO 8601 with an offset always; without one only when ``naive``: then it is read as
    UTC, the simulator's time zone, and ``0001-01-01T00:00:00`` means no date.
    """
    try:
        instant = datetime.fromisoformat(value)
        if instant.tzinfo is not None:
            return format_datetime(instant)
        if not naive:
            return _NOT_A_DATE
        if instant == _MIN_VALUE:
            return None
        return format_datetime(instant.replace(tzinfo=UTC))
    except (ValueError, OverflowError):  # an offset can push year 1 or 9999 out of range
        return _NOT_A_DATE


def _same_instants(value: Any, old: Any, naive_dates: bool) -> bool:
    """Whether ``value`` is ``old`` with date-times written for the same instants."""
    if isinstance(value, str) and (old is None or isinstance(old, str)):
        stored = _stored_instant(value, naive=naive_dates)
        return stored is not _NOT_A_DATE and stored == (
            old if old is None else _stored_instant(old, naive=False)
        )
    if isinstance(value, dict) and isinstance(old, dict):
        return value.keys() == old.keys() and all(
            json_equal(value[k], old[k]) or _same_instants(value[k], old[k], naive_dates)
            for k in value
        )
    if isinstance(value, list) and isinstance(old, list):
        return len(value) == len(old) and all(
            json_equal(v, o) or _same_instants(v, o, naive_dates)
            for v, o in zip(value, old, strict=True)
        )
    return False


def _string_map(name: str, value: Any, old: Any, catalog: Catalog) -> Json:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise bad_request(f"{name} must be an object of strings")
    if name != "CustomFields":
        checked = dict(value)
    else:
        unknown = sorted(set(value) - set(catalog.custom_fields))
        if unknown:
            raise bad_request(f"CustomFields has no field {', '.join(unknown)}")
        # A removed custom field is cleared: every defined field is always present.
        checked = {field: value.get(field, "") for field in catalog.custom_fields}
    return old if _same_strings(checked, old) else checked


def _reference(
    name: str, ref: str, value: Any, old: Any, catalog: Catalog, naive_dates: bool
) -> Json:
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
    if value is entry:
        return entry  # the catalog's entry itself: every field matches
    for field, given in value.items():
        if field == key:
            continue
        canonical = _key(entry, field)
        if canonical is None:
            raise bad_request(f"{name} has no property '{field}'")
        before = old.get(canonical) if isinstance(old, dict) else None
        current = entry[canonical]
        if (
            not json_equal(given, current)
            and not json_equal(given, before)
            and not _same_instants(given, current, naive_dates)
        ):
            raise bad_request(
                f"{name}/{canonical} is read-only; change {name}/{reference.key} instead"
            )
    return entry


def _derive(before: Json, result: Json, catalog: Catalog, now: datetime) -> None:
    owner = result["OwnedBy"]
    if isinstance(owner, dict) and owner.get("AssociateId") == UNASSIGNED:
        result["OwnedBy"] = None
    elif isinstance(owner, dict) and owner.get("AssociateId") == AUTO_ASSIGN:
        master = result["Category"]["CategoryMaster"]
        result["OwnedBy"] = catalog.associates[master]
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
        result["Status"] = status
    was_closed = before["BaseStatus"] == "Closed"
    if result["BaseStatus"] == "Closed" and not was_closed:
        result["ClosedAt"] = format_datetime(now)
    elif result["BaseStatus"] != "Closed" and was_closed:
        result["ClosedAt"] = None
