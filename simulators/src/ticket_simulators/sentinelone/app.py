"""The SentinelOne threats v2.1 simulator: list threats, set ticket ids and incident state."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from .._core import (
    SeededBackend,
    VendorError,
    api_routes,
    app_factory,
    route,
    strict_json_loads,
)
from . import departures
from .auth import TokenRecord, TokenService, scheme_departure
from .companions import Companions
from .departures import RECORDED_500
from .errors import error_details, error_response, forbidden, validation_error
from .filters import (
    ANALYST_VERDICTS,
    INCIDENT_STATUSES,
    ThreatFilter,
    parse_body_filter,
    parse_query_bool,
)
from .filters import parse_query_filter as _parse_query_filter
from .model import StoredThreat, documented_view
from .state import SentinelOneStore, UpdateScope

__all__ = ["BASE_URL", "PREFIX", "SentinelOneBackend", "create_app"]

MAX_TICKET_ID = 255
"""Characters an external ticket id may have (the spec's ``maxLength``)."""
BASE_URL = "http://sentinelone.sim"
PREFIX = "/web/api/v2.1/threats"

_TICKET_KEYS = frozenset({"externalTicketId"})
_INCIDENT_KEYS = frozenset({"incidentStatus", "analystVerdict"})
_VERDICT_KEYS = frozenset({"analystVerdict"})
_MAX_LIMIT = 1000
_MAX_SKIP = 1000
_INTEGER = re.compile(r"^[0-9]+$")


def _sort_value(name: str) -> Callable[[StoredThreat], str]:
    def get(t: StoredThreat) -> str:
        for part in (t.info, t.agent):
            if name in part:
                return str(part[name] or "")
        return ""

    return get


# Sortable fields; an unknown `sortBy` falls back to the id order.
_SORTS: dict[str, Callable[[StoredThreat], str]] = {
    name: _sort_value(name)
    for name in (
        "createdAt",
        "updatedAt",
        "threatName",
        "classification",
        "incidentStatus",
        "analystVerdict",
        "mitigationStatus",
        "confidenceLevel",
        "filePath",
        "agentComputerName",
        "accountName",
        "siteName",
    )
}


class SentinelOneBackend(SeededBackend[SentinelOneStore]):
    """SentinelOne's state and credentials, as the shared simulator core drives them."""

    name = "sentinelone"
    store_type = SentinelOneStore

    def open_credentials(self) -> None:
        """The token registry, holding the seeded tokens."""
        self.tokens = TokenService(self.clock, self.store.seed_data.tokens)

    def reset(self) -> None:
        """Reload the seed and the seeded tokens; minted tokens stay valid."""
        super().reset()
        self.tokens.load_seed(self.store.seed_data.tokens)

    def seed_listing(self) -> dict[str, Any]:
        """Tokens, accounts, sites, groups, agents and threat ids, for test authors."""
        data = self.store.seed_data
        return {
            "seed": data.seed,
            "tokens": [
                {
                    "token": t.token,
                    "user": t.user,
                    "write": t.write,
                    "account_ids": list(t.account_ids) if t.account_ids is not None else None,
                }
                for t in data.tokens
            ],
            "accounts": [{"id": a.id, "name": a.name} for a in data.accounts],
            "sites": [{"id": s.id, "name": s.name, "account_id": s.parent_id} for s in data.sites],
            "groups": [{"id": g.id, "name": g.name, "site_id": g.parent_id} for g in data.groups],
            "agents": [
                {
                    "id": a.id,
                    "uuid": a.uuid,
                    "computer_name": a.computer_name,
                    "os_type": a.os_type,
                    "os_arch": a.os_arch,
                    "machine_type": a.machine_type,
                    "account_id": a.account.id,
                    "site_id": a.site.id,
                    "group_id": a.group.id,
                    "tags": dict(a.tags),
                }
                for a in data.agents
            ],
            "threat_ids": self.store.view(ThreatFilter(), None, lambda ts: [t.id for t in ts]),
        }

    def mint_token(self, request: Mapping[str, Any]) -> str:
        """An API token from ``POST /__sim__/tokens`` options (see the README)."""
        return self.tokens.mint(request)

    def error_response(self, status: int, *, retry_after: int | None = None) -> Response:
        """SentinelOne's body for an injected or unexpected status."""
        response = error_response(status)
        if retry_after is not None:
            response.headers["retry-after"] = str(retry_after)
        return response


def _affected_response(affected: int, status: int = 200) -> Response:
    """``{"data": {"affected": n}}``: the bytes and headers JSONResponse makes for it.

    Written directly because this is the hottest answer and its shape never varies.
    """
    body = b'{"data":{"affected":%d}}' % affected
    return Response(body, status_code=status, media_type=JSONResponse.media_type)


def _encode_cursor(sort_by: str, order: str, threat: StoredThreat) -> str:
    key = _SORTS[sort_by](threat) if sort_by in _SORTS else ""
    raw = json.dumps([sort_by, order, key, threat.id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str, str, str, int] | None:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        sort_by, order, key, threat_id = strict_json_loads(raw)
    except (ValueError, TypeError, binascii.Error):
        return None
    if not (
        isinstance(sort_by, str)
        and order in ("asc", "desc")
        and isinstance(key, str)
        and isinstance(threat_id, str)
        and len(threat_id) <= 30
        and _INTEGER.match(threat_id)
    ):
        return None
    return sort_by, order, key, int(threat_id)


@dataclass
class Caller:
    """Who called, and the undocumented forms of the call that strict mode refuses.

    Those are refused together with the request's other problems, in one 400 naming
    every departure the call relies on, after the token itself has been checked.
    """

    token: TokenRecord
    problems: list[str] = field(default_factory=list)

    def check(self) -> None:
        """VendorError 400 if the call relies on a departure strict mode refuses."""
        if self.problems:
            raise validation_error(self.problems)


class SentinelOneApi:
    """Request handlers for the two documented operations and the companion listing."""

    def __init__(self, backend: SentinelOneBackend) -> None:
        """Serve ``backend``'s state."""
        self.backend = backend
        self.store = backend.store

    def authorize(self, request: Request, *, write: bool) -> Caller:
        """401 for a missing, unknown or expired token; 403 when it may not write."""
        header = request.headers.get("authorization")
        record = self.backend.tokens.verify(header)
        if write and not record.write:
            raise forbidden()
        caller = Caller(record)
        departure = scheme_departure(header)
        if departure and not self.backend.fidelity.allows(departure):
            scheme = (header or "").strip().partition(" ")[0]
            caller.problems.append(
                f"Authorization: the {scheme!r} scheme, not 'ApiToken', which the documents"
                f" do not describe ({departure})"
            )
        return caller

    @route("GET", "")
    async def list_threats(self, request: Request) -> Response:
        """``GET /web/api/v2.1/threats``: filter, sort, then page by cursor or skip."""
        fidelity = self.backend.fidelity
        view: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        if fidelity.strict:
            view = documented_view
        return await self.page_threats(request, view)

    async def page_threats(
        self, request: Request, view: Callable[[dict[str, Any]], dict[str, Any]] | None
    ) -> Response:
        """Filter, sort and page the threats; ``view`` reshapes each one (None: as stored)."""
        caller = self.authorize(request, write=False)
        fidelity = self.backend.fidelity
        params: dict[str, list[str]] = {}
        for name, value in request.query_params.multi_items():
            params.setdefault(name, []).append(value)
        problems: list[str] = list(caller.problems)

        def single(name: str) -> str | None:
            values = params.get(name)
            return values[-1] if values else None

        def count(name: str, low: int, high: int, default: int | None) -> int | None:
            raw = single(name)
            if raw is None:
                return default
            # Length first: int() refuses (ValueError) strings of thousands of digits.
            if len(raw) > 6 or not _INTEGER.match(raw) or not low <= int(raw) <= high:
                problems.append(f"{name}: Must be between {low} and {high}.")
                return default
            return int(raw)

        def flag(name: str) -> bool:
            raw = single(name)
            if raw is None:
                return False
            try:
                return parse_query_bool(name, raw, fidelity)
            except VendorError as exc:
                problems.extend(error_details(exc))
                return False

        limit = count("limit", 1, _MAX_LIMIT, 10) or 10
        skip = count("skip", 0, _MAX_SKIP, 0) or 0
        count_only = flag("countOnly")
        skip_count = flag("skipCount")
        sort_by = single("sortBy") or "id"
        # Only an absent sortOrder defaults; an empty one is outside the enum, like any other.
        order = single("sortOrder")
        if order is None:
            order = "asc"
        elif order not in ("asc", "desc"):
            problems.append("sortOrder: must be asc or desc")
        after: tuple[str, int] | None = None
        cursor = single("cursor")
        if cursor is not None:
            decoded = _decode_cursor(cursor)
            if decoded is None:
                problems.append("cursor: not a cursor this API issued")
            else:
                sort_by, order, key, last_id = decoded
                after = (key, last_id)
        try:
            threat_filter = _parse_query_filter(params, fidelity)
        except VendorError as exc:
            if not problems:
                raise
            problems += error_details(exc)
        if problems:
            raise validation_error(problems)

        sort_key = _SORTS.get(sort_by)

        def key_of(t: StoredThreat) -> tuple[str, int]:
            return (sort_key(t) if sort_key else "", int(t.id))

        def render(threats: list[StoredThreat]) -> Response:
            total = len(threats)
            threats = sorted(threats, key=key_of, reverse=order == "desc")
            if after is not None:
                if order == "desc":
                    threats = [t for t in threats if key_of(t) < after]
                else:
                    threats = [t for t in threats if key_of(t) > after]
            rest = threats[skip:]
            page = [] if count_only else rest[:limit]
            next_cursor = None
            if not count_only and len(rest) > limit:
                next_cursor = _encode_cursor(sort_by, order, page[-1])
            return JSONResponse(
                {
                    "data": [t.data if view is None else view(t.data) for t in page],
                    "pagination": {
                        "totalItems": None if skip_count else total,
                        "nextCursor": next_cursor,
                    },
                }
            )

        return self.store.view(threat_filter, caller.token.account_ids, render)

    async def _body(
        self, request: Request, data_keys: frozenset[str], caller: Caller
    ) -> tuple[Any, Any]:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            raise validation_error(
                [*caller.problems, "body: content-type must be application/json"]
            )
        try:
            body = strict_json_loads(await request.body())
        except ValueError:
            raise validation_error([*caller.problems, "body: must be valid JSON"]) from None
        if not isinstance(body, dict):
            raise validation_error(
                [*caller.problems, "body: must be an object with filter and data"]
            )
        problems = [f"{key}: unknown field" for key in sorted(set(body) - {"filter", "data"})]
        for key in ("filter", "data"):
            if key not in body:
                problems.append(f"{key}: Missing data for required field.")
        data = body.get("data")
        if "data" in body and not isinstance(data, dict):
            problems.append("data: must be an object")
        elif isinstance(data, dict):
            problems += [f"data.{k}: unknown field" for k in sorted(set(data) - data_keys)]
        if problems:
            raise validation_error([*caller.problems, *problems])
        return body["filter"], data

    async def _write(
        self, request: Request, data_keys: frozenset[str], check: Callable[[Any, list[str]], None]
    ) -> tuple[ThreatFilter, Any, UpdateScope]:
        """What every update does first: a writing caller, its body, its data and filter.

        ``check`` adds the data's problems; the filter is read even when the data is
        wrong, so one answer names everything. The scope is the store's ``now`` and the
        caller's ``account_ids``.
        """
        caller = self.authorize(request, write=True)
        raw_filter, data = await self._body(request, data_keys, caller)
        problems = list(caller.problems)
        check(data, problems)
        threat_filter = parse_body_filter(raw_filter, self.backend.fidelity, problems)
        scope = UpdateScope(caller.token.account_ids, self.backend.clock.now())
        return threat_filter, data, scope

    @route("POST", "/external-ticket-id")
    async def update_external_ticket_id(self, request: Request) -> Response:
        """``POST /web/api/v2.1/threats/external-ticket-id``."""
        threat_filter, data, scope = await self._write(request, _TICKET_KEYS, _check_ticket)
        ticket = str(data.get("externalTicketId"))
        affected = self.store.set_external_ticket_id(threat_filter, ticket, scope)
        if affected == 0 and self.backend.fidelity.profile == RECORDED_500:
            # The document's recording: nothing affected, answered as a server error.
            return _affected_response(affected, 500)
        return _affected_response(affected)

    @route("POST", "/incident")
    async def update_incident(self, request: Request) -> Response:
        """``POST /web/api/v2.1/threats/incident``."""
        threat_filter, data, scope = await self._write(request, _INCIDENT_KEYS, _check_incident)
        status = str(data.get("incidentStatus"))
        verdict = data.get("analystVerdict")
        affected, details = self.store.set_incident(
            threat_filter, status, None if verdict is None else str(verdict), scope
        )
        return JSONResponse({"data": {"affected": affected, "details": details}})

    @route("POST", "/analyst-verdict")
    async def update_analyst_verdict(self, request: Request) -> Response:
        """``POST /web/api/v2.1/threats/analyst-verdict`` (companion): set the verdict only."""
        threat_filter, data, scope = await self._write(request, _VERDICT_KEYS, _check_verdict)
        verdict = str(data.get("analystVerdict"))
        return _affected_response(self.store.set_verdict(threat_filter, verdict, scope))


def _check_ticket(data: Any, problems: list[str]) -> None:
    ticket = data.get("externalTicketId")
    if not isinstance(ticket, str):
        problems.append("data.externalTicketId: must be a string")
    elif len(ticket) > MAX_TICKET_ID:
        problems.append(f"data.externalTicketId: at most {MAX_TICKET_ID} characters")


def _check_incident(data: Any, problems: list[str]) -> None:
    if data.get("incidentStatus") not in INCIDENT_STATUSES:
        problems.append(f"data.incidentStatus: must be one of {', '.join(INCIDENT_STATUSES)}")
    if "analystVerdict" in data:
        _check_verdict(data, problems)


def _check_verdict(data: Any, problems: list[str]) -> None:
    if data.get("analystVerdict") not in ANALYST_VERDICTS:
        problems.append(f"data.analystVerdict: must be one of {', '.join(ANALYST_VERDICTS)}")


def _routes(backend: SentinelOneBackend) -> list[BaseRoute]:
    """The vendor's API routes, bound to ``backend``."""
    api = SentinelOneApi(backend)
    return [
        *api_routes(api, PREFIX),
        *api_routes(Companions(api)),
    ]


create_app = app_factory(SentinelOneBackend, _routes, departures, "SentinelOne")
