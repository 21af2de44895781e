"""Overlay clients connected to the simulators, and what several overlay test files check.

An in-process simulator is reached through its own transports; a served one
(``ServedSimHandle``) over its loopback socket.
"""

from __future__ import annotations

from typing import Any, Unpack

import pytest
from rezolve_client.models import Ticket
from ticket_overlays import (
    ConnectOptions,
    RetryPolicy,
    WriteOutcomeUnknown,
    forcepoint_dlp,
    rezolve,
    superoffice,
)
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.forcepoint_dlp import ACCOUNTS
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID

# Retries that wait milliseconds, so a test of them stays quick.
FAST = RetryPolicy(attempts=4, total_timeout=5.0, wait_initial=0.01, wait_max=0.05, jitter=0.01)
# The seed's first account, an Application administrator: the one the API accepts.
FP_ACCOUNT = ACCOUNTS[0]


def sent(sim: SimHandle, method: str, path: str) -> int:
    """How many ``method`` requests to a path ending in ``path`` the simulator received."""
    return sum(1 for e in sim.requests if e.method == method and e.path.endswith(path))


def _options(sim: SimHandle, options: ConnectOptions) -> ConnectOptions:
    # FAST unless the test says otherwise; the in-process transports unless served.
    options.setdefault("retry", FAST)
    if not isinstance(sim, ServedSimHandle):
        options.setdefault("transport", sim.transport())
        options.setdefault("async_transport", sim.async_transport())
    return options


def rezolve_client(sim: SimHandle, **options: Unpack[ConnectOptions]) -> rezolve.Client:
    """A Rezolve client for the seed's first tenant, with a freshly minted token."""
    tenant = sim.seed["tenants"][0]
    return rezolve.connect(
        sim.base_url,
        token=sim.mint_token(),
        tenant_id=tenant["id"],
        realm=tenant["realm"],
        **_options(sim, options),
    )


def forcepoint_client(
    sim: SimHandle, *, password: str = FP_ACCOUNT.password, **options: Unpack[ConnectOptions]
) -> forcepoint_dlp.Client:
    """A Forcepoint DLP client that logs in as ``FP_ACCOUNT`` (with ``password``)."""
    return forcepoint_dlp.connect(
        sim.base_url, username=FP_ACCOUNT.username, password=password, **_options(sim, options)
    )


def superoffice_client(sim: SimHandle, **options: Unpack[ConnectOptions]) -> superoffice.Client:
    """A SuperOffice client with a freshly minted token."""
    return superoffice.connect(sim.base_url, token=sim.mint_token(), **_options(sim, options))


def append_lands_once_but_outcome_unknown(client: rezolve.Client) -> None:
    """Check that an append whose first answer ``client`` loses lands once, outcome unknown.

    The resend is refused (stale etag), so ``update_ticket`` raises ``WriteOutcomeUnknown``
    carrying the current ticket, which holds the change once, as a fresh read does.
    """
    field = DOC_DESCRIPTION_FIELD_ID
    before = rezolve.get_ticket(client, DOC_TICKET_ID).data[field]

    def append(ticket: Ticket) -> dict[str, Any]:
        return {field: ticket.data[field] + "[once]"}

    with pytest.raises(WriteOutcomeUnknown) as unknown:
        rezolve.update_ticket(client, DOC_TICKET_ID, append)
    assert unknown.value.current.data[field] == before + "[once]"
    assert rezolve.get_ticket(client, DOC_TICKET_ID).data[field] == before + "[once]"
