"""Fixtures shared by the simulator tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ticket_simulators._core import SimHandle

from .rezolve_helpers import Rezolve


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def rz(rezolve_sim: SimHandle) -> Iterator[Rezolve]:
    with rezolve_sim.client() as client:
        yield Rezolve(rezolve_sim, client)
