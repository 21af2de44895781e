"""The contract profiles: complete, credentials that work, live modes that keep to reads."""

from __future__ import annotations

import re
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.result import Ok
from ticket_bindings_specs import load_spec
from ticket_bindings_specs.contract import (
    PROFILES,
    CredentialsUnavailable,
    ForcepointLogin,
    LiveValues,
    credentials_client,
)
from ticket_simulators.vendors import VENDORS

from ._schemas import live

# Environment credentials need no call: a client that is never used.
UNUSED = credentials_client("http://unused.invalid")


def test_a_profile_per_registered_vendor_naming_every_operation():
    assert set(PROFILES) == {vendor.contract_profile for vendor in VENDORS.values()}
    for vendor, profile in PROFILES.items():
        document = load_spec(vendor)
        assert profile.title == document["info"]["title"]
        ids = {
            operation["operationId"]
            for item in document["paths"].values()
            for method, operation in item.items()
            if method in {"get", "post", "put", "patch", "delete"}
        }
        assert set(profile.operations) == ids, vendor
        for operation_id, operation in profile.operations.items():
            documented = set(_responses(document, operation_id))
            # A status allowed for valid input must be one the document lists.
            assert {str(s) for s in operation.valid_refusals} <= documented, operation_id
            assert {str(s) for s in operation.checked_first} <= documented, operation_id
            assert all(reason for reason in operation.valid_refusals.values())


def _responses(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return dict(operation["responses"])
    raise AssertionError(operation_id)


def test_incomplete_live_variables_are_named():
    profile = PROFILES["rezolve"]
    values = profile.live_values({"REZOLVE_LIVE_TOKEN": "t" * 20, "REZOLVE_LIVE_REALM": ""})
    with pytest.raises(CredentialsUnavailable) as refused:
        profile.from_environment(values, UNUSED)
    assert str(refused.value) == (
        "set REZOLVE_LIVE_TENANT_ID, REZOLVE_LIVE_REALM to test a live tenant"
    )
    assert "t" * 20 not in str(refused.value)
    superoffice = PROFILES["superoffice"]
    with pytest.raises(CredentialsUnavailable, match="SUPEROFFICE_LIVE_PASSWORD"):
        superoffice.from_environment(
            LiveValues("SUPEROFFICE_LIVE", {"SUPEROFFICE_LIVE_USERNAME": "u"}), UNUSED
        )


def test_forcepoint_login_renews_the_access_token_and_logs_in_again(forcepoint_dlp_sim):
    """A real login through the API, an access token renewed before its 15 minutes end,
    and a new login once the refresh token (one day) has run out."""
    account = next(
        a for a in forcepoint_dlp_sim.seed["accounts"] if a["admin_type"] == "Application"
    )
    elapsed = [0.0]
    client = forcepoint_dlp_sim.client()
    login = ForcepointLogin(
        client, account["username"], account["password"], clock=lambda: elapsed[0]
    )

    def incidents_status() -> int:
        headers = login.headers("get_incidents")
        body = {
            "type": "INCIDENTS",
            "from_date": "01/10/2021 00:00:00",
            "to_date": "02/10/2021 00:00:00",
        }
        response = client.post("/dlp/rest/v1/incidents", headers=headers, json=body)
        return int(response.status_code)

    def advance(seconds: float) -> None:
        elapsed[0] += seconds
        forcepoint_dlp_sim.clock.advance(seconds)

    assert login.headers("get_refresh_token") == {
        "username": account["username"],
        "password": account["password"],
    }
    assert incidents_status() in {200, 420}
    first = login.headers("get_incidents")
    assert (login.logins, login.renewals) == (1, 0)
    advance(14 * 60 + 30)  # within a minute of the access token's end: renewed now
    assert incidents_status() in {200, 420}
    assert login.headers("get_incidents") != first
    assert (login.logins, login.renewals) == (1, 1)
    refresh = login.headers("get_access_token")["refresh-token"]
    assert (
        client.post(
            "/dlp/rest/v1/auth/access-token", headers={"refresh-token": refresh}
        ).status_code
        == 200
    )
    advance(24 * 3600)  # the refresh token has expired too: log in again
    assert incidents_status() in {200, 420}
    assert (login.logins, login.renewals) == (2, 1)
    assert account["password"] not in repr(login)


def _live_environment(vendor: str, handle: Any) -> dict[str, str]:
    """Live-tenant variables for a served simulator standing in for a tenant."""
    seed = handle.seed
    if vendor == "rezolve":
        tenant = seed["tenants"][0]
        values = {"TOKEN": handle.mint_token(), "TENANT_ID": tenant["id"], "REALM": tenant["realm"]}
    elif vendor == "sentinelone":
        values = {"TOKEN": handle.mint_token()}
    elif vendor == "superoffice":
        user = next(u for u in seed["users"] if not u["deleted"])
        values = {"USERNAME": user["username"], "PASSWORD": user["password"]}
    else:
        account = next(a for a in seed["accounts"] if a["admin_type"] == "Application")
        values = {"USERNAME": account["username"], "PASSWORD": account["password"]}
    prefix = PROFILES[vendor].live_prefix
    return {f"{prefix}_BASE_URL": handle.base_url} | {f"{prefix}_{k}": v for k, v in values.items()}


@pytest.mark.parametrize("writes", [False, True], ids=["read-only", "writes"])
@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_live_mode_keeps_to_reads_unless_switched(vendor, writes, request, monkeypatch):
    handle = request.getfixturevalue(f"{VENDORS[vendor].module}_sim_server")
    profile = PROFILES[vendor]
    for name, value in _live_environment(vendor, handle).items():
        monkeypatch.setenv(name, value)
    if writes:
        monkeypatch.setenv(profile.writes_variable, "1")
    schema = live(vendor)
    assert schema is not None
    operations = [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]
    selected = {op.definition.raw["operationId"] for op in operations}
    expected = set(profile.operations) - (set() if writes else set(profile.write_operations()))
    assert selected == expected

    for operation in operations:  # a few cases of every selected operation

        @given(case=operation.as_strategy())
        @settings(
            max_examples=3, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
        )
        def run(case: Any) -> None:
            case.call_and_validate()

        run()
    sent = {(entry.method, entry.path) for entry in handle.requests}
    assert sent, "nothing reached the stand-in tenant"
    write_ops = [
        op
        for op in schema_operations(vendor)
        if op.definition.raw["operationId"] in profile.write_operations()
    ]
    wrote = {op.label for op in write_ops for method, path in sent if _matches(op, method, path)}
    if writes:
        assert wrote, f"no write reached the stand-in tenant: {sorted(sent)}"
    else:
        assert not wrote


def schema_operations(vendor: str) -> list[Any]:
    schema = schemathesis.openapi.from_dict(load_spec(vendor))
    return [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]


def _matches(operation: Any, method: str, path: str) -> bool:
    template = re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(operation.path))
    return method == operation.method.upper() and re.search(f"{template}$", path) is not None


def test_credentials_are_minted_with_the_control_token_when_one_is_required(
    rezolve_sim_server, monkeypatch
):
    """A simulator served beyond loopback answers control requests only with its token."""
    runtime = rezolve_sim_server.app.runtime
    profile = PROFILES["rezolve"]
    monkeypatch.setattr(runtime, "control_token", "control-token-of-this-test")
    with pytest.raises(CredentialsUnavailable, match="answered 401"):
        profile.from_simulator(credentials_client(rezolve_sim_server.base_url))
    monkeypatch.setenv("TICKET_SIM_CONTROL_TOKEN", "control-token-of-this-test")
    credentials = profile.from_simulator(credentials_client(rezolve_sim_server.base_url))
    assert credentials.headers("get_ticket")["Authorization"].startswith("Bearer ")
