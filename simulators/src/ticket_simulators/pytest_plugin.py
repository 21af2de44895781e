"""Pytest fixtures for the simulators (registered through the ``pytest11`` entry point).

Per vendor ``<vendor>`` (``rezolve``, ``sentinelone``, ``superoffice``,
``forcepoint_dlp``), built from the vendor registry:

- ``<vendor>_sim``: a fresh in-process simulator per test (``SimHandle``).
- ``make_<vendor>_sim_server``: one simulator served by uvicorn on a loopback port for
  the whole session (``ServedSimHandle``); HTTPS when ``ticket_sim_tls`` returns True.
- ``<vendor>_sim_server``: that server, reset to its seed and mode before each test.

Both honour ``@pytest.mark.ticket_sim(seed=..., faults=[...], strict=..., profile=...)``:
``strict=True`` accepts only what the vendor's documents describe, and ``profile`` picks
one of the vendor's ``PROFILES`` where documents and field disagree. The
``ticket_sim_profile`` fixture (None: the vendor's default) sets the profile too; a test
module can parametrize it to run every test against each profile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ._core import Fault, ServedSimHandle, SimHandle
from .vendors import VENDORS, Vendor

_MARKER_KEYS = frozenset({"seed", "faults", "strict", "profile"})


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``ticket_sim`` marker."""
    config.addinivalue_line(
        "markers",
        "ticket_sim(seed=0, faults=[], strict=False, profile=None): seed, faults "
        "(control-API JSON objects) and mode for the simulator fixtures of this test",
    )


def _marker_options(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker("ticket_sim")
    if marker is None:
        return {}
    if marker.args or set(marker.kwargs) - _MARKER_KEYS:
        raise pytest.UsageError(
            "ticket_sim takes only the keywords seed=, faults=, strict= and profile="
        )
    return dict(marker.kwargs)


def _apply(
    request: pytest.FixtureRequest, handle: SimHandle, options: dict[str, Any], profile: str | None
) -> None:
    profile = options.get("profile", profile)
    strict = options.get("strict")
    if strict is not None or profile is not None:
        # The test's mode survives a reset inside the test; the server's comes back after.
        request.addfinalizer(handle.app.runtime.fidelity.begin(strict=strict, profile=profile))
    for fault in options.get("faults", []):
        handle.app.runtime.faults.add(fault if isinstance(fault, Fault) else Fault.from_json(fault))


@pytest.fixture
def ticket_sim_profile() -> str | None:
    """The profile every simulator fixture of a test uses (None: the vendor's default).

    Parametrize it (``pytest_generate_tests`` or ``@pytest.mark.parametrize``) to run a
    test against each of a vendor's ``PROFILES``.
    """
    return None


@pytest.fixture(scope="session")
def ticket_sim_tls() -> bool:
    """Whether session servers speak HTTPS; override this fixture to return True."""
    return False


def _in_process_fixture(vendor: Vendor) -> Callable[..., Iterator[SimHandle]]:
    def fixture(
        request: pytest.FixtureRequest, ticket_sim_profile: str | None
    ) -> Iterator[SimHandle]:
        options = _marker_options(request)
        handle = SimHandle(vendor.create_app(seed=options.get("seed") or 0), vendor.base_url)
        _apply(request, handle, options, ticket_sim_profile)
        yield handle
        handle.close()

    fixture.__doc__ = f"A fresh in-process {vendor.name} simulator for one test."
    return fixture


def _session_server_fixture(vendor: Vendor) -> Callable[..., Iterator[ServedSimHandle]]:
    def fixture(ticket_sim_tls: bool) -> Iterator[ServedSimHandle]:
        server = ServedSimHandle(vendor.create_app(), tls=ticket_sim_tls)
        yield server
        server.stop()

    fixture.__doc__ = f"One {vendor.name} simulator on a loopback socket for the whole session."
    return fixture


def _served_fixture(vendor: Vendor) -> Callable[..., ServedSimHandle]:
    def fixture(request: pytest.FixtureRequest, ticket_sim_profile: str | None) -> ServedSimHandle:
        server: ServedSimHandle = request.getfixturevalue(f"make_{vendor.module}_sim_server")
        options = _marker_options(request)
        if options.get("seed") not in (None, server.app.seed):
            raise pytest.UsageError("the served simulators always use seed 0; use <vendor>_sim")
        server.reset()
        _apply(request, server, options, ticket_sim_profile)
        request.addfinalizer(server.close)
        return server

    fixture.__doc__ = f"The session's {vendor.name} server, reset to its seed and mode."
    return fixture


def _register() -> list[str]:
    names = []
    for vendor in VENDORS.values():
        for name, build, scope in (
            (f"{vendor.module}_sim", _in_process_fixture, "function"),
            (f"make_{vendor.module}_sim_server", _session_server_fixture, "session"),
            (f"{vendor.module}_sim_server", _served_fixture, "function"),
        ):
            function = build(vendor)
            function.__name__ = name
            globals()[name] = pytest.fixture(scope=scope, name=name)(function)  # type: ignore[call-overload]
            names.append(name)
    return names


# The fixture names are built from the vendor registry.
__all__ = [
    "pytest_configure",
    "ticket_sim_profile",
    "ticket_sim_tls",
    *_register(),
]
