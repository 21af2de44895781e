"""Concurrent updates: the etag serialises them, exactly one writer wins."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from ticket_simulators._core import SimHandle

from .rezolve_helpers import DESCRIPTION, PARAMS, TICKET, Rezolve


@pytest.mark.anyio
async def test_twenty_concurrent_patches_with_one_etag(rezolve_sim: SimHandle) -> None:
    tenant = rezolve_sim.seed["tenants"][0]
    headers = {
        "authorization": f"Bearer {rezolve_sim.mint_token()}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
    }
    async with rezolve_sim.async_client(headers=headers, params=PARAMS) as client:
        etag = (await client.get(f"{TICKET}/REQ-0509")).json()["etag"]

        async def write(n: int) -> httpx.Response:
            body = {"etag": etag, "ticketUpdate": {DESCRIPTION: f"writer {n}"}}
            return await client.patch(f"{TICKET}/REQ-0509/update", json=body)

        responses = await asyncio.gather(*(write(n) for n in range(20)))
        winners = [n for n, r in enumerate(responses) if r.status_code == 200]
        assert len(winners) == 1
        losers = [r.json()["code"] for r in responses if r.status_code != 200]
        assert losers == ["ETAG_MISMATCH"] * 19
        final = (await client.get(f"{TICKET}/REQ-0509")).json()
        assert final["data"][DESCRIPTION] == f"writer {winners[0]}"
        assert final["etag"] == responses[winners[0]].json()["etag"]


def test_threads_racing_through_sync_clients(rz: Rezolve) -> None:
    etag = rz.ticket()["etag"]

    def write(n: int) -> int:
        with rz.sim.client() as client:
            response = client.patch(
                f"{TICKET}/REQ-0509/update",
                params=PARAMS,
                headers=rz.headers(),
                json={"etag": etag, "ticketUpdate": {DESCRIPTION: f"thread {n}"}},
            )
        return response.status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(write, range(8)))
    assert sorted(statuses) == [200] + [400] * 7
