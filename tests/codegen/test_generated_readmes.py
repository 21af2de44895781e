"""Each generated client's README (from specs/templates/README.md.jinja) is about that client."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import pytest
from ticket_simulators.vendors import VENDORS, Vendor

ROOT = Path(__file__).resolve().parents[2]


def readme(vendor: Vendor) -> str:
    return (ROOT / "generated" / vendor.client_project / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("vendor", VENDORS.values(), ids=list(VENDORS))
def test_readme_says_what_the_package_is_how_to_connect_and_where_the_overlay_is(
    vendor: Vendor,
) -> None:
    text = readme(vendor)
    assert text.startswith(f"# {vendor.client_project}\n")
    # No stock text about a made-up API.
    assert "get_my_data_model" not in text
    assert "SuperSecretToken" not in text
    assert "\n## Connecting\n" in text
    assert f"`{vendor.overlay}`" in text
    importlib.import_module(vendor.overlay)
    pyproject = tomllib.loads(
        (ROOT / "generated" / vendor.client_project / "pyproject.toml").read_text()
    )
    assert f"`{pyproject['project']['version']}`" in text
    # Every operation it lists is a module of the package, and every module is listed.
    listed = set(re.findall(rf"`({vendor.client_package}\.api\.\w+\.\w+)`", text))
    package = ROOT / "generated" / vendor.client_project / vendor.client_package / "api"
    modules = {
        f"{vendor.client_package}.api.{p.parent.name}.{p.stem}"
        for p in package.glob("*/*.py")
        if p.name != "__init__.py"
    }
    assert listed == modules


def test_rezolve_readme_names_the_headers_every_call_needs() -> None:
    text = readme(VENDORS["rezolve"])
    assert '"x-tenantid": tenant_id' in text
    assert '"realmname": realm' in text
    assert "Bearer" in text


def test_sentinelone_readme_names_the_apitoken_prefix() -> None:
    assert 'prefix="ApiToken"' in readme(VENDORS["sentinelone"])
