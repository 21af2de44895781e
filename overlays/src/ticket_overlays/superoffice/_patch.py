"""Building request bodies: a typed JSON Patch builder and merge-patch helpers."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Self

from superoffice_client.models import PatchOp, PatchOperation, TicketMergePatch

__all__ = ["JsonPatch", "merge_patch", "merge_to_operations", "pointer"]


def pointer(*segments: str | int) -> str:
    """A JSON Pointer from property names and array indexes (``-`` appends).

    >>> pointer("CustomFields", "a/b")
    '/CustomFields/a~1b'
    """
    escaped = (str(s).replace("~", "~0").replace("/", "~1") for s in segments)
    return "/" + "/".join(escaped)


def _path(path: str | Iterable[str | int]) -> str:
    return path if isinstance(path, str) else pointer(*path)


class JsonPatch:
    """A JSON Patch document built operation by operation.

    Paths are strings (``"/Title"``, ``"Category/TicketCategoryId"``) or sequences of
    segments, escaped for you (``("CustomFields", "SuperOffice:1")``). Methods chain:

    >>> patch = JsonPatch().test("/Title", "Old").replace("/Title", "New")
    >>> [op["op"] for op in patch.to_list()]
    ['test', 'replace']
    """

    def __init__(self, operations: Iterable[PatchOperation] = ()) -> None:
        self.operations: list[PatchOperation] = list(operations)

    def _append(self, op: PatchOp, path: str | Iterable[str | int], *value: Any) -> Self:
        operation = PatchOperation(op=op, path=_path(path))
        if value:
            operation.value = copy.deepcopy(value[0])
        self.operations.append(operation)
        return self

    def add(self, path: str | Iterable[str | int], value: Any) -> Self:
        """Set a property, insert into an array (index) or append (``-``)."""
        return self._append(PatchOp.ADD, path, value)

    def replace(self, path: str | Iterable[str | int], value: Any) -> Self:
        """Replace an existing value."""
        return self._append(PatchOp.REPLACE, path, value)

    def remove(self, path: str | Iterable[str | int]) -> Self:
        """Clear a property, or remove an array item or map key."""
        return self._append(PatchOp.REMOVE, path)

    def test(self, path: str | Iterable[str | int], value: Any) -> Self:
        """Stop the whole update (409) unless the value at ``path`` equals ``value``."""
        return self._append(PatchOp.TEST, path, value)

    def extend(self, other: JsonPatch | Iterable[PatchOperation]) -> Self:
        """Append the operations of another patch."""
        self.operations.extend(other.operations if isinstance(other, JsonPatch) else other)
        return self

    def to_list(self) -> list[dict[str, Any]]:
        """The document as JSON-ready dictionaries."""
        return [op.to_dict() for op in self.operations]

    def __iter__(self) -> Iterator[PatchOperation]:
        return iter(self.operations)

    def __len__(self) -> int:
        return len(self.operations)

    def __repr__(self) -> str:
        return f"JsonPatch({self.to_list()!r})"


def merge_patch(changes: Mapping[str, Any] | None = None, **properties: Any) -> TicketMergePatch:
    """A merge-patch body: property names with new values; ``None`` clears one.

    >>> merge_patch({"Title": "New"}, Deadline=None).to_dict()
    {'Title': 'New', 'Deadline': None}
    """
    return TicketMergePatch.from_dict({**(changes or {}), **properties})


def merge_to_operations(changes: Mapping[str, Any], current: Mapping[str, Any]) -> JsonPatch:
    """The JSON Patch operations a merge patch stands for, against the ticket as read.

    Objects merge into objects, ``None`` removes, anything else replaces; values equal
    to what ``current`` holds produce no operation. Property names are matched without
    regard to case, as the server matches them.
    """
    patch = JsonPatch()
    _merge(dict(changes), dict(current), (), patch)
    return patch


def _find(container: Mapping[str, Any], name: str) -> str | None:
    if name in container:
        return name
    return next((k for k in container if k.lower() == name.lower()), None)


def _merge(
    changes: dict[str, Any], current: dict[str, Any], prefix: tuple[str, ...], out: JsonPatch
) -> None:
    for name, value in changes.items():
        key = _find(current, name)
        segments = (*prefix, key or name)
        old = current.get(key) if key is not None else None
        if key is not None and old == value and type(old) is type(value):
            continue
        if value is None:
            out.remove(segments)
        elif isinstance(value, Mapping) and isinstance(old, dict):
            _merge(dict(value), old, segments, out)
        else:
            out.add(segments, value)
