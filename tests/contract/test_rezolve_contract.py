"""Schemathesis over every operation of specs/rezolve.yaml.

Against the simulator always: positive and negative data, all default checks, and the
stateful GET ticket -> update sequence through the spec's link. Against a real tenant
when REZOLVE_LIVE_BASE_URL, REZOLVE_LIVE_TOKEN, REZOLVE_LIVE_TENANT_ID and
REZOLVE_LIVE_REALM are set: read-only operations, plus the update when
REZOLVE_LIVE_WRITES=1 as well.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.auths import AuthContext
from schemathesis.schemas import BaseSchema
from schemathesis.specs.openapi.checks import ignored_auth
from ticket_simulators.rezolve import create_app

from ._schemas import SUPPRESS, assert_authenticated, load_schema
from .conftest import STATEFUL_EXAMPLES

DESCRIPTION = "459cf0c6-ae1c-4ba2-8116-3b8b38207528"
LIVE = {
    "base_url": os.environ.get("REZOLVE_LIVE_BASE_URL"),
    "token": os.environ.get("REZOLVE_LIVE_TOKEN"),
    "tenant_id": os.environ.get("REZOLVE_LIVE_TENANT_ID"),
    "realm": os.environ.get("REZOLVE_LIVE_REALM"),
}
LIVE_WRITES = os.environ.get("REZOLVE_LIVE_WRITES") == "1"


class SimulatorAuth:
    """Mints a token from the simulator the case is sent to; sets the three auth headers."""

    def get(self, case: Case, ctx: AuthContext) -> dict[str, str]:
        assert ctx.app is not None
        backend = ctx.app.backend
        tenant = backend.seed_listing()["tenants"][0]
        return {
            "token": backend.mint_token({}),
            "tenant_id": tenant["id"],
            "realm": tenant["realm"],
        }

    def set(self, case: Case, data: dict[str, str], ctx: AuthContext) -> None:
        apply_auth(case, data)


class LiveAuth:
    """Credentials of a real tenant, from the environment."""

    def get(self, case: Case, ctx: AuthContext) -> dict[str, str]:
        return {k: v for k, v in LIVE.items() if k != "base_url" and v is not None}

    def set(self, case: Case, data: dict[str, str], ctx: AuthContext) -> None:
        apply_auth(case, data)


def apply_auth(case: Case, data: dict[str, str]) -> None:
    case.headers.update(
        {
            "Authorization": f"Bearer {data['token']}",
            "x-tenantid": data["tenant_id"],
            "realmname": data["realm"],
        }
    )


def load(*, app: Any = None, base_url: str | None = None) -> BaseSchema:
    # A schema-valid update can still be refused 400, as the document says: a stale etag
    # (ETAG_MISMATCH), or a value that does not fit its field's type or an unknown field
    # UUID (INPUT_VALIDATION_FAILURE), which depend on the ticket type and cannot be
    # expressed in the schema.
    return load_schema(
        "rezolve.yaml",
        SimulatorAuth if app is not None else LiveAuth,
        app=app,
        base_url=base_url,
        valid_but_refused=["400"],
    )


# Strict mode: the spec transcribes the documents, so its negative checks hold there.
APP = create_app(strict=True)
sim_schema = load(app=APP)


@pytest.fixture(autouse=True)
def fresh_simulator() -> None:
    """Each operation's run starts from the seed."""
    APP.runtime.reset()


@sim_schema.parametrize()
@settings(deadline=None, suppress_health_check=SUPPRESS)
def test_simulator_conforms(case: Case) -> None:
    case.call_and_validate()


@sim_schema.parametrize()
@settings(deadline=None, max_examples=10, suppress_health_check=SUPPRESS)
def test_positive_cases_are_authenticated(case: Case) -> None:
    assert_authenticated(case, refused=[401])


if all(LIVE.values()):
    live_schema = load(base_url=LIVE["base_url"])
    if not LIVE_WRITES:
        live_schema = live_schema.include(method="GET")

    @live_schema.parametrize()
    @settings(deadline=None, suppress_health_check=SUPPRESS)
    def test_live_tenant_conforms(case: Case) -> None:
        case.call_and_validate()

else:

    def test_live_tenant_conforms() -> None:
        pytest.skip("set REZOLVE_LIVE_BASE_URL, _TOKEN, _TENANT_ID and _REALM to test a tenant")


def test_stateful_read_then_update() -> None:
    """GET ticket -> update with the etag it answered, following the spec's link."""
    app = create_app()
    schema = load(app=app)
    seed = app.backend.seed_listing()
    # Tickets whose type has the document's description field, which the link writes back.
    with_description = {
        t["id"] for t in seed["ticket_types"] if any(f["id"] == DESCRIPTION for f in t["fields"])
    }
    tickets = [t["object_id"] for t in seed["tickets"] if t["ticket_type_id"] in with_description]
    seen: list[tuple[str, int]] = []

    class Sequence(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            app.runtime.reset()

        def before_call(self, case: Case) -> None:
            # Random display ids almost never exist: read seeded tickets instead, so
            # the link to the update has a real etag to carry.
            if case.method == "GET" and "objectId" in (case.path_parameters or {}):
                case.path_parameters = {"objectId": tickets[len(seen) % len(tickets)]}

        def after_call(self, response: Any, case: Case) -> None:
            seen.append((case.method, response.status_code))

    Sequence.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=6,
            # Reproducible in CI; CONTRACT_STATEFUL_EXAMPLES widens the search instead.
            derandomize=True,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    assert ("GET", 200) in seen
    assert ("PATCH", 200) in seen, "the link never carried a valid etag to the update"


@pytest.mark.parametrize("select", ["id", "name", "fields", "id,workflow"])
def test_ticket_types_narrowed_by_select_conform(select: str) -> None:
    """A `$select` leaves properties out; the answer must still match the schema."""
    operation = sim_schema["/api/v2/ticketing/ticket-type"]["GET"]
    case = operation.Case(query={"type": "agent", "module": "ticketing", "$select": select})
    tenant = APP.backend.seed_listing()["tenants"][0]
    apply_auth(
        case,
        {"token": APP.backend.mint_token({}), "tenant_id": tenant["id"], "realm": tenant["realm"]},
    )
    # This case is built by hand and signed here, so the auth check cannot tell real
    # credentials from generated ones; it is the response schema that is checked.
    response = case.call_and_validate(excluded_checks=[ignored_auth])
    assert response.status_code == 200
