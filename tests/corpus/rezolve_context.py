"""Placeholder values for the Rezolve.ai corpus calls, minted from the served simulator."""

from __future__ import annotations

import uuid

from ticket_simulators._core import ServedSimHandle

TICKET_TYPES = "/api/v2/ticketing/ticket-type"
# The query of the vendor's ticket-type example, as its curl sends it.
DOCUMENTED_QUERY = (
    "$select=id,name,properties,fields,workflow,action_permissions,filters,v1_name"
    "&$top=10000&$skip=0&type=template&module=ticketing"
)


def context(server: ServedSimHandle) -> dict[str, str]:
    """A seeded agent's token, its tenant and realm, and the documented listing's ETag."""
    tenant = server.seed["tenants"][0]
    token = server.mint_token(tenant_id=tenant["id"])
    headers = {
        "authorization": f"Bearer {token}",
        "x-tenantid": tenant["id"],
        "realmname": tenant["realm"],
    }
    with server.client() as client:
        listing = client.get(f"{TICKET_TYPES}?{DOCUMENTED_QUERY}", headers=headers)
    listing.raise_for_status()
    return {
        "access_token": token,
        "tenant_id": tenant["id"],
        "realm_name": tenant["realm"],
        # A well-formed tenant UUID that no tenant has (uuid5 keeps it deterministic).
        "unknown_tenant_id": str(uuid.uuid5(uuid.NAMESPACE_URL, "rezolve-corpus/no-tenant")),
        "ticket_types_etag": listing.headers["etag"],
    }
