"""ticket_overlays.forcepoint_dlp against the in-process Forcepoint DLP simulator."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import httpx
import pytest
from forcepoint_dlp_client import Client
from forcepoint_dlp_client.api.incidents import get_incidents
from forcepoint_dlp_client.models import IncidentList, IncidentsQuery, IncidentType
from ticket_overlays import forcepoint_dlp
from ticket_simulators._core import SimHandle
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
from ticket_simulators.forcepoint_dlp.store import IncidentStore

USERNAME = "api-app"
PASSWORD = "Appl1cation!Pass"
BY_ID = IncidentsQuery(type_=IncidentType.INCIDENTS, ids=[2719600])
REFRESH = "/dlp/rest/v1/auth/refresh-token"
ACCESS = "/dlp/rest/v1/auth/access-token"


def connect(sim: SimHandle, password: str = PASSWORD) -> Client:
    return forcepoint_dlp.connect(
        sim.base_url,
        username=USERNAME,
        password=password,
        transport=sim.transport(),
        async_transport=sim.async_transport(),
    )


def store(sim: SimHandle) -> IncidentStore:
    backend = sim.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    return backend.store


def calls(sim: SimHandle, path: str) -> int:
    return sum(1 for entry in sim.requests if entry.path == path)


@pytest.fixture
def client(forcepoint_dlp_sim: SimHandle) -> Client:
    return connect(forcepoint_dlp_sim)


def test_connect_logs_in_and_signs_calls(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    response = get_incidents.sync_detailed(client=client, body=BY_ID)
    assert response.status_code == 200
    assert isinstance(response.parsed, IncidentList)
    assert calls(forcepoint_dlp_sim, REFRESH) == 1
    assert calls(forcepoint_dlp_sim, ACCESS) == 0  # the login's first access token is used
    get_incidents.sync_detailed(client=client, body=BY_ID)
    assert calls(forcepoint_dlp_sim, REFRESH) == 1


def test_expired_access_token_renewed_once_on_403(
    forcepoint_dlp_sim: SimHandle, client: Client
) -> None:
    get_incidents.sync_detailed(client=client, body=BY_ID)
    forcepoint_dlp_sim.clock.advance(900)
    assert get_incidents.sync_detailed(client=client, body=BY_ID).status_code == 200
    assert calls(forcepoint_dlp_sim, ACCESS) == 1
    assert calls(forcepoint_dlp_sim, REFRESH) == 1


def test_expired_refresh_token_logs_in_again(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    get_incidents.sync_detailed(client=client, body=BY_ID)
    forcepoint_dlp_sim.clock.advance(86400)
    assert get_incidents.sync_detailed(client=client, body=BY_ID).status_code == 200
    assert calls(forcepoint_dlp_sim, REFRESH) == 2


def test_renewal_ahead_of_expiry(forcepoint_dlp_sim: SimHandle) -> None:
    now = [0.0]
    auth = forcepoint_dlp.ForcepointAuth(
        forcepoint_dlp_sim.base_url, username=USERNAME, password=PASSWORD, clock=lambda: now[0]
    )
    with httpx.Client(
        transport=forcepoint_dlp_sim.transport(), base_url=forcepoint_dlp_sim.base_url, auth=auth
    ) as http:
        assert http.post("/dlp/rest/v1/incidents", json=BY_ID.to_dict()).status_code == 200
        now[0] = 900 - 30  # inside the renewal margin, still valid on the server
        assert http.post("/dlp/rest/v1/incidents", json=BY_ID.to_dict()).status_code == 200
    statuses = [e.status for e in forcepoint_dlp_sim.requests]
    assert calls(forcepoint_dlp_sim, ACCESS) == 1
    assert 403 not in statuses


def test_100_concurrent_async_requests_one_renewal(forcepoint_dlp_sim: SimHandle) -> None:
    client = connect(forcepoint_dlp_sim)

    async def run() -> list[int]:
        await get_incidents.asyncio_detailed(client=client, body=BY_ID)
        forcepoint_dlp_sim.clock.advance(901)
        responses = await asyncio.gather(
            *(get_incidents.asyncio_detailed(client=client, body=BY_ID) for _ in range(100))
        )
        await client.get_async_httpx_client().aclose()
        return [r.status_code for r in responses]

    assert asyncio.run(run()) == [200] * 100
    assert calls(forcepoint_dlp_sim, ACCESS) == 1
    assert calls(forcepoint_dlp_sim, REFRESH) == 1


def test_concurrent_first_calls_log_in_once(forcepoint_dlp_sim: SimHandle) -> None:
    client = connect(forcepoint_dlp_sim)

    async def run() -> list[int]:
        responses = await asyncio.gather(
            *(get_incidents.asyncio_detailed(client=client, body=BY_ID) for _ in range(20))
        )
        await client.get_async_httpx_client().aclose()
        return [r.status_code for r in responses]

    assert asyncio.run(run()) == [200] * 20
    assert calls(forcepoint_dlp_sim, REFRESH) == 1
    with ThreadPoolExecutor(max_workers=10) as pool:
        fresh = connect(forcepoint_dlp_sim)
        list(pool.map(lambda _: get_incidents.sync_detailed(client=fresh, body=BY_ID), range(20)))
    assert calls(forcepoint_dlp_sim, REFRESH) == 2


def test_100_concurrent_threads_one_renewal(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    get_incidents.sync_detailed(client=client, body=BY_ID)
    forcepoint_dlp_sim.clock.advance(901)
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(
            pool.map(
                lambda _: get_incidents.sync_detailed(client=client, body=BY_ID).status_code,
                range(100),
            )
        )
    assert results == [200] * 100
    assert calls(forcepoint_dlp_sim, ACCESS) == 1


def test_wrong_password_is_a_typed_error_without_secrets(
    forcepoint_dlp_sim: SimHandle, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "not-the-password-42"
    client = connect(forcepoint_dlp_sim, password=secret)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(forcepoint_dlp.AuthenticationFailed) as caught:
        get_incidents.sync_detailed(client=client, body=BY_ID)
    assert caught.value.status_code == 403
    auth = forcepoint_dlp.ForcepointAuth("https://m", username=USERNAME, password=secret)
    for text in (str(caught.value), repr(caught.value), repr(auth), caplog.text):
        assert secret not in text


def test_fetch_25000_incidents_over_a_window(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    start, end = datetime(2023, 3, 1), datetime(2023, 3, 3)
    ids = store(forcepoint_dlp_sim).generate("INCIDENTS", 25_000, start, end)
    incidents = forcepoint_dlp.fetch_incidents(client, start, end)
    assert [i.id for i in incidents] == ids


def test_fetch_nothing_is_empty(client: Client) -> None:
    assert forcepoint_dlp.fetch_incidents(client, datetime(1999, 1, 1), datetime(1999, 1, 2)) == []


def test_afetch_incidents_matches_sync(client: Client) -> None:
    window = (datetime(2021, 10, 1), datetime(2021, 10, 8))

    async def run() -> list[int]:
        found = await forcepoint_dlp.afetch_incidents(client, *window, kind="DISCOVERY")
        await client.get_async_httpx_client().aclose()
        return [i.id for i in found]

    expected = [i.id for i in forcepoint_dlp.fetch_incidents(client, *window, kind="DISCOVERY")]
    assert expected
    assert asyncio.run(run()) == expected


def test_fetch_raises_typed_error_on_bad_filter(client: Client) -> None:
    with pytest.raises(forcepoint_dlp.BadRequest):
        forcepoint_dlp.fetch_incidents(
            client, datetime(2021, 10, 1), datetime(2021, 10, 8), filters={"status": ""}
        )


def test_update_2500_keys_in_three_batches(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    day = datetime(2023, 5, 1)
    ids = store(forcepoint_dlp_sim).generate("INCIDENTS", 2_000, day, day.replace(hour=20))
    keys: list[forcepoint_dlp.KeyLike] = [(i, 20230501) for i in ids]
    keys += [(10**9 + n, 20230501) for n in range(500)]
    result = forcepoint_dlp.update_incidents(
        client, "TAG", value="bulk", incident_keys=keys, concurrency=3
    )
    assert result.batches == 3
    assert sorted(result.unprocessed_ids) == sorted(str(10**9 + n) for n in range(500))
    assert calls(forcepoint_dlp_sim, "/dlp/rest/v1/incidents/update") == 3
    tagged = [store(forcepoint_dlp_sim).get("INCIDENTS", i) for i in (ids[0], ids[-1])]
    assert all(t is not None and t.tag == "bulk" for t in tagged)


def test_aupdate_incidents_by_event_ids(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    events = [i["event_id"] for i in forcepoint_dlp_sim.seed["incidents"]][:5]

    async def run() -> forcepoint_dlp.UpdateResult:
        result = await forcepoint_dlp.aupdate_incidents(
            client, "SEVERITY", value="LOW", event_ids=[*events, "1"], batch_size=2, concurrency=2
        )
        await client.get_async_httpx_client().aclose()
        return result

    result = asyncio.run(run())
    assert result.batches == 3
    assert result.unprocessed_ids == []  # the batch holding "1" was partly processed


def test_update_rejects_bad_batch_size(client: Client) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        forcepoint_dlp.update_incidents(client, "TAG", value="x", incident_keys=[1], batch_size=0)
