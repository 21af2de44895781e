"""Ticket helpers: read, and update with the etag handled (re-read and re-apply on a race)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Unpack
from uuid import UUID

from rezolve_client import Client
from rezolve_client.api.ticket_types import list_ticket_types as list_ticket_types_op
from rezolve_client.api.tickets import get_ticket as get_ticket_op
from rezolve_client.api.tickets import update_ticket as update_ticket_op
from rezolve_client.models import (
    CatalogType,
    Ticket,
    TicketFieldValues,
    TicketType,
    TicketTypeList,
    TicketUpdateRequest,
    TicketUpdateResponse,
)

from .. import _results
from .._errors import WriteOutcomeUnknown
from .._flow import Bound, Call, CallOptions, Flow, async_form, sync_form
from ._errors import EtagMismatch, make_status_error

__all__ = [
    "Change",
    "Changes",
    "UpdateResult",
    "aget_ticket",
    "alist_ticket_types",
    "aupdate_ticket",
    "field_ids",
    "get_ticket",
    "list_ticket_types",
    "update_ticket",
]

Change = Mapping[str, Any] | Callable[[Ticket], Mapping[str, Any]]
"""Field UUID -> new value, or a function computing that from the current ticket."""

Changes = Change
"""The former name of :data:`Change`."""

DEFAULT_MODULE = "ticketing"


@dataclass(frozen=True)
class UpdateResult(_results.UpdateResult[Ticket | None]):
    """Outcome of :func:`update_ticket`.

    ``etag`` is the etag to use for the next update: the one the successful write
    answered. ``ticket`` is the ticket read right after the write (``None`` when
    ``fetch_ticket=False``); under concurrent writers it may already be newer than
    ``etag``. ``attempts`` counts the writes sent, 1 when there was no race.
    """

    etag: str


def _catalog(value: CatalogType | str) -> CatalogType:
    return value if isinstance(value, CatalogType) else CatalogType(value)


def _read(object_id: str, catalog: CatalogType, module: str) -> Flow[Ticket]:
    response = yield Call.of(
        get_ticket_op._get_kwargs,
        get_ticket_op._build_response,
        object_id=object_id,
        type_=catalog,
        module=module,
    )
    if response.status_code == 200 and isinstance(response.parsed, Ticket):
        return response.parsed
    raise make_status_error(response)


def _update(
    object_id: str,
    change: Change,
    *,
    etag: str | UUID | None,
    attempts: int,
    catalog: CatalogType,
    module: str,
    fetch_ticket: bool,
) -> Flow[UpdateResult]:
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    ticket: Ticket | None = None
    if etag is None or callable(change):
        ticket = yield from _read(object_id, catalog, module)
        etag = ticket.etag
    for attempt in range(1, attempts + 1):
        if callable(change):
            assert ticket is not None
            values = dict(change(ticket))
        else:
            values = dict(change)
        body = TicketUpdateRequest(
            etag=etag if isinstance(etag, UUID) else UUID(str(etag)),
            ticket_update=TicketFieldValues.from_dict(values),
        )
        response = yield Call.of(
            update_ticket_op._get_kwargs,
            update_ticket_op._build_response,
            object_id=object_id,
            body=body,
            type_=catalog,
            module=module,
        )
        if response.status_code == 200 and isinstance(response.parsed, TicketUpdateResponse):
            new_etag = str(response.parsed.etag)
            after = (yield from _read(object_id, catalog, module)) if fetch_ticket else None
            return UpdateResult(etag=new_etag, ticket=after, attempts=attempt)
        error = make_status_error(response)
        if not isinstance(error, EtagMismatch):
            raise error
        # Someone else wrote first: read the ticket again and rebase on it.
        ticket = yield from _read(object_id, catalog, module)
        if callable(change) and response.resent:
            # Our own write may have landed, its answer lost and the resend refused:
            # re-running a computed change (an append, an increment) could apply it twice.
            raise WriteOutcomeUnknown(
                f"the answer to the update of {object_id} was lost and the resend was "
                "refused as ETAG_MISMATCH; the first send may have been applied",
                current=ticket,
            ) from error
        if attempt == attempts:
            error.attempts = attempts
            raise error
        etag = ticket.etag
    raise AssertionError("unreachable")  # pragma: no cover


def _get_ticket(
    client: Client,
    object_id: str,
    *,
    catalog_type: CatalogType | str = CatalogType.AGENT,
    module: str = DEFAULT_MODULE,
    **call: Unpack[CallOptions],
) -> Bound[Ticket]:
    """Read a ticket by display id (e.g. ``REQ-0509``); typed errors on failure.

    ``timeout`` and ``headers`` (:class:`~ticket_overlays.CallOptions`) apply to this
    call only, as in every helper.
    """
    return Bound(_read(object_id, _catalog(catalog_type), module), client, call)


get_ticket = sync_form(_get_ticket)
aget_ticket = async_form(_get_ticket)


def _update_ticket(
    client: Client,
    object_id: str,
    change: Change,
    *,
    etag: str | UUID | None = None,
    attempts: int = 5,
    catalog_type: CatalogType | str = CatalogType.AGENT,
    module: str = DEFAULT_MODULE,
    fetch_ticket: bool = True,
    **call: Unpack[CallOptions],
) -> Bound[UpdateResult]:
    """Write ``change`` to a ticket under optimistic concurrency.

    With ``etag`` the first write uses it; without, the ticket is read first. When the
    API answers ETAG_MISMATCH the ticket is read again and the change re-applied, at most
    ``attempts`` writes in all; a function ``change`` is called with each fresh ticket,
    so it can rebase (e.g. append to what is there now). Raises :class:`EtagMismatch`
    when every attempt lost the race, and the other typed errors at once. When a write's
    answer was lost and the retried send was refused, a function change is not re-run:
    :class:`~ticket_overlays.WriteOutcomeUnknown` carries the ticket as it now is.
    """
    flow = _update(
        object_id,
        change,
        etag=etag,
        attempts=attempts,
        catalog=_catalog(catalog_type),
        module=module,
        fetch_ticket=fetch_ticket,
    )
    return Bound(flow, client, call)


update_ticket = sync_form(_update_ticket)
aupdate_ticket = async_form(_update_ticket)


def _types(catalog: CatalogType, module: str) -> Flow[list[TicketType]]:
    response = yield Call.of(
        list_ticket_types_op._get_kwargs,
        list_ticket_types_op._build_response,
        type_=catalog,
        module=module,
    )
    if response.status_code == 200 and isinstance(response.parsed, TicketTypeList):
        return list(response.parsed.data.value)
    raise make_status_error(response)


def _list_ticket_types(
    client: Client,
    *,
    catalog_type: CatalogType | str = CatalogType.AGENT,
    module: str = DEFAULT_MODULE,
    **call: Unpack[CallOptions],
) -> Bound[list[TicketType]]:
    """The tenant's ticket types with their fields."""
    return Bound(_types(_catalog(catalog_type), module), client, call)


list_ticket_types = sync_form(_list_ticket_types)
alist_ticket_types = async_form(_list_ticket_types)


def field_ids(ticket_type: TicketType) -> dict[str, str]:
    """Field name -> field UUID for a ticket type (the keys a ``change`` uses)."""
    fields = ticket_type.fields if isinstance(ticket_type.fields, list) else []
    return {f.name: str(f.id) for f in fields if isinstance(f.name, str)}
