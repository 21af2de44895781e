"""Schemathesis over both operations of specs/superoffice.yaml, against the simulator.

Positive and negative data, every default check, and credentials the simulator itself
issued (a bearer token, as SuperOffice Online uses); plus the stateful GET -> PATCH
sequence through the spec's link.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.auths import AuthContext
from schemathesis.schemas import BaseSchema
from ticket_simulators.superoffice import create_app

from ._schemas import SUPPRESS, assert_authenticated, load_schema
from .conftest import STATEFUL_EXAMPLES


class SimulatorAuth:
    """Mints a bearer token from the simulator the case is sent to."""

    def get(self, case: Case, ctx: AuthContext) -> str:
        assert ctx.app is not None
        token: str = ctx.app.backend.mint_token({})
        return token

    def set(self, case: Case, data: str, ctx: AuthContext) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


def load(app: Any) -> BaseSchema:
    # A schema-valid request can still be refused 400, as the spec's 400 response says:
    # a merge patch or JSON Patch naming a property a ticket does not have, a value that
    # does not fit its property, a read-only property, or an If-Unmodified-Since that is
    # not an HTTP-date (the schema can only say "string"). A schema-valid `test`
    # operation can fail (409) and a random HTTP-date can lie before LastChanged (412);
    # both are documented outcomes of valid data.
    return load_schema(
        "superoffice.yaml", SimulatorAuth, app=app, valid_but_refused=["400", "409", "412"]
    )


# Strict mode: the spec transcribes the documents, so its negative checks hold there.
APP = create_app(strict=True)
sim_schema = load(APP)


@pytest.fixture(autouse=True)
def fresh_simulator() -> None:
    """Each operation's run starts from the seed."""
    APP.runtime.reset()


@sim_schema.parametrize()
@settings(deadline=None, suppress_health_check=SUPPRESS)
def test_simulator_conforms(case: Case) -> None:
    case.call_and_validate()


def test_stateful_read_then_patch() -> None:
    """GET ticket -> PATCH the same ticket, following the spec's link."""
    # The documented profile: field servers write date-times without an offset, which
    # the spec's `format: date-time` (RFC 3339) does not allow (see the spec's
    # x-vendor-behaviour superoffice/datetime-without-offset).
    app = create_app(profile="documented")
    schema = load(app)
    tickets = [t["id"] for t in app.backend.seed_listing()["tickets"]]
    seen: list[tuple[str, int]] = []

    class Sequence(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            app.runtime.reset()

        def before_call(self, case: Case) -> None:
            # Random ids almost never exist: read seeded tickets, so the link carries a
            # real id to the update.
            if case.method == "GET" and "id" in (case.path_parameters or {}):
                case.path_parameters = {"id": tickets[len(seen) % len(tickets)]}

        def after_call(self, response: Any, case: Case) -> None:
            seen.append((case.method, response.status_code))

    Sequence.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    assert ("GET", 200) in seen
    assert any(method == "PATCH" for method, _ in seen)


@sim_schema.parametrize()
@settings(deadline=None, max_examples=10, suppress_health_check=SUPPRESS)
def test_positive_cases_are_authenticated(case: Case) -> None:
    assert_authenticated(case, refused=[401])
