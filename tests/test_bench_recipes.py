"""The benchmark's per-vendor recipes: the raw call and the overlay call do the same thing.

A recipe whose raw request drifted from what the overlay sends (an update of a threat
that does not exist, say) would time a no-op; each side must change the same state, and
change it from the seed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.vendors import VENDORS

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="module")
def recipes() -> Iterator[ModuleType]:
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("bench.recipes")
    finally:
        sys.path.remove(str(SCRIPTS))


def _fresh(vendor: str) -> SimHandle:
    return SimHandle(VENDORS[vendor].create_app(), VENDORS[vendor].base_url)


def _both_calls(recipes: ModuleType, vendor: str) -> tuple[SimHandle, SimHandle]:
    """A simulator the recipe's raw call went to, and one its overlay call went to."""
    recipe = recipes.recipe_for(VENDORS[vendor])
    raw_sim, overlay_sim = _fresh(vendor), _fresh(vendor)
    with raw_sim.transport() as transport:
        http = httpx.Client(transport=transport, base_url=raw_sim.base_url)
        recipe.raw_call(http, recipes.SimControl(raw_sim))()
    recipe.overlay_call(overlay_sim, overlay_sim.transport())()
    return raw_sim, overlay_sim


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_raw_and_overlay_calls_change_the_same_state(recipes: ModuleType, vendor: str) -> None:
    recipe = recipes.recipe_for(VENDORS[vendor])
    untouched = _fresh(vendor)
    raw_sim, overlay_sim = _both_calls(recipes, vendor)
    assert recipe.effect(raw_sim) == recipe.effect(overlay_sim) != recipe.effect(untouched)
    for sim in (untouched, raw_sim, overlay_sim):
        sim.close()


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_load_request_is_answered_2xx_when_replayed(recipes: ModuleType, vendor: str) -> None:
    recipe = recipes.recipe_for(VENDORS[vendor])
    sim = _fresh(vendor)
    request = recipe.load_request(recipes.SimControl(sim))
    with sim.client() as http:
        for _ in range(3):
            assert request.send(http).is_success
    sim.close()


# Set by httpx itself.
_TRANSPORT_HEADERS = {"host", "user-agent", "accept-encoding", "connection", "content-length"}


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_the_raw_call_sends_the_headers_the_overlay_sends(recipes: ModuleType, vendor: str) -> None:
    # A header only the overlay sends can change the answer (SuperOffice's SO-TimeZone
    # adds offsets to every date-time), and then the two sides parse different answers.
    # The simulators' request logs keep each request's header names (credentials masked).
    raw_sim, overlay_sim = _both_calls(recipes, vendor)
    raw_sent, overlay_sent = raw_sim.requests.last.headers, overlay_sim.requests.last.headers
    assert set(overlay_sent) - _TRANSPORT_HEADERS <= set(raw_sent)
    for sim in (raw_sim, overlay_sim):
        sim.close()
