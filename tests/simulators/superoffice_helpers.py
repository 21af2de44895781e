"""A test's view of the SuperOffice simulator: seed lookups and ready-made requests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
from ticket_simulators._core import SimHandle
from ticket_simulators.superoffice import DOC_TICKET_ID as SO_TICKET

from .view import SimView

TICKET = "/api/v1/Ticket"
JSON_PATCH = "application/json-patch+json"
MERGE_PATCH = "application/merge-patch+json"


class SuperOffice(SimView):
    """A test's view of one SuperOffice simulator."""

    def user(self, username: str) -> dict[str, Any]:
        return next(u for u in self.seed["users"] if u["username"] == username)

    def get(
        self,
        ticket_id: int | str = SO_TICKET,
        *,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        return self.client.get(
            f"{TICKET}/{ticket_id}",
            params=params,
            headers=self.headers() if headers is None else headers,
        )

    def ticket(self, ticket_id: int = SO_TICKET) -> dict[str, Any]:
        return self.ok_body(self.get(ticket_id))

    def patch(
        self,
        body: Any,
        ticket_id: int | str = SO_TICKET,
        *,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        """PATCH ``body``; the content type follows its shape unless one is given."""
        if content_type is None:
            content_type = JSON_PATCH if isinstance(body, list) else MERGE_PATCH
        all_headers = self.headers() if headers is None else dict(headers)
        all_headers["content-type"] = content_type
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        return self.client.patch(
            f"{TICKET}/{ticket_id}", content=content, headers=all_headers, params=params
        )

    def ok(self, body: Any, ticket_id: int = SO_TICKET, **kwargs: Any) -> dict[str, Any]:
        return self.ok_body(self.patch(body, ticket_id, **kwargs))


def open_superoffice(sim: SimHandle) -> Iterator[SuperOffice]:
    with sim.client() as client:
        yield SuperOffice(sim, client)


def error(response: httpx.Response, status: int, error_type: str | None = None) -> str:
    """Check the WebAPI error object; return its message."""
    assert response.status_code == status, response.text[:400]
    body = response.json()
    assert set(body) == {"Error", "ErrorType", "ErrorMessage", "ErrorSource"}
    assert body["Error"] is True
    if error_type is not None:
        assert body["ErrorType"] == error_type
    message: str = body["ErrorMessage"]
    return message


def http_date(iso: str) -> str:
    """An ISO 8601 instant (e.g. LastChanged) as an HTTP-date."""
    return format_datetime(datetime.fromisoformat(iso).astimezone(UTC), usegmt=True)


def op(name: str, path: str, *value: Any) -> dict[str, Any]:
    """A JSON Patch operation; the value is optional."""
    result: dict[str, Any] = {"op": name, "path": path}
    if value:
        result["value"] = value[0]
    return result
