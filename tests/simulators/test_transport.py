"""The in-process sync transport: the caller's thread runs the app, loops are closed."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from ticket_simulators._core import SyncASGITransport


async def _where(request: Request) -> JSONResponse:
    return JSONResponse({"thread": threading.get_ident(), "loop": id(asyncio.get_running_loop())})


APP = Starlette(routes=[Route("/", _where)])


def test_requests_run_in_the_calling_thread_on_one_loop() -> None:
    transport = SyncASGITransport(APP)
    with httpx.Client(transport=transport, base_url="http://app") as client:
        first, second = client.get("/").json(), client.get("/").json()
    assert first["thread"] == second["thread"] == threading.get_ident()
    assert first["loop"] == second["loop"]


def test_each_thread_gets_its_own_loop() -> None:
    transport = SyncASGITransport(APP)
    seen: list[dict[str, int]] = []
    # Every worker stays alive until all have called: a finished thread's id can be
    # given to the next one, which made distinct threads look like one.
    all_called = threading.Barrier(3, timeout=30)

    def call() -> None:
        with httpx.Client(transport=transport, base_url="http://app") as client:
            seen.append(client.get("/").json())
        all_called.wait()

    workers = [threading.Thread(target=call) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len({s["thread"] for s in seen}) == 3
    assert len({s["loop"] for s in seen}) == 3
    transport.close()


def test_a_sync_call_from_async_code_goes_through_a_portal() -> None:
    transport = SyncASGITransport(APP)

    async def main() -> dict[str, int]:
        with httpx.Client(transport=transport, base_url="http://app") as client:
            answer: dict[str, int] = client.get("/").json()  # noqa: ASYNC212 (the point)
            return answer

    answer = asyncio.run(main())
    assert answer["thread"] != threading.get_ident()  # the portal's own thread


def test_close_and_garbage_collection_close_the_loops() -> None:
    closed = SyncASGITransport(APP)
    httpx.Client(transport=closed, base_url="http://app").get("/")
    closed.close()
    assert closed._loops == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an unclosed loop would warn when collected
        forgotten = SyncASGITransport(APP)
        httpx.Client(transport=forgotten, base_url="http://app").get("/")
        loops = list(forgotten._loops)
        del forgotten
        gc.collect()
    assert loops
    assert all(loop.is_closed() for loop in loops)


def test_a_transport_collected_inside_a_running_loop_closes_its_loops() -> None:
    forgotten = SyncASGITransport(APP)
    httpx.Client(transport=forgotten, base_url="http://app").get("/")
    loops = list(forgotten._loops)

    async def collect() -> None:
        nonlocal forgotten
        del forgotten
        gc.collect()

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        asyncio.run(collect())
    assert loops
    assert all(loop.is_closed() for loop in loops)
