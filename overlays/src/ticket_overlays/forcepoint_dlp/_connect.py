"""``connect``: a ready generated Forcepoint DLP client."""

from __future__ import annotations

import json
from typing import Unpack

import httpx
from forcepoint_dlp_client import Client

from .._client import ConnectOptions, build_client
from ._auth import ForcepointAuth

__all__ = ["DEFAULT_TIMEOUT", "connect", "is_idempotent"]

# Incident queries over wide windows are slow on real managers: allow a minute.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def is_idempotent(request: httpx.Request) -> bool:
    """Whether sending ``request`` twice has the effect of sending it once.

    Logins, token requests and incident queries are. An update that sets a status,
    severity, assignee, tag or false-positive flag is; one that adds a comment is not
    (ADD_COMMENT, or any action given a ``comment``: each copy appends to the history).
    """
    if not request.url.path.endswith("/incidents/update"):
        return True
    content = request.content
    if (
        content.lstrip().startswith(b"{")
        and b"ADD_COMMENT" not in content
        and b'"comment"' not in content
    ):
        return True  # an object with neither: no need to parse its 1,000 keys
    body = json.loads(content)
    if not isinstance(body, dict):
        return False
    return body.get("action_type") != "ADD_COMMENT" and not body.get("comment")


def connect(
    base_url: str,
    *,
    username: str,
    password: str,
    **options: Unpack[ConnectOptions],
) -> Client:
    """A :class:`forcepoint_dlp_client.Client` that logs in and renews tokens itself.

    ``username`` and ``password`` are those of an Application administrator.
    ``options`` are those of every ``connect`` (:class:`~ticket_overlays.ConnectOptions`;
    the timeout defaults to 60 s here). Under the retry policy, comments are sent once
    unless the policy or :func:`~ticket_overlays.retry_non_idempotent` says otherwise
    (see :func:`is_idempotent`).
    """
    auth = ForcepointAuth(base_url, username=username, password=password)
    options.setdefault("timeout", DEFAULT_TIMEOUT)
    return build_client(Client, base_url, auth=auth, idempotent=is_idempotent, **options)
