"""The SuperOffice WebAPI ticket simulator: GET and PATCH ``/api/v1/Ticket/{id}``."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import format_datetime as http_date
from email.utils import parsedate_to_datetime
from json.encoder import encode_basestring
from typing import Any

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Scope

from .._core import (
    Clock,
    ControlError,
    Fidelity,
    SimulatorApp,
    json_text,
    rendering,
    strict_json_loads,
)
from .auth import CredentialService, Principal, Scheme
from .departures import DEPARTURES, DOCUMENTED_PROFILE, PROFILES
from .encoding import EntityWriter
from .errors import ApiError, bad_request, error_response
from .patch import apply_patch, merge_to_operations, parse_operations, settle
from .schema import PROPERTIES, canonical_name
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
_ID = re.compile(r"-?[0-9]{1,10}")
# The stored TicketEntity members, in answer order. ``_Links`` comes last (the answer
# puts it where PROPERTIES has it) and is made for each request.
_STORED_MEMBERS = tuple(p.name for p in PROPERTIES[:-1])
_LINKS_MEMBER = encode_basestring(PROPERTIES[-1].name) + ":"
if PROPERTIES[-1].name != "_Links":
    raise RuntimeError("TicketEntity answers end with _Links")


class SuperOfficeBackend:
    """SuperOffice's state and credentials, as the shared simulator core drives them."""

    name = "superoffice"

    def __init__(self, *, seed: int, clock: Clock, fidelity: Fidelity) -> None:
        """Seed the store and create a credential service private to this instance."""
        self.clock = clock
        self.fidelity = fidelity
        self.store = SuperOfficeStore(seed)
        self.credentials = CredentialService(clock, self.store.seed_data.users, CONTEXT)

    def reset(self) -> None:
        """Reload the seed. Minted credentials stay valid: they belong to the app."""
        self.store.reset()

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


_rendering_errors = rendering(ApiError)


class SuperOfficeApi:
    """Request handlers for PATCH Ticket/{id} and its companion GET."""

    def __init__(self, backend: SuperOfficeBackend) -> None:
        """Serve ``backend``'s state."""
        self.backend = backend
        self.store = backend.store
        self._json = EntityWriter(_STORED_MEMBERS)

    def _authenticate(self, request: Request) -> Principal:
        context = request.path_params.get("context")
        if context is not None and context.lower() != CONTEXT.lower():
            raise ApiError(404, "SoNotFoundException", f"Unknown tenant {context}")
        return self.backend.credentials.check(request.headers)

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
        now = self.backend.clock.now()
        catalog = self.store.catalog
        checked = self.store.checked

        def change(current: Json) -> Json:
            ops = operations if operations is not None else merge_to_operations(body, current)
            return settle(current, apply_patch(current, ops), catalog, now, checked=checked)

        updated = self.store.update(ticket_id, change, unmodified_since=since, now=now)
        headers = {"last-modified": _last_modified(updated["LastChanged"])}
        return self._answer(ticket_id, updated, request, select, headers)

    def _answer(
        self,
        ticket_id: int,
        ticket: Json,
        request: Request,
        select: Selection | None,
        headers: dict[str, str],
    ) -> Response:
        """A stored ticket as the TicketEntity answer, with its ``_Links``."""
        links = _links(request.scope, ticket)
        if select is not None:
            return JSONResponse(_render(ticket, links, select), headers=headers)
        # The whole entity: text of values unchanged since this ticket's last answer is
        # reused (see ``encoding``); the links are made for this request.
        members = self._json.members(ticket_id, ticket)
        body = f"{{{members},{_LINKS_MEMBER}{json_text(links)}}}"
        return Response(body.encode(), headers=headers, media_type="application/json")


def _ticket_id(request: Request) -> int:
    raw = request.path_params["id"]
    if not _ID.fullmatch(raw) or not -(2**31) <= int(raw) < 2**31:
        raise bad_request(f"The ticket id must be a 32-bit integer, not '{raw}'")
    return int(raw)


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


def _render(ticket: Json, links: dict[str, str], select: Selection) -> Json:
    entity = {p.name: ticket[p.name] for p in PROPERTIES}
    entity["_Links"] = links
    # Unknown names are ignored, as the document's own example names properties a
    # ticket does not have; every property not named is answered as null.
    known = {k: v for k, v in select.items() if canonical_name(k) is not None}
    return dict(_selected(entity, known))


def create_app(
    *, seed: int = 0, clock: Clock | None = None, strict: bool = False, profile: str | None = None
) -> SimulatorApp:
    """A fresh SuperOffice simulator with the deterministic seed world for ``seed``.

    ``strict`` accepts only what the documents describe; ``profile`` picks one of
    ``PROFILES`` (the field\'s behaviour by default).
    """
    clock = clock if clock is not None else Clock()
    fidelity = Fidelity(DEPARTURES, PROFILES, DOCUMENTED_PROFILE, strict=strict, profile=profile)
    backend = SuperOfficeBackend(seed=seed, clock=clock, fidelity=fidelity)
    api = SuperOfficeApi(backend)
    get = _rendering_errors(api.get_ticket)
    patch = _rendering_errors(api.patch_ticket)

    async def ticket(request: Request) -> Response:
        # One route per path, so a wrong method is answered 405 with both in Allow.
        return await (patch if request.method == "PATCH" else get)(request)

    # Online addresses a tenant as /{context}/api/v1/...; on-site servers use the root.
    routes = [
        Route(f"{prefix}/Ticket/{{id}}", ticket, methods=["GET", "PATCH"])
        for prefix in ("/{context}/api/v1", "/api/v1")
    ]
    return SimulatorApp(backend=backend, routes=routes, clock=clock, seed=seed, fidelity=fidelity)
