from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.refresh_token_response import RefreshTokenResponse
from ...types import Response, loads_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dlp/rest/v1/auth/refresh-token",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | RefreshTokenResponse | None:
    if response.status_code == 200:
        response_200 = RefreshTokenResponse.from_dict(loads_json(response.content))

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
) -> Response[ErrorMessage | RefreshTokenResponse]:
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
) -> Response[ErrorMessage | RefreshTokenResponse]:
    """Obtain a refresh token (and a first access token)

     Exchanges an Application administrator's user name and password, sent in the
    `username` and `password` headers, for a refresh token valid for one day. The
    answer also carries an access token, valid for 15 minutes, which saves the
    first call to `auth/access-token`. No request body is sent.

    Only an Application administrator may call this; a User administrator, or a
    wrong user name or password, is answered 403. Real answers name the lifetimes
    `refresh_token_expires_in` and `access_token_expires_in` (see the schema). The password is not
    encrypted or
    encoded by the client: HTTPS protects it. A refresh token stays valid until it
    expires even if the account's password is changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | RefreshTokenResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | RefreshTokenResponse | None:
    """Obtain a refresh token (and a first access token)

     Exchanges an Application administrator's user name and password, sent in the
    `username` and `password` headers, for a refresh token valid for one day. The
    answer also carries an access token, valid for 15 minutes, which saves the
    first call to `auth/access-token`. No request body is sent.

    Only an Application administrator may call this; a User administrator, or a
    wrong user name or password, is answered 403. Real answers name the lifetimes
    `refresh_token_expires_in` and `access_token_expires_in` (see the schema). The password is not
    encrypted or
    encoded by the client: HTTPS protects it. A refresh token stays valid until it
    expires even if the account's password is changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | RefreshTokenResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMessage | RefreshTokenResponse]:
    """Obtain a refresh token (and a first access token)

     Exchanges an Application administrator's user name and password, sent in the
    `username` and `password` headers, for a refresh token valid for one day. The
    answer also carries an access token, valid for 15 minutes, which saves the
    first call to `auth/access-token`. No request body is sent.

    Only an Application administrator may call this; a User administrator, or a
    wrong user name or password, is answered 403. Real answers name the lifetimes
    `refresh_token_expires_in` and `access_token_expires_in` (see the schema). The password is not
    encrypted or
    encoded by the client: HTTPS protects it. A refresh token stays valid until it
    expires even if the account's password is changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | RefreshTokenResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMessage | RefreshTokenResponse | None:
    """Obtain a refresh token (and a first access token)

     Exchanges an Application administrator's user name and password, sent in the
    `username` and `password` headers, for a refresh token valid for one day. The
    answer also carries an access token, valid for 15 minutes, which saves the
    first call to `auth/access-token`. No request body is sent.

    Only an Application administrator may call this; a User administrator, or a
    wrong user name or password, is answered 403. Real answers name the lifetimes
    `refresh_token_expires_in` and `access_token_expires_in` (see the schema). The password is not
    encrypted or
    encoded by the client: HTTPS protects it. A refresh token stays valid until it
    expires even if the account's password is changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | RefreshTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
