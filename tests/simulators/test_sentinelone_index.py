"""The id index: a filter with ``ids`` selects exactly what a scan of every threat selects.

The store looks ``ids`` up instead of testing each threat. These tests compare its
selection with a plain scan (``ThreatFilter.matches`` over every threat in scope, in
id order, cut to ``limit``), on the seed, after updates and after a reset through the
control API, and check that GET and both updates still agree.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.sentinelone.app import SentinelOneBackend
from ticket_simulators.sentinelone.filters import ThreatFilter, parse_body_filter
from ticket_simulators.sentinelone.state import SentinelOneStore

from .sentinelone_helpers import S1


@pytest.fixture
def s1(sentinelone_sim: SimHandle) -> Iterator[S1]:
    with sentinelone_sim.client() as client:
        yield S1(sentinelone_sim, client)


def _store(s1: S1) -> SentinelOneStore:
    backend = s1.sim.app.backend
    assert isinstance(backend, SentinelOneBackend)
    return backend.store


def _scan(
    store: SentinelOneStore, threat_filter: ThreatFilter, account_ids: Collection[str] | None
) -> list[str]:
    """The ids a full scan selects: every threat tested, in id order, cut to ``limit``."""
    everything = store.select(ThreatFilter())
    chosen = [
        t.id
        for t in everything
        if (account_ids is None or t.agent.get("accountId") in account_ids)
        and threat_filter.matches(t)
    ]
    return chosen if threat_filter.limit is None else chosen[: threat_filter.limit]


def _bodies(s1: S1) -> list[dict[str, Any]]:
    ids: list[str] = s1.seed["threat_ids"]
    site = s1.seed["sites"][1]["id"]
    return [
        {"ids": ids[:1]},
        {"ids": ids[-1:]},
        {"ids": ids[::-7]},  # many ids, given out of order
        {"ids": [*ids[:5], *ids[:5]]},  # repeated ids
        {"ids": [ids[3], "1", "42", "9223372036854775807"]},  # unknown ids among known ones
        {"ids": ["1"]},  # the only id unknown
        {"ids": ["042", "0" + ids[0][1:]]},  # leading zeros: other strings, no threat
        {"ids": []},  # an empty list narrows nothing
        {"ids": ids},
        {"ids": ids[::3], "limit": 4},
        {"ids": ids[::2], "osTypes": ["windows"], "incidentStatusesNin": ["resolved"]},
        {"ids": ids[::2], "siteIds": [site], "limit": 2},
        {"ids": ids[:40], "externalTicketExists": True},
        {"ids": ids[:40], "externalTicketIds": ["SEC-INDEX"]},
        {"ids": ids[10:60], "query": "exe"},
    ]


def _scopes(s1: S1) -> list[frozenset[str] | None]:
    accounts = [a["id"] for a in s1.seed["accounts"]]
    return [None, frozenset(accounts[:1]), frozenset(accounts[1:]), frozenset({"1"})]


def _assert_index_matches_scan(s1: S1) -> None:
    store = _store(s1)
    for body in _bodies(s1):
        threat_filter = parse_body_filter(body)
        for scope in _scopes(s1):
            selected = [t.id for t in store.select(threat_filter, scope)]
            assert selected == _scan(store, threat_filter, scope), (body, scope)


def test_ids_lookup_selects_what_a_full_scan_selects(s1: S1) -> None:
    _assert_index_matches_scan(s1)


def test_ids_lookup_follows_updates(s1: S1) -> None:
    ids: list[str] = s1.seed["threat_ids"]
    assert s1.set_ticket({"ids": ids[:40:3]}, "SEC-INDEX").json() == {
        "data": {"affected": len(ids[:40:3])}
    }
    assert s1.set_incident({"ids": ids[:20]}, "resolved", "true_positive").status_code == 200
    _assert_index_matches_scan(s1)
    linked = {"ids": ids[:40], "externalTicketIds": ["SEC-INDEX"]}
    assert [t.id for t in _store(s1).select(parse_body_filter(linked))] == ids[:40:3]


def test_ids_lookup_after_a_reset_through_the_control_api(s1: S1) -> None:
    ids: list[str] = s1.seed["threat_ids"]
    assert s1.set_ticket({"ids": ids[:5]}, "SEC-INDEX").json()["data"]["affected"] == 5
    assert s1.client.post("/__sim__/reset", json={}).status_code == 200
    # The reset threats are the ones the lookup finds: no change survives, and a new
    # update by id is seen by GET and by a scan alike.
    assert s1.ids({"externalTicketIds": "SEC-INDEX"}) == set()
    assert s1.set_ticket({"ids": ids[2:8]}, "SEC-INDEX").json()["data"]["affected"] == 6
    assert s1.ids({"externalTicketIds": "SEC-INDEX"}) == set(ids[2:8])
    assert s1.ids({"ids": ",".join(ids[:8]), "externalTicketIds": "SEC-INDEX"}) == set(ids[2:8])
    _assert_index_matches_scan(s1)


def test_get_and_both_updates_agree_on_a_filter_with_ids(s1: S1) -> None:
    ids: list[str] = s1.seed["threat_ids"]
    wanted = [ids[7], ids[0], "1", ids[150], ids[299]]
    account = s1.scoped["account_ids"][0]
    for token in (s1.admin, s1.scoped["token"]):
        scope = None if token == s1.admin else frozenset({account})
        threat_filter = {"ids": wanted, "incidentStatusesNin": ["in_progress"]}
        expected = _scan(_store(s1), parse_body_filter(threat_filter), scope)
        params = {"ids": ",".join(wanted), "incidentStatusesNin": "in_progress"}
        assert s1.ids(params, token=token) == set(expected)
        ticket = s1.set_ticket(threat_filter, "SEC-AGREE", token=token).json()["data"]
        assert ticket["affected"] == len(expected)
        details = s1.set_incident(threat_filter, "resolved", token=token).json()["data"]
        assert [d["threatId"] for d in details["details"]] == expected
