"""Schemathesis hooks for ``st run``: the shipped configuration loads this module.

For a document of one of the four vendors, the profile is applied as soon as the
schema is loaded: statuses documented for valid input, credentials (from the
``<VENDOR>_LIVE_*`` environment variables when set, else minted by the ``ticket-sim``
simulator at ``--url``), write operations left out of a live run unless
``<VENDOR>_LIVE_WRITES=1``, and the check that fails a run whose credentials were
refused. Other documents are left alone.
"""

from __future__ import annotations

import schemathesis
from schemathesis.hooks import HookContext
from schemathesis.schemas import BaseSchema

from . import checks as _checks  # noqa: F401 - registers CredentialsAccepted
from .configure import configure, environment_or_simulator
from .profiles import profile_for_title


@schemathesis.hook
def after_load_schema(context: HookContext, schema: BaseSchema) -> None:
    """Apply the vendor's profile to ``schema``."""
    profile = profile_for_title(schema.raw_schema.get("info", {}).get("title"))
    if profile is None:
        return
    live = profile.has_live_credentials()
    configure(
        schema,
        credentials=lambda: environment_or_simulator(schema, profile),
        writes=not live or profile.live_writes(),
    )
