"""Every generated operation takes a plain ``Client``, whatever its ``security`` says.

The stock endpoint template narrows ``client`` to ``AuthenticatedClient`` when an
operation declares security; the overlays authenticate plain ``Client``s through an
``httpx.Auth`` (header API keys the generated ``AuthenticatedClient`` cannot send), so the
template override in ``specs/templates/endpoint_macros.py.jinja`` keeps both.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from collections.abc import Iterator
from types import ModuleType

import pytest

PACKAGES = ["rezolve_client", "forcepoint_dlp_client", "sentinelone_client", "superoffice_client"]


def endpoint_modules() -> Iterator[ModuleType]:
    for package in PACKAGES:
        api = importlib.import_module(f"{package}.api")
        for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
            module = importlib.import_module(info.name)
            if hasattr(module, "sync_detailed"):
                yield module


MODULES = list(endpoint_modules())


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_function_accepts_a_plain_client(module: ModuleType) -> None:
    package = importlib.import_module(module.__name__.split(".")[0])
    for name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
        function = getattr(module, name, None)
        if function is None:
            continue
        accepted = typing.get_args(typing.get_type_hints(function)["client"])
        assert package.Client in accepted, f"{module.__name__}.{name}"
        assert package.AuthenticatedClient in accepted, f"{module.__name__}.{name}"


def test_operations_with_their_own_security_are_among_them() -> None:
    # The modules whose operations declare security, which the stock template narrows.
    names = {m.__name__ for m in MODULES}
    assert "rezolve_client.api.tickets.update_ticket" in names
    assert "forcepoint_dlp_client.api.auth.get_refresh_token" in names
