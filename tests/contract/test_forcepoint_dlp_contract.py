"""Schemathesis over every operation of specs/forcepoint_dlp.yaml, against the simulator.

Positive and negative data, all default checks. Credentials come from a real login
through the simulator: the username/password headers for the refresh-token call, the
refresh token for the access-token call, and a bearer access token for the incident
calls.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import settings
from schemathesis import Case
from schemathesis.auths import AuthContext
from schemathesis.generation.meta import CoveragePhaseData, CoverageScenario
from schemathesis.schemas import BaseSchema
from schemathesis.specs.openapi.checks import missing_required_header
from ticket_simulators._core import SyncASGITransport
from ticket_simulators.forcepoint_dlp import ACCOUNTS, BASE_URL, PREFIX, create_app

from ._schemas import SUPPRESS, assert_authenticated, load_schema

ACCOUNT = next(a for a in ACCOUNTS if a.admin_type == "Application")


class SimulatorLogin:
    """Logs in through the simulator the case is sent to and signs the case per operation."""

    def get(self, case: Case, ctx: AuthContext) -> dict[str, str]:
        assert ctx.app is not None
        with httpx.Client(transport=SyncASGITransport(ctx.app), base_url=BASE_URL) as client:
            response = client.post(
                f"{PREFIX}/auth/refresh-token",
                headers={"username": ACCOUNT.username, "password": ACCOUNT.password},
            )
        response.raise_for_status()
        tokens: dict[str, str] = response.json()
        return {"refresh": tokens["refresh_token"], "access": tokens["access_token"]}

    def set(self, case: Case, data: dict[str, str], ctx: AuthContext) -> None:
        path = case.operation.path
        if path.endswith("/auth/refresh-token"):
            case.headers.update({"username": ACCOUNT.username, "password": ACCOUNT.password})
        elif path.endswith("/auth/access-token"):
            case.headers["refresh-token"] = f"Bearer {data['refresh']}"
        else:
            case.headers["Authorization"] = f"Bearer {data['access']}"


def load(app: object) -> BaseSchema:
    # Schema-valid requests still get the answers the guide documents for them: 420
    # when no incident matches (random ids and dates almost never do), 422 when no
    # incident of an update could be processed, and 400 for an INCIDENTS update whose
    # keys lack partition_index while scan_partitions is NONE (the guide: "an exception
    # is raised"), a rule the schema cannot express.
    return load_schema(
        "forcepoint_dlp.yaml", SimulatorLogin, app=app, valid_but_refused=["400", "420", "422"]
    )


# Strict mode: the spec transcribes the documents, so its negative checks hold there.
APP = create_app(strict=True)
schema = load(APP)


@pytest.fixture(autouse=True)
def fresh_simulator() -> None:
    """Each operation's run starts from the seed."""
    APP.runtime.reset()


@schema.parametrize()
@settings(deadline=None, suppress_health_check=SUPPRESS)
def test_simulator_conforms(case: Case) -> None:
    if not _drops_authorization(case):
        case.call_and_validate()
        return
    # missing_required_header insists on 401 when Authorization is left out, while the
    # guide documents 403 for a missing access token (and the spec lists no 401). For
    # this one scenario the check is replaced by the documented expectation; every
    # other check still runs.
    response = case.call_and_validate(excluded_checks=[missing_required_header])
    assert response.status_code == 403


def _drops_authorization(case: Case) -> bool:
    data = case.meta.phase.data if case.meta is not None else None
    return (
        isinstance(data, CoveragePhaseData)
        and data.scenario == CoverageScenario.MISSING_PARAMETER
        and (data.parameter or "").lower() == "authorization"
    )


@schema.parametrize()
@settings(deadline=None, max_examples=10, suppress_health_check=SUPPRESS)
def test_positive_cases_are_authenticated(case: Case) -> None:
    assert_authenticated(case, refused=[403])
