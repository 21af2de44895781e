"""Every simulator refuses every kind of bad credential it can be handed, and writes nothing.

One row per (simulator, kind of bad token) that the vendor's scheme has:

| simulator | forged | expired | wrong tenant | wrong audience | refresh as access |
| --- | --- | --- | --- | --- | --- |
| Rezolve (Keycloak JWT) | yes | yes | tenant claim; realm | yes | yes |
| Forcepoint DLP (two JWTs) | yes | yes | no tenants | wrong issuer | both ways |
| SuperOffice (JWT, SOTicket) | yes | both | context claim | yes | none exist |
| SentinelOne (API token) | yes | yes | none in a token | none | none exist |

Each refused request is a write, and the state is compared before and after.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
import pytest
from ticket_simulators._core import SimHandle
from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
from ticket_simulators.rezolve import DOC_DESCRIPTION_FIELD_ID, DOC_TICKET_ID, RezolveBackend
from ticket_simulators.superoffice import SuperOfficeBackend
from ticket_simulators.vendors import VENDORS

from .state import snapshot

OTHER_KEY = "a-key-that-is-not-the-simulators-own-key!"


def claims_of(token: str) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return decoded


def forge(token: str) -> str:
    return jwt.encode(claims_of(token), OTHER_KEY, algorithm="HS256")


@dataclass(frozen=True)
class Refusal:
    """A bad credential, the write it is sent with, and the documented answer."""

    headers: dict[str, str]
    method: str
    path: str
    body: Any
    status: int
    check: Callable[[httpx.Response], None]


# --- Rezolve -----------------------------------------------------------------------------

RZ_PATCH = "/api/v2/ticketing/ticket/REQ-0509/update"
RZ_UNAUTHORIZED = {
    "error": True,
    "code": "UNAUTHORIZED",
    "message": "Missing or invalid bearer token",
    "status": 401,
}


def _rezolve(sim: SimHandle, kind: str) -> Refusal:
    backend = sim.app.backend
    assert isinstance(backend, RezolveBackend)
    tenants = sim.seed["tenants"]
    home, other = tenants[0], tenants[1]
    good = sim.mint_token()
    token = {
        "forged": lambda: forge(good),
        "expired": lambda: sim.mint_token(lifetime=-1),
        # The home realm's issuer, another tenant's id: only the tenant is wrong.
        "wrong-tenant": lambda: backend.tokens.sign({**claims_of(good), "tenant_id": other["id"]}),
        "wrong-realm": lambda: sim.mint_token(tenant_id=other["id"]),
        "wrong-audience": lambda: sim.mint_token(audience="account"),
        "refresh-for-access": lambda: backend.tokens.sign({**claims_of(good), "typ": "Refresh"}),
    }[kind]()
    headers = {
        "authorization": f"Bearer {token}",
        "x-tenantid": home["id"],
        "realmname": home["realm"],
    }
    ticket = backend.store.ticket(home["id"], DOC_TICKET_ID)
    body = {"etag": ticket.etag, "ticketUpdate": {DOC_DESCRIPTION_FIELD_ID: "x"}}
    if kind == "wrong-tenant":

        def tenant_not_found(response: httpx.Response) -> None:
            assert response.json() == {"error": True, "message": "Tenant not found"}

        return Refusal(headers, "PATCH", RZ_PATCH, body, 404, tenant_not_found)

    def unauthorized(response: httpx.Response) -> None:
        assert response.json() == RZ_UNAUTHORIZED

    return Refusal(headers, "PATCH", RZ_PATCH, body, 401, unauthorized)


# --- Forcepoint DLP ----------------------------------------------------------------------

FP_UPDATE = "/dlp/rest/v1/incidents/update"
FP_ACCESS = "/dlp/rest/v1/auth/access-token"
FP_BODY = {
    "type": "INCIDENTS",
    "action_type": "STATUS",
    "value": "CLOSE",
    "incident_keys": [{"incident_id": 2719600, "partition_index": 20210926}],
}


def _forcepoint(sim: SimHandle, kind: str) -> Refusal:
    backend = sim.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    access = backend.tokens.mint("access", "api-app")
    refresh = backend.tokens.mint("refresh", "api-app")

    def forbidden(response: httpx.Response) -> None:
        assert set(response.json()) >= {"message"}

    if kind == "access-for-refresh":
        headers = {"refresh-token": f"Bearer {access}"}
        return Refusal(headers, "POST", FP_ACCESS, None, 403, forbidden)
    token = {
        "forged": lambda: forge(access),
        "expired": lambda: backend.tokens.mint("access", "api-app", lifetime=-1),
        "wrong-issuer": lambda: backend.tokens.sign({**claims_of(access), "iss": "elsewhere"}),
        "refresh-for-access": lambda: refresh,
    }[kind]()
    headers = {"authorization": f"Bearer {token}"}
    return Refusal(headers, "POST", FP_UPDATE, FP_BODY, 403, forbidden)


# --- SuperOffice -------------------------------------------------------------------------

SO_PATCH = "/api/v1/Ticket/900"


def _superoffice(sim: SimHandle, kind: str) -> Refusal:
    backend = sim.app.backend
    assert isinstance(backend, SuperOfficeBackend)
    good = sim.mint_token()
    ctx = "http://schemes.superoffice.net/identity/ctx"
    authorization = {
        "forged": lambda: f"Bearer {forge(good)}",
        "expired": lambda: f"Bearer {sim.mint_token(lifetime=-1)}",
        "expired-soticket": lambda: f"SOTicket {sim.mint_token(scheme='soticket', lifetime=-1)}",
        "wrong-tenant": lambda: (
            "Bearer " + backend.credentials.sign({**claims_of(good), ctx: "Cust99999"})
        ),
        "wrong-audience": lambda: (
            "Bearer " + backend.credentials.sign({**claims_of(good), "aud": "spn:Cust99999"})
        ),
    }[kind]()
    headers = {"authorization": authorization, "content-type": "application/merge-patch+json"}

    def refused(response: httpx.Response) -> None:
        body = response.json()
        assert body["Error"] is True
        assert body["ErrorType"] == "SoAuthenticationException"

    return Refusal(headers, "PATCH", SO_PATCH, {"Title": "refused"}, 401, refused)


# --- SentinelOne -------------------------------------------------------------------------

S1_TICKET = "/web/api/v2.1/threats/external-ticket-id"


def _sentinelone(sim: SimHandle, kind: str) -> Refusal:
    token = {
        "forged": lambda: "forged-" + sim.mint_token(write=True)[7:],
        "expired": lambda: sim.mint_token(write=True, lifetime=-1),
    }[kind]()
    body = {"filter": {"ids": ["1"]}, "data": {"externalTicketId": "INC-REFUSED"}}

    def unauthorized(response: httpx.Response) -> None:
        assert response.json()["errors"][0]["code"] == 4010010

    return Refusal(
        {"authorization": f"ApiToken {token}"}, "POST", S1_TICKET, body, 401, unauthorized
    )


MATRIX: list[tuple[str, str, Callable[[SimHandle, str], Refusal]]] = [
    *(
        ("rezolve", k, _rezolve)
        for k in (
            "forged",
            "expired",
            "wrong-tenant",
            "wrong-realm",
            "wrong-audience",
            "refresh-for-access",
        )
    ),
    *(
        ("forcepoint-dlp", k, _forcepoint)
        for k in ("forged", "expired", "wrong-issuer", "refresh-for-access", "access-for-refresh")
    ),
    *(
        ("superoffice", k, _superoffice)
        for k in ("forged", "expired", "expired-soticket", "wrong-tenant", "wrong-audience")
    ),
    *(("sentinelone", k, _sentinelone) for k in ("forged", "expired")),
]


@pytest.fixture
def sim(request: pytest.FixtureRequest) -> Iterator[SimHandle]:
    vendor = VENDORS[request.param]
    handle = SimHandle(vendor.create_app(seed=0), vendor.base_url)
    yield handle
    handle.close()


@pytest.mark.parametrize(
    ("sim", "kind", "build"),
    MATRIX,
    ids=[f"{vendor}-{kind}" for vendor, kind, _ in MATRIX],
    indirect=["sim"],
)
def test_bad_token_is_refused_and_writes_nothing(
    sim: SimHandle, kind: str, build: Callable[[SimHandle, str], Refusal]
) -> None:
    refusal = build(sim, kind)
    before = snapshot(sim)
    content = None if refusal.body is None else json.dumps(refusal.body).encode()
    headers = {"content-type": "application/json", "accept": "application/json"}
    headers.update(refusal.headers)
    with sim.client() as client:
        response = client.request(refusal.method, refusal.path, content=content, headers=headers)
    assert response.status_code == refusal.status, response.text[:300]
    refusal.check(response)
    assert snapshot(sim) == before


def test_refused_basic_password_is_not_echoed() -> None:
    vendor = VENDORS["superoffice"]
    sim = SimHandle(vendor.create_app(seed=0), vendor.base_url)
    secret = "n0t-the-Passw0rd"
    basic = base64.b64encode(f"tje0:{secret}".encode()).decode()
    with sim.client() as client:
        response = client.get("/api/v1/Ticket/900", headers={"authorization": f"Basic {basic}"})
    assert response.status_code == 401
    assert secret not in response.text
    assert basic not in response.text
    sim.close()
