"""Schemathesis over every operation of specs/sentinelone.yaml.

Against the simulator always: positive and negative data, all default checks (the
coverage phase only with CONTRACT_COVERAGE=1, see below). Against
a real console when SENTINELONE_LIVE_BASE_URL and SENTINELONE_LIVE_TOKEN are set:
the read-only listing, plus both updates when SENTINELONE_LIVE_WRITES=1 as well (an
update with a schemathesis-made filter can touch any threat: use a test console).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import settings
from schemathesis import Case, GenerationMode
from schemathesis.auths import AuthContext
from schemathesis.schemas import BaseSchema
from ticket_simulators.sentinelone import create_app

from ._schemas import SUPPRESS, assert_authenticated, load_schema

LIVE = {
    "base_url": os.environ.get("SENTINELONE_LIVE_BASE_URL"),
    "token": os.environ.get("SENTINELONE_LIVE_TOKEN"),
}
LIVE_WRITES = os.environ.get("SENTINELONE_LIVE_WRITES") == "1"
# The coverage phase walks the boundary values of each of the 98 filter fields (about
# 1,500 cases per operation, some 20 s here); the CI-sized run leaves it to
# CONTRACT_COVERAGE=1, like CONTRACT_EXAMPLES widens the random search.
COVERAGE = os.environ.get("CONTRACT_COVERAGE") == "1"


class SimulatorAuth:
    """Mints a write-capable API token from the simulator the case is sent to."""

    def get(self, case: Case, ctx: AuthContext) -> str:
        assert ctx.app is not None
        token: str = ctx.app.backend.mint_token({})
        return token

    def set(self, case: Case, data: str, ctx: AuthContext) -> None:
        case.headers["Authorization"] = f"ApiToken {data}"
        _sign_login(case, data)


def _sign_login(case: Case, token: str) -> None:
    """The login by API token carries its credential in the body: a positive case
    gets the working token there too (negative cases keep what was generated)."""
    body = case.body
    positive = case.meta is not None and case.meta.generation.mode is GenerationMode.POSITIVE
    if positive and case.path.endswith("/users/login/by-api-token") and isinstance(body, dict):
        data = body.get("data")
        if isinstance(data, dict) and isinstance(data.get("apiToken"), str):
            data["apiToken"] = token


class LiveAuth:
    """A real console's API token, from the environment."""

    def get(self, case: Case, ctx: AuthContext) -> str:
        return LIVE["token"] or ""

    def set(self, case: Case, data: str, ctx: AuthContext) -> None:
        case.headers["Authorization"] = f"ApiToken {data}"


def load(*, app: Any = None, base_url: str | None = None) -> BaseSchema:
    # Schema-valid input can still be refused 400, as the spec's BadRequest response
    # documents: an id filter (ids, accountIds, siteIds, groupIds, agentIds,
    # collectionIds) holding something that is not a SentinelOne identifier is
    # 4000020 "Invalid Identifier"; an `agentTagsData` that is not the JSON object the
    # documents describe, or a `cursor` the API never issued, is 4000010.
    schema = load_schema(
        "sentinelone.yaml",
        SimulatorAuth if app is not None else LiveAuth,
        app=app,
        base_url=base_url,
        valid_but_refused=["400"],
    )
    schema.config.phases.coverage.enabled = COVERAGE
    return schema


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
    assert_authenticated(case, refused=[401, 403])


if all(LIVE.values()):
    live_schema = load(base_url=LIVE["base_url"])
    if not LIVE_WRITES:
        live_schema = live_schema.include(method="GET")

    @live_schema.parametrize()
    @settings(deadline=None, suppress_health_check=SUPPRESS)
    def test_live_console_conforms(case: Case) -> None:
        case.call_and_validate()

else:

    def test_live_console_conforms() -> None:
        pytest.skip("set SENTINELONE_LIVE_BASE_URL and SENTINELONE_LIVE_TOKEN to test a console")
