"""Listing tickets from the ticket archive (``GET /api/v1/Ticket``), every page of it.

Sync tools list the tickets changed since their last run, then read each one. The
archive answers a page at a time; ``list_tickets`` asks for the next page (``$skip``)
until a page comes back short or without ``odata.nextLink``.
"""

from __future__ import annotations

from typing import Unpack

from superoffice_client import Client
from superoffice_client.api.tickets import list_tickets as list_tickets_op
from superoffice_client.models import ArchivePage, ArchiveRow
from superoffice_client.types import UNSET

from .._flow import Bound, Call, CallOptions, Flow, Reply, async_form, sync_form
from ._errors import make_status_error
from ._tickets import _select

__all__ = ["alist_tickets", "list_tickets"]

_MAX_PAGE = 10000  # the most rows one answer holds


def _pages(
    select: str | list[str] | None,
    where: str | None,
    order_by: str | None,
    page_size: int,
    limit: int | None,
) -> Flow[list[ArchiveRow]]:
    if not 1 <= page_size <= _MAX_PAGE:
        raise ValueError(f"page_size must be between 1 and {_MAX_PAGE}")
    if limit is not None and limit < 0:
        raise ValueError("limit must not be negative")
    rows: list[ArchiveRow] = []
    while limit is None or len(rows) < limit:
        top = page_size if limit is None else min(page_size, limit - len(rows))
        response: Reply = yield Call.of(
            list_tickets_op._get_kwargs,
            list_tickets_op._build_response,
            select=_select(select),
            filter_=UNSET if where is None else where,
            orderby=UNSET if order_by is None else order_by,
            top=top,
            skip=len(rows),
        )
        if response.status_code != 200 or not isinstance(response.parsed, ArchivePage):
            raise make_status_error(response)
        page = response.parsed.value
        rows.extend(page)
        if len(page) < top or not response.parsed.odata_next_link:
            break
    return rows


def _list_tickets(
    client: Client,
    *,
    select: str | list[str] | None = None,
    where: str | None = None,
    order_by: str | None = None,
    page_size: int = 1000,
    limit: int | None = None,
    **call: Unpack[CallOptions],
) -> Bound[list[ArchiveRow]]:
    """Every archive row that ``where`` selects (all of them when None), page by page.

    ``select`` names archive columns (``ticketId``, ``title``, ``lastChanged``, ...;
    the server's default set when None), ``where`` is an archive ``$filter`` such as
    ``"lastChanged afterTime '2026-03-01T00:00:00'"`` and ``order_by`` an ``$orderby``.
    Each row has ``primary_key``, ``entity_name`` and the columns (in
    ``additional_properties``). At most ``limit`` rows when given. Errors are typed as
    for the other helpers (``BadRequest`` for a column or filter the archive refuses).
    """
    return Bound(_pages(select, where, order_by, page_size, limit), client, call)


list_tickets = sync_form(_list_tickets)
alist_tickets = async_form(_list_tickets)
