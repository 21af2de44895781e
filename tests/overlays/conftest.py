"""Fixtures shared by the overlay tests.

Every overlay test runs against each of its vendor's simulator profiles: where the
documents and the field disagree, the overlays must handle both behaviours.
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
    for vendor in VENDORS.values():
        uses = {f"{vendor.module}_sim", f"{vendor.module}_sim_server"}
        if uses & set(metafunc.fixturenames) and len(vendor.profiles) > 1:
            metafunc.parametrize("ticket_sim_profile", vendor.profiles)
            return
