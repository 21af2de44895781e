"""Generated clients keep credentials out of their repr (template override client.py.jinja)."""

from __future__ import annotations

import importlib

import pytest
from ticket_simulators.vendors import VENDORS

PACKAGES = [vendor.client_package for vendor in VENDORS.values()]
SECRET = "s3cr3t-token-value"


@pytest.mark.parametrize("package", PACKAGES)
def test_authenticated_client_repr_hides_the_token(package: str) -> None:
    module = importlib.import_module(package)
    client = module.AuthenticatedClient(base_url="https://api.example", token=SECRET)
    assert SECRET not in repr(client)
    client.get_httpx_client()  # copies the token into the Authorization header
    assert SECRET not in repr(client)
    client.get_httpx_client().close()


@pytest.mark.parametrize("package", PACKAGES)
def test_client_repr_hides_credential_headers_and_cookies(package: str) -> None:
    module = importlib.import_module(package)
    client = module.Client(
        base_url="https://api.example",
        headers={"Authorization": f"Bearer {SECRET}"},
        cookies={"session": SECRET},
    )
    assert SECRET not in repr(client)
    assert "https://api.example" in repr(client)
