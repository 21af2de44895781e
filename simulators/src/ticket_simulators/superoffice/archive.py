"""``GET /api/v1/Ticket`` and ``GET /api/v1/Ticket/{id}/Messages``: the ticket and
ticket-message archives as OData lists, as integrations page through them (tickets
changed since the last run, a ticket's messages for their text).

A subset of the archive's query language, the one the evidence shows: ``$select`` of
the columns below, ``$filter`` clauses joined by ``and`` (each may stand in
parentheses) with the comparison, text and date operators, ``$orderby`` on one or more
columns with ``asc``/``desc``, ``$top``, ``$skip`` and ``$format=json``. Names of
columns and operators are matched without regard to case. The answer is
``{"odata.metadata": ..., "value": [rows]}`` with ``odata.nextLink`` while rows remain;
each row has ``PrimaryKey`` and ``EntityName`` and the selected columns, dates written
as the ticket's own are (see ``dates``). A message's text is not part of the seeded
ticket; its archive row makes one from the message and its ticket.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from .dates import DateStyle, restyle
from .errors import bad_request
from .seed import Json

__all__ = [
    "MESSAGES",
    "TICKETS",
    "Archive",
    "ArchiveQuery",
    "list_rows",
    "message_rows",
    "parse_archive_query",
]


@dataclass(frozen=True)
class _Column:
    name: str  # as the archive writes it
    kind: str  # "int", "text" or "date"
    value: Callable[[Json], Any]


def _nested(member: str, key: str) -> Callable[[Json], Any]:
    return lambda t: (t[member] or {}).get(key)


def _members(kind: str, *names: str) -> tuple[_Column, ...]:
    # Columns that read the row's member of their own name, capitalised (ticketId: TicketId).
    return tuple(_Column(name, kind, _member(name[0].upper() + name[1:])) for name in names)


def _member(member: str) -> Callable[[Json], Any]:
    return lambda row: row[member]


@dataclass(frozen=True)
class Archive:
    """One archive: what its rows are called, its columns and the default selection."""

    entity: str
    key: str  # the member holding a row's primary key
    columns: Mapping[str, _Column]  # by lower-case name
    default: tuple[str, ...]


def _archive(entity: str, key: str, default: tuple[str, ...], *columns: _Column) -> Archive:
    return Archive(entity, key, {c.name.lower(): c for c in columns}, default)


TICKETS = _archive(
    "ticket",
    "TicketId",
    ("ticketId", "title", "createdAt", "lastChanged"),
    *_members("int", "ticketId"),
    *_members("text", "title", "baseStatus"),
    *_members("date", "createdAt", "lastChanged", "closedAt", "deadline"),
    _Column("ticketStatusName", "text", _nested("Status", "Name")),
    _Column("categoryId", "int", _nested("Category", "TicketCategoryId")),
    _Column("categoryFullName", "text", _nested("Category", "Fullname")),
    _Column("priorityName", "text", _nested("Priority", "Name")),
    _Column("ownerId", "int", _nested("OwnedBy", "AssociateId")),
    _Column("personId", "int", _nested("Person", "PersonId")),
)
MESSAGES = _archive(
    "ej_message",
    "TicketMessageId",
    ("ticketMessageId", "createdAt", "author", "body"),
    *_members("int", "ticketMessageId", "ticketId", "personId"),
    *_members("text", "author", "slevel", "body", "htmlBody"),
    *_members("date", "createdAt"),
)


def message_rows(ticket: Json) -> list[Json]:
    """The ticket's messages as the message archive holds them, with their text."""
    rows = []
    count = len(ticket["Messages"])
    for n, message in enumerate(ticket["Messages"]):
        if n == 0:
            body = f"{ticket['Title']}.\n\nPlease have a look. - {message['Author']}"
        else:
            body = f"Update {n} of {count - 1} on: {ticket['Title']}. - {message['Author']}"
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        rows.append(
            {
                **message,
                "TicketId": ticket["TicketId"],
                "Body": body,
                "HtmlBody": f"<html><body>{paragraphs}</body></html>",
            }
        )
    return rows


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


def parse_archive_query(params: Mapping[str, str], archive: Archive) -> ArchiveQuery:
    """The query in ``params`` on ``archive``; 400 for a column, operator or value it
    cannot use."""
    fmt = params.get("$format")
    if fmt is not None and fmt.lower() != "json":
        raise bad_request("$format must be json (the simulator answers JSON only)")
    names = [n.strip() for n in params.get("$select", "").split(",") if n.strip()]
    select = tuple(_column(archive, n) for n in (names or archive.default))
    clauses = tuple(_clauses(archive, params.get("$filter", "")))
    order = tuple(_order(archive, params.get("$orderby") or params.get("$orderBy") or ""))
    top = _count(params.get("$top"), "$top", _MAX_TOP)
    skip = _count(params.get("$skip"), "$skip", 0)
    return ArchiveQuery(select, clauses, order, min(top, _MAX_TOP), skip, tuple(params.items()))


def _column(archive: Archive, name: str) -> _Column:
    column = archive.columns.get(name.lower())
    if column is None:
        raise bad_request(f"The {archive.entity} archive has no column '{name}'")
    return column


def _count(raw: str | None, name: str, default: int) -> int:
    if raw is None:
        return default
    if not raw.isdigit() or len(raw) > 9:
        raise bad_request(f"{name} must be a whole number, not '{raw}'")
    return int(raw)


def _clauses(archive: Archive, text: str) -> list[_Clause]:
    if not text.strip():
        return []
    clauses = []
    for part in re.split(r"\s+and\s+", text.strip(), flags=re.IGNORECASE):
        match = _CLAUSE.fullmatch(part)
        if match is None:
            raise bad_request(f"Cannot read the $filter clause '{part.strip()}'")
        column = _column(archive, match[1])
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


def _order(archive: Archive, text: str) -> list[tuple[_Column, bool]]:
    result = []
    for part in (p for p in text.split(",") if p.strip()):
        match = _ORDER.fullmatch(part)
        if match is None:
            raise bad_request(f"Cannot read the $orderby item '{part.strip()}'")
        result.append((_column(archive, match[1]), (match[2] or "").lower() == "desc"))
    return result


def _matches(row: Json, clause: _Clause) -> bool:
    value = clause.column.value(row)
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


def list_rows(
    rows: list[Json],
    query: ArchiveQuery,
    archive: Archive,
    *,
    root: str,
    path: str,
    style: DateStyle,
) -> Json:
    """The archive answer for ``query`` over ``rows`` (in key order); ``path`` (under
    ``root``) is where the next page is asked for."""
    found = [r for r in rows if all(_matches(r, c) for c in query.clauses)]
    for column, descending in reversed(query.order):
        # Empty values sort first, as the database sorts NULL.
        found.sort(key=_sorting_by(column), reverse=descending)
    page = found[query.skip : query.skip + query.top]
    answered = []
    for item in page:
        row: Json = {"PrimaryKey": item[archive.key], "EntityName": archive.entity}
        for column in query.select:
            value = column.value(item)
            # Dates as the ticket's own CreatedAt is written in this answer style.
            row[column.name] = (
                restyle("CreatedAt", value, style) if column.kind == "date" else value
            )
        answered.append(row)
    answer: Json = {"odata.metadata": f"{root}/api/v1/archive$metadata", "value": answered}
    if query.skip + len(page) < len(found):
        rest = {**dict(query.params), "$skip": str(query.skip + len(page))}
        answer["odata.nextLink"] = f"{root}{path}?" + urlencode(rest)
    return answer


def _sorting_by(column: _Column) -> Callable[[Json], tuple[bool, Any]]:
    def key(ticket: Json) -> tuple[bool, Any]:
        value = column.value(ticket)
        return (value is not None, value if value is not None else 0)

    return key
