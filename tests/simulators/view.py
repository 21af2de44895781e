"""What every vendor's test view shares: the simulator, a client on it, its seed, a token."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
from ticket_simulators._core import SimHandle


class SimView:
    """A test's view of one simulator: its handle, a client bound to it, the seed
    listing as it was at the start, and a credential minted with ``token_options``."""

    token_options: ClassVar[Mapping[str, Any]] = {}

    def __init__(self, sim: SimHandle, client: httpx.Client) -> None:
        self.sim = sim
        self.client = client
        self.seed = sim.seed
        self.token = sim.mint_token(**self.token_options)

    def tenant_headers(self) -> dict[str, str]:
        """Headers the vendor wants besides credentials (none unless a view says so)."""
        return {}

    def headers(self, token: str | None = None, **extra: str) -> dict[str, str]:
        """A bearer ``token`` (the view's by default), JSON accepted, the tenant's headers,
        then ``extra`` with ``_`` in names read as ``-`` (``x_tenantid`` -> ``x-tenantid``)."""
        headers = {
            "authorization": f"Bearer {token or self.token}",
            "accept": "application/json",
            **self.tenant_headers(),
        }
        headers.update({k.replace("_", "-"): v for k, v in extra.items()})
        return headers

    @staticmethod
    def ok_body(response: httpx.Response) -> dict[str, Any]:
        """The JSON object of a 200 answer (the failure shows the body of any other)."""
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body
