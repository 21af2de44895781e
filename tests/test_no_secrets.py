"""No credential reaches a log record, repr or exception.

``tests/secret_watch.py`` collects every credential used and everything the overlays
showed (log records incl. retry logs, exceptions, reprs); ``tests/conftest.py`` checks
after every test. This test exercises the paths most likely to leak and checks itself.
"""

from __future__ import annotations

import pytest
from ticket_overlays import RetriesExhausted, RetryPolicy, forcepoint_dlp, rezolve, superoffice
from ticket_simulators._core import SimHandle
from ticket_simulators.forcepoint_dlp import create_app as forcepoint_app
from ticket_simulators.rezolve import DOC_TICKET_ID
from ticket_simulators.rezolve import create_app as rezolve_app
from ticket_simulators.superoffice import DOC_PASSWORD, DOC_USERNAME
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET
from ticket_simulators.superoffice import create_app as superoffice_app
from ticket_simulators.vendors import VENDORS

from .secret_watch import WATCH

FAST = RetryPolicy(attempts=3, total_timeout=5.0, wait_initial=0.01, wait_max=0.02, jitter=0.01)


def _exercise_failures() -> None:
    rz = SimHandle(rezolve_app(), VENDORS["rezolve"].base_url)
    tenant = rz.seed["tenants"][0]
    token = rz.mint_token()
    client = rezolve.connect(
        rz.base_url,
        token_provider=lambda: token,
        tenant_id=tenant["id"],
        realm=tenant["realm"],
        transport=rz.transport(),
        retry=FAST,
    )
    rz.inject("status", status=503, count=1)
    rz.inject("drop", count=1)
    rezolve.get_ticket(client, DOC_TICKET_ID)  # two retry log records
    rz.inject("drop")
    with pytest.raises(RetriesExhausted):
        rezolve.get_ticket(client, DOC_TICKET_ID)
    rz.clear_faults()
    forged = rezolve.connect(
        rz.base_url,
        token=token[:-4] + "AAAA",
        tenant_id=tenant["id"],
        realm=tenant["realm"],
        transport=rz.transport(),
    )
    with pytest.raises(rezolve.RezolveError):
        rezolve.get_ticket(forged, DOC_TICKET_ID)
    rz.close()

    fp = SimHandle(forcepoint_app(), VENDORS["forcepoint-dlp"].base_url)
    wrong = forcepoint_dlp.connect(
        fp.base_url, username="api-app", password="Wr0ng!Password", transport=fp.transport()
    )
    with pytest.raises(forcepoint_dlp.AuthenticationFailed):
        forcepoint_dlp.update_incidents(wrong, "TAG", value="x", incident_keys=[1])
    right = forcepoint_dlp.connect(
        fp.base_url,
        username="api-app",
        password="Appl1cation!Pass",
        transport=fp.transport(),
        retry=FAST,
    )
    fp.inject("status", status=503, path="incidents")
    with pytest.raises(forcepoint_dlp.ServerError):
        forcepoint_dlp.update_incidents(
            right, "TAG", value="x", incident_keys=[1], scan_partitions="ALL"
        )
    fp.close()

    so = SimHandle(superoffice_app(), VENDORS["superoffice"].base_url)
    basic = superoffice.connect(
        so.base_url,
        username=DOC_USERNAME,
        password=DOC_PASSWORD,
        app_token="app-token-secret",
        transport=so.transport(),
        retry=FAST,
    )
    so.inject("status", status=429, retry_after=0)
    with pytest.raises(superoffice.SuperOfficeError):
        superoffice.get_ticket(basic, SO_TICKET)
    so.clear_faults()
    bad = superoffice.connect(
        so.base_url, username=DOC_USERNAME, password="n0t-the-password", transport=so.transport()
    )
    with pytest.raises(superoffice.SuperOfficeError):
        superoffice.get_ticket(bad, SO_TICKET)
    so.close()


def test_no_secret_reaches_a_log_repr_or_error() -> None:
    _exercise_failures()
    assert WATCH.secrets, "no credential was seen: the watch is not installed"
    assert WATCH.records, "no overlay log record was captured"
    assert WATCH.errors
    assert WATCH.shown
    assert WATCH.leaks() == []


def test_the_watch_finds_a_planted_secret() -> None:
    from .secret_watch import Watch

    watch = Watch()
    watch.add_secret("planted-credential")
    watch.add_secret("short")  # too short to search for
    watch.records.append("retrying with planted-credential")
    watch.errors.append(ValueError("fine"))
    assert watch.secrets == {"planted-credential"}
    assert watch.leaks() == ["log record contains a secret of 18 characters"]


def test_each_check_searches_only_what_came_since_the_last_one() -> None:
    from .secret_watch import Watch

    watch = Watch()
    watch.add_secret("first-credential")
    watch.records.append("log with first-credential")
    assert watch.check() == ["log record contains a secret of 16 characters"]
    watch.records.append("a clean log record")
    assert watch.check() == []  # the earlier leak was reported once, by its own test
    watch.records.append("later test shows first-credential again")
    assert watch.check() != []  # secrets stay known across tests
    assert watch.searched["records"] == 3
