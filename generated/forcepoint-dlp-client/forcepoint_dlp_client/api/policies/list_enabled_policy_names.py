from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enabled_policy_names import EnabledPolicyNames
from ...models.error_message import ErrorMessage
from ...models.policy_type import PolicyType
from ...types import UNSET, Response, loads_json


def _get_kwargs(
    *,
    type_: PolicyType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dlp/rest/v1/policy/enabled-names",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnabledPolicyNames | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = EnabledPolicyNames.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(loads_json(response.content))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EnabledPolicyNames | ErrorMessage]:
    # A status outside http.HTTPStatus (e.g. 420) stays a plain int instead of raising.
    status_code: HTTPStatus | int
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        status_code = response.status_code
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError):
        # An error answer that is not the documented body (a proxy's HTML 502, a
        # truncated 500) keeps its raw content instead of escaping as a parse error.
        if response.status_code < 400:
            raise
        parsed = None
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
) -> Response[EnabledPolicyNames | ErrorMessage]:
    """List the names of the enabled policies

     Not in the incidents guide: part of the DLP policy management API, which
    integrations call on every configuration test to check their credentials (403
    when the access token is not accepted). Answers the names of the enabled DLP or
    Discovery policies.

    Args:
        type_ (PolicyType): Kind of policies, DLP or Discovery.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnabledPolicyNames | ErrorMessage]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
) -> EnabledPolicyNames | ErrorMessage | None:
    """List the names of the enabled policies

     Not in the incidents guide: part of the DLP policy management API, which
    integrations call on every configuration test to check their credentials (403
    when the access token is not accepted). Answers the names of the enabled DLP or
    Discovery policies.

    Args:
        type_ (PolicyType): Kind of policies, DLP or Discovery.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnabledPolicyNames | ErrorMessage
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
) -> Response[EnabledPolicyNames | ErrorMessage]:
    """List the names of the enabled policies

     Not in the incidents guide: part of the DLP policy management API, which
    integrations call on every configuration test to check their credentials (403
    when the access token is not accepted). Answers the names of the enabled DLP or
    Discovery policies.

    Args:
        type_ (PolicyType): Kind of policies, DLP or Discovery.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnabledPolicyNames | ErrorMessage]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
) -> EnabledPolicyNames | ErrorMessage | None:
    """List the names of the enabled policies

     Not in the incidents guide: part of the DLP policy management API, which
    integrations call on every configuration test to check their credentials (403
    when the access token is not accepted). Answers the names of the enabled DLP or
    Discovery policies.

    Args:
        type_ (PolicyType): Kind of policies, DLP or Discovery.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnabledPolicyNames | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
