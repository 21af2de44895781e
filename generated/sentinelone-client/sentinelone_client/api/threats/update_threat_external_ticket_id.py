from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affected_response import AffectedResponse
from ...models.api_error_response import ApiErrorResponse
from ...models.external_ticket_id_request import ExternalTicketIdRequest
from ...models.server_error_response import ServerErrorResponse
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: ExternalTicketIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/web/api/v2.1/threats/external-ticket-id",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffectedResponse | ApiErrorResponse | ServerErrorResponse | None:
    if response.status_code == 200:
        response_200 = AffectedResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorResponse.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ApiErrorResponse.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ApiErrorResponse.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 500:
        response_500 = ServerErrorResponse.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffectedResponse | ApiErrorResponse | ServerErrorResponse]:
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
    body: ExternalTicketIdRequest,
) -> Response[AffectedResponse | ApiErrorResponse | ServerErrorResponse]:
    """Set the external ticket id of the threats a filter selects

     Writes `data.externalTicketId` onto every threat that `filter` matches within the
    token's scope and answers how many threats were affected. The id links the threat
    to a ticket in an outside system; threats carrying one match the
    `externalTicketExists`, `externalTicketIds` and `externalTicketId__contains`
    filters afterwards.

    Args:
        body (ExternalTicketIdRequest): Body of the external ticket id update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedResponse | ApiErrorResponse | ServerErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTicketIdRequest,
) -> AffectedResponse | ApiErrorResponse | ServerErrorResponse | None:
    """Set the external ticket id of the threats a filter selects

     Writes `data.externalTicketId` onto every threat that `filter` matches within the
    token's scope and answers how many threats were affected. The id links the threat
    to a ticket in an outside system; threats carrying one match the
    `externalTicketExists`, `externalTicketIds` and `externalTicketId__contains`
    filters afterwards.

    Args:
        body (ExternalTicketIdRequest): Body of the external ticket id update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedResponse | ApiErrorResponse | ServerErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTicketIdRequest,
) -> Response[AffectedResponse | ApiErrorResponse | ServerErrorResponse]:
    """Set the external ticket id of the threats a filter selects

     Writes `data.externalTicketId` onto every threat that `filter` matches within the
    token's scope and answers how many threats were affected. The id links the threat
    to a ticket in an outside system; threats carrying one match the
    `externalTicketExists`, `externalTicketIds` and `externalTicketId__contains`
    filters afterwards.

    Args:
        body (ExternalTicketIdRequest): Body of the external ticket id update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedResponse | ApiErrorResponse | ServerErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExternalTicketIdRequest,
) -> AffectedResponse | ApiErrorResponse | ServerErrorResponse | None:
    """Set the external ticket id of the threats a filter selects

     Writes `data.externalTicketId` onto every threat that `filter` matches within the
    token's scope and answers how many threats were affected. The id links the threat
    to a ticket in an outside system; threats carrying one match the
    `externalTicketExists`, `externalTicketIds` and `externalTicketId__contains`
    filters afterwards.

    Args:
        body (ExternalTicketIdRequest): Body of the external ticket id update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedResponse | ApiErrorResponse | ServerErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
