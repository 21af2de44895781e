"""Stateful simulators of the vendor APIs.

The pytest plugin's fixtures give a :class:`SimHandle` (``<vendor>_sim``, in-process) or
a :class:`ServedSimHandle` (``<vendor>_sim_server``, on a loopback socket); annotate
your tests with them::

    from ticket_simulators import SimHandle

    def test_my_integration(rezolve_sim: SimHandle) -> None: ...
"""

from ._core import (
    Clock,
    ConnectionDropped,
    Fault,
    FaultKind,
    LoggedRequest,
    ServedSimHandle,
    SimHandle,
    SimulatorApp,
)

__all__ = [
    "Clock",
    "ConnectionDropped",
    "Fault",
    "FaultKind",
    "LoggedRequest",
    "ServedSimHandle",
    "SimHandle",
    "SimulatorApp",
]
