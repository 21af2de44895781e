"""Async tests run with blocking transports disabled (see ``tests/conftest.py``)."""

from __future__ import annotations

import httpx
import pytest
from ticket_overlays import rezolve
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_TICKET_ID

from .conftest import BlockingCallInAsyncTest, blocking_transports_forbidden


def test_a_blocking_call_inside_the_guard_fails(rezolve_sim: SimHandle) -> None:
    client = rezolve_sim.client()
    assert client.get("/__sim__/clock").status_code == 200
    with blocking_transports_forbidden(), pytest.raises(BlockingCallInAsyncTest):
        client.get("/__sim__/clock")
    with blocking_transports_forbidden(), pytest.raises(BlockingCallInAsyncTest):
        httpx.Client(transport=httpx.HTTPTransport()).get("http://127.0.0.1:9/")
    assert client.get("/__sim__/clock").status_code == 200  # restored afterwards


@pytest.mark.anyio
async def test_async_tests_run_inside_the_guard(rezolve_sim: SimHandle) -> None:
    tenant = rezolve_sim.seed["tenants"][0]
    client = rezolve.connect(
        rezolve_sim.base_url,
        token=rezolve_sim.mint_token(),
        tenant_id=tenant["id"],
        realm=tenant["realm"],
        transport=rezolve_sim.transport(),
        async_transport=rezolve_sim.async_transport(),
    )
    with pytest.raises(BlockingCallInAsyncTest):
        rezolve.get_ticket(client, DOC_TICKET_ID)  # the blocking helper, by mistake
    assert (await rezolve.aget_ticket(client, DOC_TICKET_ID)).object_id == DOC_TICKET_ID


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
