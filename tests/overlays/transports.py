"""Test transports that misbehave the way real networks do."""

from __future__ import annotations

import httpx


class LosesFirstPatchAnswer(httpx.BaseTransport):
    """Delivers every request, but loses the answer to the first PATCH after it applied."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.lost = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "PATCH" and not self.lost:
            self.lost = True
            raise httpx.ReadError("connection reset after the write", request=request)
        return response
