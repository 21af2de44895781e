from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_response import AccessTokenResponse
from ...models.error_message import ErrorMessage
from ...types import Response, loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dlp/rest/v1/auth/access-token",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponse | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = AccessTokenResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(loads_json(response.content))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenResponse | ErrorMessage]:
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
) -> Response[AccessTokenResponse | ErrorMessage]:
    """Obtain a new access token from a refresh token

     Exchanges a refresh token, sent as `refresh-token: Bearer <refresh token>`, for
    a new access token valid for 15 minutes. Call it whenever the current access
    token has expired; no request body is sent. An expired or invalid refresh
    token is answered 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorMessage]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccessTokenResponse | ErrorMessage | None:
    """Obtain a new access token from a refresh token

     Exchanges a refresh token, sent as `refresh-token: Bearer <refresh token>`, for
    a new access token valid for 15 minutes. Call it whenever the current access
    token has expired; no request body is sent. An expired or invalid refresh
    token is answered 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse | ErrorMessage
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccessTokenResponse | ErrorMessage]:
    """Obtain a new access token from a refresh token

     Exchanges a refresh token, sent as `refresh-token: Bearer <refresh token>`, for
    a new access token valid for 15 minutes. Call it whenever the current access
    token has expired; no request body is sent. An expired or invalid refresh
    token is answered 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorMessage]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccessTokenResponse | ErrorMessage | None:
    """Obtain a new access token from a refresh token

     Exchanges a refresh token, sent as `refresh-token: Bearer <refresh token>`, for
    a new access token valid for 15 minutes. Call it whenever the current access
    token has expired; no request body is sent. An expired or invalid refresh
    token is answered 403.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
