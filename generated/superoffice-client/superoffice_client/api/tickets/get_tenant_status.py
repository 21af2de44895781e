from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tenant_status import TenantStatus
from ...models.web_api_error import WebApiError
from ...types import Response, loads_json


def _get_kwargs(
    context: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/state/{context}".format(
            context=quote(str(context), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TenantStatus | WebApiError | None:
    if response.status_code == 200:
        response_200 = TenantStatus.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = WebApiError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 404:
        response_404 = WebApiError.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TenantStatus | WebApiError]:
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
    context: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TenantStatus | WebApiError]:
    """Where an Online tenant is served, and whether it runs (companion)

     Asked on the environment's host, without credentials, before anything else:
    `Endpoint` is the tenant's current base URL (environments move tenants between
    servers to balance load; ask again after `ValidUntil`) and `Api` its API root.

    Args:
        context (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantStatus | WebApiError]
    """

    kwargs = _get_kwargs(
        context=context,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    context: str,
    *,
    client: AuthenticatedClient | Client,
) -> TenantStatus | WebApiError | None:
    """Where an Online tenant is served, and whether it runs (companion)

     Asked on the environment's host, without credentials, before anything else:
    `Endpoint` is the tenant's current base URL (environments move tenants between
    servers to balance load; ask again after `ValidUntil`) and `Api` its API root.

    Args:
        context (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantStatus | WebApiError
    """

    return sync_detailed(
        context=context,
        client=client,
    ).parsed


async def asyncio_detailed(
    context: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TenantStatus | WebApiError]:
    """Where an Online tenant is served, and whether it runs (companion)

     Asked on the environment's host, without credentials, before anything else:
    `Endpoint` is the tenant's current base URL (environments move tenants between
    servers to balance load; ask again after `ValidUntil`) and `Api` its API root.

    Args:
        context (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TenantStatus | WebApiError]
    """

    kwargs = _get_kwargs(
        context=context,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    context: str,
    *,
    client: AuthenticatedClient | Client,
) -> TenantStatus | WebApiError | None:
    """Where an Online tenant is served, and whether it runs (companion)

     Asked on the environment's host, without credentials, before anything else:
    `Endpoint` is the tenant's current base URL (environments move tenants between
    servers to balance load; ask again after `ValidUntil`) and `Api` its API root.

    Args:
        context (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TenantStatus | WebApiError
    """

    return (
        await asyncio_detailed(
            context=context,
            client=client,
        )
    ).parsed
