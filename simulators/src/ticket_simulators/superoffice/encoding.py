"""JSON answers for tickets, written from the pieces of the previous answer.

A stored ticket is never changed in place: a write stores a new top-level dictionary
that shares every value it did not change with the version before (see ``state`` and
``patch``). So when a ticket is answered again, a member whose value is the very object
the previous answer wrote has the same JSON text, and only the members whose value is
another object are written again.

The bytes are exactly those of Starlette's ``JSONResponse`` (``json.dumps`` with
``ensure_ascii=False``, ``allow_nan=False`` and compact separators, in UTF-8).
"""

from __future__ import annotations

import itertools
import operator
import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any

from .._core import json_text

__all__ = ["EntityWriter"]


class EntityWriter:
    """Writes the members of entities whose values are never changed in place.

    Give it only values no one changes once written (the stored tickets' values):
    it remembers, per entity key, the values it last wrote and their text, holding
    them so that an identical object really is the same value.
    """

    def __init__(
        self, names: Sequence[str], convert: Callable[[str, Any], Any] | None = None
    ) -> None:
        """Write the members ``names``, in this order.

        ``convert(name, value)`` gives what to write for a member (the value itself
        when None); it must depend on nothing else, since its text is reused.
        """
        if not names:
            raise ValueError("an entity needs at least one member")
        self._names = tuple(names)
        self._convert = convert
        self._prefixes = tuple(encode_basestring(name) + ":" for name in names)
        self._indexes = range(len(names))
        getter = operator.itemgetter(*names)
        self._values = (lambda e: (getter(e),)) if len(names) == 1 else getter
        self._last: dict[Hashable, tuple[tuple[Any, ...], tuple[str, ...]]] = {}
        self._lock = threading.Lock()

    def members(self, key: Hashable, entity: Mapping[str, Any]) -> str:
        """The members of ``entity`` as JSON text, ``"name":value,...``.

        ``key`` names the entity (a ticket id): members whose value is the very object
        the previous call for ``key`` wrote keep that call's text.
        """
        values: tuple[Any, ...] = self._values(entity)
        last = self._last.get(key)
        if last is None:
            parts = [self._text(index, value) for index, value in enumerate(values)]
        else:
            last_values, last_parts = last
            parts = list(last_parts)
            for index in itertools.compress(
                self._indexes, map(operator.is_not, values, last_values)
            ):
                parts[index] = self._text(index, values[index])
        with self._lock:
            self._last[key] = (values, tuple(parts))
        return ",".join(parts)

    def _text(self, index: int, value: Any) -> str:
        if self._convert is not None:
            value = self._convert(self._names[index], value)
        return self._prefixes[index] + json_text(value)
