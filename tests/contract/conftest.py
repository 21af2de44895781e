"""Shared settings of the contract tests: example budgets, the soak profile, a case tally.

``CONTRACT_PROFILE=soak`` selects the soak profile: 1,000 examples per operation and
mode (positive and negative data) unless ``CONTRACT_EXAMPLES`` says otherwise, and the
run fails unless at least ``SOAK_MINIMUM`` cases were sent over the four specs. Every
run reports, per spec, how many cases were sent and validated, and how many answers were
5xx (``call_and_validate`` fails such a case, and any schema violation, as it happens).
"""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

import pytest
from schemathesis import Case

SOAK = os.environ.get("CONTRACT_PROFILE") == "soak"
SOAK_MINIMUM = 10_000
# CI-sized by default; CONTRACT_EXAMPLES raises it for a longer run.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "1000" if SOAK else "25"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", str(max(5, EXAMPLES // 3))))

CASES: Counter[str] = Counter()
"""Cases sent and validated by ``call_and_validate``, per spec title."""
SERVER_ERRORS: Counter[str] = Counter()
FAILED: Counter[str] = Counter()

_call_and_validate = Case.call_and_validate


def _counted(self: Case, *args: Any, **kwargs: Any) -> Any:
    title = str(self.operation.schema.raw_schema.get("info", {}).get("title", "?"))
    CASES[title] += 1
    try:
        response = _call_and_validate(self, *args, **kwargs)
    except BaseException:
        FAILED[title] += 1
        raise
    if response.status_code >= 500:
        SERVER_ERRORS[title] += 1
    return response


Case.call_and_validate = _counted  # type: ignore[method-assign]


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
    if SOAK and len(CASES) == 4 and sum(CASES.values()) < SOAK_MINIMUM and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
