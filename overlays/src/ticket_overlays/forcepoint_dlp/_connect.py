"""``connect``: a ready generated Forcepoint DLP client."""

from __future__ import annotations

import json
import ssl

import httpx
from forcepoint_dlp_client import Client

from .._client import build_client
from .._retry import DEFAULT_RETRY, RetryOption
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
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    verify: bool | str | ssl.SSLContext = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
    retry: RetryOption = DEFAULT_RETRY,
) -> Client:
    """A :class:`forcepoint_dlp_client.Client` that logs in and renews tokens itself.

    ``username`` and ``password`` are those of an Application administrator.
    ``transport`` and ``async_transport`` replace the network for tests (for example
    the simulator's in-process transports). TLS is verified unless ``verify=False``;
    ``verify`` may also name a CA bundle file or be an SSL context.
    ``retry`` is a :class:`~ticket_overlays.RetryPolicy` (None or False: no retries);
    comments are sent once unless the policy or :func:`~ticket_overlays.retry_non_idempotent`
    says otherwise (see :func:`is_idempotent`).
    """
    auth = ForcepointAuth(base_url, username=username, password=password)
    return build_client(
        Client,
        base_url,
        auth=auth,
        timeout=timeout,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
        retry=retry,
        idempotent=is_idempotent,
    )
