"""The Rezolve.ai ticketing v2 simulator: ticket types, GET ticket, PATCH update."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from .._core import (
    ControlError,
    SeededBackend,
    api_routes,
    app_factory,
    format_instant,
    json_text,
    route,
    strict_json_loads,
)
from . import departures
from .auth import AUDIENCE, Principal, TokenService
from .errors import (
    error_response,
    permission_failure,
    tenant_not_found,
    unauthorized,
    validation_failure,
)
from .model import Tenant, Ticket
from .state import RezolveStore
from .validation import validate_update

__all__ = ["BASE_URL", "RezolveBackend", "create_app"]

BASE_URL = "http://rezolve.sim"

_CATALOG_TYPES = ("template", "agent", "user")
_ROLES = frozenset({"ticket_user", "ticket_agent", "ticket_admin"})
_WRITE_ROLES = frozenset({"ticket_agent", "ticket_admin"})
_READ_SCOPES = frozenset({"tickets:read", "tickets:write"})
_SELECTABLE = (
    "id",
    "name",
    "properties",
    "fields",
    "workflow",
    "action_permissions",
    "filters",
    "v1_name",
)
_DEFAULT_SELECT = ("id", "name", "properties", "fields", "workflow")
_TOKEN_OPTIONS = frozenset(
    {"subject", "tenant_id", "realm", "roles", "scopes", "lifetime", "audience", "teams"}
)


class RezolveBackend(SeededBackend[RezolveStore]):
    """Rezolve's state and credentials, as the shared simulator core drives them."""

    name = "rezolve"
    store_type = RezolveStore

    def open_credentials(self) -> None:
        """A token signer private to this instance."""
        self.tokens = TokenService(self.clock)

    def seed_listing(self) -> dict[str, Any]:
        """Tenants, users, ticket types and tickets, for test authors."""
        store = self.store
        type_names = {t.id: t.name for t in store.seed_data.ticket_types}
        return {
            "seed": store.seed_data.seed,
            "audience": AUDIENCE,
            "tenants": [{"id": t.id, "realm": t.realm, "name": t.name} for t in store.tenants],
            "users": [
                {
                    "subject": u.subject,
                    "username": u.username,
                    "tenant_id": u.tenant_id,
                    "roles": list(u.roles),
                    "teams": list(u.teams),
                    "kind": u.kind,
                }
                for u in store.users
            ],
            "ticket_types": [
                {
                    "id": t.id,
                    "name": t.name,
                    "prefix": t.prefix,
                    "tenant_id": t.tenant_id,
                    "fields": [
                        {
                            "id": f.id,
                            "name": f.name,
                            "type": f.type,
                            "required": f.required,
                            "options": list(f.option_values),
                        }
                        for f in t.fields
                    ],
                }
                for t in store.seed_data.ticket_types
            ],
            "tickets": [
                {
                    "object_id": t.object_id,
                    "id": t.id,
                    "ticket_type_id": t.ticket_type_id,
                    "ticket_type": type_names[t.ticket_type_id],
                    "tenant_id": t.tenant_id,
                }
                for t in store.tickets()
            ],
        }

    def mint_token(self, request: Mapping[str, Any]) -> str:
        """A bearer token from ``POST /__sim__/tokens`` options (see the README)."""
        unknown = sorted(set(request) - _TOKEN_OPTIONS)
        if unknown:
            raise ControlError(f"unknown token options: {', '.join(unknown)}")
        store = self.store
        subject = _option(request, "subject", str)
        tenant_id = _option(request, "tenant_id", str)
        user = store.user(subject) if subject is not None else None
        if subject is None:
            # The default caller is the seeded agent of the requested (or first) tenant.
            home = (store.tenant(tenant_id) if tenant_id else None) or store.tenants[0]
            user = next(u for u in store.users if u.tenant_id == home.id and u.kind == "agent")
            subject = user.subject
        if tenant_id is None:
            tenant_id = user.tenant_id if user is not None else store.tenants[0].id
        tenant = store.tenant(tenant_id) or store.tenants[0]
        # A seeded user's own roles and teams are the natural defaults for its token.
        roles = _string_list(request, "roles")
        if roles is None:
            roles = list(user.roles) if user is not None else ["ticket_agent"]
        teams = _string_list(request, "teams")
        if teams is None:
            teams = list(user.teams) if user is not None else []
        scopes = _string_list(request, "scopes")
        lifetime = request.get("lifetime", 3600)
        if isinstance(lifetime, bool) or not isinstance(lifetime, int | float):
            raise ControlError("lifetime must be a number of seconds")
        return self.tokens.mint(
            subject=subject,
            username=user.username if user is not None else subject,
            tenant_id=tenant_id,
            realm=_option(request, "realm", str) or tenant.realm,
            roles=roles,
            scopes=["tickets:read", "tickets:write"] if scopes is None else scopes,
            teams=teams,
            lifetime=lifetime,
            audience=_option(request, "audience", str) or AUDIENCE,
        )

    def error_response(self, status: int, *, retry_after: int | None = None) -> Response:
        """Rezolve's body for an injected or unexpected status."""
        return error_response(status, now=self.clock.now(), retry_after=retry_after)

    def body_too_large(self, limit: int) -> Response:
        """The validation failure for a body over ``limit`` bytes (never read in full)."""
        reason = {"body": f"Request body must be at most {limit} bytes"}
        return validation_failure(reason).response()


def _option(request: Mapping[str, Any], key: str, kind: type[str]) -> str | None:
    value = request.get(key)
    if value is not None and not isinstance(value, kind):
        raise ControlError(f"{key} must be a string")
    return value


def _string_list(request: Mapping[str, Any], key: str) -> list[str] | None:
    value = request.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ControlError(f"{key} must be a list of strings")
    return value


class RezolveApi:
    """Request handlers for the documented (and companion) endpoints."""

    def __init__(self, backend: RezolveBackend) -> None:
        """Serve ``backend``'s state."""
        self.backend = backend
        self.store = backend.store

    def authorize(
        self, request: Request, action: Literal["read", "update"]
    ) -> tuple[Principal, Tenant]:
        """Authenticate the bearer token, resolve the tenant, then check permission.

        Order: token (401 UNAUTHORIZED), realm header (401), tenant header (404),
        then scopes and realm roles (401 USER_PERMISSION_FAILURE).
        """
        principal = self.backend.tokens.verify(request.headers.get("authorization"))
        if request.headers.get("realmname") != principal.realm:
            raise unauthorized()
        tenant_header = request.headers.get("x-tenantid", "")
        if tenant_header.lower() != principal.tenant_id.lower():
            raise tenant_not_found()
        tenant = self.store.tenant(tenant_header)
        if tenant is None:
            raise tenant_not_found()
        if tenant.realm != principal.realm:
            raise unauthorized()  # a token from another tenant's realm proves nothing here
        if action == "update":
            allowed = "tickets:write" in principal.scopes and bool(principal.roles & _WRITE_ROLES)
        else:
            allowed = bool(principal.scopes & _READ_SCOPES and principal.roles & _ROLES)
        if not allowed:
            raise permission_failure(action)
        return principal, tenant

    @route("GET", "/ticket-type")
    async def list_ticket_types(self, request: Request) -> Response:
        """``GET /api/v2/ticketing/ticket-type``, with ETag and If-None-Match.

        ``$top`` has no upper bound: the vendor's own example asks for 10000. The ETag
        names the selected ticket types, so it changes with ``$select``, ``$top`` and
        ``$skip`` but not with the answer's timestamp.
        """
        _, tenant = self.authorize(request, "read")
        reason = _common_input_problems(request)
        params = request.query_params
        select = _parse_select(params.get("$select"), reason)
        top = _parse_count(params.get("$top"), "$top", reason, low=1)
        skip = _parse_count(params.get("$skip"), "$skip", reason, low=0)
        if reason:
            raise validation_failure(reason)
        types = self.store.ticket_types(tenant.id)[skip:]
        if top is not None:
            types = types[:top]
        value = [{k: v for k, v in t.to_json().items() if k in select} for t in types]
        etag = hashlib.sha256(json_text(value).encode()).hexdigest()[:32]
        headers = {"etag": f'"{etag}"'}
        if _etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        return JSONResponse(
            {
                "success": True,
                "message": "Ticket types fetched successfully",
                "data": {"value": value},
                "timestamp": format_instant(self.backend.clock.now()),
            },
            headers=headers,
        )

    @route("GET", "/ticket/{object_id}")
    async def get_ticket(self, request: Request) -> Response:
        """``GET /api/v2/ticketing/ticket/{objectId}``, with ETag and If-None-Match."""
        _, tenant = self.authorize(request, "read")
        reason = _common_input_problems(request)
        if reason:
            raise validation_failure(reason)
        if_none_match = request.headers.get("if-none-match")

        def answer(ticket: Ticket) -> Response:
            # Rendered under the store's lock: no copy of the ticket is needed.
            headers = {"etag": f'"{ticket.etag}"'}
            if _etag_matches(if_none_match, ticket.etag):
                return Response(status_code=304, headers=headers)
            return Response(ticket.json_bytes(), headers=headers, media_type="application/json")

        return self.store.view(tenant.id, request.path_params["object_id"], answer)

    @route("PATCH", "/ticket/{object_id}/update")
    async def update_ticket(self, request: Request) -> Response:
        """``PATCH /api/v2/ticketing/ticket/{objectId}/update``.

        Checks run in this order: credentials and permission, query parameters and
        headers, the ticket's existence (404), the whole body including every field
        value (one 400 naming all problems), and only then the etag, so a caller with
        a stale etag and a bad value learns about the value first.
        """
        principal, tenant = self.authorize(request, "update")
        reason = _common_input_problems(request)
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            reason["content-type"] = "content-type must be application/json"
        if reason:
            raise validation_failure(reason)
        object_id = request.path_params["object_id"]
        type_id = self.store.view(tenant.id, object_id, _ticket_type_id)
        body = _parse_json(await request.body())
        etag, changes = _body_shape(body, reason)
        if changes is not None:
            reason.update(validate_update(self.store.ticket_type(type_id), changes))
        if reason or etag is None or changes is None:
            raise validation_failure(reason)
        new_etag = self.store.update(
            tenant.id,
            object_id,
            etag=etag,
            changes=changes,
            subject=principal.subject,
            now=self.backend.clock.now(),
        )
        return JSONResponse(
            {
                "success": True,
                "message": "ticket updated successfully",
                "status": 200,
                "etag": new_etag,
            }
        )


def _ticket_type_id(ticket: Ticket) -> str:
    return ticket.ticket_type_id


def _common_input_problems(request: Request) -> dict[str, str]:
    reason: dict[str, str] = {}
    catalog = request.query_params.get("type")
    if not catalog:
        reason["type"] = "type is required (template, agent or user)"
    elif catalog not in _CATALOG_TYPES:
        reason["type"] = "type must be one of template, agent, user"
    if not request.query_params.get("module"):
        reason["module"] = "module is required (e.g. ticketing)"
    support = request.headers.get("issupportrequest")
    if support is not None and support.strip().lower() not in ("true", "false"):
        reason["issupportrequest"] = "issupportrequest must be true or false"
    return reason


def _parse_select(raw: str | None, reason: dict[str, str]) -> tuple[str, ...]:
    if raw is None:
        return _DEFAULT_SELECT
    names = tuple(n.strip() for n in raw.split(",") if n.strip())
    unknown = [n for n in names if n not in _SELECTABLE]
    if not names or unknown:
        reason["$select"] = f"$select takes a comma-separated subset of: {', '.join(_SELECTABLE)}"
    return names


def _parse_count(raw: str | None, name: str, reason: dict[str, str], *, low: int) -> int | None:
    if raw is None:
        return None
    message = f"{name} must be an integer of at least {low}"
    # Digits only: int() would also take "+5", " 5" and "5_0", which no OData server does.
    if not raw.isascii() or not raw.isdigit():
        reason[name] = message
        return None
    # Past any list's length a count means "all" (or "none left"); capping the digits
    # keeps int() within its limit on very long strings.
    digits = raw.lstrip("0") or "0"
    value = int(digits) if len(digits) <= 18 else 10**18
    if value < low:
        reason[name] = message
        return None
    return value


def _parse_json(raw: bytes) -> Any:
    try:
        # NaN and Infinity are not JSON, whatever Python's parser tolerates.
        return strict_json_loads(raw)
    except ValueError:
        raise validation_failure({"body": "Request body must be valid JSON"}) from None


def _body_shape(body: Any, reason: dict[str, str]) -> tuple[str | None, dict[str, Any] | None]:
    """Check the top level of the update body; return (etag, ticketUpdate) when usable."""
    if not isinstance(body, dict):
        raise validation_failure({"body": "Request body must be a JSON object"})
    for key in sorted(set(body) - {"etag", "ticketUpdate"}):
        reason[key] = "Unknown property"
    etag = body.get("etag")
    if etag is None:
        reason["etag"] = "etag is required"
    elif not isinstance(etag, str) or not _is_uuid(etag):
        reason["etag"] = "etag must be a UUID"
    changes = body.get("ticketUpdate")
    if changes is None:
        reason["ticketUpdate"] = "ticketUpdate is required"
    elif not isinstance(changes, dict):
        reason["ticketUpdate"] = "ticketUpdate must be an object of field id to value"
    elif not changes:
        reason["ticketUpdate"] = "ticketUpdate must name at least one field"
    usable_etag = etag if "etag" not in reason else None
    usable_changes = changes if "ticketUpdate" not in reason else None
    return usable_etag, usable_changes


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _etag_matches(header: str | None, etag: str) -> bool:
    if header is None:
        return False
    for candidate in header.split(","):
        tag = candidate.strip().removeprefix("W/").strip('"').lower()
        if tag == "*" or tag == etag.lower():
            return True
    return False


def _routes(backend: RezolveBackend) -> list[BaseRoute]:
    """The vendor's API routes, bound to ``backend``."""
    api = RezolveApi(backend)
    return api_routes(api, "/api/v2/ticketing")


create_app = app_factory(RezolveBackend, _routes, departures, "Rezolve")
