"""Suite-wide fixtures: the secret watch runs for every test, and its check runs last."""

from __future__ import annotations

import pytest

from . import secret_watch

LAST = "test_no_secrets.py::test_no_secret_reaches_a_log_repr_or_error"


def pytest_configure(config: pytest.Config) -> None:
    secret_watch.install()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The check reads what every other test left behind, so it must come after them.
    items.sort(key=lambda item: item.nodeid.endswith(LAST))
