"""Suite-wide fixtures: the secret watch runs for every test and checks each one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from . import secret_watch


def pytest_configure(config: pytest.Config) -> None:
    secret_watch.install()


@pytest.fixture(autouse=True)
def no_secret_leaks() -> Iterator[None]:
    """Fails a test whose logs, errors or reprs show a credential seen in the run."""
    # What came before this test (fixture setups, the previous teardown) is checked too.
    before = secret_watch.WATCH.check()
    assert before == [], before
    yield
    leaks = secret_watch.WATCH.check()
    assert leaks == [], leaks


def pytest_terminal_summary(terminalreporter: Any) -> None:
    searched = secret_watch.WATCH.searched
    if searched["tests"]:
        terminalreporter.write_line(
            f"secret watch: {searched['tests']} tests, {searched['records']} log records, "
            f"{searched['errors']} exceptions and {searched['shown']} reprs searched for "
            f"{len(secret_watch.WATCH.secrets)} credentials"
        )
