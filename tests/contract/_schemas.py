"""The contract suite's schemas: each vendor's document, its profile, a simulator or a tenant.

Every vendor is loaded the same way: positive and negative data, every default check,
and the vendor's contract profile from ``ticket_bindings_specs.contract`` (the statuses
each operation documents for valid input, credentials, the check that fails refused
credentials), the same profile ``st run`` applies through the shipped hooks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import schemathesis
from hypothesis import HealthCheck
from schemathesis import GenerationMode
from schemathesis.schemas import BaseSchema
from ticket_bindings_specs import spec_path
from ticket_bindings_specs.contract import (
    PROFILES,
    ContractProfile,
    configure,
    credentials_client,
)
from ticket_simulators._core import SimHandle, SimulatorApp
from ticket_simulators.vendors import VENDORS

from .conftest import COVERAGE, EXAMPLES, tally

SUPPRESS = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture]

# The coverage phase walks the boundary values of each of SentinelOne's 98 filter fields
# (about 1,500 cases per operation, some 20 s here); the CI-sized run leaves it to
# CONTRACT_COVERAGE=1, like CONTRACT_EXAMPLES widens the random search.
COSTLY_COVERAGE = frozenset({"sentinelone"})


def load(vendor: str) -> BaseSchema:
    """``vendor``'s document with positive and negative data and the suite's budget."""
    schema = schemathesis.openapi.from_path(spec_path(vendor))
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=EXAMPLES
    )
    if vendor in COSTLY_COVERAGE and not COVERAGE:
        schema.config.phases.coverage.enabled = False
    return schema


@dataclass(frozen=True)
class Simulated:
    """A vendor's schema wired to an in-process simulator in strict mode."""

    vendor: str
    profile: ContractProfile
    schema: BaseSchema
    handle: SimHandle

    @property
    def app(self) -> SimulatorApp:
        """The simulator the cases go to."""
        return self.handle.app


def simulated(vendor: str, *, count: bool = True) -> Simulated:
    """A fresh strict simulator of ``vendor`` and its configured schema.

    Strict mode: the spec transcribes the documents, so its negative checks hold there.
    Credentials come from the simulator's control API, as ``st run`` gets them from a
    served one; ``count`` adds the schema's cases to the run's tally.
    """
    registered = VENDORS[vendor]
    handle = SimHandle(registered.create_app(strict=True), registered.base_url)
    schema = load(vendor)
    schema.app = handle.app
    profile = configure(
        schema, credentials=lambda: PROFILES[vendor].from_simulator(handle.client())
    )
    if count:
        tally(schema)
    return Simulated(vendor, profile, schema, handle)


@cache
def shared(vendor: str) -> Simulated:
    """One simulator per vendor for the whole run (reset by the tests as they go)."""
    return simulated(vendor)


def live(vendor: str) -> BaseSchema | None:
    """``vendor``'s schema against the live tenant its variables name, or None.

    Read-only unless ``<PREFIX>_WRITES=1``. Needs ``<PREFIX>_BASE_URL`` and the
    profile's credential variables.
    """
    profile = PROFILES[vendor]
    values = profile.live_values()
    base_url = values.get("BASE_URL")
    if base_url is None or not profile.has_live_credentials():
        return None
    schema = load(vendor)
    schema.config.update(base_url=base_url)
    client = credentials_client(base_url)
    configure(
        schema,
        credentials=lambda: profile.from_environment(values, client),
        writes=profile.live_writes(),
    )
    return schema
