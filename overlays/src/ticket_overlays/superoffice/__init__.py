"""SuperOffice WebAPI tickets: ``connect``, patch builders and a concurrency-safe update.

>>> from ticket_overlays import superoffice
>>> client = superoffice.connect(url, username="tje0", password=secret)  # doctest: +SKIP
>>> superoffice.update_ticket(client, 900, {"Title": "New title"})  # doctest: +SKIP
"""

# The type connect() returns, so callers can annotate it without the generated package.
from superoffice_client import Client

from ._archive import alist_tickets, list_tickets
from ._auth import Scheme, SuperOfficeAuth, TokenProvider
from ._connect import DEFAULT_TIMEOUT, connect, is_idempotent
from ._errors import (
    BadRequest,
    MalformedResponse,
    PermissionDenied,
    PreconditionFailed,
    RateLimited,
    ServerError,
    SuperOfficeError,
    TestFailed,
    TicketNotFound,
    Unauthorized,
    UpdateConflict,
    make_status_error,
)
from ._patch import JsonPatch, merge_patch, merge_to_operations, pointer
from ._tickets import (
    Body,
    Change,
    Guard,
    UpdateResult,
    aget_ticket,
    apatch_ticket,
    aupdate_ticket,
    get_ticket,
    http_date,
    patch_ticket,
    update_ticket,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "BadRequest",
    "Body",
    "Change",
    "Client",
    "Guard",
    "JsonPatch",
    "MalformedResponse",
    "PermissionDenied",
    "PreconditionFailed",
    "RateLimited",
    "Scheme",
    "ServerError",
    "SuperOfficeAuth",
    "SuperOfficeError",
    "TestFailed",
    "TicketNotFound",
    "TokenProvider",
    "Unauthorized",
    "UpdateConflict",
    "UpdateResult",
    "aget_ticket",
    "alist_tickets",
    "apatch_ticket",
    "aupdate_ticket",
    "connect",
    "get_ticket",
    "http_date",
    "is_idempotent",
    "list_tickets",
    "make_status_error",
    "merge_patch",
    "merge_to_operations",
    "patch_ticket",
    "pointer",
    "update_ticket",
]
