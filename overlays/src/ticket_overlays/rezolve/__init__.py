"""Rezolve.ai ticketing: ``connect`` and etag-aware ticket helpers.

>>> from ticket_overlays import rezolve
>>> client = rezolve.connect(base_url, token=jwt, tenant_id=tenant, realm="acme")  # doctest: +SKIP
>>> rezolve.update_ticket(client, "REQ-0509", {field_uuid: "new text"})  # doctest: +SKIP
"""

# The type connect() returns, so callers can annotate it without the generated package.
from rezolve_client import Client

from ._auth import RezolveAuth, TokenProvider
from ._connect import DEFAULT_TIMEOUT, connect, is_idempotent
from ._errors import (
    BadRequest,
    EtagMismatch,
    InputValidationFailure,
    MalformedResponse,
    PermissionDenied,
    RateLimited,
    RezolveError,
    ServerError,
    TenantNotFound,
    TicketNotFound,
    Unauthorized,
    make_status_error,
)
from ._tickets import (
    Change,
    Changes,
    UpdateResult,
    aget_ticket,
    alist_ticket_types,
    aupdate_ticket,
    field_ids,
    get_ticket,
    list_ticket_types,
    update_ticket,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "BadRequest",
    "Change",
    "Changes",
    "Client",
    "EtagMismatch",
    "InputValidationFailure",
    "MalformedResponse",
    "PermissionDenied",
    "RateLimited",
    "RezolveAuth",
    "RezolveError",
    "ServerError",
    "TenantNotFound",
    "TicketNotFound",
    "TokenProvider",
    "Unauthorized",
    "UpdateResult",
    "aget_ticket",
    "alist_ticket_types",
    "aupdate_ticket",
    "connect",
    "field_ids",
    "get_ticket",
    "is_idempotent",
    "list_ticket_types",
    "make_status_error",
    "update_ticket",
]
