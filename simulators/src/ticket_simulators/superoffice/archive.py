"""``GET /api/v1/Ticket``: the ticket archive as an OData list, as integrations page
through it before they read tickets one by one.

A subset of the archive's query language, the one the evidence shows: ``$select`` of
the columns below, ``$filter`` clauses joined by ``and`` (each may stand in
parentheses) with the comparison, text and date operators, ``$orderby`` on one or more
columns with ``asc``/``desc``, ``$top``, ``$skip`` and ``$format=json``. Names of
columns and operators are matched without regard to case. The answer is
``{"odata.metadata": ..., "value": [rows]}`` with ``odata.nextLink`` while rows remain;
each row has ``PrimaryKey`` and ``EntityName`` and the selected columns, dates written
as the ticket's own are (see ``dates``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from .dates import DateStyle, restyle
from .errors import bad_request
from .seed import Json

__all__ = ["ArchiveQuery", "list_tickets", "parse_archive_query"]


@dataclass(frozen=True)
class _Column:
    name: str  # as the archive writes it
    kind: str  # "int", "text" or "date"
    value: Callable[[Json], Any]


def _nested(member: str, key: str) -> Callable[[Json], Any]:
    return lambda t: (t[member] or {}).get(key)


_COLUMNS = {
    c.name.lower(): c
    for c in (
        _Column("ticketId", "int", lambda t: t["TicketId"]),
        _Column("title", "text", lambda t: t["Title"]),
        _Column("createdAt", "date", lambda t: t["CreatedAt"]),
        _Column("lastChanged", "date", lambda t: t["LastChanged"]),
        _Column("closedAt", "date", lambda t: t["ClosedAt"]),
        _Column("deadline", "date", lambda t: t["Deadline"]),
        _Column("baseStatus", "text", lambda t: t["BaseStatus"]),
        _Column("ticketStatusName", "text", _nested("Status", "Name")),
        _Column("categoryId", "int", _nested("Category", "TicketCategoryId")),
        _Column("categoryFullName", "text", _nested("Category", "Fullname")),
        _Column("priorityName", "text", _nested("Priority", "Name")),
        _Column("ownerId", "int", _nested("OwnedBy", "AssociateId")),
        _Column("personId", "int", _nested("Person", "PersonId")),
    )
}
_DEFAULT_SELECT = ("ticketId", "title", "createdAt", "lastChanged")
_MAX_TOP = 10000  # what one answer may hold; integrations ask for pages of up to 10000
_CLAUSE = re.compile(
    r"\s*\(?\s*([A-Za-z]+)\s+([A-Za-z]+|=|<>|>=|<=|>|<)\s+('(?:[^']|'')*'|-?[0-9]+)\s*\)?\s*"
)
_ORDER = re.compile(r"\s*([A-Za-z]+)(?:\s+(asc|desc))?\s*", re.IGNORECASE)
_OPERATORS: dict[str, set[str]] = {
    "int": {"eq", "=", "ne", "<>", "lt", "<", "le", "<=", "gt", ">", "ge", ">="},
    "text": {"eq", "=", "is", "ne", "isnot", "<>", "contains", "notcontains", "begins"},
    "date": {"eq", "=", "lt", "le", "gt", "ge", "before", "after", "aftertime", "beforetime"},
}


@dataclass(frozen=True)
class _Clause:
    column: _Column
    op: str
    operand: Any


@dataclass(frozen=True)
class ArchiveQuery:
    """A parsed archive query."""

    select: tuple[_Column, ...]
    clauses: tuple[_Clause, ...]
    order: tuple[tuple[_Column, bool], ...]  # column, descending
    top: int
    skip: int
    params: tuple[tuple[str, str], ...]  # as given, for the next page's link


def parse_archive_query(params: Mapping[str, str]) -> ArchiveQuery:
    """The query in ``params``; 400 for a column, operator or value it cannot use."""
    fmt = params.get("$format")
    if fmt is not None and fmt.lower() != "json":
        raise bad_request("$format must be json (the simulator answers JSON only)")
    names = [n.strip() for n in params.get("$select", "").split(",") if n.strip()]
    select = tuple(_column(n) for n in (names or _DEFAULT_SELECT))
    clauses = tuple(_clauses(params.get("$filter", "")))
    order = tuple(_order(params.get("$orderby") or params.get("$orderBy") or ""))
    top = _count(params.get("$top"), "$top", _MAX_TOP)
    skip = _count(params.get("$skip"), "$skip", 0)
    return ArchiveQuery(select, clauses, order, min(top, _MAX_TOP), skip, tuple(params.items()))


def _column(name: str) -> _Column:
    column = _COLUMNS.get(name.lower())
    if column is None:
        raise bad_request(f"The Ticket archive has no column '{name}'")
    return column


def _count(raw: str | None, name: str, default: int) -> int:
    if raw is None:
        return default
    if not raw.isdigit() or len(raw) > 9:
        raise bad_request(f"{name} must be a whole number, not '{raw}'")
    return int(raw)


def _clauses(text: str) -> list[_Clause]:
    if not text.strip():
        return []
    clauses = []
    for part in re.split(r"\s+and\s+", text.strip(), flags=re.IGNORECASE):
        match = _CLAUSE.fullmatch(part)
        if match is None:
            raise bad_request(f"Cannot read the $filter clause '{part.strip()}'")
        column = _column(match[1])
        op = match[2].lower()
        if op not in _OPERATORS[column.kind]:
            raise bad_request(f"Operator '{match[2]}' does not apply to {column.name}")
        clauses.append(_Clause(column, op, _operand(column, match[3])))
    return clauses


def _operand(column: _Column, raw: str) -> Any:
    quoted = raw.startswith("'")
    text = raw[1:-1].replace("''", "'") if quoted else raw
    if column.kind == "int":
        if not re.fullmatch(r"-?[0-9]{1,10}", text):
            raise bad_request(f"{column.name} compares with a number, not {raw}")
        return int(text)
    if column.kind == "date":
        try:
            instant = datetime.fromisoformat(text)
        except ValueError:
            raise bad_request(f"{column.name} compares with a date, not {raw}") from None
        # A date without an offset is in the user's time zone: UTC in the simulator.
        return instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    return text


def _order(text: str) -> list[tuple[_Column, bool]]:
    result = []
    for part in (p for p in text.split(",") if p.strip()):
        match = _ORDER.fullmatch(part)
        if match is None:
            raise bad_request(f"Cannot read the $orderby item '{part.strip()}'")
        result.append((_column(match[1]), (match[2] or "").lower() == "desc"))
    return result


def _matches(ticket: Json, clause: _Clause) -> bool:
    value = clause.column.value(ticket)
    op, operand = clause.op, clause.operand
    if value is None:
        return op in ("ne", "<>", "isnot", "notcontains")
    if clause.column.kind == "date":
        value = datetime.fromisoformat(value)
    if clause.column.kind == "text":
        value, operand = str(value).lower(), str(operand).lower()
        if op == "contains":
            return operand in value
        if op == "notcontains":
            return operand not in value
        if op == "begins":
            return value.startswith(operand)
    if op in ("eq", "=", "is"):
        return bool(value == operand)
    if op in ("ne", "<>", "isnot"):
        return bool(value != operand)
    if op in ("lt", "<", "before", "beforetime"):
        return bool(value < operand)
    if op in ("le", "<="):
        return bool(value <= operand)
    if op in ("gt", ">", "after", "aftertime"):
        return bool(value > operand)
    return bool(value >= operand)  # ge, >=


def list_tickets(tickets: list[Json], query: ArchiveQuery, *, root: str, style: DateStyle) -> Json:
    """The archive answer for ``query`` over ``tickets`` (in id order)."""
    found = [t for t in tickets if all(_matches(t, c) for c in query.clauses)]
    for column, descending in reversed(query.order):
        # Empty values sort first, as the database sorts NULL.
        found.sort(key=_sorting_by(column), reverse=descending)
    page = found[query.skip : query.skip + query.top]
    rows = []
    for ticket in page:
        row: Json = {"PrimaryKey": ticket["TicketId"], "EntityName": "ticket"}
        for column in query.select:
            value = column.value(ticket)
            # Dates as the ticket's own CreatedAt is written in this answer style.
            row[column.name] = (
                restyle("CreatedAt", value, style) if column.kind == "date" else value
            )
        rows.append(row)
    answer: Json = {"odata.metadata": f"{root}/api/v1/archive$metadata", "value": rows}
    if query.skip + len(page) < len(found):
        rest = {**dict(query.params), "$skip": str(query.skip + len(page))}
        answer["odata.nextLink"] = f"{root}/api/v1/Ticket?" + urlencode(rest)
    return answer


def _sorting_by(column: _Column) -> Callable[[Json], tuple[bool, Any]]:
    def key(ticket: Json) -> tuple[bool, Any]:
        value = column.value(ticket)
        return (value is not None, value if value is not None else 0)

    return key
