"""Hostile-input corpora: requests built to break a server rather than to be wrong.

Where ``bad_input.py`` covers what a careless client sends, these cover what an
attacker or a fuzzer sends: nesting thousands of levels deep, unpaired UTF-16
surrogates and bytes that are not UTF-8, numbers, indices and dates at and past their
limits, and absurd sizes. ``test_hostile_input.py`` sends each over a real socket and
checks a 4xx, an unchanged state and a normal answer to the next request.

Bodies are written as raw JSON text (``fill``), since ``json.dumps`` cannot produce
most of them.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

from ticket_simulators._core import SimHandle
from ticket_simulators._core.handlers import MAX_JSON_DEPTH
from ticket_simulators._core.limits import Limits
from ticket_simulators.rezolve import DOC_TICKET_ID
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from .bad_input import Case
from .test_bad_input import FP, FP_QUERY, FP_UPDATE, RZ_FIELDS, RZ_QUERY, S1, SO_MERGE, SO_PATCH

HOLE = '"@@"'
DEEP = 2000
LIMITS = Limits()

# JSON string literals no stored value may hold (they could not be written back as
# UTF-8), each as raw JSON text.
SURROGATES = {
    "high": r'"\ud800"',
    "low": r'"\udfff"',
    "inside": r'"ab\udbffcd"',
    "reversed-pair": r'"\udc00\ud800"',
}
# Bytes that are not UTF-8, spliced into a JSON string.
NOT_UTF8 = {
    "encoded-surrogate": b"\xed\xa0\x80",
    "overlong-slash": b"\xc0\xaf",
    "lone-continuation": b"\x80",
    "truncated-sequence": b"\xe2\x82",
    "beyond-unicode": b"\xf4\x90\x80\x80",
}
# Numbers past what any field can carry back.
HUGE_NUMBERS = {
    "float-overflow": "1e400",
    "negative-overflow": "-1e400",
    "int-5000-digits": "9" * 5000,
}


def fill(template: Any, raw: str | bytes) -> bytes:
    """``template`` as JSON with its ``"@@"`` placeholder replaced by raw JSON text."""
    text = json.dumps(template).encode()
    assert HOLE.encode() in text, template
    return text.replace(HOLE.encode(), raw if isinstance(raw, bytes) else raw.encode())


def deep(kind: str = "array", depth: int = DEEP) -> str:
    """JSON nested ``depth`` levels."""
    if kind == "array":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def string_attacks(template: Any, label: str) -> Iterator[tuple[str, bytes]]:
    """Each unpaired surrogate and non-UTF-8 byte run in ``template``'s hole."""
    for name, raw in SURROGATES.items():
        yield f"{label}-surrogate-{name}", fill(template, raw)
    for name, raw_bytes in NOT_UTF8.items():
        yield f"{label}-bytes-{name}", fill(template, b'"x' + raw_bytes + b'"')


def nesting_attacks(template: Any, label: str) -> Iterator[tuple[str, bytes]]:
    """Nesting far past the limit, just past it, and as a whole body."""
    yield f"{label}-deep-array", fill(template, deep("array"))
    yield f"{label}-deep-object", fill(template, deep("object"))
    yield f"{label}-one-past-limit", fill(template, deep("array", MAX_JSON_DEPTH + 1))


def body_attacks() -> Iterator[tuple[str, bytes]]:
    """Whole bodies that are attacks in themselves."""
    yield "body-deep-array", deep("array").encode()
    yield "body-deep-object", deep("object").encode()
    yield "body-surrogate-key", b'{"\\ud800": 1}'
    yield "body-int-5000-digits", ("9" * 5000).encode()
    yield "body-float-overflow", b"1e400"


# --- Rezolve -----------------------------------------------------------------------------


def rezolve_cases(sim: SimHandle) -> Iterator[Case]:
    etag = sim.app.backend.store.ticket(sim.seed["tenants"][0]["id"], DOC_TICKET_ID).etag  # type: ignore[attr-defined]
    update = "/api/v2/ticketing/ticket/REQ-0509/update"

    def patch(name: str, body: bytes, **kw: Any) -> Case:
        return Case(f"rezolve-{name}", "PATCH", update, 400, body, query=RZ_QUERY, **kw)

    def field(name: str) -> dict[str, Any]:
        return {"etag": etag, "ticketUpdate": {RZ_FIELDS[name]: HOLE[1:-1]}}

    for name, body in body_attacks():
        yield patch(name, body)
    for name in ("subject", "description", "status", "due_date", "scheduled_at"):
        for case_name, body in string_attacks(field(name), name):
            yield patch(case_name, body)
    yield from (patch(n, b) for n, b in string_attacks({"etag": HOLE[1:-1]}, "etag"))
    yield from (patch(n, b) for n, b in nesting_attacks(field("affected_services"), "list"))
    for name, raw in {
        **HUGE_NUMBERS,
        "int-past-int64": str(2**64),
        "int-past-safe-integer": str(2**53 + 1),
    }.items():
        yield patch(f"quantity-{name}", fill(field("quantity"), raw))
    for name, raw in {
        "year-10000": '"10000-01-01"',
        "year-0": '"0000-01-01"',
        "day-overflow": '"9999-12-32"',
    }.items():
        yield patch(f"due-date-{name}", fill(field("due_date"), raw))
    for name, raw in {
        # Rezolve keeps the text it was given, so an offset that pushes an instant past
        # year 9999 is no limit there (it reads back as sent).
        "year-10000": '"10000-01-01T00:00:00Z"',
        "offset-past-a-day": '"2026-03-01T10:00:00+24:00"',
    }.items():
        yield patch(f"scheduled-at-{name}", fill(field("scheduled_at"), raw))
    yield patch("list-of-100000", json.dumps(_with_list(etag, 100_000)).encode())
    yield patch(
        "subject-of-1mb", fill(field("subject"), '"' + "x" * (LIMITS.max_body_bytes - 200) + '"')
    )
    yield Case(
        "rezolve-query-surrogate-bytes",
        "GET",
        "/api/v2/ticketing/ticket/REQ-0509",
        400,
        query="type=%ED%A0%80&module=ticketing",
    )
    for name, query in {
        "top-past-int64": f"$top={2**64}",
        "skip-of-5000-digits": "$skip=" + "9" * 5000,
        "filter-deep": "$filter=" + "(" * DEEP,
    }.items():
        yield Case(
            f"rezolve-ticket-types-{name}", "GET", "/api/v2/ticketing/ticket-type", 400, query=query
        )
    yield Case(
        "rezolve-id-of-5000-digits",
        "GET",
        "/api/v2/ticketing/ticket/" + "9" * 5000,
        404,
        query=RZ_QUERY,
    )
    yield Case(
        "rezolve-header-over-8kib",
        "GET",
        "/api/v2/ticketing/ticket/REQ-0509",
        431,
        query=RZ_QUERY,
        headers=[("x-tenantid", "t" * (LIMITS.max_header_bytes + 1))],
    )


def _with_list(etag: str, size: int) -> dict[str, Any]:
    return {"etag": etag, "ticketUpdate": {RZ_FIELDS["affected_services"]: ["email"] * size}}


# --- SuperOffice -------------------------------------------------------------------------


def superoffice_cases(sim: SimHandle) -> Iterator[Case]:
    ticket = f"/api/v1/Ticket/{SO_TICKET}"

    def merge(name: str, body: bytes, status: int = 400, **kw: Any) -> Case:
        return Case(f"superoffice-{name}", "PATCH", ticket, status, body, SO_MERGE, **kw)

    def jsonpatch(name: str, body: bytes) -> Case:
        return Case(f"superoffice-{name}", "PATCH", ticket, 400, body, SO_PATCH)

    for name, body in body_attacks():
        yield merge(f"merge-{name}", body)
        yield jsonpatch(f"jsonpatch-{name}", body)
    for key in ("Title", "Deadline"):
        for name, body in string_attacks({key: HOLE[1:-1]}, key.lower()):
            yield merge(name, body)
    for name, body in string_attacks({"ExtraFields": {"x1": HOLE[1:-1]}}, "extra-field"):
        yield merge(name, body)
    yield merge("extra-field-surrogate-key", b'{"ExtraFields": {"\\udfff": "x"}}')
    for name, body in string_attacks([{"op": "replace", "path": "/Title", "value": "@@"}], "op"):
        yield jsonpatch(name, body)
    yield jsonpatch(
        "op-path-surrogate",
        b'[{"op": "replace", "path": "/ExtraFields/\\ud800", "value": "x"}]',
    )
    yield from (merge(n, b) for n, b in nesting_attacks({"ExtraFields": HOLE[1:-1]}, "extra"))
    yield from (merge(n, b) for n, b in nesting_attacks({"Tags": HOLE[1:-1]}, "tags"))
    for name, raw in {
        **HUGE_NUMBERS,
        "past-int32": str(2**31),
        "before-int32": str(-(2**31) - 1),
        "past-int64": str(2**64),
    }.items():
        yield merge(
            f"priority-id-{name}", fill({"Priority": {"TicketPriorityId": HOLE[1:-1]}}, raw)
        )
        yield merge(f"tag-id-{name}", fill({"Tags": [{"Id": HOLE[1:-1]}]}, raw))
    for name, raw in {
        "past-range-by-offset": '"9999-12-31T23:59:59-05:00"',
        "before-range-by-offset": '"0001-01-01T00:00:00+05:00"',
        "year-10000": '"10000-01-01T00:00:00Z"',
    }.items():
        yield merge(f"deadline-{name}", fill({"Deadline": HOLE[1:-1]}, raw))
    for name, index in {
        "index-past-int64": str(2**64),
        "index-of-5000-digits": "9" * 5000,
        "index-negative": "-1",
        "index-leading-zero": "01",
    }.items():
        for op in ("add", "replace", "remove"):
            operation = {"op": op, "path": f"/Tags/{index}", "value": {"Id": 1}}
            yield jsonpatch(f"{op}-{name}", json.dumps([operation]).encode())
    title = json.dumps({"Title": "x"}).encode()
    for name, value in {
        "past-range-by-offset": "Fri, 31 Dec 9999 23:59:59 -0500",
        "year-99999": "Fri, 31 Dec 99999 23:59:59 GMT",
        "offset-of-99-hours": "Thu, 01 Jan 1970 00:00:00 +9999",
    }.items():
        yield merge(f"if-unmodified-since-{name}", title, headers=[("if-unmodified-since", value)])
    for name, raw_id in {"past-int32": str(2**31), "5000-digits": "9" * 5000}.items():
        yield Case(
            f"superoffice-ticket-id-{name}",
            "PATCH",
            f"/api/v1/Ticket/{raw_id}",
            400,
            title,
            SO_MERGE,
        )
    yield merge("tags-of-100000", json.dumps({"Tags": [{"Id": 1}] * 100_000}).encode())
    yield merge(
        "header-over-8kib",
        title,
        431,
        headers=[("if-unmodified-since", "x" * (LIMITS.max_header_bytes + 1))],
    )


# --- SentinelOne -------------------------------------------------------------------------


def sentinelone_cases(sim: SimHandle) -> Iterator[Case]:
    threat = sim.seed["threat_ids"][0]
    operations = {
        "ticket": (f"{S1}/external-ticket-id", {"externalTicketId": "INC-1"}, "externalTicketId"),
        "incident": (f"{S1}/incident", {"incidentStatus": "resolved"}, "incidentStatus"),
    }
    for op, (path, data, key) in operations.items():

        def post(name: str, body: bytes, path: str = path, op: str = op) -> Case:
            return Case(f"sentinelone-{op}-{name}", "POST", path, 400, body)

        for name, body in body_attacks():
            yield post(name, body)
        base = {"filter": {"ids": [threat]}, "data": data}
        for name, body in string_attacks({**base, "data": {key: HOLE[1:-1]}}, "data"):
            yield post(name, body)
        for name, body in string_attacks({**base, "filter": {"ids": [HOLE[1:-1]]}}, "id"):
            yield post(name, body)
        for name, body in nesting_attacks({**base, "filter": HOLE[1:-1]}, "filter"):
            yield post(name, body)
        for name, raw in {
            "id-past-int64": f'"{2**64}"',
            "id-of-40-digits": '"' + "9" * 40 + '"',
        }.items():
            yield post(name, fill({**base, "filter": {"ids": [HOLE[1:-1]]}}, raw))
        # (An offset that pushes year 1 or 9999 out of range is a valid filter here: it
        # matches nothing, or everything.)
        for name, raw in {"year-10000": '"10000-01-01T00:00:00Z"', **HUGE_NUMBERS}.items():
            body = fill({**base, "filter": {"createdAt__gte": HOLE[1:-1]}}, raw)
            yield post(f"created-at-{name}", body)
        tags = fill({**base, "filter": {"agentTagsData": HOLE[1:-1]}}, json.dumps(deep("array")))
        yield post("agent-tags-deep", tags)
    for name, query in {
        "limit-past-int64": f"limit={2**64}",
        "skip-of-5000-digits": "skip=" + "9" * 5000,
        "created-at-year-10000": "createdAt__gte=10000-01-01T00:00:00Z",
        "id-of-40-digits": "ids=" + "9" * 40,
        "agent-tags-deep": "agentTagsData=" + "%5B" * DEEP,
        "agent-tags-surrogate": "agentTagsData=%7B%22%5Cud800%22%3A%5B%5D%7D",
        "cursor-of-4000": "cursor=" + "A" * 4000,
        "cursor-deep": "cursor=" + base64.urlsafe_b64encode(deep("array").encode()).decode(),
        "cursor-surrogate": "cursor="
        + base64.urlsafe_b64encode(b'["\\ud800", "asc", "", "1"]').decode(),
    }.items():
        yield Case(f"sentinelone-list-{name}", "GET", S1, 400, query=query)


# --- Forcepoint DLP ----------------------------------------------------------------------


def forcepoint_cases(sim: SimHandle) -> Iterator[Case]:
    update, query = f"{FP}/incidents/update", f"{FP}/incidents"

    def post(name: str, path: str, body: bytes, status: int = 400) -> Case:
        return Case(f"forcepoint-{name}", "POST", path, status, body)

    for name, body in body_attacks():
        yield post(f"update-{name}", update, body)
        yield post(f"incidents-{name}", query, body)
    for name, body in string_attacks({**FP_UPDATE, "comment": HOLE[1:-1]}, "comment"):
        yield post(name, update, body)
    tag = {**FP_UPDATE, "action_type": "TAG", "value": HOLE[1:-1]}
    for name, body in string_attacks(tag, "tag"):
        yield post(name, update, body)
    for name, body in string_attacks({**FP_QUERY, "from_date": HOLE[1:-1]}, "from-date"):
        yield post(name, query, body)
    yield from (
        post(n, update, b)
        for n, b in nesting_attacks({**FP_UPDATE, "incident_keys": HOLE[1:-1]}, "keys")
    )
    for name, raw in {**HUGE_NUMBERS, "past-int64": str(2**64)}.items():
        key = {"incident_id": HOLE[1:-1], "partition_index": 20211001}
        yield post(f"incident-id-{name}", update, fill({**FP_UPDATE, "incident_keys": [key]}, raw))
        part = {"incident_id": 2719600, "partition_index": HOLE[1:-1]}
        yield post(f"partition-{name}", update, fill({**FP_UPDATE, "incident_keys": [part]}, raw))
        yield post(f"ids-{name}", query, fill({"type": "INCIDENTS", "ids": [HOLE[1:-1]]}, raw))
    for name, value in {
        "year-10000": "01/01/10000 00:00:00",
        "day-of-5000-digits": "9" * 5000 + "/10/2021 00:00:00",
    }.items():
        yield post(
            f"from-date-{name}", query, json.dumps({**FP_QUERY, "from_date": value}).encode()
        )
    keys = [{"incident_id": n, "partition_index": 20211001} for n in range(100_000)]
    yield post("keys-of-100000", update, json.dumps({**FP_UPDATE, "incident_keys": keys}).encode())


# --- control API -------------------------------------------------------------------------

CONTROL_POSTS = ("/__sim__/clock", "/__sim__/faults", "/__sim__/tokens", "/__sim__/requests/count")


def control_cases() -> Iterator[Case]:
    """Hostile bodies for the control API (answered ``{"error": ...}``)."""

    def post(name: str, path: str, body: bytes, status: int = 400) -> Case:
        return Case(f"control-{name}", "POST", path, status, body)

    for path in CONTROL_POSTS:
        route = path.removeprefix("/__sim__/").replace("/", "-")
        for name, body in body_attacks():
            yield post(f"{route}-{name}", path, body)
        yield post(
            f"{route}-oversized", path, b'{"a": "' + b"x" * LIMITS.max_body_bytes + b'"}', 413
        )
    clock = {
        "set-year-9999": {"set": "9999-12-31T23:59:59+00:00"},
        "set-past-range-by-offset": {"set": "9999-12-31T23:59:59-05:00"},
        "set-before-range-by-offset": {"set": "0001-01-01T00:00:00+05:00"},
        "set-before-1970": {"set": "1969-12-31T23:59:59+00:00"},
        "advance-past-range": {"advance": 1e300},
        "advance-before-range": {"advance": -1e12},
        "advance-a-million-years": {"advance": 3.2e13},
    }
    for name, options in clock.items():
        yield post(f"clock-{name}", "/__sim__/clock", json.dumps(options).encode())
    yield post("clock-surrogate", "/__sim__/clock", b'{"set": "\\ud800"}')
    faults = {
        "status-past-int64": {"kind": "status", "status": 2**64},
        "latency-huge": {"kind": "latency", "seconds": 1e300},
        "latency-range-reversed": {"kind": "latency", "seconds": 2, "seconds_max": 1},
        "probability-above-one": {"kind": "drop", "probability": 1.5},
        "probability-zero": {"kind": "drop", "probability": 0},
        "keep-bytes-negative": {"kind": "truncate", "keep_bytes": -1},
        "path-not-a-regex": {"kind": "drop", "path": "("},
        "path-of-5000": {"kind": "drop", "path": "x" * 5000},
        "seed-a-float": {"kind": "drop", "seed": 1.5},
    }
    for name, options in faults.items():
        yield post(f"faults-{name}", "/__sim__/faults", json.dumps(options).encode())
    tokens = {
        "lifetime-past-a-century": {"lifetime": 1e300},
        "lifetime-before-a-century": {"lifetime": -1e300},
        "lifetime-past-int64": {"lifetime": 2**64},
    }
    for name, options in tokens.items():
        yield post(f"tokens-{name}", "/__sim__/tokens", json.dumps(options).encode())
    counts = {
        "path-not-a-regex": {"path": "("},
        "headers-not-an-object": {"headers": ["a"]},
        "status-a-string": {"status": "200"},
        "unknown-key": {"colour": "red"},
    }
    for name, options in counts.items():
        yield post(f"count-{name}", "/__sim__/requests/count", json.dumps(options).encode())
