"""The external-ticket-id answer is written by hand: it must be what JSONResponse writes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.responses import JSONResponse
from ticket_simulators._core import SimHandle

from .sentinelone_helpers import S1


@pytest.fixture
def s1(sentinelone_sim: SimHandle) -> Iterator[S1]:
    with sentinelone_sim.client() as client:
        yield S1(sentinelone_sim, client)


@pytest.mark.parametrize("count", [0, 1, 3, 300])
def test_ticket_answer_has_the_bytes_and_headers_of_a_json_response(s1: S1, count: int) -> None:
    ids = s1.seed["threat_ids"][:count] if count else ["1"]
    response = s1.set_ticket({"ids": ids}, "INC-BYTES")
    assert response.status_code == 200
    expected = JSONResponse({"data": {"affected": count}})
    assert response.content == expected.body
    assert [(k.lower(), v) for k, v in response.headers.raw] == [
        (k.lower(), v) for k, v in expected.raw_headers
    ]
