"""Ticket helpers: read, patch, and update under optimistic concurrency.

``update_ticket`` reads the ticket, computes the change, and writes it guarded either
by ``If-Unmodified-Since`` (the ticket's ``LastChanged``; the server answers 412 when
someone wrote in between) or by a ``test`` operation on ``LastChanged`` (409). On
either answer it reads again and re-applies the change, a bounded number of times.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any, Literal, Unpack

from superoffice_client import Client
from superoffice_client.api.tickets import get_ticket as get_ticket_op
from superoffice_client.api.tickets import patch_ticket as patch_ticket_op
from superoffice_client.models import PatchOperation, TicketEntity, TicketMergePatch
from superoffice_client.types import UNSET

from .. import _results
from .._errors import WriteOutcomeUnknown
from .._flow import Call, CallOptions, Flow, Reply, run_async, run_sync
from ._errors import ERRORS, UpdateConflict, make_status_error
from ._patch import JsonPatch, merge_to_operations

__all__ = [
    "Body",
    "Change",
    "Guard",
    "UpdateResult",
    "aget_ticket",
    "apatch_ticket",
    "aupdate_ticket",
    "get_ticket",
    "http_date",
    "patch_ticket",
    "update_ticket",
]

Body = JsonPatch | list[PatchOperation] | TicketMergePatch | Mapping[str, Any]
"""A JSON Patch (builder or operations) or a merge patch (model or plain mapping)."""

Change = Body | Callable[[TicketEntity], Body]
"""The change, or a function computing it from the ticket as just read."""

Guard = Literal["if-unmodified-since", "test"]


class UpdateResult(_results.UpdateResult[TicketEntity]):
    """Outcome of :func:`update_ticket`: the ticket the write answered, and writes sent."""


def http_date(instant: datetime) -> str:
    """``instant`` as an HTTP-date for ``If-Unmodified-Since``.

    An HTTP-date has whole seconds; a fractional ``LastChanged`` is rounded up, or the
    ticket would look changed after its own timestamp.
    """
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
    whole = aware.astimezone(UTC).replace(microsecond=0)
    if aware.microsecond:
        whole += timedelta(seconds=1)
    return format_datetime(whole, usegmt=True)


def _body(body: Body) -> list[PatchOperation] | TicketMergePatch:
    if isinstance(body, JsonPatch):
        return list(body.operations)
    if isinstance(body, list | TicketMergePatch):
        return body
    return TicketMergePatch.from_dict(dict(body))


def _select(select: str | list[str] | None) -> str | Any:
    if select is None:
        return UNSET
    return select if isinstance(select, str) else ",".join(select)


def _read(
    ticket_id: int, select: str | list[str] | None = None
) -> Flow[tuple[TicketEntity, dict[str, Any]]]:
    response: Reply = yield Call.of(
        get_ticket_op._get_kwargs,
        get_ticket_op._build_response,
        id=ticket_id,
        select=_select(select),
    )
    return _ticket(response), json.loads(response.content)


def _ticket(response: Reply) -> TicketEntity:
    """The ticket an answer carries; a typed error for any other answer.

    Any JSON object parses as a ``TicketEntity`` (every property is optional), so an
    answer without ``TicketId`` (present, if null, even under ``$select``) is refused
    rather than returned as an empty ticket.
    """
    if response.status_code == 200 and isinstance(response.parsed, TicketEntity):
        if response.parsed.ticket_id is not UNSET:
            return response.parsed
        raise ERRORS.malformed_answer(response, "the answer is not a ticket (no TicketId)")
    raise make_status_error(response)


def _patch(
    ticket_id: int,
    body: Body,
    *,
    if_unmodified_since: datetime | str | None,
    select: str | list[str] | None,
) -> Flow[TicketEntity]:
    kwargs: dict[str, Any] = {"id": ticket_id, "body": _body(body), "select": _select(select)}
    if isinstance(if_unmodified_since, datetime):
        kwargs["if_unmodified_since"] = http_date(if_unmodified_since)
    elif if_unmodified_since is not None:
        kwargs["if_unmodified_since"] = if_unmodified_since
    response: Reply = yield Call.of(
        patch_ticket_op._get_kwargs, patch_ticket_op._build_response, **kwargs
    )
    try:
        return _ticket(response)
    except UpdateConflict as error:
        error.resent = response.resent
        raise


def _guarded(body: Body, raw: dict[str, Any]) -> JsonPatch:
    """``body`` as JSON Patch, preceded by a test of the ``LastChanged`` read."""
    if isinstance(body, JsonPatch):
        operations = JsonPatch(body.operations)
    elif isinstance(body, list):
        operations = JsonPatch(body)
    else:
        changes = body.to_dict() if isinstance(body, TicketMergePatch) else dict(body)
        operations = merge_to_operations(changes, raw)
    return JsonPatch().test("/LastChanged", raw.get("LastChanged")).extend(operations)


def _update(
    ticket_id: int,
    change: Change,
    *,
    guard: Guard,
    attempts: int,
    select: str | list[str] | None,
) -> Flow[UpdateResult]:
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if guard not in ("if-unmodified-since", "test"):
        raise ValueError("guard must be 'if-unmodified-since' or 'test'")
    for attempt in range(1, attempts + 1):
        ticket, raw = yield from _read(ticket_id)
        body = change(ticket) if callable(change) else change
        since: str | None = None
        if guard == "test":
            body = _guarded(body, raw)
        else:
            if not isinstance(ticket.last_changed, datetime):
                raise ValueError("the ticket has no LastChanged to guard the update with")
            since = http_date(ticket.last_changed)
        try:
            updated = yield from _patch(ticket_id, body, if_unmodified_since=since, select=select)
        except UpdateConflict as conflict:
            if callable(change) and conflict.resent:
                # Our own write may have landed, its answer lost and the resend refused:
                # re-running a computed change (an append, an increment) could apply it
                # twice.
                current, _ = yield from _read(ticket_id)
                raise WriteOutcomeUnknown(
                    f"the answer to the update of ticket {ticket_id} was lost and the "
                    "resend was refused; the first send may have been applied",
                    current=current,
                ) from conflict
            # Someone else wrote in between: read again and redo the change.
            if attempt == attempts:
                conflict.attempts = attempts
                raise
            continue
        return UpdateResult(ticket=updated, attempts=attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def get_ticket(
    client: Client,
    ticket_id: int,
    *,
    select: str | list[str] | None = None,
    **call: Unpack[CallOptions],
) -> TicketEntity:
    """Read a ticket; with ``select`` only those properties are filled in."""
    ticket, _ = run_sync(_read(ticket_id, select), client, **call)
    return ticket


async def aget_ticket(
    client: Client,
    ticket_id: int,
    *,
    select: str | list[str] | None = None,
    **call: Unpack[CallOptions],
) -> TicketEntity:
    """Async :func:`get_ticket`."""
    ticket, _ = await run_async(_read(ticket_id, select), client, **call)
    return ticket


def patch_ticket(
    client: Client,
    ticket_id: int,
    body: Body,
    *,
    if_unmodified_since: datetime | str | None = None,
    select: str | list[str] | None = None,
    **call: Unpack[CallOptions],
) -> TicketEntity:
    """Send one patch as is and return the ticket the server answered.

    A list or :class:`JsonPatch` goes as JSON Patch, a mapping or ``TicketMergePatch``
    as merge patch. ``if_unmodified_since`` (a datetime such as the ticket's
    ``last_changed``, or an HTTP-date) makes the server refuse with 412 when the ticket
    changed since. Typed errors: ``TestFailed`` (409), ``PreconditionFailed`` (412),
    ``BadRequest``, ``TicketNotFound``, ``Unauthorized``.
    """
    flow = _patch(ticket_id, body, if_unmodified_since=if_unmodified_since, select=select)
    return run_sync(flow, client, **call)


async def apatch_ticket(
    client: Client,
    ticket_id: int,
    body: Body,
    *,
    if_unmodified_since: datetime | str | None = None,
    select: str | list[str] | None = None,
    **call: Unpack[CallOptions],
) -> TicketEntity:
    """Async :func:`patch_ticket`."""
    flow = _patch(ticket_id, body, if_unmodified_since=if_unmodified_since, select=select)
    return await run_async(flow, client, **call)


def update_ticket(
    client: Client,
    ticket_id: int,
    change: Change,
    *,
    guard: Guard = "if-unmodified-since",
    attempts: int = 5,
    select: str | list[str] | None = None,
    **call: Unpack[CallOptions],
) -> UpdateResult:
    """Write ``change`` to a ticket without losing anyone else's update.

    The ticket is read, the change computed (a function ``change`` gets the fresh
    ticket, so it can build on what is there now) and written guarded by ``guard``:
    ``If-Unmodified-Since`` from ``LastChanged``, or a ``test`` of ``LastChanged`` in
    front of the operations (a merge patch is turned into operations for that). When
    someone else wrote in between, the whole cycle repeats, at most ``attempts`` writes
    in all; then the last ``PreconditionFailed`` or ``TestFailed`` is raised with
    ``attempts`` set. Other errors are raised at once. When a write's answer was lost
    and the retried send was refused, a function change is not re-run:
    :class:`~ticket_overlays.WriteOutcomeUnknown` carries the ticket as it now is.
    """
    flow = _update(ticket_id, change, guard=guard, attempts=attempts, select=select)
    return run_sync(flow, client, **call)


async def aupdate_ticket(
    client: Client,
    ticket_id: int,
    change: Change,
    *,
    guard: Guard = "if-unmodified-since",
    attempts: int = 5,
    select: str | list[str] | None = None,
    **call: Unpack[CallOptions],
) -> UpdateResult:
    """Async :func:`update_ticket`."""
    flow = _update(ticket_id, change, guard=guard, attempts=attempts, select=select)
    return await run_async(flow, client, **call)
