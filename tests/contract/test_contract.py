"""Schemathesis over every operation of every vendor's document, one suite for all four.

Against strict in-process simulators always: positive and negative data, all default
checks, the vendor's contract profile (statuses documented for valid input, credentials
from the simulator, the check that fails refused credentials), and stateful runs
through the documents' links where they have one. Against a live tenant when its
``<VENDOR>_LIVE_*`` variables are set (see the README): read-only operations, plus the
writes with ``<VENDOR>_LIVE_WRITES=1``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis import Case, GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth
from ticket_bindings_specs.contract import PROFILES
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID
from ticket_simulators.vendors import VENDORS

from ._schemas import SUPPRESS, Simulated, live, shared, simulated
from .conftest import STATEFUL_EXAMPLES

VENDOR_NAMES = sorted(VENDORS)


class PerOperation:
    """Resets a simulator when its cases move on to another operation."""

    def __init__(self, sim: Simulated) -> None:
        self.sim = sim
        self.label: str | None = None

    def __call__(self, case: Case) -> None:
        if case.operation.label != self.label:
            self.label = case.operation.label
            self.sim.app.runtime.reset()


def simulator_tests(vendor: str) -> dict[str, Callable[..., None]]:
    """The conformance and authentication tests of ``vendor``'s simulator."""
    sim = shared(vendor)
    fresh = PerOperation(sim)

    @sim.schema.parametrize()
    @settings(deadline=None, suppress_health_check=SUPPRESS)
    def conforms(case: Case) -> None:
        fresh(case)  # each operation's run starts from the seed
        case.call_and_validate()

    @sim.schema.parametrize()
    @settings(deadline=None, max_examples=10, suppress_health_check=SUPPRESS)
    def authenticated(case: Case) -> None:
        # Guards the suite itself: a valid case must carry working credentials.
        if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
            return
        fresh(case)
        response = case.call()
        assert response.status_code not in sim.profile.auth_refusals, response.text

    name = VENDORS[vendor].module
    return {
        f"test_{name}_simulator_conforms": conforms,
        f"test_{name}_positive_cases_are_authenticated": authenticated,
    }


def live_test(vendor: str) -> dict[str, Callable[..., None]]:
    """The test of ``vendor``'s live tenant, or a test that says how to enable it."""
    name = f"test_{VENDORS[vendor].module}_live_tenant_conforms"
    schema = live(vendor)
    if schema is None:
        profile = PROFILES[vendor]

        def skipped() -> None:
            pytest.skip(
                f"set {profile.base_url_variable} and {profile.live_prefix}_* credentials"
                " (README: Contract tests from the command line) to test a live tenant"
            )

        return {name: skipped}

    @schema.parametrize()
    @settings(deadline=None, suppress_health_check=SUPPRESS)
    def conforms(case: Case) -> None:
        case.call_and_validate()

    return {name: conforms}


# One test function per vendor and guarantee, named after both (pytest -k rezolve).
for _vendor in VENDOR_NAMES:
    globals().update(simulator_tests(_vendor))
    globals().update(live_test(_vendor))


@dataclass(frozen=True)
class LinkRun:
    """How a stateful run through a document's link reaches real data on the simulator."""

    parameter: str
    """The path parameter of the read that starts the link (its id)."""
    ids: Callable[[dict[str, Any]], list[Any]]
    """Seeded ids to read, from the simulator's seed listing."""
    must_see: tuple[str, int | None]
    """A (method, status) the run must reach; None: any status."""
    derandomize: bool = False


def _rezolve_tickets(seed: dict[str, Any]) -> list[Any]:
    # Tickets whose type has the document's description field, which the link writes back.
    description = DOC_DESCRIPTION_FIELD_ID
    types = {
        t["id"] for t in seed["ticket_types"] if any(f["id"] == description for f in t["fields"])
    }
    return [t["object_id"] for t in seed["tickets"] if t["ticket_type_id"] in types]


LINK_RUNS = {
    # GET ticket -> update with the etag it answered. Reproducible in CI;
    # CONTRACT_STATEFUL_EXAMPLES widens the search instead.
    "rezolve": LinkRun("objectId", _rezolve_tickets, ("PATCH", 200), derandomize=True),
    # GET ticket -> PATCH the same ticket.
    "superoffice": LinkRun("id", lambda seed: [t["id"] for t in seed["tickets"]], ("PATCH", None)),
}


@pytest.mark.parametrize("vendor", sorted(LINK_RUNS))
def test_stateful_read_then_update(vendor: str) -> None:
    """The read -> update sequence through the document's link, on a fresh simulator."""
    run = LINK_RUNS[vendor]
    sim = simulated(vendor)
    ids = run.ids(sim.app.backend.seed_listing())
    seen: list[tuple[str, int]] = []

    class Sequence(sim.schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            sim.app.runtime.reset()

        def before_call(self, case: Case) -> None:
            # Random ids almost never exist: read seeded ones, so the link carries a
            # real resource (and its etag) to the update.
            if case.method == "GET" and run.parameter in (case.path_parameters or {}):
                case.path_parameters = {run.parameter: ids[len(seen) % len(ids)]}

        def after_call(self, response: Any, case: Case) -> None:
            seen.append((case.method, response.status_code))

    Sequence.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=6,
            derandomize=run.derandomize,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
    )
    assert ("GET", 200) in seen
    method, status = run.must_see
    assert any(m == method and status in (None, s) for m, s in seen), (
        f"the link never carried a valid read to the {method}: {sorted(set(seen))}"
    )


@pytest.mark.parametrize("select", ["id", "name", "fields", "id,workflow"])
def test_rezolve_ticket_types_narrowed_by_select_conform(select: str) -> None:
    """A `$select` leaves properties out; the answer must still match the schema."""
    sim = shared("rezolve")
    operation = sim.schema["/api/v2/ticketing/ticket-type"]["GET"]
    case = operation.Case(query={"type": "agent", "module": "ticketing", "$select": select})
    case.headers.update(
        sim.profile.from_simulator(sim.handle.client()).headers("list_ticket_types")
    )
    # This case is built by hand and signed here, so the auth check cannot tell real
    # credentials from generated ones; it is the response schema that is checked.
    response = case.call_and_validate(excluded_checks=[ignored_auth])
    assert response.status_code == 200
