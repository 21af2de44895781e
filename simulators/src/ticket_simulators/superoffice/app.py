"""The SuperOffice WebAPI ticket simulator: GET and PATCH ``/api/v1/Ticket/{id}``, and
what real servers offer beside them that integrations use (PUT of the whole entity, the
ticket agent's Get/SaveTicketEntity)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime as http_date
from email.utils import parsedate_to_datetime
from json.encoder import encode_basestring
from typing import Any

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Scope

from .._core import (
    ControlError,
    SeededBackend,
    VendorError,
    api_routes,
    app_factory,
    json_text,
    rendering,
    route,
    strict_json_loads,
)
from . import departures
from .archive import (
    MESSAGES,
    TICKETS,
    Archive,
    ArchiveQuery,
    list_rows,
    message_rows,
    parse_archive_query,
)
from .auth import CredentialService, Principal, Scheme
from .dates import answer_style, restyle
from .departures import (
    AGENT_ENDPOINTS,
    ARCHIVE_LISTING,
    DATETIME_WITHOUT_OFFSET,
    MESSAGES_LISTING,
    NEWER_FIELDS,
    PUT_ENTITY,
    TENANT_STATUS,
)
from .encoding import EntityWriter
from .errors import bad_request, error_response, relies_on, web_api_error
from .patch import apply_patch, merge_to_operations, parse_operations, settle
from .save import naive_dates_in, saved_entity
from .schema import DOCUMENTED_PROPERTIES, PROPERTIES, canonical_name
from .seed import Json
from .state import SuperOfficeStore, last_changed

__all__ = ["BASE_URL", "CONTEXT", "SuperOfficeBackend", "create_app"]

CONTEXT = "Cust12345"
BASE_URL = "http://superoffice.sim"

_SCHEMES: tuple[Scheme, ...] = ("bearer", "soticket", "basic", "xsrf")
_TOKEN_OPTIONS = frozenset({"scheme", "user", "lifetime"})
_PATCH_TYPES = {
    "application/json": "either",
    "text/json": "either",
    "application/json-patch+json": "patch",
    "application/merge-patch+json": "merge",
}
_ENTITY_TYPES = frozenset({"application/json", "text/json"})
_ID = re.compile(r"-?[0-9]{1,10}")
# An Online tenant's context identifier; any other first segment is the virtual
# directory an on-site installation is served under (``/SuperOffice/api/v1/...``).
_ONLINE_CONTEXT = re.compile(r"cust[0-9]+", re.IGNORECASE)
# The stored TicketEntity members, in answer order. ``_Links`` comes last (the answer
# puts it where PROPERTIES has it) and is made for each request.
_STORED_MEMBERS = tuple(p.name for p in PROPERTIES[:-1])
# What strict mode answers: the members the document lists.
_DOCUMENTED_MEMBERS = tuple(p.name for p in DOCUMENTED_PROPERTIES[:-1])
_NEWER_MEMBERS = frozenset(p.name.lower() for p in PROPERTIES if p.newer)
_LINKS_MEMBER = encode_basestring(PROPERTIES[-1].name) + ":"
if PROPERTIES[-1].name != "_Links":
    raise RuntimeError("TicketEntity answers end with _Links")


class SuperOfficeBackend(SeededBackend[SuperOfficeStore]):
    """SuperOffice's state and credentials, as the shared simulator core drives them."""

    name = "superoffice"
    store_type = SuperOfficeStore

    def open_credentials(self) -> None:
        """A credential service private to this instance, for the seeded users."""
        self.credentials = CredentialService(self.clock, self.store.seed_data.users, CONTEXT)

    def seed_listing(self) -> dict[str, Any]:
        """Users (with passwords), tickets and the lists they reference."""
        data = self.store.seed_data
        catalog = data.catalog
        return {
            "seed": data.seed,
            "context": CONTEXT,
            "users": [
                {
                    "associate_id": u.associate_id,
                    "username": u.username,
                    "password": u.password,
                    "full_name": u.full_name,
                    "deleted": u.deleted,
                }
                for u in data.users
            ],
            "tickets": [
                {"id": t["TicketId"], "title": t["Title"], "last_changed": t["LastChanged"]}
                for t in self.store.tickets()
            ],
            "categories": [
                {"id": c["TicketCategoryId"], "name": c["Fullname"]}
                for c in catalog.categories.values()
            ],
            "priorities": [
                {"id": p["TicketPriorityId"], "name": p["Name"]}
                for p in catalog.priorities.values()
            ],
            "statuses": [
                {"id": s["TicketStatusId"], "name": s["Name"], "base_status": s["Status"]}
                for s in catalog.statuses.values()
            ],
            "persons": [
                {"id": p["PersonId"], "full_name": p["FullName"], "company": p["ContactName"]}
                for p in catalog.persons.values()
            ],
            "tags": [{"id": t["Id"], "name": t["Name"]} for t in catalog.tags.values()],
            "custom_fields": list(catalog.custom_fields),
        }

    def mint_token(self, request: Mapping[str, Any]) -> str:
        """A credential from ``POST /__sim__/tokens`` options: scheme, user, lifetime."""
        unknown = sorted(set(request) - _TOKEN_OPTIONS)
        if unknown:
            raise ControlError(f"unknown token options: {', '.join(unknown)}")
        scheme = request.get("scheme", "bearer")
        if scheme not in _SCHEMES:
            raise ControlError(f"scheme must be one of {', '.join(_SCHEMES)}")
        name = request.get("user", self.store.seed_data.users[0].username)
        if isinstance(name, bool) or not isinstance(name, str | int):
            raise ControlError("user must be a user name or an associate id")
        user = self.credentials.user(name)
        if user is None:
            raise ControlError(f"no seeded user {name!r}")
        lifetime = request.get("lifetime", 3600)
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float):
            raise ControlError("lifetime must be a number of seconds")
        return self.credentials.mint(scheme, user, lifetime)

    def error_response(self, status: int, *, retry_after: int | None = None) -> Response:
        """The WebAPI error object for an injected or unexpected status."""
        return error_response(status, retry_after=retry_after)


class SuperOfficeApi:
    """Request handlers for PATCH Ticket/{id} and its companion GET."""

    def __init__(self, backend: SuperOfficeBackend) -> None:
        """Serve ``backend``'s state."""
        self.backend = backend
        self.store = backend.store
        self.fidelity = backend.fidelity
        # One writer per kind of answer: every member or the documented ones, and
        # date-times in each style (see ``dates``).
        self._writers = {
            (documented, style): EntityWriter(
                _DOCUMENTED_MEMBERS if documented else _STORED_MEMBERS,
                None if style == "offset" else functools.partial(restyle, style=style),
            )
            for documented in (False, True)
            for style in ("offset", "naive", "utc")
        }

    def _authenticate(self, request: Request) -> Principal:
        context = request.path_params.get("context")
        if (
            context is not None
            and _ONLINE_CONTEXT.fullmatch(context)
            and context.lower() != CONTEXT.lower()
        ):
            raise web_api_error(404, "SoNotFoundException", f"Unknown tenant {context}")
        return self.backend.credentials.check(request.headers)

    def _require(self, departure: str, what: str) -> None:
        """Refuse, in strict mode, a request that relies on ``departure``."""
        if not self.fidelity.allows(departure):
            raise relies_on(departure, what)

    async def _require_save(self, departure: str, what: str, request: Request) -> None:
        """Refuse a whole-entity save in strict mode, naming every departure it needs.

        Integrations that save whole entities send back the date-times they read, which
        field servers write without an offset; the refusal says so too.
        """
        if self.fidelity.allows(departure):
            return
        try:
            body = strict_json_loads(await request.body())
        except ValueError:
            body = None
        naive = naive_dates_in(body)
        if naive:
            what = f"{what}; {naive[0]} has no offset, which relies on {DATETIME_WITHOUT_OFFSET}"
        raise relies_on(departure, what)

    def _naive_dates(self) -> bool:
        return not self.fidelity.strict

    def _no_newer_members(self, names: list[str]) -> None:
        """Strict mode knows only the document's members: refuse the newer ones."""
        if self.fidelity.strict:
            newer = sorted({n for n in names if n.lower() in _NEWER_MEMBERS})
            if newer:
                raise relies_on(NEWER_FIELDS, f"TicketEntity has no property {newer[0]}")

    @route("GET", "/Ticket/{id}")
    async def get_ticket(self, request: Request) -> Response:
        """``GET /api/v1/Ticket/{id}``, with ``$select``, ``fk`` and If-Modified-Since."""
        self._authenticate(request)
        ticket_id = _ticket_id(request)
        select = _parse_select(request.query_params.get("$select"))
        fk = request.query_params.get("fk")
        if fk is not None and fk.lower() not in ("true", "false"):
            raise bad_request("fk must be true or false")
        ticket = self.store.ticket(ticket_id, shared=True)
        changed = last_changed(ticket)
        headers = {"last-modified": _last_modified(ticket["LastChanged"])}
        since = _http_date(request.headers.get("if-modified-since"), strict=False)
        if since is not None and changed <= since:
            return Response(status_code=304, headers=headers)
        return self._answer(ticket_id, ticket, request, select, headers)

    @route("PATCH", "/Ticket/{id}")
    async def patch_ticket(self, request: Request) -> Response:
        """``PATCH /api/v1/Ticket/{id}`` with a JSON Patch or JSON Merge Patch body.

        Order: credentials (401), the id and headers (400), the ticket (404), the body's
        shape (400), If-Unmodified-Since (412), then the operations (400, or 409 for a
        failing test) and the resulting values (400). Nothing is written unless every
        step passes.
        """
        self._authenticate(request)
        ticket_id = _ticket_id(request)
        select = _parse_select(_query(request, "$select"))
        since = _http_date(request.headers.get("if-unmodified-since"), strict=True)
        self.store.ticket(ticket_id, shared=True)
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        form = _PATCH_TYPES.get(media_type)
        if form is None:
            raise bad_request(
                "Content-Type must be application/json-patch+json, "
                "application/merge-patch+json or application/json"
            )
        body = _parse_json(await request.body())
        is_patch = isinstance(body, list)
        if (form == "patch" and not is_patch) or (form == "merge" and is_patch):
            raise bad_request(f"The body does not fit Content-Type {media_type}")
        operations = parse_operations(body) if is_patch else None
        if not is_patch and not isinstance(body, dict):
            raise bad_request("The body must be a JSON Patch array or a JSON Merge Patch object")
        if operations is not None:
            self._no_newer_members([op.segments[0] for op in operations])
        else:
            self._no_newer_members(list(body))
        now = self.backend.clock.now()
        catalog = self.store.catalog
        checked = self.store.checked
        naive = self._naive_dates()

        def change(current: Json) -> Json:
            ops = operations if operations is not None else merge_to_operations(body, current)
            patched = apply_patch(current, ops, naive_dates=naive)
            return settle(current, patched, catalog, now, checked=checked, naive_dates=naive)

        updated = self.store.update(ticket_id, change, unmodified_since=since, now=now)
        headers = {"last-modified": _last_modified(updated["LastChanged"])}
        return self._answer(ticket_id, updated, request, select, headers)

    @route("PUT", "/Ticket/{id}")
    async def put_ticket(self, request: Request) -> Response:
        """``PUT /api/v1/Ticket/{id}``: save the whole TicketEntity sent (see ``save``).

        Not in the documents (strict mode refuses it); real servers serve it and
        integrations that send back the ticket they read use it. Same order of checks
        as PATCH, with If-Unmodified-Since honoured.
        """
        self._authenticate(request)
        await self._require_save(PUT_ENTITY, "PUT Ticket/{id} is not described; use PATCH", request)
        ticket_id = _ticket_id(request)
        select = _parse_select(_query(request, "$select"))
        notify = _query(request, "notify")
        if notify is not None and notify.lower() not in ("true", "false"):
            raise bad_request("notify must be true or false")
        since = _http_date(request.headers.get("if-unmodified-since"), strict=True)
        self.store.ticket(ticket_id, shared=True)
        body = await _entity_body(request)
        updated = self._save(ticket_id, body, since)
        headers = {"last-modified": _last_modified(updated["LastChanged"])}
        return self._answer(ticket_id, updated, request, select, headers)

    @route("GET", "/Ticket")
    async def list_tickets(self, request: Request) -> Response:
        """``GET /api/v1/Ticket``: the ticket archive as an OData list (see ``archive``)."""
        self._authenticate(request)
        self._require(ARCHIVE_LISTING, "The Ticket archive listing is not described")
        query = parse_archive_query(request.query_params, TICKETS)
        rows = self.store.tickets_shared()
        return self._listing(request, rows, query, TICKETS, "/api/v1/Ticket")

    @route("GET", "/Ticket/{id}/Messages")
    async def list_messages(self, request: Request) -> Response:
        """``GET /api/v1/Ticket/{id}/Messages``: a ticket's messages, with their text,
        as an OData list (see ``archive``)."""
        self._authenticate(request)
        self._require(MESSAGES_LISTING, "The ticket's Messages listing is not described")
        ticket_id = _ticket_id(request)
        query = parse_archive_query(request.query_params, MESSAGES)
        rows = message_rows(self.store.ticket(ticket_id, shared=True))
        path = f"/api/v1/Ticket/{ticket_id}/Messages"
        return self._listing(request, rows, query, MESSAGES, path)

    def _listing(
        self,
        request: Request,
        rows: list[Json],
        query: ArchiveQuery,
        archive: Archive,
        path: str,
    ) -> Response:
        style = answer_style(self.fidelity.profile, request.headers.get("so-timezone"))
        root = _root(request.scope)
        return JSONResponse(list_rows(rows, query, archive, root=root, path=path, style=style))

    async def tenant_status(self, request: Request) -> Response:
        """``GET /api/state/{context}``: where an Online tenant is served, and whether it
        runs. Asked without credentials, first, to find the tenant's base URL (which
        real environments move between servers to balance load)."""
        self._require(TENANT_STATUS, "The tenant status endpoint is not described")
        context = request.path_params["context"]
        if context.lower() != CONTEXT.lower():
            raise web_api_error(404, "SoNotFoundException", f"Unknown tenant {context}")
        base = str(request.base_url).rstrip("/")
        valid_until = self.backend.clock.now().astimezone(UTC) + timedelta(hours=1)
        return JSONResponse(
            {
                "ContextIdentifier": CONTEXT,
                "Endpoint": f"{base}/{CONTEXT}",
                "State": "Running",
                "IsRunning": True,
                "ValidUntil": valid_until.isoformat(timespec="microseconds").replace("+00:00", "Z"),
                "Api": f"{base}/{CONTEXT}/api",
            }
        )

    @route("POST", "/Agents/Ticket/GetTicketEntity")
    async def agent_get_ticket(self, request: Request) -> Response:
        """``POST /api/v1/Agents/Ticket/GetTicketEntity?ticketEntityId=N``.

        The agent's answer is the bare carrier: no ``_Links``, and ``null`` (200) when
        no ticket has the id, as the agent returns no entity.
        """
        self._authenticate(request)
        self._require(AGENT_ENDPOINTS, "The ticket agent endpoints are not described")
        raw = request.query_params.get("ticketEntityId")
        if raw is None:
            raise bad_request("ticketEntityId is required")
        ticket_id = _parse_id(raw, "ticketEntityId")
        select = _parse_select(request.query_params.get("$select"))
        try:
            ticket = self.store.ticket(ticket_id, shared=True)
        except VendorError as error:
            if error.status != 404:
                raise
            return JSONResponse(None)
        return self._answer(ticket_id, ticket, request, select, {}, links=False)

    @route("POST", "/Agents/Ticket/SaveTicketEntity")
    async def agent_save_ticket(self, request: Request) -> Response:
        """``POST /api/v1/Agents/Ticket/SaveTicketEntity`` with the entity as the body.

        The body's ``TicketId`` names the ticket. Creating a ticket (``TicketId`` 0) is
        not simulated: the simulator answers 400 saying so.
        """
        self._authenticate(request)
        await self._require_save(
            AGENT_ENDPOINTS, "The ticket agent endpoints are not described", request
        )
        body = await _entity_body(request)
        key = next((k for k in body if k.lower() == "ticketid"), None)
        ident = body.get(key) if key is not None else None
        if isinstance(ident, bool) or not isinstance(ident, int) or ident <= 0:
            raise bad_request(
                "TicketId must name an existing ticket (the simulator does not create tickets)"
            )
        self.store.ticket(ident, shared=True)
        updated = self._save(ident, body, None)
        return self._answer(ident, updated, request, None, {}, links=False)

    def _save(self, ticket_id: int, body: Any, since: datetime | None) -> Json:
        now = self.backend.clock.now()
        catalog = self.store.catalog
        checked = self.store.checked
        naive = self._naive_dates()

        def change(current: Json) -> Json:
            entity = saved_entity(body, current)
            return settle(current, entity, catalog, now, checked=checked, naive_dates=naive)

        return self.store.update(ticket_id, change, unmodified_since=since, now=now)

    def _answer(
        self,
        ticket_id: int,
        ticket: Json,
        request: Request,
        select: Selection | None,
        headers: dict[str, str],
        *,
        links: bool = True,
    ) -> Response:
        """A stored ticket as the TicketEntity answer, with its ``_Links`` unless not
        ``links``; strict mode leaves out the members the document does not list."""
        documented = self.fidelity.strict
        style = answer_style(self.fidelity.profile, request.headers.get("so-timezone"))
        link_map = _links(request.scope, ticket) if links else None
        if select is not None:
            entity = _render(ticket, link_map, select, documented=documented)
            restyled = {name: restyle(name, value, style) for name, value in entity.items()}
            return JSONResponse(restyled, headers=headers)
        # The whole entity: text of values unchanged since this ticket's last answer is
        # reused (see ``encoding``); the links are made for this request.
        writer = self._writers[documented, style]
        members = writer.members(ticket_id, ticket)
        if link_map is None:
            body = f"{{{members}}}"
        else:
            body = f"{{{members},{_LINKS_MEMBER}{json_text(link_map)}}}"
        return Response(body.encode(), headers=headers, media_type="application/json")


def _ticket_id(request: Request) -> int:
    return _parse_id(request.path_params["id"], "The ticket id")


def _parse_id(raw: str, what: str) -> int:
    if not _ID.fullmatch(raw) or not -(2**31) <= int(raw) < 2**31:
        raise bad_request(f"{what} must be a 32-bit integer, not '{raw}'")
    return int(raw)


async def _entity_body(request: Request) -> dict[str, Any]:
    """The JSON object a whole-entity save sends; 400 for anything else."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in _ENTITY_TYPES:
        raise bad_request("Content-Type must be application/json")
    body = _parse_json(await request.body())
    if not isinstance(body, dict):
        raise bad_request("Entity to save is not in request body")
    return body


def _http_date(value: str | None, *, strict: bool) -> datetime | None:
    """An HTTP-date header as an aware datetime; unreadable ones are 400 when ``strict``."""
    if value is None:
        return None
    try:
        instant = parsedate_to_datetime(value)
        if instant.tzinfo is not None:
            # In UTC now: an offset can carry year 1 or 9999 past the datetime range,
            # which a later comparison would only find out by overflowing.
            instant = instant.astimezone(UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        instant = None
    if instant is None or instant.tzinfo is None:
        if strict:
            raise bad_request(f"The header value '{value}' is not an HTTP-date")
        return None
    return instant


def _query(request: Request, name: str) -> str | None:
    # Most requests have no query string; parsing an empty one finds nothing.
    return request.query_params.get(name) if request.scope.get("query_string") else None


def _parse_json(raw: bytes) -> Any:
    try:
        return strict_json_loads(raw)
    except ValueError:
        raise bad_request("The request body is not valid JSON") from None


# A $select tree: lower-cased property name -> sub-selection (None: the whole value).
Selection = dict[str, "Selection | None"]


def _parse_select(raw: str | None) -> Selection | None:
    if raw is None:
        return None
    names = [n.strip().strip("/") for n in raw.split(",") if n.strip().strip("/")]
    if not names:
        return None
    tree: Selection = {}
    for name in names:
        node = tree
        parts = [p.lower() for p in name.split("/") if p]
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            if last:
                node[part] = None  # the whole value, even if a part of it was named too
            else:
                child = node.get(part, {})
                if child is None:
                    break  # already selected whole
                node[part] = child
                node = child
    return tree


def _selected(value: Any, tree: Selection) -> Any:
    if isinstance(value, list):
        return [_selected(item, tree) for item in value]
    if not isinstance(value, dict):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        if key.lower() not in tree:
            result[key] = None
            continue
        sub = tree[key.lower()]
        result[key] = item if sub is None else _selected(item, sub)
    return result


@functools.lru_cache(maxsize=1024)
def _last_modified(stamp: str) -> str:
    """The Last-Modified header for a stored ``LastChanged``."""
    return http_date(datetime.fromisoformat(stamp).astimezone(UTC), usegmt=True)


def _links(scope: Scope, ticket: Json) -> dict[str, str]:
    root = _root(scope)
    return {
        "Self": f"{root}/api/v1/Ticket/{ticket['TicketId']}",
        "Archive": f"{root}/api/v1/Ticket",
    }


def _root(scope: Scope) -> str:
    # Starlette's ``request.url`` is made from these scope entries (the first Host
    # header among the headers), so it is worked out once for each combination.
    host = next((value for key, value in scope["headers"] if key == b"host"), None)
    server = scope.get("server")
    return _root_of(
        scope.get("scheme", "http"),
        None if server is None else tuple(server),
        scope.get("root_path", ""),
        scope["path"],
        scope.get("query_string", b""),
        host,
    )


@functools.lru_cache(maxsize=256)
def _root_of(
    scheme: str,
    server: tuple[str, int | None] | None,
    root_path: str,
    path: str,
    query_string: bytes,
    host: bytes | None,
) -> str:
    """What precedes ``/api/v1/`` in the request's URL (``request.url``, query dropped)."""
    scope = {
        "type": "http",
        "scheme": scheme,
        "server": server,
        "root_path": root_path,
        "path": path,
        "query_string": query_string,
        "headers": [] if host is None else [(b"host", host)],
    }
    url = str(URL(scope=scope).replace(query=""))
    return url.split("/api/v1/", 1)[0]


def _render(
    ticket: Json, links: dict[str, str] | None, select: Selection, *, documented: bool
) -> Json:
    props = DOCUMENTED_PROPERTIES if documented else PROPERTIES
    entity = {p.name: ticket[p.name] for p in props[:-1]}
    if links is not None:
        entity["_Links"] = links
    # Unknown names are ignored, as the document's own example names properties a
    # ticket does not have; every property not named is answered as null.
    known = {k: v for k, v in select.items() if canonical_name(k) is not None}
    return dict(_selected(entity, known))


def _routes(backend: SuperOfficeBackend) -> list[BaseRoute]:
    """The vendor's API routes, bound to ``backend``."""
    api = SuperOfficeApi(backend)
    # Online addresses a tenant as /{context}/api/v1/...; on-site servers use the root
    # or the virtual directory the installation is served under.
    return [
        Route("/api/state/{context}", rendering(api.tenant_status), methods=["GET"]),
        *api_routes(api, "/{context}/api/v1"),
        *api_routes(api, "/api/v1"),
    ]


create_app = app_factory(SuperOfficeBackend, _routes, departures, "SuperOffice")
