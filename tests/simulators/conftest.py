"""Fixtures shared by the simulator tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from ticket_simulators._core import SeededBackend, SimHandle

from .rezolve_helpers import Rezolve


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def rz(rezolve_sim: SimHandle) -> Iterator[Rezolve]:
    with rezolve_sim.client() as client:
        yield Rezolve(rezolve_sim, client)


@pytest.fixture
def break_store(monkeypatch: pytest.MonkeyPatch) -> Callable[[SimHandle, str], None]:
    """Make one method of a simulator's store raise, as a bug in the simulator would."""

    def apply(sim: SimHandle, method: str) -> None:
        backend = sim.app.backend
        assert isinstance(backend, SeededBackend)

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("simulated bug")

        monkeypatch.setattr(backend.store, method, broken)

    return apply
