"""Pytest fixtures for the simulators (registered through the ``pytest11`` entry point).

Per vendor ``<vendor>``:

- ``<vendor>_sim``: a fresh in-process simulator per test (``SimHandle``); honours
  ``@pytest.mark.ticket_sim(seed=..., faults=[...])``.
- ``make_<vendor>_sim_server``: one simulator served by uvicorn on a loopback port for
  the whole session (``ServedSimHandle``); HTTPS when ``ticket_sim_tls`` returns True.
- ``<vendor>_sim_server``: that server, reset to its seed before each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ._core import Fault, ServedSimHandle, SimHandle
from .vendors import VENDORS, Vendor

__all__ = [
    "forcepoint_dlp_sim",
    "forcepoint_dlp_sim_server",
    "make_forcepoint_dlp_sim_server",
    "make_rezolve_sim_server",
    "make_sentinelone_sim_server",
    "make_superoffice_sim_server",
    "pytest_configure",
    "rezolve_sim",
    "rezolve_sim_server",
    "sentinelone_sim",
    "sentinelone_sim_server",
    "superoffice_sim",
    "superoffice_sim_server",
    "ticket_sim_tls",
]


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``ticket_sim`` marker."""
    config.addinivalue_line(
        "markers",
        "ticket_sim(seed=0, faults=[]): seed and faults (control-API JSON objects) "
        "for the simulator fixtures of this test",
    )


def _marker_options(request: pytest.FixtureRequest) -> tuple[int | None, list[Any]]:
    marker = request.node.get_closest_marker("ticket_sim")
    if marker is None:
        return None, []
    unknown = set(marker.kwargs) - {"seed", "faults"}
    if marker.args or unknown:
        raise pytest.UsageError("ticket_sim takes only the keywords seed= and faults=")
    return marker.kwargs.get("seed"), list(marker.kwargs.get("faults", []))


def _apply_faults(handle: SimHandle, faults: list[Any]) -> None:
    for fault in faults:
        handle.app.runtime.faults.add(fault if isinstance(fault, Fault) else Fault.from_json(fault))


def _in_process(request: pytest.FixtureRequest, vendor: Vendor) -> Iterator[SimHandle]:
    seed, faults = _marker_options(request)
    handle = SimHandle(vendor.create_app(seed=seed or 0), vendor.base_url)
    _apply_faults(handle, faults)
    yield handle
    handle.close()


def _served(request: pytest.FixtureRequest, server: ServedSimHandle) -> ServedSimHandle:
    seed, faults = _marker_options(request)
    if seed not in (None, server.app.seed):
        raise pytest.UsageError("the served simulators always use seed 0; use <vendor>_sim")
    server.reset()
    _apply_faults(server, faults)
    request.addfinalizer(server.close)
    return server


@pytest.fixture(scope="session")
def ticket_sim_tls() -> bool:
    """Whether session servers speak HTTPS; override this fixture to return True."""
    return False


@pytest.fixture
def rezolve_sim(request: pytest.FixtureRequest) -> Iterator[SimHandle]:
    """A fresh in-process Rezolve simulator for one test."""
    yield from _in_process(request, VENDORS["rezolve"])


@pytest.fixture(scope="session")
def make_rezolve_sim_server(ticket_sim_tls: bool) -> Iterator[ServedSimHandle]:
    """One Rezolve simulator on a loopback socket for the whole session."""
    server = ServedSimHandle(VENDORS["rezolve"].create_app(), tls=ticket_sim_tls)
    yield server
    server.stop()


@pytest.fixture
def rezolve_sim_server(
    request: pytest.FixtureRequest, make_rezolve_sim_server: ServedSimHandle
) -> ServedSimHandle:
    """The session's Rezolve server, reset to its seed for this test."""
    return _served(request, make_rezolve_sim_server)


@pytest.fixture
def sentinelone_sim(request: pytest.FixtureRequest) -> Iterator[SimHandle]:
    """A fresh in-process SentinelOne simulator for one test."""
    yield from _in_process(request, VENDORS["sentinelone"])


@pytest.fixture(scope="session")
def make_sentinelone_sim_server(ticket_sim_tls: bool) -> Iterator[ServedSimHandle]:
    """One SentinelOne simulator on a loopback socket for the whole session."""
    server = ServedSimHandle(VENDORS["sentinelone"].create_app(), tls=ticket_sim_tls)
    yield server
    server.stop()


@pytest.fixture
def sentinelone_sim_server(
    request: pytest.FixtureRequest, make_sentinelone_sim_server: ServedSimHandle
) -> ServedSimHandle:
    """The session's SentinelOne server, reset to its seed for this test."""
    return _served(request, make_sentinelone_sim_server)


@pytest.fixture
def superoffice_sim(request: pytest.FixtureRequest) -> Iterator[SimHandle]:
    """A fresh in-process SuperOffice simulator for one test."""
    yield from _in_process(request, VENDORS["superoffice"])


@pytest.fixture(scope="session")
def make_superoffice_sim_server(ticket_sim_tls: bool) -> Iterator[ServedSimHandle]:
    """One SuperOffice simulator on a loopback socket for the whole session."""
    server = ServedSimHandle(VENDORS["superoffice"].create_app(), tls=ticket_sim_tls)
    yield server
    server.stop()


@pytest.fixture
def superoffice_sim_server(
    request: pytest.FixtureRequest, make_superoffice_sim_server: ServedSimHandle
) -> ServedSimHandle:
    """The session's SuperOffice server, reset to its seed for this test."""
    return _served(request, make_superoffice_sim_server)


@pytest.fixture
def forcepoint_dlp_sim(request: pytest.FixtureRequest) -> Iterator[SimHandle]:
    """A fresh in-process Forcepoint DLP simulator for one test."""
    yield from _in_process(request, VENDORS["forcepoint-dlp"])


@pytest.fixture(scope="session")
def make_forcepoint_dlp_sim_server(ticket_sim_tls: bool) -> Iterator[ServedSimHandle]:
    """One Forcepoint DLP simulator on a loopback socket for the whole session."""
    server = ServedSimHandle(VENDORS["forcepoint-dlp"].create_app(), tls=ticket_sim_tls)
    yield server
    server.stop()


@pytest.fixture
def forcepoint_dlp_sim_server(
    request: pytest.FixtureRequest, make_forcepoint_dlp_sim_server: ServedSimHandle
) -> ServedSimHandle:
    """The session's Forcepoint DLP server, reset to its seed for this test."""
    return _served(request, make_forcepoint_dlp_sim_server)
