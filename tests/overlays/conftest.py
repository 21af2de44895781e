"""Fixtures shared by the overlay tests.

Every overlay test runs against each of its vendor's simulator profiles: where the
documents and the field disagree, the overlays must handle both behaviours. A test that
drives several vendors' simulators at once keeps their default profiles (the profile
fixture applies to every simulator of a test, and names belong to one vendor).
"""

from __future__ import annotations

import pytest
from ticket_simulators.vendors import VENDORS


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "ticket_sim_profile" not in metafunc.fixturenames:
        return
    used = [
        vendor
        for vendor in VENDORS.values()
        if {f"{vendor.module}_sim", f"{vendor.module}_sim_server"} & set(metafunc.fixturenames)
    ]
    if len(used) == 1 and len(used[0].profiles) > 1:
        metafunc.parametrize("ticket_sim_profile", used[0].profiles)
