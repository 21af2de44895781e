"""Loading a spec for schemathesis the same way for every vendor."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck
from schemathesis import Case, GenerationMode
from schemathesis.auths import AuthProvider
from schemathesis.schemas import BaseSchema

from .conftest import EXAMPLES

SPECS = Path(__file__).resolve().parents[2] / "specs"

SUPPRESS = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture]


def load_schema(
    spec: str,
    provider: type[AuthProvider[Any]],
    *,
    app: Any = None,
    base_url: str | None = None,
    valid_but_refused: Sequence[str] = (),
) -> BaseSchema:
    """``specs/<spec>`` with positive and negative data, every default check on.

    The cases go to ``app`` in-process, or to ``base_url``; ``provider`` signs them.
    ``valid_but_refused`` are statuses the vendor documents for schema-valid requests
    (a stale etag, an id that does not exist, ...): they join the expected statuses of
    the positive-data check, which stays on. Each caller says why in a comment.
    """
    schema = schemathesis.openapi.from_path(SPECS / spec)
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=EXAMPLES
    )
    positive = schema.config.checks.positive_data_acceptance
    positive.expected_statuses = [*positive.expected_statuses, *valid_but_refused]
    if app is not None:
        schema.app = app
    else:
        schema.config.update(base_url=base_url)
    # Registered on the schema (not schema.auth(Provider), which only decorates a test).
    schema.auth(refresh_interval=None)(provider)
    return schema


def assert_authenticated(case: Case, refused: Sequence[int]) -> None:
    """Guards a suite itself: a valid case must carry working credentials."""
    if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
        return
    response = case.call()
    assert response.status_code not in refused, response.text
