"""ticket_overlays.sentinelone against the in-process SentinelOne simulator."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

import httpx
import pytest
from sentinelone_client import Client
from sentinelone_client.models import (
    AgentRealtimeInfo,
    IncidentStatus,
    IncidentUpdateOutcome,
    OsType,
    SortOrder,
    Threat,
    ThreatFilter,
    ThreatInfo,
)
from ticket_overlays import RetryPolicy, sentinelone
from ticket_simulators._core import ServedSimHandle, SimHandle
from ticket_simulators.sentinelone import create_app

THREATS = "/web/api/v2.1/threats"


def admin_token(sim: SimHandle) -> str:
    token: str = next(t["token"] for t in sim.seed["tokens"] if t["write"] and not t["account_ids"])
    return token


def connect(sim: SimHandle, token: str | None = None, **kwargs: Any) -> Client:
    return sentinelone.connect(
        sim.base_url,
        token or admin_token(sim),
        transport=sim.transport(),
        async_transport=sim.async_transport(),
        **kwargs,
    )


@pytest.fixture
def client(sentinelone_sim: SimHandle) -> Client:
    return connect(sentinelone_sim)


def raw_threats(sim: SimHandle, **params: str) -> list[dict[str, Any]]:
    with sim.client() as http:
        response = http.get(
            THREATS,
            params={**params, "limit": "1000"},
            headers={"authorization": f"ApiToken {admin_token(sim)}"},
        )
    data: list[dict[str, Any]] = response.json()["data"]
    return data


def test_connect_sends_the_api_token(sentinelone_sim: SimHandle, client: Client) -> None:
    first = next(sentinelone.iter_threats(client, page_size=1))
    assert isinstance(first, Threat)
    headers = sentinelone_sim.requests.last.headers
    assert headers["accept"] == "application/json"
    assert "authorization" in headers  # redacted in the log, present on the wire


def test_set_external_ticket_id_by_ids(sentinelone_sim: SimHandle, client: Client) -> None:
    ids = sentinelone_sim.seed["threat_ids"][:2]
    assert sentinelone.set_external_ticket_id(client, "INC0012345", ids=ids) == 2
    linked = list(sentinelone.iter_threats(client, {"externalTicketIds": ["INC0012345"]}))
    assert sorted(t.id for t in linked) == sorted(ids)


def test_set_external_ticket_id_by_filter_model_and_by_mapping(
    sentinelone_sim: SimHandle, client: Client
) -> None:
    site = sentinelone_sim.seed["sites"][0]["id"]
    model = ThreatFilter(site_ids=[site], os_types=[OsType.MACOS])
    expected = {t["id"] for t in raw_threats(sentinelone_sim, siteIds=site, osTypes="macos")}
    assert sentinelone.set_external_ticket_id(client, "SEC-1", threat_filter=model) == len(expected)
    mapping = {"siteIds": [site], "osTypes": ["macos"]}
    assert sentinelone.set_external_ticket_id(client, "SEC-2", threat_filter=mapping) == len(
        expected
    )
    assert {t.id for t in sentinelone.iter_threats(client, {"externalTicketIds": ["SEC-2"]})} == (
        expected
    )
    assert model.to_dict() == {"siteIds": [site], "osTypes": ["macos"]}  # the caller's is untouched


def test_ids_and_filter_combine(sentinelone_sim: SimHandle, client: Client) -> None:
    linux = {t["id"] for t in raw_threats(sentinelone_sim, osTypes="linux")}
    ids = sentinelone_sim.seed["threat_ids"][:30]
    expected = linux & set(ids)
    affected = sentinelone.set_external_ticket_id(
        client, "INC-MIX", ids=ids, threat_filter={"osTypes": ["linux"]}
    )
    assert affected == len(expected)


def test_set_incident_and_verdict(sentinelone_sim: SimHandle, client: Client) -> None:
    ids = [
        t["id"]
        for t in raw_threats(
            sentinelone_sim, incidentStatuses="unresolved", analystVerdicts="undefined"
        )
    ][:3]
    result = sentinelone.set_incident(client, "resolved", verdict="true_positive", ids=ids)
    assert result.affected == 3
    assert isinstance(result.details, list)
    assert {d.result for d in result.details} == {IncidentUpdateOutcome.UPDATED}
    again = sentinelone.set_incident(client, IncidentStatus.RESOLVED, ids=ids)
    assert again.affected == 0
    assert isinstance(again.details, list)
    assert {d.analyst_verdict for d in again.details} == {IncidentUpdateOutcome.NOT_CHANGED}
    for threat in sentinelone.iter_threats(client, {"ids": ids}):
        assert isinstance(threat.threat_info, ThreatInfo)
        assert threat.threat_info.incident_status == IncidentStatus.RESOLVED


@pytest.mark.parametrize(
    "selection",
    [
        {},
        {"threat_filter": {}},
        {"threat_filter": ThreatFilter()},
        {"threat_filter": {"limit": 5, "tenant": True}},
        {"threat_filter": {"ids": [], "query": ""}},
    ],
)
def test_a_selection_of_everything_is_refused(
    sentinelone_sim: SimHandle, client: Client, selection: dict[str, Any]
) -> None:
    before = len(sentinelone_sim.requests)
    with pytest.raises(sentinelone.EmptyFilterRefused):
        sentinelone.set_external_ticket_id(client, "INC-ALL", **selection)
    with pytest.raises(sentinelone.EmptyFilterRefused):
        sentinelone.set_incident(client, "resolved", **selection)
    assert len(sentinelone_sim.requests) == before  # nothing was sent


def test_empty_ids_are_refused_and_ids_twice_too(client: Client) -> None:
    with pytest.raises(ValueError, match="ids is empty"):
        sentinelone.set_external_ticket_id(client, "INC", ids=[], allow_all=True)
    with pytest.raises(ValueError, match="not both"):
        sentinelone.set_external_ticket_id(client, "INC", ids=["1"], threat_filter={"ids": ["2"]})


def test_allow_all_updates_the_whole_scope(sentinelone_sim: SimHandle) -> None:
    scoped = next(t for t in sentinelone_sim.seed["tokens"] if t["account_ids"])
    client = connect(sentinelone_sim, scoped["token"])
    in_scope = sum(1 for _ in sentinelone.iter_threats(client, page_size=1000))
    affected = sentinelone.set_external_ticket_id(client, "INC-SCOPE", allow_all=True)
    assert affected == in_scope > 0


def test_iter_threats_follows_the_cursor(sentinelone_sim: SimHandle, client: Client) -> None:
    ids = [t.id for t in sentinelone.iter_threats(client, page_size=64)]
    assert ids == sorted(sentinelone_sim.seed["threat_ids"], key=int)
    pages = [r for r in sentinelone_sim.requests if r.path == THREATS]
    assert len(pages) == 5  # 300 threats, 64 a page
    assert "cursor" in pages[-1].query


def test_iter_threats_sorts_filters_and_caps(client: Client) -> None:
    newest = list(
        sentinelone.iter_threats(
            client,
            ThreatFilter(os_types=[OsType.WINDOWS], limit=7),
            page_size=3,
            sort_by="createdAt",
            sort_order=SortOrder.DESC,
        )
    )
    assert len(newest) == 7
    created = [
        t.threat_info.created_at
        for t in newest
        if isinstance(t.threat_info, ThreatInfo) and isinstance(t.threat_info.created_at, datetime)
    ]
    assert len(created) == 7
    assert created == sorted(created, reverse=True)


def test_date_filters_round_trip(client: Client) -> None:
    everything = list(sentinelone.iter_threats(client, page_size=1000))
    moments = sorted(
        t.threat_info.created_at
        for t in everything
        if isinstance(t.threat_info, ThreatInfo) and isinstance(t.threat_info.created_at, datetime)
    )
    since = moments[-10]
    recent = list(sentinelone.iter_threats(client, ThreatFilter(created_at_gte=since)))
    assert len(recent) == 10


def test_list_filters_go_out_comma_separated(sentinelone_sim: SimHandle, client: Client) -> None:
    next(sentinelone.iter_threats(client, {"osTypes": ["windows", "linux"]}))
    assert "osTypes=windows%2Clinux" in sentinelone_sim.requests.last.query


def test_typed_errors(sentinelone_sim: SimHandle, client: Client) -> None:
    with pytest.raises(sentinelone.InvalidIdentifier) as invalid:
        sentinelone.set_external_ticket_id(client, "INC", ids=["not-an-id"])
    assert invalid.value.status_code == 400
    assert invalid.value.code == 4000020
    assert invalid.value.vendor_code == "4000020"
    with pytest.raises(sentinelone.ValidationFailed) as failed:
        list(sentinelone.iter_threats(client, {"agentTagsData": "env=prod"}))
    assert failed.value.code == 4000010
    assert "agentTagsData" in str(failed.value)
    viewer = next(t["token"] for t in sentinelone_sim.seed["tokens"] if not t["write"])
    with pytest.raises(sentinelone.PermissionDenied) as denied:
        sentinelone.set_incident(connect(sentinelone_sim, viewer), "resolved", ids=["1"])
    assert denied.value.code == 4030010
    with pytest.raises(sentinelone.Unauthorized) as unknown:
        next(sentinelone.iter_threats(connect(sentinelone_sim, "not-a-real-token")))
    assert unknown.value.code == 4010010
    sentinelone_sim.inject("status", status=500, path=THREATS, count=1)
    with pytest.raises(sentinelone.ServerError) as server:
        next(sentinelone.iter_threats(connect(sentinelone_sim, retry=False)))
    assert server.value.status_code == 500
    assert server.value.code == 5000010


def test_transient_failures_are_retried_by_default(sentinelone_sim: SimHandle) -> None:
    client = connect(sentinelone_sim, retry=RetryPolicy(wait_initial=0, jitter=0))
    sentinelone_sim.inject("status", status=503, path=THREATS, count=1)
    assert next(sentinelone.iter_threats(client)).id
    # An update sets values, so it is repeated too: the second send does the work.
    unresolved = raw_threats(sentinelone_sim, incidentStatuses="unresolved")[0]["id"]
    sentinelone_sim.inject("status", status=503, path="/incident$", count=1)
    assert sentinelone.set_incident(client, "in_progress", ids=[unresolved]).affected == 1
    sent = [r.status for r in sentinelone_sim.requests if r.path.endswith("/incident")]
    assert sent == [503, 200]


def test_bad_arguments_fail_before_any_request(client: Client) -> None:
    with pytest.raises(ValueError, match="closed"):
        sentinelone.set_incident(client, "closed", ids=["1"])
    with pytest.raises(ValueError, match="guilty"):
        sentinelone.set_incident(client, "resolved", verdict="guilty", ids=["1"])
    with pytest.raises(ValueError, match="page_size"):
        list(sentinelone.iter_threats(client, page_size=0))
    with pytest.raises(ValueError, match="beos"):
        sentinelone.set_external_ticket_id(client, "INC", threat_filter={"osTypes": ["beos"]})
    with pytest.raises(ValueError, match="unknown filter fields: osType"):
        sentinelone.set_incident(
            client, "resolved", threat_filter={"osType": ["linux"], "siteIds": ["1"]}
        )
    with pytest.raises(ValueError, match="api_token"):
        sentinelone.connect("https://console.test", "")
    with pytest.raises(ValueError, match="raw API token"):
        sentinelone.connect("https://console.test", "ApiToken abc")


def test_secrets_stay_out_of_reprs_errors_and_logs(
    sentinelone_sim: SimHandle, caplog: pytest.LogCaptureFixture
) -> None:
    viewer = next(t["token"] for t in sentinelone_sim.seed["tokens"] if not t["write"])
    client = connect(sentinelone_sim, viewer)
    auth = sentinelone.SentinelOneAuth(viewer)
    with caplog.at_level(logging.DEBUG), pytest.raises(sentinelone.PermissionDenied) as denied:
        sentinelone.set_external_ticket_id(client, "INC", ids=["1"])
    for text in (str(denied.value), repr(denied.value), repr(client), repr(auth), caplog.text):
        assert viewer not in text


def test_the_auth_works_with_any_httpx_client(sentinelone_sim: SimHandle) -> None:
    auth = sentinelone.SentinelOneAuth(admin_token(sentinelone_sim))
    with httpx.Client(
        transport=sentinelone_sim.transport(), base_url=sentinelone_sim.base_url, auth=auth
    ) as http:
        assert http.get(THREATS).status_code == 200


@pytest.mark.anyio
async def test_async_helpers(sentinelone_sim: SimHandle, client: Client) -> None:
    ids = sentinelone_sim.seed["threat_ids"][:2]
    assert await sentinelone.aset_external_ticket_id(client, "INC-ASYNC", ids=ids) == 2
    result = await sentinelone.aset_incident(client, "in_progress", verdict="suspicious", ids=ids)
    assert result.affected == 2
    seen = [t async for t in sentinelone.aiter_threats(client, {"ids": ids}, page_size=1)]
    assert sorted(t.id for t in seen) == sorted(ids)
    for threat in seen:
        assert isinstance(threat.threat_info, ThreatInfo)
        assert threat.threat_info.external_ticket_id == "INC-ASYNC"
    with pytest.raises(sentinelone.EmptyFilterRefused):
        await sentinelone.aset_incident(client, "resolved")


@pytest.mark.parametrize(("limit", "page_size"), [(7, 3), (6, 3)])
def test_aiter_threats_pages_and_caps_as_iter_threats_does(
    sentinelone_sim: SimHandle, client: Client, limit: int, page_size: int
) -> None:
    """The cap falls inside a page (7 of 3 a page) or on a page's end (6), for both."""
    threat_filter = ThreatFilter(os_types=[OsType.WINDOWS], limit=limit)
    ids = [t.id for t in sentinelone.iter_threats(client, threat_filter, page_size=page_size)]
    sync_pages = sum(1 for r in sentinelone_sim.requests if r.path == THREATS)

    async def listed() -> list[str]:
        threats = sentinelone.aiter_threats(client, threat_filter, page_size=page_size)
        return [t.id async for t in threats]

    assert asyncio.run(listed()) == ids
    assert len(ids) == limit
    assert sum(1 for r in sentinelone_sim.requests if r.path == THREATS) == 2 * sync_pages


def test_timeouts_and_tls_verification_are_on_by_default() -> None:
    """Over real TLS: an unknown CA is refused by default, and accepted when given."""
    server = ServedSimHandle(create_app(), tls=True)
    try:
        token = admin_token(server)
        with sentinelone.connect(server.base_url, token) as client:
            assert client.get_httpx_client().timeout == sentinelone.DEFAULT_TIMEOUT
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                next(sentinelone.iter_threats(client))
        assert server.ca_file is not None
        with sentinelone.connect(server.base_url, token, verify=str(server.ca_file)) as trusted:
            assert next(sentinelone.iter_threats(trusted)).id
    finally:
        server.stop()


# --- companions and field answers -----------------------------------------------------


def test_set_verdict_leaves_the_incident_status(sentinelone_sim: SimHandle, client: Client) -> None:
    ids = sentinelone_sim.seed["threat_ids"][:3]
    before = {t["id"]: t["threatInfo"] for t in raw_threats(sentinelone_sim, ids=",".join(ids))}
    changed = sum(info["analystVerdict"] != "false_positive" for info in before.values())
    assert sentinelone.set_verdict(client, "false_positive", ids=ids) == changed
    assert sentinelone.set_verdict(client, "false_positive", ids=ids) == 0
    after = {t.id: t.threat_info for t in sentinelone.iter_threats(client, {"ids": ids})}
    for threat_id, info in after.items():
        assert isinstance(info, ThreatInfo)
        assert info.analyst_verdict == "false_positive"
        assert info.incident_status == before[threat_id]["incidentStatus"]
    with pytest.raises(sentinelone.EmptyFilterRefused):
        sentinelone.set_verdict(client, "undefined")
    with pytest.raises(ValueError, match="guilty"):
        sentinelone.set_verdict(client, "guilty", ids=ids)


@pytest.mark.anyio
async def test_aset_verdict(sentinelone_sim: SimHandle) -> None:
    ids = sentinelone_sim.seed["threat_ids"][:1]
    client = connect(sentinelone_sim)
    current = [t.threat_info async for t in sentinelone.aiter_threats(client, {"ids": ids})]
    assert isinstance(current[0], ThreatInfo)
    verdict = "undefined" if current[0].analyst_verdict == "suspicious" else "suspicious"
    assert await sentinelone.aset_verdict(client, verdict, ids=ids) == 1
    assert await sentinelone.aset_verdict(client, verdict, ids=ids) == 0


def test_system_info_checks_the_token(sentinelone_sim: SimHandle, client: Client) -> None:
    info = sentinelone.system_info(client)
    assert info.release
    assert info.version
    with pytest.raises(sentinelone.Unauthorized):
        sentinelone.system_info(connect(sentinelone_sim, "not-a-token"))


@pytest.mark.anyio
async def test_asystem_info(sentinelone_sim: SimHandle) -> None:
    info = await sentinelone.asystem_info(connect(sentinelone_sim))
    assert info.build
    with pytest.raises(sentinelone.Unauthorized):
        await sentinelone.asystem_info(connect(sentinelone_sim, "not-a-token"))


def test_an_update_that_selects_nothing_affects_0_in_every_profile(
    sentinelone_sim: SimHandle, ticket_sim_profile: str | None
) -> None:
    # The recorded-500 profile answers it 500 with the count, as the document's
    # recording; the overlay reads that as 0, like the 200 of the default profile.
    client = connect(sentinelone_sim, retry=None)
    assert sentinelone.set_external_ticket_id(client, "INC-0", ids=["1"]) == 0


def test_the_generated_models_expose_the_fields_real_answers_carry(client: Client) -> None:
    threat = next(sentinelone.iter_threats(client, page_size=1))
    assert isinstance(threat.threat_info, ThreatInfo)
    assert threat.threat_info.file_extension_type
    assert threat.threat_info.is_fileless is False
    assert isinstance(threat.agent_realtime_info, AgentRealtimeInfo)
    assert threat.agent_realtime_info.scan_status == "finished"


def test_a_console_session_through_the_generated_client(sentinelone_sim: SimHandle) -> None:
    from sentinelone_client import AuthenticatedClient
    from sentinelone_client.api.threats import get_threats_v2_0
    from sentinelone_client.api.users import login_by_api_token
    from sentinelone_client.models import (
        LoginByApiTokenRequest,
        LoginByApiTokenRequestData,
        LoginResponse,
        ThreatListV20,
    )

    anonymous = Client(
        sentinelone_sim.base_url, httpx_args={"transport": sentinelone_sim.transport()}
    )
    body = LoginByApiTokenRequest(
        data=LoginByApiTokenRequestData(api_token=admin_token(sentinelone_sim))
    )
    login = login_by_api_token.sync(client=anonymous, body=body)
    assert isinstance(login, LoginResponse)
    session = AuthenticatedClient(
        sentinelone_sim.base_url,
        token=login.data.token,
        prefix="Token",
        httpx_args={"transport": sentinelone_sim.transport()},
    )
    page = get_threats_v2_0.sync(client=session, limit=5, resolved=True)
    assert isinstance(page, ThreatListV20)
    assert page.data
    assert all(t.resolved for t in page.data)
