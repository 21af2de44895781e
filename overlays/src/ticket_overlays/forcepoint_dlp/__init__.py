"""Forcepoint DLP: ``connect``, the two-token auth flow and bulk incident helpers.

>>> from ticket_overlays import forcepoint_dlp
>>> client = forcepoint_dlp.connect(base_url, username="api", password=secret)  # doctest: +SKIP
>>> forcepoint_dlp.fetch_incidents(client, start, end)  # doctest: +SKIP
"""

# The type connect() returns, so callers can annotate it without the generated package.
from forcepoint_dlp_client import Client

from ._auth import ForcepointAuth
from ._connect import DEFAULT_TIMEOUT, connect, is_idempotent
from ._errors import (
    AuthenticationFailed,
    BadRequest,
    Conflict,
    ForcepointError,
    MalformedResponse,
    NotFound,
    RateLimited,
    ServerError,
    WindowTooDense,
    make_status_error,
)
from ._incidents import (
    MAX_BATCH,
    MAX_RETURNED,
    BulkUpdateResult,
    KeyLike,
    UpdateResult,
    afetch_incidents,
    aupdate_incidents,
    fetch_incidents,
    format_date,
    update_incidents,
)
from ._policies import aenabled_policy_names, enabled_policy_names

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_BATCH",
    "MAX_RETURNED",
    "AuthenticationFailed",
    "BadRequest",
    "BulkUpdateResult",
    "Client",
    "Conflict",
    "ForcepointAuth",
    "ForcepointError",
    "KeyLike",
    "MalformedResponse",
    "NotFound",
    "RateLimited",
    "ServerError",
    "UpdateResult",
    "WindowTooDense",
    "aenabled_policy_names",
    "afetch_incidents",
    "aupdate_incidents",
    "connect",
    "enabled_policy_names",
    "fetch_incidents",
    "format_date",
    "is_idempotent",
    "make_status_error",
    "update_incidents",
]
