"""The Forcepoint DLP REST API simulator: tokens, Get Incidents and Update Incidents."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .._core import (
    ControlError,
    SeededBackend,
    api_routes,
    app_factory,
    guarded,
    route,
    strict_json_loads,
)
from . import departures
from .auth import ACCESS_LIFETIME, REFRESH_LIFETIME, TokenService
from .departures import (
    ACCESS_WITH_CREDENTIALS,
    FIELD,
    HISTORY,
    TOKEN_LIFETIME_NAMES,
)
from .errors import bad_request, error_response, forbidden, undocumented
from .model import Account, Rendering
from .seed import ACCOUNTS, ENABLED_POLICIES
from .state import IncidentStore
from .validation import parse_query, parse_update

__all__ = ["BASE_URL", "PREFIX", "ForcepointDlpBackend", "create_app"]

BASE_URL = "https://forcepoint-dlp.sim:9443"
PREFIX = "/dlp/rest/v1"
_TOKEN_OPTIONS = frozenset({"kind", "username", "lifetime"})


class ForcepointDlpBackend(SeededBackend[IncidentStore]):
    """Accounts, incidents and token signing, as the shared simulator core drives them."""

    name = "forcepoint-dlp"
    store_type = IncidentStore

    def open_credentials(self) -> None:
        """The accounts, and a signer private to this instance."""
        self.tokens = TokenService(self.clock)
        self.accounts: dict[str, Account] = {a.username: a for a in ACCOUNTS}

    def seed_listing(self) -> dict[str, Any]:
        """Accounts (with their passwords: simulator fixtures), statuses and incidents."""
        return {
            "seed": self.store.seed,
            "accounts": [
                {"username": a.username, "password": a.password, "admin_type": a.admin_type}
                for a in self.accounts.values()
            ],
            "custom_statuses": list(self.store.custom_statuses),
            "partitions": self.store.partitions(),
            "incidents": self.store.listing(),
        }

    def mint_token(self, request: Mapping[str, Any]) -> str:
        """A token from ``POST /__sim__/tokens`` options: kind, username, lifetime."""
        unknown = sorted(set(request) - _TOKEN_OPTIONS)
        if unknown:
            raise ControlError(f"unknown token options: {', '.join(unknown)}")
        kind = request.get("kind", "access")
        if kind not in ("access", "refresh"):
            raise ControlError("kind must be access or refresh")
        username = request.get("username", ACCOUNTS[0].username)
        if not isinstance(username, str):
            raise ControlError("username must be a string")
        lifetime = request.get("lifetime")
        if lifetime is not None and (
            isinstance(lifetime, bool) or not isinstance(lifetime, int | float)
        ):
            raise ControlError("lifetime must be a number of seconds")
        return self.tokens.mint(kind, username, lifetime)

    def error_response(self, status: int, *, retry_after: int | None = None) -> Response:
        """The error body for an injected or unexpected status."""
        return error_response(status, retry_after=retry_after)


async def _json(request: Request) -> Any:
    # The guide sends JSON; a body declared as something else is no valid input.
    declared = request.headers.get("content-type")
    if declared is not None:
        media_type = declared.split(";")[0].strip().lower()
        if media_type != "application/json" and not media_type.endswith("+json"):
            raise bad_request("Content-Type must be application/json")
    try:
        return strict_json_loads(await request.body())
    except ValueError:
        raise bad_request("The body must be valid JSON") from None


class ForcepointDlpApi:
    """Request handlers for the four documented operations and the policy-name listing."""

    def __init__(self, backend: ForcepointDlpBackend) -> None:
        """Serve ``backend``'s state."""
        self.backend = backend
        self.store = backend.store

    def _account(self, request: Request) -> Account:
        """The Application administrator the ``username``/``password`` headers name; 403 else."""
        account = self.backend.accounts.get(request.headers.get("username", ""))
        password = request.headers.get("password")
        if account is None or password != account.password or account.admin_type != "Application":
            raise forbidden()
        return account

    def _lifetimes(self, **lifetimes: int) -> dict[str, int]:
        """Token lifetimes under the names real answers use, or the guide's in strict mode."""
        field_names = self.backend.fidelity.allows(TOKEN_LIFETIME_NAMES)
        return {
            (f"{kind}_token_expires_in" if field_names else f"{kind}_expires_in"): seconds
            for kind, seconds in lifetimes.items()
        }

    @route("POST", "/auth/refresh-token")
    async def refresh_token(self, request: Request) -> Response:
        """``POST auth/refresh-token``: Application administrators only."""
        account = self._account(request)
        tokens = self.backend.tokens
        return JSONResponse(
            {
                "refresh_token": tokens.mint("refresh", account.username),
                "access_token": tokens.mint("access", account.username),
                **self._lifetimes(refresh=REFRESH_LIFETIME, access=ACCESS_LIFETIME),
                "token_type": "JWT",
            }
        )

    @route("POST", "/auth/access-token")
    async def access_token(self, request: Request) -> Response:
        """``POST auth/access-token`` with ``refresh-token: Bearer <jwt>``.

        Servers in the field also hand out an access token for the ``username`` and
        ``password`` headers when no refresh token is sent.
        """
        tokens = self.backend.tokens
        if "refresh-token" not in request.headers and "username" in request.headers:
            if not self.backend.fidelity.allows(ACCESS_WITH_CREDENTIALS):
                raise undocumented(
                    ACCESS_WITH_CREDENTIALS, "A login on auth/access-token", status=403
                )
            username = self._account(request).username
        else:
            username = tokens.verify(request.headers.get("refresh-token"), "refresh")
        return JSONResponse(
            {
                "access_token": tokens.mint("access", username),
                **self._lifetimes(access=ACCESS_LIFETIME),
                "token_type": "JWT",
            }
        )

    def _rendering(self) -> Rendering:
        fidelity = self.backend.fidelity
        return Rendering(history=fidelity.allows(HISTORY), trigger_detail=fidelity.profile == FIELD)

    # The guide's own examples post to the path with a trailing slash.
    @route("POST", "/incidents", "/incidents/")
    async def get_incidents(self, request: Request) -> Response:
        """``POST incidents``: by ids (filters ignored) or by date range and filters."""
        self.backend.tokens.verify(request.headers.get("authorization"), "access")
        fidelity = self.backend.fidelity
        query = parse_query(await _json(request), fidelity)
        rendering = self._rendering()
        if query.ids is not None:
            result = self.store.by_ids(query.kind, query.ids, rendering)
        else:
            assert query.start is not None
            assert query.end is not None
            result = self.store.by_filters(
                query.kind,
                query.start,
                query.end,
                query.filters,
                sort_by=query.filters.get("sort_by"),
                rendering=rendering,
            )
        body: dict[str, Any] = {
            "incidents": result.incidents,
            "total_count": result.total_count,
            "total_returned": len(result.incidents),
            "not_found_ids": result.not_found_ids or [],
        }
        # Nothing found: the guide's non-standard 420, or 200 with zero counts in the field.
        found = result.incidents or fidelity.profile == FIELD
        return JSONResponse(body, status_code=200 if found else 420)

    @route("GET", "/policy/enabled-names")
    async def enabled_policies(self, request: Request) -> Response:
        """``GET policy/enabled-names?type=DLP|DISCOVERY`` (companion: credentials checks)."""
        self.backend.tokens.verify(request.headers.get("authorization"), "access")
        kind = request.query_params.get("type")
        if kind not in ENABLED_POLICIES:
            raise bad_request("type must be DLP or DISCOVERY")
        return JSONResponse({"enabled_policies": list(ENABLED_POLICIES[kind])})

    @route("POST", "/incidents/update")
    async def update_incidents(self, request: Request) -> Response:
        """``POST incidents/update``: 200 empty, or 422 when nothing was processed."""
        actor = self.backend.tokens.verify(request.headers.get("authorization"), "access")
        update = parse_update(await _json(request), self.backend.fidelity)
        processed, unprocessed = self.store.update(update, actor=actor, at=self.backend.clock.now())
        if processed == 0:
            return JSONResponse({"unprocessed_ids": unprocessed}, status_code=422)
        return Response(b"", status_code=200, media_type="text/plain")

    async def generate(self, request: Request) -> Response:
        """``POST /__sim__/incidents/generate {count, from, to, type}`` (control API)."""
        try:
            body = strict_json_loads(await request.body())
            count = body["count"]
            kind = body.get("type", "INCIDENTS")
            start = datetime.fromisoformat(body["from"]).replace(tzinfo=None)
            end = datetime.fromisoformat(body["to"]).replace(tzinfo=None)
            if isinstance(count, bool) or not isinstance(count, int) or not 0 < count <= 200_000:
                raise ValueError("count")
            if kind not in ("INCIDENTS", "DISCOVERY") or end <= start:
                raise ValueError("type or range")
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ControlError(
                'body must be {"count": n, "from": ISO, "to": ISO, "type": kind}'
            ) from None
        ids = self.store.generate(kind, count, start, end)
        return JSONResponse({"generated": len(ids), "first_id": ids[0], "last_id": ids[-1]})


def _routes(backend: ForcepointDlpBackend) -> list[BaseRoute]:
    """The vendor's API routes, bound to ``backend``."""
    api = ForcepointDlpApi(backend)
    return [
        *api_routes(api, PREFIX),
        Route("/__sim__/incidents/generate", guarded(api.generate), methods=["POST"]),
    ]


create_app = app_factory(ForcepointDlpBackend, _routes, departures, "Forcepoint DLP")
