"""Suite-wide hooks: the secret watch checks every test, and async tests cannot block.

An async test runs with every blocking httpx transport disabled: an async helper that
called the blocking driver by mistake would otherwise pass, since the clients under test
carry both a sync and an async transport.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import random
from collections.abc import Generator, Iterator
from typing import Any

import httpx
import pytest
from ticket_simulators._core import SyncASGITransport

from . import secret_watch


def pytest_configure(config: pytest.Config) -> None:
    secret_watch.install()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # TICKET_TEST_SHUFFLE=<seed> runs the test files in a shuffled order (each file's tests
    # keep theirs), to show that no test depends on another file having run first.
    seed = os.environ.get("TICKET_TEST_SHUFFLE")
    if not seed:
        return
    files = sorted({str(item.path) for item in items})
    random.Random(seed).shuffle(files)
    rank = {name: n for n, name in enumerate(files)}
    items.sort(key=lambda item: rank[str(item.path)])


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


class BlockingCallInAsyncTest(AssertionError):
    """A blocking httpx transport was used while an async test ran."""


@contextlib.contextmanager
def blocking_transports_forbidden() -> Iterator[None]:
    """Make every blocking httpx transport raise while the block runs."""

    def refuse(self: httpx.BaseTransport, request: httpx.Request) -> httpx.Response:
        raise BlockingCallInAsyncTest(f"blocking {request.method} {request.url} in async code")

    with pytest.MonkeyPatch.context() as patch:
        for transport in (httpx.HTTPTransport, SyncASGITransport):
            patch.setattr(transport, "handle_request", refuse)
        yield


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Generator[None, object, object]:
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return (yield)
    with blocking_transports_forbidden():
        return (yield)
