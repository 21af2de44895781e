"""Result types shared by the vendors' helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["UpdateResult"]

T = TypeVar("T")


@dataclass(frozen=True)
class UpdateResult(Generic[T]):
    """What a concurrency-safe update did (Rezolve's and SuperOffice's ``update_ticket``).

    ``ticket`` is the ticket as the write left it; ``attempts`` counts the writes sent,
    1 when no other writer got in between.
    """

    ticket: T
    attempts: int
