"""SentinelOne threats v2.1: ``connect`` and helpers to link and triage threats.

>>> from ticket_overlays import sentinelone
>>> client = sentinelone.connect("https://usea1.sentinelone.net", api_token)  # doctest: +SKIP
>>> sentinelone.set_external_ticket_id(client, "INC0012345", ids=[threat_id])  # doctest: +SKIP
>>> sentinelone.set_incident(client, "resolved", ids=[threat_id])  # doctest: +SKIP
"""

# The type connect() returns, so callers can annotate it without the generated package.
from sentinelone_client import Client

from ._auth import SentinelOneAuth
from ._companions import aset_verdict, asystem_info, set_verdict, system_info
from ._connect import DEFAULT_TIMEOUT, connect, is_idempotent
from ._errors import (
    BadRequest,
    Conflict,
    EmptyFilterRefused,
    InvalidIdentifier,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    SentinelOneError,
    ServerError,
    Unauthorized,
    ValidationFailed,
    make_status_error,
)
from ._threats import (
    FilterLike,
    aiter_threats,
    aset_external_ticket_id,
    aset_incident,
    iter_threats,
    selection,
    set_external_ticket_id,
    set_incident,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "BadRequest",
    "Client",
    "Conflict",
    "EmptyFilterRefused",
    "FilterLike",
    "InvalidIdentifier",
    "MalformedResponse",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "SentinelOneAuth",
    "SentinelOneError",
    "ServerError",
    "Unauthorized",
    "ValidationFailed",
    "aiter_threats",
    "aset_external_ticket_id",
    "aset_incident",
    "aset_verdict",
    "asystem_info",
    "connect",
    "is_idempotent",
    "iter_threats",
    "make_status_error",
    "selection",
    "set_external_ticket_id",
    "set_incident",
    "set_verdict",
    "system_info",
]
