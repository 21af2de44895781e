"""The check that fails a contract run whose credentials were refused."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, GenerationMode
from schemathesis.core.transport import Response

from .profiles import ContractProfile, profile_for_title

__all__ = ["CredentialsAccepted", "profile_of"]


def profile_of(case: Case[Any]) -> ContractProfile | None:
    """The profile of the document ``case`` was generated from, if it is one of ours."""
    return profile_for_title(case.operation.schema.raw_schema.get("info", {}).get("title"))


@schemathesis.check
class CredentialsAccepted:
    """Valid requests must get past authentication, or the run tested nothing.

    Per answer: a positive-data case (credentials intact) answered with one of the
    vendor's "credentials refused" statuses fails. At the end of the run: if not one
    answer got past authentication, the run fails, whatever the cases were. Documents
    without a profile are left alone.
    """

    def __init__(self) -> None:
        """Start a run with nothing seen."""
        self.seen: set[str] = set()
        self.accepted: set[str] = set()
        self.refused: dict[str, int] = {}

    def after_response(self, ctx: Any, response: Response, case: Case[Any]) -> None:
        """Judge one answer."""
        profile = profile_of(case)
        if profile is None:
            return
        label = case.operation.label
        self.seen.add(label)
        if response.status_code not in profile.auth_refusals:
            self.accepted.add(label)
            return
        self.refused[label] = response.status_code
        negated = case.operation.schema.is_security_param_negated(case)
        positive = case.meta is not None and case.meta.generation.mode is GenerationMode.POSITIVE
        if positive and not negated:
            raise AssertionError(
                f"{profile.vendor}: valid request refused for authentication"
                f" ({response.status_code}): check the run's credentials"
            )

    def after_run(self, ctx: Any) -> None:
        """Fail a run in which every answer was an authentication refusal."""
        if self.seen and not self.accepted:
            statuses = sorted(set(self.refused.values()))
            raise AssertionError(
                f"every answer ({len(self.seen)} operations) refused the credentials"
                f" ({', '.join(map(str, statuses))}): nothing was tested"
            )
