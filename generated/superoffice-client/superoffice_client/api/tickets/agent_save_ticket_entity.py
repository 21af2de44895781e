from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_entity import TicketEntity
from ...models.web_api_error import WebApiError
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    body: TicketEntity,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(so_language, Unset):
        headers["SO-Language"] = so_language

    if not isinstance(so_culture, Unset):
        headers["SO-Culture"] = so_culture

    if not isinstance(so_time_zone, Unset):
        headers["SO-TimeZone"] = so_time_zone

    if not isinstance(so_app_token, Unset):
        headers["SO-AppToken"] = so_app_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/Agents/Ticket/SaveTicketEntity",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketEntity | WebApiError | None:
    if response.status_code == 200:
        response_200 = TicketEntity.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = WebApiError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = WebApiError.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = WebApiError.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketEntity | WebApiError]:
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
    body: TicketEntity,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[TicketEntity | WebApiError]:
    """Save a whole ticket through the ticket agent (companion)

     The ticket agent's SaveTicketEntity: the body is the whole TicketEntity and its
    `TicketId` names the ticket. Saves as `PUT Ticket/{id}` does and answers the
    saved ticket without `_Links`. See x-vendor-behaviour
    superoffice/agent-ticket-endpoints on the GetTicketEntity operation.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (TicketEntity): A service ticket (request) with its people, classification, timings
            and messages, plus `_Links` to related resources. Real answers also carry members newer
            than the document (FirstReadByOwner, TimeSpent, Language, ...); they are listed here as
            optional properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TicketEntity,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> TicketEntity | WebApiError | None:
    """Save a whole ticket through the ticket agent (companion)

     The ticket agent's SaveTicketEntity: the body is the whole TicketEntity and its
    `TicketId` names the ticket. Saves as `PUT Ticket/{id}` does and answers the
    saved ticket without `_Links`. See x-vendor-behaviour
    superoffice/agent-ticket-endpoints on the GetTicketEntity operation.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (TicketEntity): A service ticket (request) with its people, classification, timings
            and messages, plus `_Links` to related resources. Real answers also carry members newer
            than the document (FirstReadByOwner, TimeSpent, Language, ...); they are listed here as
            optional properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketEntity | WebApiError
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketEntity,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[TicketEntity | WebApiError]:
    """Save a whole ticket through the ticket agent (companion)

     The ticket agent's SaveTicketEntity: the body is the whole TicketEntity and its
    `TicketId` names the ticket. Saves as `PUT Ticket/{id}` does and answers the
    saved ticket without `_Links`. See x-vendor-behaviour
    superoffice/agent-ticket-endpoints on the GetTicketEntity operation.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (TicketEntity): A service ticket (request) with its people, classification, timings
            and messages, plus `_Links` to related resources. Real answers also carry members newer
            than the document (FirstReadByOwner, TimeSpent, Language, ...); they are listed here as
            optional properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TicketEntity,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> TicketEntity | WebApiError | None:
    """Save a whole ticket through the ticket agent (companion)

     The ticket agent's SaveTicketEntity: the body is the whole TicketEntity and its
    `TicketId` names the ticket. Saves as `PUT Ticket/{id}` does and answers the
    saved ticket without `_Links`. See x-vendor-behaviour
    superoffice/agent-ticket-endpoints on the GetTicketEntity operation.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (TicketEntity): A service ticket (request) with its people, classification, timings
            and messages, plus `_Links` to related resources. Real answers also carry members newer
            than the document (FirstReadByOwner, TimeSpent, Language, ...); they are listed here as
            optional properties.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketEntity | WebApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
            so_app_token=so_app_token,
        )
    ).parsed
