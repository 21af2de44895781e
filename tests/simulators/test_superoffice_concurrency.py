"""If-Unmodified-Since and concurrent writers: stale writes are refused, none is lost."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from ticket_simulators._core import SimHandle

from .superoffice_helpers import (
    MERGE_PATCH,
    TICKET,
    SuperOffice,
    error,
    http_date,
    op,
    open_superoffice,
)


@pytest.fixture
def so(superoffice_sim: SimHandle) -> Iterator[SuperOffice]:
    yield from open_superoffice(superoffice_sim)


def test_unchanged_since_lets_the_write_through(so: SuperOffice) -> None:
    since = http_date(so.ticket()["LastChanged"])
    response = so.patch({"Title": "Fresh"}, headers=so.headers(if_unmodified_since=since))
    assert response.status_code == 200
    assert response.headers["last-modified"] == http_date(response.json()["LastChanged"])


def test_changed_since_is_412_and_nothing_is_written(so: SuperOffice) -> None:
    since = http_date(so.ticket()["LastChanged"])
    so.ok({"Title": "Someone else"})
    before = so.ticket()
    response = so.patch({"Title": "Stale"}, headers=so.headers(if_unmodified_since=since))
    message = error(response, 412, "PreconditionFailedException")
    assert message == f"TicketEntity 900 has changed since {since}"
    assert so.ticket() == before


def test_writes_within_one_second_are_told_apart(so: SuperOffice) -> None:
    so.sim.clock.set(so.sim.clock.now())  # frozen: every write at the same instant
    first = so.ok({"Title": "One"})["LastChanged"]
    second = so.ok({"Title": "Two"})["LastChanged"]
    assert http_date(first) != http_date(second)
    response = so.patch(
        {"Title": "Three"}, headers=so.headers(if_unmodified_since=http_date(first))
    )
    error(response, 412)


@pytest.mark.parametrize("value", ["yesterday", "2026-03-02T10:00:00Z", ""])
def test_unreadable_if_unmodified_since_is_400(so: SuperOffice, value: str) -> None:
    error(so.patch({"Title": "x"}, headers=so.headers(if_unmodified_since=value)), 400)


def test_precondition_is_checked_before_the_operations(so: SuperOffice) -> None:
    old = "Mon, 02 Mar 2026 00:00:00 GMT"
    response = so.patch(
        [op("test", "/Title", "wrong")], headers=so.headers(if_unmodified_since=old)
    )
    error(response, 412)


@pytest.mark.anyio
async def test_ten_concurrent_writers_with_one_timestamp(superoffice_sim: SimHandle) -> None:
    headers = {"authorization": f"Bearer {superoffice_sim.mint_token()}"}
    async with superoffice_sim.async_client(headers=headers) as client:
        ticket = (await client.get(f"{TICKET}/900")).json()
        since = http_date(ticket["LastChanged"])

        async def write(n: int) -> httpx.Response:
            return await client.patch(
                f"{TICKET}/900",
                json={"Title": f"writer {n}"},
                headers={"content-type": MERGE_PATCH, "if-unmodified-since": since},
            )

        responses = await asyncio.gather(*(write(n) for n in range(10)))
        winners = [n for n, r in enumerate(responses) if r.status_code == 200]
        assert len(winners) == 1
        assert sorted(r.status_code for r in responses) == [200] + [412] * 9
        final = (await client.get(f"{TICKET}/900")).json()
        assert final["Title"] == f"writer {winners[0]}"


def test_threads_racing_with_test_operations(so: SuperOffice) -> None:
    title = so.ticket()["Title"]

    def write(n: int) -> int:
        body = [op("test", "/Title", title), op("replace", "/Title", f"thread {n}")]
        with so.sim.client() as client:
            response = client.patch(
                f"{TICKET}/900",
                json=body,
                headers={**so.headers(), "content-type": "application/json-patch+json"},
            )
        return response.status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = list(pool.map(write, range(6)))
    assert sorted(statuses) == [200] + [409] * 5
