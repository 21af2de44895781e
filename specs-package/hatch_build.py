"""Build hook: force-include the repository's OpenAPI documents into the package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DOCUMENTS = ("rezolve.yaml", "sentinelone.yaml", "superoffice.yaml", "forcepoint_dlp.yaml")


class SpecsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Maps ``../specs/<vendor>.yaml`` to ``ticket_bindings_specs/openapi/`` in the build."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Add the documents to the build's force-include map when building from the repo."""
        specs = Path(self.root).parent / "specs"
        # An editable install reads the documents from the checkout (see documents.py).
        if version == "editable" or not specs.is_dir():
            # Or a wheel from an sdist: the documents are already in its sources.
            return
        target = "ticket_bindings_specs/openapi"
        if self.target_name == "sdist":
            target = f"src/{target}"
        for name in DOCUMENTS:
            build_data["force_include"][str(specs / name)] = f"{target}/{name}"
