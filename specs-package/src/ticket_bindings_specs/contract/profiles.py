"""Per-vendor contract profiles: what a schemathesis run must know beyond the document.

For each vendor: the statuses each operation documents for schema-valid input (a
stale etag, "nothing found", ...) with the reason, which operations write, which
statuses mean "credentials refused", and how to get credentials from a simulator or
from a live tenant's environment variables. The shipped ``st run`` hooks and the
repository's contract suite both read these profiles, and nothing else.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from .credentials import (
    BodyFields,
    Credentials,
    CredentialsUnavailable,
    ForcepointLogin,
    StaticHeaders,
    mint_token,
    simulator_seed,
)

__all__ = ["PROFILES", "ContractProfile", "LiveValues", "Operation", "profile_for_title"]

# Statuses schemathesis' positive-data and negative-data checks accept by default; a
# profile adds to them.
BASE_ACCEPTED = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")
BASE_REJECTED = ("400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx")


@dataclass(frozen=True)
class Operation:
    """One operation as a contract run needs to know it."""

    writes: bool = False
    """Whether it changes data: a live run leaves it out unless writes are switched on."""
    valid_refusals: Mapping[int, str] = field(default_factory=dict)
    """Status -> why the vendor documents it for a request the schema says is valid."""
    checked_first: Mapping[int, str] = field(default_factory=dict)
    """Status -> why the vendor answers it before looking at invalid data (a failed
    precondition): it then counts as a refusal of that data."""


class LiveValues:
    """A live tenant's settings from ``<PREFIX>_<NAME>`` environment variables."""

    def __init__(self, prefix: str, environ: Mapping[str, str]) -> None:
        """Read the variables starting with ``prefix_`` from ``environ``."""
        self.prefix = prefix
        start = f"{prefix}_"
        self._values = {k[len(start) :]: v for k, v in environ.items() if k.startswith(start) and v}

    def get(self, name: str) -> str | None:
        """``<PREFIX>_<name>``, or None when unset or empty."""
        return self._values.get(name)

    def require(self, *names: str) -> list[str]:
        """The values of ``names``; CredentialsUnavailable naming every one that is unset."""
        missing = [f"{self.prefix}_{n}" for n in names if n not in self._values]
        if missing:
            raise CredentialsUnavailable(f"set {', '.join(missing)} to test a live tenant")
        return [self._values[n] for n in names]


SimulatorCredentials = Callable[[httpx.Client], Credentials]
LiveCredentials = Callable[[LiveValues, httpx.Client], Credentials]


@dataclass(frozen=True)
class ContractProfile:
    """Everything a contract run of one vendor needs beyond its OpenAPI document."""

    vendor: str
    """The vendor's name, as ``ticket-sim`` and :func:`ticket_bindings_specs.spec_path` spell it."""
    title: str
    """The document's ``info.title``, by which a loaded schema is recognised."""
    operations: Mapping[str, Operation]
    """Every operation of the document, by operationId."""
    auth_refusals: frozenset[int]
    """Statuses by which the vendor refuses credentials."""
    live_variables: Mapping[str, str]
    """Credential variables (name after the prefix -> meaning), for the documentation."""
    from_simulator: SimulatorCredentials
    from_environment: LiveCredentials
    missing_authorization: int = 401
    """What the vendor answers a call that lacks its ``Authorization`` header."""

    @property
    def live_prefix(self) -> str:
        """Prefix of the live tenant's variables: ``REZOLVE_LIVE``, ``FORCEPOINT_DLP_LIVE``."""
        return f"{self.vendor.replace('-', '_').upper()}_LIVE"

    @property
    def base_url_variable(self) -> str:
        """The variable naming the live tenant's base URL (read by the test suite)."""
        return f"{self.live_prefix}_BASE_URL"

    @property
    def writes_variable(self) -> str:
        """The switch (``=1``) that lets a live run send the operations that write."""
        return f"{self.live_prefix}_WRITES"

    def live_values(self, environ: Mapping[str, str] | None = None) -> LiveValues:
        """This vendor's live settings from ``environ`` (the process environment by default)."""
        return LiveValues(self.live_prefix, os.environ if environ is None else environ)

    def has_live_credentials(self, environ: Mapping[str, str] | None = None) -> bool:
        """Whether any of the credential variables is set (then they must all be)."""
        values = self.live_values(environ)
        return any(values.get(name) for name in self.live_variables)

    def live_writes(self, environ: Mapping[str, str] | None = None) -> bool:
        """Whether the write switch is on."""
        return self.live_values(environ).get("WRITES") == "1"

    def write_operations(self) -> list[str]:
        """operationIds of the operations that change data."""
        return [op_id for op_id, op in self.operations.items() if op.writes]

    def accepted_statuses(self, operation_id: str) -> list[str]:
        """Statuses the positive-data check accepts for ``operation_id``."""
        extra = sorted(self.operations[operation_id].valid_refusals)
        return [*BASE_ACCEPTED, *(str(status) for status in extra)]

    def rejection_statuses(self, operation_id: str) -> list[str]:
        """Statuses the negative-data check takes for a refusal of ``operation_id``'s data."""
        extra = sorted(self.operations[operation_id].checked_first)
        return [*BASE_REJECTED, *(str(status) for status in extra)]


def _bearer(token: str) -> str:
    return f"Bearer {token}"


# --- Rezolve.ai ---------------------------------------------------------------------------


def _rezolve_headers(token: str, tenant_id: str, realm: str) -> StaticHeaders:
    return StaticHeaders(
        {"Authorization": _bearer(token), "x-tenantid": tenant_id, "realmname": realm}
    )


def _rezolve_simulator(client: httpx.Client) -> Credentials:
    tenant = simulator_seed(client)["tenants"][0]
    return _rezolve_headers(mint_token(client), tenant["id"], tenant["realm"])


def _rezolve_live(values: LiveValues, client: httpx.Client) -> Credentials:
    return _rezolve_headers(*values.require("TOKEN", "TENANT_ID", "REALM"))


REZOLVE = ContractProfile(
    vendor="rezolve",
    title="Rezolve.ai Ticketing API",
    operations={
        "get_ticket": Operation(),
        "list_ticket_types": Operation(
            valid_refusals={
                400: "a `$select` naming no property, or one outside those its description "
                "lists (INPUT_VALIDATION_FAILURE): the schema can only say string",
            },
        ),
        "update_ticket": Operation(
            writes=True,
            valid_refusals={
                400: "a stale etag (ETAG_MISMATCH); a value that does not fit its field's type "
                "or an unknown field UUID (INPUT_VALIDATION_FAILURE): both depend on the "
                "ticket and its type, which the schema cannot express",
            },
        ),
    },
    auth_refusals=frozenset({401}),
    live_variables={
        "TOKEN": "bearer JWT of a user allowed to read (and, for writes, update) tickets",
        "TENANT_ID": "the tenant's id (`x-tenantid`)",
        "REALM": "the tenant's realm (`realmname`)",
    },
    from_simulator=_rezolve_simulator,
    from_environment=_rezolve_live,
)


# --- SentinelOne --------------------------------------------------------------------------


_SENTINELONE_LOGINS = ("login_by_api_token", "login_by_api_token_v2_0")


def _sentinelone_headers(token: str) -> StaticHeaders:
    # The logins by API token carry the token in their body ({"data": {"apiToken": ...}}).
    login: BodyFields = {("data", "apiToken"): token}
    return StaticHeaders(
        {"Authorization": f"ApiToken {token}"},
        body_fields={operation_id: login for operation_id in _SENTINELONE_LOGINS},
    )


# Schema-valid input can still be refused 400, as the spec's BadRequest response documents:
# an id filter (ids, accountIds, siteIds, groupIds, agentIds, collectionIds) holding
# something that is not a SentinelOne identifier is 4000020 "Invalid Identifier"; an
# `agentTagsData` that is not the JSON object the documents describe, or a `cursor` the API
# never issued, is 4000010.
_SENTINELONE_400 = {
    400: "an id filter value that is not a SentinelOne identifier (4000020), an "
    "agentTagsData that is not a JSON object of lists or a cursor the API never issued "
    "(4000010)",
}

SENTINELONE = ContractProfile(
    vendor="sentinelone",
    title="SentinelOne Management API (threats)",
    operations={
        "get_threats": Operation(valid_refusals=_SENTINELONE_400),
        "get_threats_v2_0": Operation(valid_refusals=_SENTINELONE_400),
        "update_threat_external_ticket_id": Operation(writes=True, valid_refusals=_SENTINELONE_400),
        "update_threat_incident": Operation(writes=True, valid_refusals=_SENTINELONE_400),
        "update_threat_analyst_verdict": Operation(writes=True, valid_refusals=_SENTINELONE_400),
        "get_system_status": Operation(),
        "get_system_info": Operation(),
        "login_by_api_token": Operation(),
        "login_by_api_token_v2_0": Operation(),
        "list_accounts": Operation(valid_refusals=_SENTINELONE_400),
        "get_activity_types": Operation(),
    },
    auth_refusals=frozenset({401, 403}),
    live_variables={
        "TOKEN": "API token (`ApiToken`); with writes, one allowed to update threats "
        "(a schemathesis-made filter can match any threat: use a test console)",
    },
    from_simulator=lambda client: _sentinelone_headers(mint_token(client)),
    from_environment=lambda values, client: _sentinelone_headers(*values.require("TOKEN")),
)


# --- SuperOffice --------------------------------------------------------------------------


def _superoffice_live(values: LiveValues, client: httpx.Client) -> Credentials:
    token = values.get("TOKEN")
    if token is not None:
        headers = {"Authorization": _bearer(token)}
    else:
        username, password = values.require("USERNAME", "PASSWORD")
        basic = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        headers = {"Authorization": f"Basic {basic}"}
    app_token = values.get("APP_TOKEN")
    if app_token is not None:
        headers["SO-AppToken"] = app_token
    return StaticHeaders(headers)


SUPEROFFICE = ContractProfile(
    vendor="superoffice",
    title="SuperOffice WebAPI Tickets",
    operations={
        "get_ticket": Operation(),
        "patch_ticket": Operation(
            writes=True,
            valid_refusals={
                400: "a merge patch or JSON Patch naming a property a ticket does not have, "
                "a value that does not fit its property, a read-only property, or an "
                "If-Unmodified-Since that is not an HTTP-date (the schema can only say string)",
                409: "a schema-valid JSON Patch `test` operation that does not hold",
                412: "a random If-Unmodified-Since before the ticket's LastChanged",
            },
        ),
        "put_ticket": Operation(
            writes=True,
            valid_refusals={
                400: "a ticket entity with a value that does not fit its property or a "
                "read-only property changed, or an If-Unmodified-Since that is not an "
                "HTTP-date (the schema can only say string)",
                412: "a random If-Unmodified-Since before the ticket's LastChanged",
            },
            checked_first={412: "the If-Unmodified-Since precondition is judged before the body"},
        ),
        "list_tickets": Operation(
            valid_refusals={
                400: "a $filter, $orderBy or $select clause the server cannot read, or a "
                "$format it does not answer in: the schema can only say string",
            },
        ),
        "list_ticket_messages": Operation(
            valid_refusals={400: "a $filter clause the server cannot read (a string)"},
        ),
        "get_tenant_status": Operation(),
        "agent_get_ticket_entity": Operation(
            valid_refusals={400: "an id that names no ticket, which the schema cannot know"},
        ),
        "agent_save_ticket_entity": Operation(
            writes=True,
            valid_refusals={
                400: "a TicketId that names no ticket, or a value that does not fit its "
                "property: both depend on the installation's data",
            },
        ),
    },
    auth_refusals=frozenset({401}),
    live_variables={
        "TOKEN": "bearer token (SuperOffice Online); or USERNAME and PASSWORD",
        "USERNAME": "user name for Basic authentication (on-site), with PASSWORD",
        "PASSWORD": "password for Basic authentication",
        "APP_TOKEN": "optional `SO-AppToken` (application secret) sent with every call",
    },
    from_simulator=lambda client: StaticHeaders({"Authorization": _bearer(mint_token(client))}),
    from_environment=_superoffice_live,
)


# --- Forcepoint DLP -----------------------------------------------------------------------


def _forcepoint_simulator(client: httpx.Client) -> Credentials:
    # A real login through the API with the seeded Application administrator.
    accounts = simulator_seed(client)["accounts"]
    account = next(a for a in accounts if a["admin_type"] == "Application")
    return ForcepointLogin(client, account["username"], account["password"])


def _forcepoint_live(values: LiveValues, client: httpx.Client) -> Credentials:
    username, password = values.require("USERNAME", "PASSWORD")
    return ForcepointLogin(client, username, password)


FORCEPOINT_DLP = ContractProfile(
    vendor="forcepoint-dlp",
    title="Forcepoint DLP REST API",
    operations={
        "get_refresh_token": Operation(),
        "get_access_token": Operation(),
        "get_incidents": Operation(
            valid_refusals={420: "no incident matches (random ids and dates almost never do)"},
        ),
        "list_enabled_policy_names": Operation(),
        "update_incidents": Operation(
            writes=True,
            valid_refusals={
                400: "an INCIDENTS update whose keys lack partition_index while "
                "scan_partitions is NONE (the guide: an exception is raised)",
                422: "no incident of the update could be processed",
            },
        ),
    },
    auth_refusals=frozenset({403}),
    live_variables={
        "USERNAME": "an Application administrator's user name",
        "PASSWORD": "its password (the run logs in, then renews the 15-minute access token)",
    },
    from_simulator=_forcepoint_simulator,
    from_environment=_forcepoint_live,
    # The guide documents 403 for a call without an access token; the spec has no 401.
    missing_authorization=403,
)


PROFILES: dict[str, ContractProfile] = {
    p.vendor: p for p in (REZOLVE, SENTINELONE, SUPEROFFICE, FORCEPOINT_DLP)
}
"""Every vendor's profile, by vendor name."""

_BY_TITLE = {p.title: p for p in PROFILES.values()}


def profile_for_title(title: object) -> ContractProfile | None:
    """The profile of the document titled ``title``, or None for a foreign document."""
    return _BY_TITLE.get(str(title))
