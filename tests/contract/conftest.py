"""Budgets, the soak profile and the case tally of the contract suite.

``CONTRACT_PROFILE=soak`` selects the soak profile: 1,000 examples per operation and
mode (positive and negative data) unless ``CONTRACT_EXAMPLES`` says otherwise, and the
run fails unless at least ``SOAK_MINIMUM`` cases were sent over the four specs. Every
run reports, per spec, how many cases were sent and validated, how many answers were
5xx and how many cases failed a check: schemathesis' ``after_validate`` hook, registered
on each simulator schema, counts them.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
from schemathesis import Case
from schemathesis.checks import CheckResult
from schemathesis.core.transport import Response
from schemathesis.engine import Status
from schemathesis.hooks import HookContext
from schemathesis.schemas import BaseSchema
from ticket_simulators.vendors import VENDORS

SOAK = os.environ.get("CONTRACT_PROFILE") == "soak"
SOAK_MINIMUM = 10_000
# CI-sized by default; CONTRACT_EXAMPLES raises it for a longer run.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "1000" if SOAK else "25"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", str(max(5, EXAMPLES // 3))))
# Schemathesis' boundary-value phase, for the vendors where it is costly (see _schemas).
COVERAGE = os.environ.get("CONTRACT_COVERAGE") == "1"

CASES: Counter[str] = Counter()
"""Cases sent and validated, per spec title."""
SERVER_ERRORS: Counter[str] = Counter()
FAILED: Counter[str] = Counter()


def tally(schema: BaseSchema) -> None:
    """Count every case ``schema`` validates into the run's summary."""
    title = str(schema.raw_schema.get("info", {}).get("title", "?"))

    def after_validate(
        context: HookContext, case: Case, response: Response, results: list[CheckResult]
    ) -> None:
        CASES[title] += 1
        if response.status_code >= 500:
            SERVER_ERRORS[title] += 1
        if any(result.status is Status.FAILURE for result in results):
            FAILED[title] += 1

    schema.hooks.register_hook_with_name(after_validate, "after_validate")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not CASES:
        return
    terminalreporter.section("contract cases")
    for title, count in sorted(CASES.items()):
        terminalreporter.write_line(
            f"{title}: {count} cases, {SERVER_ERRORS[title]} answered 5xx, "
            f"{FAILED[title]} failed a check"
        )
    total = sum(CASES.values())
    terminalreporter.write_line(
        f"total: {total} cases ({'soak' if SOAK else 'default'} profile, "
        f"{EXAMPLES} examples per operation and mode)"
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # Only a run of the whole contract suite can reach the soak minimum.
    whole = len(CASES) == len(VENDORS)
    if SOAK and whole and sum(CASES.values()) < SOAK_MINIMUM and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
