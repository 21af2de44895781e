"""Contract testing of a server against the vendors' documents, with schemathesis.

Needs the ``contract`` extra (``pip install "ticket-bindings-specs[contract]"``).

- :data:`PROFILES`: one :class:`ContractProfile` per vendor (statuses documented for
  valid input, write operations, credential sources and variables).
- :func:`configure`: applies a profile to a schema loaded in Python (pytest).
- :func:`config_path`: the ``schemathesis.toml`` for ``st run``; its hooks module,
  ``ticket_bindings_specs.contract.hooks``, applies the profiles there.
- :class:`CredentialsAccepted`: the check that fails a run whose credentials were
  refused.
"""

from pathlib import Path

from .checks import CredentialsAccepted
from .configure import configure, environment_or_simulator, profile_for_schema
from .credentials import (
    Credentials,
    CredentialsUnavailable,
    ForcepointLogin,
    StaticHeaders,
    credentials_client,
    mint_token,
    simulator_seed,
)
from .profiles import PROFILES, ContractProfile, LiveValues, Operation, profile_for_title

__all__ = [
    "PROFILES",
    "ContractProfile",
    "Credentials",
    "CredentialsAccepted",
    "CredentialsUnavailable",
    "ForcepointLogin",
    "LiveValues",
    "Operation",
    "StaticHeaders",
    "config_path",
    "configure",
    "credentials_client",
    "environment_or_simulator",
    "mint_token",
    "profile_for_schema",
    "profile_for_title",
    "simulator_seed",
]


def config_path() -> Path:
    """The shipped ``schemathesis.toml``: pass it as ``st --config-file PATH run ...``."""
    return Path(__file__).resolve().parent / "schemathesis.toml"
