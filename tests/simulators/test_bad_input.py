"""Every bad request gets the vendor's documented 4xx and changes nothing.

The corpora (``bad_input.py``) cover malformed JSON, wrong content types, a wrong type in
every field, oversized bodies and lists, unknown fields, invalid dates and ids, and
header injection. The state of the simulator is compared before and after each request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID
from ticket_simulators.vendors import VENDORS

from .bad_input import (
    INJECTIONS,
    OVERSIZED,
    Case,
    dumps,
    malformed_json,
    post,
    unreadable_posts,
    wrong_types,
)
from .state import snapshot

# --- Rezolve -----------------------------------------------------------------------------

RZ_TICKET = "/api/v2/ticketing/ticket/REQ-0509"
RZ_QUERY = "type=agent&module=ticketing"
RZ_FIELDS = {
    "subject": "23a7711a-8133-4876-b7eb-dcd9e87a1613",
    "description": DOC_DESCRIPTION_FIELD_ID,
    "status": "fcbd04c3-4021-4ef7-8ca5-a5a19e4d6e3c",
    "priority": "b4862b21-fb97-4435-8856-1712e8e5216a",
    "affected_services": "259f4329-e6f4-490b-9a16-4106cf6a659e",
    "due_date": "12e0c8b2-bad6-40fb-9948-8dec4f65d4d9",
    "scheduled_at": "5487ce1e-af19-422a-99b8-a714e61a441c",
    "quantity": "5a921187-19c7-4df4-8f4f-f31e78de5857",
    "vip": "a3f2c9bf-9c63-46b9-90f2-44556f25e2a2",
}
RZ_VALID = {
    "subject": "Laptop",
    "description": "<p>x</p>",
    "status": "open",
    "priority": "low",
    "affected_services": ["email"],
    "due_date": "2026-03-01",
    "scheduled_at": "2026-03-01T10:00:00Z",
    "quantity": 2,
    "vip": True,
}


def rezolve_cases(sim: SimHandle) -> Iterator[Case]:
    etag = sim.app.backend.store.ticket(sim.seed["tenants"][0]["id"], DOC_TICKET_ID).etag  # type: ignore[attr-defined]
    update = f"{RZ_TICKET}/update"
    base: dict[str, Any] = {
        "etag": etag,
        "ticketUpdate": {RZ_FIELDS[k]: v for k, v in RZ_VALID.items()},
    }

    def patch(name: str, body: bytes, status: int = 400, **kw: Any) -> Case:
        return Case(name, "PATCH", update, status, body, query=RZ_QUERY, **kw)

    for name, body in malformed_json():
        yield patch(f"malformed-{name}", body)
    for ctype in ("text/plain", "application/x-www-form-urlencoded", "application/xml", None):
        yield patch(f"content-type-{ctype}", dumps(base), content_type=ctype)
    paths = [("etag",), ("ticketUpdate",)] + [("ticketUpdate", f) for f in RZ_FIELDS.values()]
    nullable = frozenset(RZ_FIELDS[k] for k in ("due_date", "scheduled_at", "quantity"))
    for name, body in wrong_types(base, *paths, nullable=nullable):
        yield patch(f"type-{name}", body)
    yield patch("oversized-body", OVERSIZED)
    yield patch("oversized-text", dumps(_with(base, RZ_FIELDS["subject"], "x" * 256)))
    yield patch("oversized-textarea", dumps(_with(base, RZ_FIELDS["description"], "x" * 65_536)))
    many = ["email"] * 10_000
    yield patch("oversized-list", dumps(_with(base, RZ_FIELDS["affected_services"], many)))
    yield patch("unknown-top-level-field", dumps({**base, "extra": 1}))
    yield patch(
        "unknown-field-id",
        dumps(_with(base, "00000000-0000-4000-8000-000000000000", "x")),
    )
    yield patch("unknown-option", dumps(_with(base, RZ_FIELDS["status"], "archived")))
    for bad in ("2026-02-30", "2026-13-01", "01/03/2026", "2026-03-01T25:00:00Z", ""):
        yield patch(f"date-{bad}", dumps(_with(base, RZ_FIELDS["due_date"], bad)))
        yield patch(f"datetime-{bad}", dumps(_with(base, RZ_FIELDS["scheduled_at"], bad)))
    for bad in ("not-a-uuid", "", "00000000-0000-0000-0000-00000000000g"):
        yield patch(f"etag-{bad}", dumps({**base, "etag": bad}))
    for bad, status in (("REQ-9999999", 404), ("..%2F..%2Fetc", 404), ("REQ-0509%00", 404)):
        yield Case(
            f"id-{bad}",
            "PATCH",
            f"/api/v2/ticketing/ticket/{bad}/update",
            status,
            dumps(base),
            query=RZ_QUERY,
        )
    for n, value in enumerate(INJECTIONS):
        yield patch(f"inject-tenant-{n}", dumps(base), 404, headers=[("x-tenantid", value)])
        yield patch(f"inject-realm-{n}", dumps(base), 401, headers=[("realmname", value)])
        yield patch(f"inject-auth-{n}", dumps(base), 401, headers=[("authorization", value)])


def _with(base: dict[str, Any], field_id: str, value: Any) -> dict[str, Any]:
    return {**base, "ticketUpdate": {**base["ticketUpdate"], field_id: value}}


def rezolve_headers(sim: SimHandle) -> dict[str, str]:
    tenant = sim.seed["tenants"][0]
    return {
        "authorization": f"Bearer {sim.mint_token()}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
        "accept": "application/json",
    }


def rezolve_error(response: httpx.Response) -> None:
    body = response.json()
    assert body["error"] is True
    assert isinstance(body["message"], str)
    if response.status_code == 400:
        assert body["code"] == "INPUT_VALIDATION_FAILURE", body


# --- Forcepoint DLP ----------------------------------------------------------------------

FP = "/dlp/rest/v1"
FP_QUERY: dict[str, Any] = {
    "type": "INCIDENTS",
    "from_date": "01/10/2021 00:00:00",
    "to_date": "08/10/2021 00:00:00",
}
FP_UPDATE: dict[str, Any] = {
    "type": "INCIDENTS",
    "action_type": "STATUS",
    "value": "CLOSE",
    "comment": "checked",
    "incident_keys": [{"incident_id": 2719600, "partition_index": 20211001}],
}


def forcepoint_cases(sim: SimHandle) -> Iterator[Case]:
    update, query = f"{FP}/incidents/update", f"{FP}/incidents"

    for path, base in ((update, FP_UPDATE), (query, FP_QUERY)):
        op = path.rsplit("/", 1)[-1]
        yield from unreadable_posts(path, base)
        # The guide's bodies are open (unknown properties are ignored, as the spec says),
        # so an unknown field is refused when it stands in for a required one.
        required = "action_type" if op == "update" else "type"
        misspelt = {k: v for k, v in base.items() if k != required}
        misspelt[required.replace("_", "").upper()] = base[required]
        yield post(f"{op}-unknown-field", path, dumps(misspelt))
    update_paths = [(k,) for k in FP_UPDATE] + [
        ("incident_keys", "0"),
        ("incident_keys", "0", "incident_id"),
        ("incident_keys", "0", "partition_index"),
    ]
    for name, body in wrong_types(FP_UPDATE, *update_paths, nullable=frozenset({"comment"})):
        yield post(f"update-type-{name}", update, body)
    for name, body in wrong_types(FP_QUERY, *[(k,) for k in FP_QUERY]):
        yield post(f"incidents-type-{name}", query, body)
    keys = [{"incident_id": n, "partition_index": 20211001} for n in range(1, 1002)]
    yield post("update-oversized-list", update, dumps({**FP_UPDATE, "incident_keys": keys}))
    ids = list(range(1, 1002))
    yield post("incidents-oversized-list", query, dumps({"type": "INCIDENTS", "ids": ids}))
    yield post(
        "update-tag-too-long",
        update,
        dumps({**FP_UPDATE, "action_type": "TAG", "value": "t" * 101}),
    )
    yield post("update-unknown-action", update, dumps({**FP_UPDATE, "action_type": "DELETE"}))
    yield post(
        "update-unknown-severity",
        update,
        dumps({**FP_UPDATE, "action_type": "SEVERITY", "value": "EXTREME"}),
    )
    for bad in (
        "2021-10-01 00:00:00",
        "32/10/2021 00:00:00",
        "01/13/2021 00:00:00",
        "01/10/2021 24:00:00",
        "01/10/2021",
        "",
    ):
        yield post(f"incidents-date-{bad}", query, dumps({**FP_QUERY, "from_date": bad}))
    # A window with nothing in it: the guide answers 420, servers in the field 200.
    nothing = 420 if sim.app.runtime.fidelity.profile == "guide" else 200
    yield post(
        "incidents-dates-reversed",
        query,
        dumps({**FP_QUERY, "from_date": "08/10/2021 00:00:00", "to_date": "01/10/2021 00:00:00"}),
        nothing,
    )
    bad_id: object
    for bad_id in (-1, 2**63, "2719600", 1.5):
        keys_bad = [{"incident_id": bad_id, "partition_index": 20211001}]
        yield post(f"update-id-{bad_id}", update, dumps({**FP_UPDATE, "incident_keys": keys_bad}))
    for n, value in enumerate(INJECTIONS):
        yield post(
            f"inject-auth-{n}", update, dumps(FP_UPDATE), 403, headers=[("authorization", value)]
        )
        yield post(
            f"inject-login-{n}",
            f"{FP}/auth/refresh-token",
            b"",
            403,
            headers=[("username", value), ("password", value)],
        )
        yield post(
            f"inject-refresh-{n}",
            f"{FP}/auth/access-token",
            b"",
            403,
            headers=[("refresh-token", value)],
        )


def forcepoint_headers(sim: SimHandle) -> dict[str, str]:
    return {"authorization": f"Bearer {sim.mint_token(kind='access')}"}


def forcepoint_error(response: httpx.Response) -> None:
    body = response.json()
    if response.status_code in (200, 420):  # "nothing found" carries an empty list
        assert body["incidents"] == [], body
        return
    assert isinstance(body.get("message"), str), body


# --- SuperOffice -------------------------------------------------------------------------

SO_TICKET = "/api/v1/Ticket/900"
SO_PATCHABLE = (
    "Title",
    "Activate",
    "Deadline",
    "OwnedBy",
    "Category",
    "Slevel",
    "Priority",
    "BaseStatus",
    "Status",
    "Origin",
    "Person",
    "SecondaryPersons",
    "ConnectId",
    "ReadStatus",
    "Tags",
    "ExtraFields",
    "CustomFields",
)
SO_MERGE = "application/merge-patch+json"
SO_PATCH = "application/json-patch+json"


def superoffice_cases(sim: SimHandle) -> Iterator[Case]:
    ticket = sim.app.backend.store.ticket(900)  # type: ignore[attr-defined]
    base = {k: ticket[k] for k in SO_PATCHABLE if ticket.get(k) is not None}
    base["Activate"] = "2026-03-01T08:00:00Z"

    def patch(
        name: str, body: bytes, status: int = 400, ctype: str | None = SO_MERGE, **kw: Any
    ) -> Case:
        return Case(name, "PATCH", SO_TICKET, status, body, content_type=ctype, **kw)

    for name, body in malformed_json():
        yield patch(f"merge-malformed-{name}", body)
        yield patch(f"jsonpatch-malformed-{name}", body, ctype=SO_PATCH)
    for ctype in ("text/plain", "application/xml", "application/x-www-form-urlencoded", None):
        yield patch(f"content-type-{ctype}", dumps({"Title": "x"}), ctype=ctype)
    yield patch("merge-body-as-json-patch", dumps({"Title": "x"}), ctype=SO_PATCH)
    nullable = frozenset({"Activate", "Deadline", "OwnedBy", "Person"})
    for name, body in wrong_types(base, *[(k,) for k in base], nullable=nullable):
        yield patch(f"type-{name}", body)
    yield patch("oversized-body", OVERSIZED)
    yield patch("oversized-title", dumps({"Title": "x" * 256}))
    tags = [{"Id": 1}] * 10_000
    yield patch("oversized-list", dumps({"Tags": tags}))
    yield patch("unknown-field", dumps({"Title": "x", "NoSuchProperty": 1}))
    yield patch("read-only-field", dumps({"TicketId": 901}))
    yield patch("unknown-reference", dumps({"Category": {"TicketCategoryId": 999_999}}))
    yield patch("unknown-enum", dumps({"Slevel": "Secret"}))
    for bad in ("2026-02-30T00:00:00Z", "yesterday", "2026-03-01T25:00:00Z", "1772352000"):
        yield patch(f"date-{bad}", dumps({"Deadline": bad}))
    operations = [
        ("bad-op", [{"op": "frobnicate", "path": "/Title", "value": "x"}]),
        ("missing-path", [{"op": "replace", "value": "x"}]),
        ("unknown-path", [{"op": "replace", "path": "/NoSuchProperty", "value": "x"}]),
        ("missing-value", [{"op": "replace", "path": "/Title"}]),
        ("wrong-value-type", [{"op": "replace", "path": "/Title", "value": 5}]),
        ("remove-required", [{"op": "remove", "path": "/Title"}]),
        ("index-out-of-range", [{"op": "remove", "path": "/Tags/9999"}]),
        ("not-a-list", {"op": "replace", "path": "/Title", "value": "x"}),
        ("operation-not-object", ["replace"]),
    ]
    for name, ops in operations:
        yield patch(f"jsonpatch-{name}", dumps(ops), ctype=SO_PATCH)
    yield patch(
        "jsonpatch-one-bad-operation-of-two",
        dumps(
            [
                {"op": "replace", "path": "/Title", "value": "y"},
                {"op": "replace", "path": "/Slevel", "value": "Secret"},
            ]
        ),
        ctype=SO_PATCH,
    )
    for bad in ("abc", "99999999999", "1.5", "-"):
        yield Case(
            f"id-{bad}",
            "PATCH",
            f"/api/v1/Ticket/{bad}",
            400,
            dumps({"Title": "x"}),
            content_type=SO_MERGE,
        )
    yield Case(
        "id-unknown",
        "PATCH",
        "/api/v1/Ticket/999999",
        404,
        dumps({"Title": "x"}),
        content_type=SO_MERGE,
    )
    # The companions real servers offer (PUT, the ticket agent, the archive listing):
    # bad input is 400 there too (under --strict, every such request is 400 anyway).
    for name, body in malformed_json():
        yield Case(f"put-malformed-{name}", "PUT", SO_TICKET, 400, body)
    yield Case("put-array", "PUT", SO_TICKET, 400, dumps([{"op": "replace", "path": "/Title"}]))
    yield Case("put-xml", "PUT", SO_TICKET, 400, dumps({"Title": "x"}), "application/xml")
    for name, body in wrong_types(base, *[(k,) for k in base], nullable=nullable):
        yield Case(f"put-type-{name}", "PUT", SO_TICKET, 400, body)
    agent = "/api/v1/Agents/Ticket"
    yield Case("agent-save-no-id", "POST", f"{agent}/SaveTicketEntity", 400, dumps({"Title": "x"}))
    yield Case(
        "agent-save-bad-title",
        "POST",
        f"{agent}/SaveTicketEntity",
        400,
        dumps({"TicketId": 900, "Title": 5}),
    )
    for bad in ("abc", "", "1e3"):
        yield Case(
            f"agent-get-id-{bad}",
            "POST",
            f"{agent}/GetTicketEntity",
            400,
            None,
            None,
            query=f"ticketEntityId={bad}",
        )
    listings = (
        "$select=NoSuchColumn",
        "$filter=title%20eq",
        "$filter=ticketId%20contains%20'x'",
        "$filter=lastChanged%20gt%20'never'",
        "$top=-1",
        "$skip=9999999999",
        "$orderby=title%20sideways",
        "$format=xml",
    )
    for n, query in enumerate(listings):
        yield Case(f"listing-{n}", "GET", "/api/v1/Ticket", 400, None, None, query=query)
    for n, query in enumerate(listings[:4]):
        path = f"{SO_TICKET}/Messages"
        yield Case(f"messages-listing-{n}", "GET", path, 400, None, None, query=query)
    yield Case("messages-bad-id", "GET", "/api/v1/Ticket/x/Messages", 400, None, None)
    for n, value in enumerate(INJECTIONS):
        yield patch(
            f"inject-auth-{n}", dumps({"Title": "x"}), 401, headers=[("authorization", value)]
        )
        yield patch(
            f"inject-unmodified-since-{n}",
            dumps({"Title": "x"}),
            400,
            headers=[("if-unmodified-since", value)],
        )


def superoffice_headers(sim: SimHandle) -> dict[str, str]:
    return {"authorization": f"Bearer {sim.mint_token()}", "accept": "application/json"}


def superoffice_error(response: httpx.Response) -> None:
    body = response.json()
    assert set(body) == {"Error", "ErrorType", "ErrorMessage", "ErrorSource"}, body
    assert body["Error"] is True


# --- SentinelOne -------------------------------------------------------------------------

S1 = "/web/api/v2.1/threats"


def sentinelone_cases(sim: SimHandle) -> Iterator[Case]:
    threat = sim.seed["threat_ids"][0]
    ticket: dict[str, Any] = {"filter": {"ids": [threat]}, "data": {"externalTicketId": "INC-1"}}
    incident: dict[str, Any] = {
        "filter": {"ids": [threat]},
        "data": {"incidentStatus": "resolved", "analystVerdict": "true_positive"},
    }

    for path, base in ((f"{S1}/external-ticket-id", ticket), (f"{S1}/incident", incident)):
        op = path.rsplit("/", 1)[-1]
        yield from unreadable_posts(path, base)
        yield post(
            f"{op}-unknown-data-field", path, dumps({**base, "data": {**base["data"], "extra": 1}})
        )
        yield post(f"{op}-unknown-filter-field", path, dumps({**base, "filter": {"nosuch": 1}}))
        data_paths = [("filter",), ("data",)] + [("data", k) for k in base["data"]]
        for name, body in wrong_types(base, *data_paths):
            yield post(f"{op}-type-{name}", path, body)
        for bad in ("2026-02-30T00:00:00Z", "yesterday"):
            dated = {**base, "filter": {"createdAt__gte": bad}}
            yield post(f"{op}-date-{bad}", path, dumps(dated))
        for bad in ("abc", "-1", "1" * 40):
            yield post(f"{op}-id-{bad}", path, dumps({**base, "filter": {"ids": [bad]}}))
        for n, value in enumerate(INJECTIONS):
            yield post(
                f"{op}-inject-auth-{n}", path, dumps(base), 401, headers=[("authorization", value)]
            )
    yield post(
        "incident-unknown-status",
        f"{S1}/incident",
        dumps({**incident, "data": {"incidentStatus": "closed"}}),
    )
    yield post(
        "incident-unknown-verdict",
        f"{S1}/incident",
        dumps({**incident, "data": {"incidentStatus": "resolved", "analystVerdict": "guilty"}}),
    )
    yield post(
        "ticket-too-long",
        f"{S1}/external-ticket-id",
        dumps({**ticket, "data": {"externalTicketId": "x" * 10_000}}),
    )
    many = [str(n) for n in range(100_000)]
    yield post(
        "incident-oversized-list", f"{S1}/incident", dumps({**incident, "filter": {"ids": many}})
    )


def sentinelone_headers(sim: SimHandle) -> dict[str, str]:
    return {"authorization": f"ApiToken {sim.mint_token(write=True)}"}


def sentinelone_error(response: httpx.Response) -> None:
    errors = response.json()["errors"]
    assert errors, response.text
    assert all(isinstance(e["code"], int) for e in errors)


# --- registry ----------------------------------------------------------------------------

VendorCorpus = tuple[
    Callable[[SimHandle], Iterator[Case]],
    Callable[[SimHandle], dict[str, str]],
    Callable[[httpx.Response], None],
]
CORPORA: dict[str, VendorCorpus] = {
    "rezolve": (rezolve_cases, rezolve_headers, rezolve_error),
    "forcepoint-dlp": (forcepoint_cases, forcepoint_headers, forcepoint_error),
    "superoffice": (superoffice_cases, superoffice_headers, superoffice_error),
    "sentinelone": (sentinelone_cases, sentinelone_headers, sentinelone_error),
}


@dataclass
class Target:
    """One simulator per vendor for the whole corpus: a refused request changes nothing,
    so the next case finds the same state (and a case that changed it fails)."""

    sim: SimHandle
    client: httpx.Client
    headers: dict[str, str]
    cases: dict[str, Case]


_TARGETS: dict[tuple[str, bool], Target] = {}


def _probe(vendor: str) -> dict[str, Case]:
    probe = SimHandle(VENDORS[vendor].create_app(seed=0), VENDORS[vendor].base_url)
    cases = {c.name: c for c in CORPORA[vendor][0](probe)}
    probe.close()
    return cases


# Gaps the corpus found in simulators still being finished; strict, so a fix shows up.
# Cases a simulator does not yet refuse, as strict expected failures (none today).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def _cases() -> Iterator[Any]:
    for vendor in CORPORA:
        for name in _probe(vendor):
            gap = KNOWN_GAPS.get((vendor, name))
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            for strict in (False, True):
                mode = "strict" if strict else "field"
                yield pytest.param(
                    vendor, name, strict, id=f"{vendor}-{mode}-{name}"[:90], marks=marks
                )


@pytest.fixture(scope="module")
def targets() -> Iterator[dict[tuple[str, bool], Target]]:
    yield _TARGETS
    for target in _TARGETS.values():
        target.client.close()
        target.sim.close()
    _TARGETS.clear()


def _target(targets: dict[tuple[str, bool], Target], vendor: str, strict: bool) -> Target:
    # Nothing the vendor refuses is loosened by its field behaviour: the corpus holds in
    # the default mode and in strict (documents-only) mode alike.
    if (vendor, strict) not in targets:
        app = VENDORS[vendor].create_app(seed=0, strict=strict)
        sim = SimHandle(app, VENDORS[vendor].base_url)
        transport = sim.transport()
        client = httpx.Client(transport=transport.__enter__())
        cases = {c.name: c for c in CORPORA[vendor][0](sim)}
        targets[vendor, strict] = Target(sim, client, CORPORA[vendor][1](sim), cases)
    return targets[vendor, strict]


@pytest.mark.parametrize(("vendor", "name", "strict"), list(_cases()))
def test_bad_input_is_refused_and_changes_nothing(
    targets: dict[tuple[str, bool], Target], vendor: str, name: str, strict: bool
) -> None:
    target = _target(targets, vendor, strict)
    sim, case, check = target.sim, target.cases[name], CORPORA[vendor][2]
    headers = dict(target.headers)
    if case.content_type is not None:
        headers["content-type"] = case.content_type
    raw = [(k.encode(), v.encode()) for k, v in headers.items() if k not in dict(case.headers)]
    raw += [(k.encode(), v.encode()) for k, v in case.headers]
    before = snapshot(sim)
    count = sim.requests.call_count
    url = f"{sim.base_url}{case.path}" + (f"?{case.query}" if case.query else "")
    request = httpx.Request(case.method, url, content=case.body or b"")
    request.headers = httpx.Headers(raw)
    if case.body:
        request.headers["content-length"] = str(len(case.body))
    response = target.client.send(request)
    assert sim.requests.call_count == count + 1
    assert response.status_code == case.status, response.text[:300]
    check(response)
    assert snapshot(sim) == before
    leaked = {k.lower() for k in response.headers} & {"x-injected", "set-cookie"}
    assert not leaked
