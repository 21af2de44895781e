"""Where each vendor's OpenAPI document is, and the document itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

__all__ = ["VENDORS", "load_spec", "spec_path"]

VENDORS: dict[str, str] = {
    "rezolve": "rezolve.yaml",
    "sentinelone": "sentinelone.yaml",
    "superoffice": "superoffice.yaml",
    "forcepoint-dlp": "forcepoint_dlp.yaml",
}
"""Vendor name (as ``ticket-sim`` spells it) -> file name of its OpenAPI document."""

_PACKAGED = Path(__file__).resolve().parent / "openapi"
# A source checkout (the workspace's editable install) has the documents in specs/ at the
# repository root instead: the build copies them into the package, nothing else does.
_CHECKOUT = Path(__file__).resolve().parents[3] / "specs"


def spec_path(vendor: str) -> Path:
    """The OpenAPI 3.1 document (YAML) of ``vendor``, as a file path.

    ``vendor`` is one of :data:`VENDORS` (``forcepoint_dlp`` is accepted for
    ``forcepoint-dlp``). Give the path to schemathesis (``st run PATH``), Prism or any
    other tool that reads a file. Raises ``ValueError`` for an unknown vendor.
    """
    name = VENDORS.get(vendor.replace("_", "-"))
    if name is None:
        raise ValueError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
    for folder in (_PACKAGED, _CHECKOUT):
        path = folder / name
        if path.is_file():
            return path
    raise FileNotFoundError(f"{name} is missing from {_PACKAGED}: the package was built without it")


def load_spec(vendor: str) -> dict[str, Any]:
    """The OpenAPI document of ``vendor`` parsed into a fresh dict (the caller may change it)."""
    with spec_path(vendor).open(encoding="utf-8") as document:
        loaded: dict[str, Any] = yaml.safe_load(document)
    return loaded
