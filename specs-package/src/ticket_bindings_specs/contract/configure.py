"""Applying a vendor's contract profile to a schema schemathesis has loaded."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from schemathesis import Case, GenerationMode
from schemathesis.auths import AuthContext
from schemathesis.config import OperationConfig
from schemathesis.core.errors import AuthenticationError
from schemathesis.core.failures import Failure
from schemathesis.core.transport import Response
from schemathesis.hooks import HookContext
from schemathesis.openapi.checks import MissingHeaderNotRejected, RejectedPositiveData
from schemathesis.schemas import BaseSchema

from .credentials import BodyFields, Credentials, CredentialsUnavailable, credentials_client
from .profiles import ContractProfile, profile_for_title

__all__ = ["configure", "environment_or_simulator", "profile_for_schema"]


def profile_for_schema(schema: BaseSchema) -> ContractProfile:
    """The profile of ``schema``'s document; ValueError for a document that has none."""
    title = schema.raw_schema.get("info", {}).get("title")
    profile = profile_for_title(title)
    if profile is None:
        raise ValueError(f"no contract profile for the document titled {title!r}")
    return profile


def configure(
    schema: BaseSchema,
    *,
    credentials: Callable[[], Credentials],
    writes: bool = True,
) -> ContractProfile:
    """Apply the profile of ``schema``'s document to it; return that profile.

    - Each operation's positive-data check also accepts the statuses its profile
      documents for valid input (every other default check stays as it is).
    - Every case is signed with the headers ``credentials()`` gives for its operation
      (called once, on the first case).
    - No case has a URL longer than a front end lets through (:data:`MAX_REQUEST_TARGET`).
    - ``writes=False`` turns the operations that change data off.
    - A vendor that answers a call without ``Authorization`` with another status than
      401, as documented (Forcepoint's 403), is judged by that status.
    - A strict ``ticket-sim``'s refusal of a request that relies on an undocumented
      departure (its 400 says so) is not held against valid data.
    """
    profile = profile_for_schema(schema)
    operations = schema.config.operations.operations
    for operation_id, operation in profile.operations.items():
        checks: dict[str, Any] = {}
        if operation.valid_refusals:
            accepted = profile.accepted_statuses(operation_id)
            checks["positive_data_acceptance"] = {"expected-statuses": accepted}
        if operation.checked_first:
            rejected = profile.rejection_statuses(operation_id)
            checks["negative_data_rejection"] = {"expected-statuses": rejected}
        if checks:
            operations.append(
                OperationConfig.from_dict({"include-operation-id": operation_id, "checks": checks})
            )
    if not writes:
        for operation_id in profile.write_operations():
            # The command line rebuilds the schema's filter from the configuration after
            # loading; a schema used from Python keeps its own filter: turn both off.
            operations.append(
                OperationConfig.from_dict({"include-operation-id": operation_id, "enabled": False})
            )
            schema.filter_set.exclude(operation_id=operation_id)
    schema.auth(refresh_interval=None)(_provider(credentials))
    schema.hooks.register_hook_with_name(_within_front_end_limit, "filter_case")
    schema.hooks.register_hook_with_name(_strict_simulator_refusal, "filter_failure")
    if profile.missing_authorization != 401:
        schema.hooks.register_hook_with_name(_documented_missing_auth(profile), "filter_failure")
    return profile


def _provider(credentials: Callable[[], Credentials]) -> type:
    lock = threading.Lock()
    made: list[Credentials | AuthenticationError] = []

    def current() -> Credentials:
        with lock:
            if not made:
                try:
                    made.append(credentials())
                except CredentialsUnavailable as exc:
                    # Said once, plainly, for every case: no traceback, no retry storm.
                    made.append(
                        AuthenticationError(
                            "ProfileAuth", "get", str(exc), include_common_causes=False
                        )
                    )
            if isinstance(made[0], AuthenticationError):
                raise made[0]
            return made[0]

    class ProfileAuth:
        """Signs each case with its operation's credential headers."""

        def get(self, case: Case[Any], ctx: AuthContext) -> tuple[dict[str, str], BodyFields]:
            operation_id = str(case.operation.definition.raw.get("operationId", ""))
            credentials = current()
            return credentials.headers(operation_id), credentials.body_fields(operation_id)

        def set(
            self, case: Case[Any], data: tuple[dict[str, str], BodyFields], ctx: AuthContext
        ) -> None:
            headers, fields = data
            # Case-insensitive: a generated value of the same header is replaced.
            case.headers.update(headers)
            positive = (
                case.meta is not None and case.meta.generation.mode is GenerationMode.POSITIVE
            )
            if positive:  # a negative case keeps the invalid body it was generated with
                _fill(case.body, fields)

    return ProfileAuth


def _fill(body: Any, fields: BodyFields) -> None:
    """Put each credential where the generated body has a string at that path."""
    for path, value in fields.items():
        container = body
        for key in path[:-1]:
            container = container.get(key) if isinstance(container, dict) else None
        if isinstance(container, dict) and isinstance(container.get(path[-1]), str):
            container[path[-1]] = value


MAX_REQUEST_TARGET = 8192
"""Longest path and query string a case may have, in bytes.

Longer ones are not generated: front ends refuse them before the API sees them (nginx
by default answers 414 past 8 KiB, uvicorn drops the connection past 64 KiB), and no
vendor document describes that answer. SentinelOne's filters take lists of up to
10,000 values, which no URL of a real console carries.
"""


def _within_front_end_limit(context: HookContext, case: Case[Any]) -> bool:
    query = {
        key: ",".join(map(str, value)) if isinstance(value, list) else value
        for key, value in (case.query or {}).items()
    }
    target = len(case.formatted_path.encode()) + len(urlencode(query, doseq=True))
    return target <= MAX_REQUEST_TARGET


STRICT_REFUSAL = "which the documents do not describe (strict mode)"
"""How a strict ``ticket-sim`` words its 400 to a request that relies on a departure."""


def _strict_simulator_refusal(
    context: HookContext, failure: Failure, case: Case[Any], response: Response
) -> bool:
    # A strict simulator (`ticket-sim --strict`, the documents only) refuses a request
    # that relies on what only field evidence describes (an undocumented endpoint) with
    # the vendor's 400 naming the departure: that is the mode at work, not a breach.
    return not (
        isinstance(failure, RejectedPositiveData)
        and response.status_code == 400
        and STRICT_REFUSAL in response.text
    )


def _documented_missing_auth(profile: ContractProfile) -> Callable[..., bool]:
    def filter_failure(
        context: HookContext, failure: Failure, case: Case[Any], response: Response
    ) -> bool:
        # missing_required_header insists on 401 when Authorization is left out; keep
        # its failure unless the answer is the status the vendor documents instead.
        return not (
            isinstance(failure, MissingHeaderNotRejected)
            and failure.header_name.lower() == "authorization"
            and response.status_code == profile.missing_authorization
        )

    return filter_failure


def environment_or_simulator(schema: BaseSchema, profile: ContractProfile) -> Credentials:
    """Credentials for a run from the command line.

    When any of the vendor's live credential variables is set, they are used (and must
    be complete); otherwise the target is taken for a ``ticket-sim`` simulator and
    credentials are minted through its control API. Raises CredentialsUnavailable,
    naming what to set, when neither works.
    """
    config = schema.config
    client = credentials_client(schema.get_base_url(), _verify(config.tls_verify))
    if profile.has_live_credentials():
        return profile.from_environment(profile.live_values(), client)
    try:
        return profile.from_simulator(client)
    except CredentialsUnavailable as exc:
        variables = ", ".join(f"{profile.live_prefix}_{name}" for name in profile.live_variables)
        raise CredentialsUnavailable(f"{exc}; for a live tenant set {variables}") from None


def _verify(setting: Any) -> bool | ssl.SSLContext:
    if isinstance(setting, str):
        return ssl.create_default_context(cafile=setting)
    return setting is not False
