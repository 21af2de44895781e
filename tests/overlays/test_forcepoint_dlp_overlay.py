"""ticket_overlays.forcepoint_dlp against the in-process Forcepoint DLP simulator."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, NamedTuple

import httpx
import pytest
from forcepoint_dlp_client import Client
from forcepoint_dlp_client.api.incidents import get_incidents
from forcepoint_dlp_client.models import (
    ActionType,
    IncidentKey,
    IncidentList,
    IncidentsQuery,
    IncidentType,
    IncidentUpdateRequest,
    ScanPartitions,
    ViolationTrigger,
)
from forcepoint_dlp_client.types import UNSET
from ticket_overlays import DEFAULT_RETRY, forcepoint_dlp
from ticket_overlays.forcepoint_dlp._incidents import _bodies
from ticket_simulators._core import SimHandle
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
from ticket_simulators.forcepoint_dlp.state import IncidentStore

from .sim_clients import FP_ACCOUNT, forcepoint_client

USERNAME, PASSWORD = FP_ACCOUNT.username, FP_ACCOUNT.password
BY_ID = IncidentsQuery(type_=IncidentType.INCIDENTS, ids=[2719600])
REFRESH = "/dlp/rest/v1/auth/refresh-token"
ACCESS = "/dlp/rest/v1/auth/access-token"
UPDATE = "/dlp/rest/v1/incidents/update"


def connect(sim: SimHandle, password: str = PASSWORD) -> Client:
    # The overlay's default retry policy, as a user gets it (not sim_clients' quick one).
    return forcepoint_client(sim, password=password, retry=DEFAULT_RETRY)


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


@pytest.mark.parametrize("names", ["field", "guide"])
def test_lifetimes_read_under_either_name(names: str) -> None:
    # Real answers name the lifetimes *_token_expires_in, the guide *_expires_in.
    suffix = "_token_expires_in" if names == "field" else "_expires_in"
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if request.url.path == REFRESH:
            lifetimes = {f"refresh{suffix}": 3600, f"access{suffix}": 300}
            return httpx.Response(
                200, json={"refresh_token": "r", "access_token": "a", **lifetimes}
            )
        if request.url.path == ACCESS:
            return httpx.Response(200, json={"access_token": "b", f"access{suffix}": 300})
        return httpx.Response(200, json={"incidents": [], "total_count": 0, "total_returned": 0})

    now = [0.0]
    auth = forcepoint_dlp.ForcepointAuth(
        "https://dlp.example", username=USERNAME, password=PASSWORD, clock=lambda: now[0]
    )
    transport = httpx.MockTransport(answer)
    with httpx.Client(transport=transport, base_url="https://dlp.example", auth=auth) as http:
        http.post("/dlp/rest/v1/incidents", json=BY_ID.to_dict())
        now[0] = 300 - 61.0  # the 300-second token is still fresh
        http.post("/dlp/rest/v1/incidents", json=BY_ID.to_dict())
        assert sent.count(ACCESS) == 0
        now[0] = 300 - 59.0  # inside the renewal margin of a 300-second token
        http.post("/dlp/rest/v1/incidents", json=BY_ID.to_dict())
        assert sent.count(ACCESS) == 1
        now[0] = 3600 - 59.0  # the 3,600-second refresh token is due: log in again
        http.post("/dlp/rest/v1/incidents", json=BY_ID.to_dict())
        assert sent.count(REFRESH) == 2


def test_enabled_policy_names(forcepoint_dlp_sim: SimHandle, client: Client) -> None:
    names = forcepoint_dlp.enabled_policy_names(client)
    assert "PCI" in names
    assert forcepoint_dlp.enabled_policy_names(client, "DISCOVERY") != names

    async def run() -> list[str]:
        found = await forcepoint_dlp.aenabled_policy_names(client)
        await client.get_async_httpx_client().aclose()
        return found

    assert asyncio.run(run()) == names
    with pytest.raises(forcepoint_dlp.AuthenticationFailed):
        forcepoint_dlp.enabled_policy_names(connect(forcepoint_dlp_sim, password="wrong"))


def test_fetch_sees_the_same_incidents_in_every_profile(
    forcepoint_dlp_sim: SimHandle, client: Client
) -> None:
    # Empty windows are 420 (guide) or 200 with zero counts (field): both are "nothing".
    start, end = datetime(2023, 3, 1), datetime(2023, 3, 2)
    ids = store(forcepoint_dlp_sim).generate("INCIDENTS", 30, start, end)
    found = []
    for profile in ("field", "guide"):
        forcepoint_dlp_sim.app.runtime.fidelity.set(profile=profile)
        found.append([i.id for i in forcepoint_dlp.fetch_incidents(client, start, end)])
        assert (
            forcepoint_dlp.fetch_incidents(client, datetime(1999, 1, 1), datetime(1999, 1, 2)) == []
        )
    assert found == [ids, ids]


def test_generated_models_read_what_each_profile_answers(
    forcepoint_dlp_sim: SimHandle, client: Client
) -> None:
    window = (datetime(2021, 10, 1), datetime(2021, 10, 2))
    forcepoint_dlp_sim.app.runtime.fidelity.set(profile="guide")
    counted = forcepoint_dlp.fetch_incidents(client, *window)[0]
    assert isinstance(counted.violation_triggers, int)
    forcepoint_dlp_sim.app.runtime.fidelity.set(profile="field")
    listed = forcepoint_dlp.fetch_incidents(client, *window)[0]
    assert isinstance(listed.violation_triggers, list)
    assert len(listed.violation_triggers) == counted.violation_triggers
    trigger = listed.violation_triggers[0]
    assert isinstance(trigger, ViolationTrigger)
    assert isinstance(trigger.classifiers, list)
    assert trigger.classifiers[0].number_matches == listed.maximum_matches
    # The history real answers carry is typed too (left out in strict mode).
    assert isinstance(listed.history, list)
    assert listed.history[-1].task_name == "Detected and recorded incident"
    forcepoint_dlp_sim.app.runtime.fidelity.set(strict=True)
    assert forcepoint_dlp.fetch_incidents(client, *window)[0].history is UNSET


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


class RecordsUpdates(httpx.BaseTransport):
    """Passes every request on, keeping the bodies of incident updates as sent."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == UPDATE:
            self.bodies.append(request.read())
        return self.inner.handle_request(request)


class Pair(NamedTuple):
    incident_id: int
    partition_index: int


def _model_key(key: forcepoint_dlp.KeyLike) -> IncidentKey:
    """A key as a model, the way the helper used to build every key."""
    if isinstance(key, IncidentKey):
        return key
    if isinstance(key, int):
        return IncidentKey(incident_id=key)
    incident_id, partition = key
    return IncidentKey(
        incident_id=incident_id, partition_index=UNSET if partition is None else partition
    )


def _model_bodies(
    keys: Sequence[forcepoint_dlp.KeyLike], batch_size: int, **common: Any
) -> list[dict[str, Any]]:
    """The request bodies as the generated models write them, one model per key."""
    models = [_model_key(k) for k in keys]
    return [
        IncidentUpdateRequest(incident_keys=models[n : n + batch_size], **common).to_dict()
        for n in range(0, len(models), batch_size)
    ]


def _mixed_keys() -> list[forcepoint_dlp.KeyLike]:
    extra = IncidentKey(incident_id=7, partition_index=20211001)
    extra["note"] = "kept"  # an additional property goes out too, ahead of the fields
    return [
        (2719600, 20211001),
        (2719601, None),
        2719602,
        IncidentKey(incident_id=2719603, partition_index=20211002),
        IncidentKey(incident_id=2719604),
        extra,
        (2719605, 0),
        (0, 20211003),
        [2719606, 20211004],  # type: ignore[list-item]  # any pair unpacks
        Pair(2719607, 20211005),
        (2719608, UNSET),  # left out, as a model (or an Incident without one) leaves it
    ]


@pytest.mark.parametrize(
    ("options", "common"),
    [
        (
            {"kind": "INCIDENTS", "action_type": "TAG", "value": "t"},
            {
                "type_": IncidentType.INCIDENTS,
                "action_type": ActionType.TAG,
                "value": "t",
            },
        ),
        (
            {
                "kind": IncidentType.DISCOVERY,
                "action_type": ActionType.ASSIGN_TO,
                "value": "admin",
                "comment": "yours",
                "scan_partitions": "LAST_ACTIVE",
            },
            {
                "type_": IncidentType.DISCOVERY,
                "action_type": ActionType.ASSIGN_TO,
                "value": "admin",
                "comment": "yours",
                "scan_partitions": ScanPartitions.LAST_ACTIVE,
            },
        ),
        (
            {"kind": "INCIDENTS", "action_type": "ADD_COMMENT", "comment": "c"},
            {
                "type_": IncidentType.INCIDENTS,
                "action_type": ActionType.ADD_COMMENT,
                "comment": "c",
            },
        ),
    ],
)
@pytest.mark.parametrize("batch_size", [1, 4, 1000])
def test_update_bodies_are_what_the_models_write(
    options: dict[str, Any], common: dict[str, Any], batch_size: int
) -> None:
    keys = [*_mixed_keys(), True]  # a bool is an int: it goes out as JSON true, as before
    defaults = {"value": None, "comment": None, "scan_partitions": None}
    bodies = _bodies(
        **{**defaults, **options},
        incident_keys=keys,
        event_ids=None,
        batch_size=batch_size,
    )
    ours = [b.to_dict() for b in bodies]
    expected = _model_bodies(keys, batch_size, **common)
    assert ours == expected
    # The same JSON, byte for byte: keys in the same order, encoded the way httpx does.
    for mine, theirs in zip(ours, expected, strict=True):
        assert httpx.Request("POST", "http://m", json=mine).content == (
            httpx.Request("POST", "http://m", json=theirs).content
        )


def test_update_sends_the_bodies_the_models_write(forcepoint_dlp_sim: SimHandle) -> None:
    recorder = RecordsUpdates(forcepoint_dlp_sim.transport())
    client = forcepoint_dlp.connect(
        forcepoint_dlp_sim.base_url, username=USERNAME, password=PASSWORD, transport=recorder
    )
    keys = _mixed_keys()
    result = forcepoint_dlp.update_incidents(
        client, "TAG", value="mixed", incident_keys=keys, scan_partitions="ALL", batch_size=4
    )
    assert result.batches == 3
    expected = _model_bodies(
        keys,
        4,
        type_=IncidentType.INCIDENTS,
        action_type=ActionType.TAG,
        value="mixed",
        scan_partitions=ScanPartitions.ALL,
    )
    assert recorder.bodies == [
        httpx.Request("POST", forcepoint_dlp_sim.base_url, json=body).content for body in expected
    ]


@pytest.mark.parametrize("bad", [(1, 2, 3), (1,), "123", object(), None])
def test_a_bad_key_raises_as_before_and_nothing_is_sent(
    forcepoint_dlp_sim: SimHandle, client: Client, bad: Any
) -> None:
    with pytest.raises((TypeError, ValueError)) as before:
        _model_key(bad)
    with pytest.raises(type(before.value), match=re.escape(str(before.value))):
        forcepoint_dlp.update_incidents(client, "TAG", value="x", incident_keys=[(1, 2), bad])
    assert calls(forcepoint_dlp_sim, UPDATE) == 0
