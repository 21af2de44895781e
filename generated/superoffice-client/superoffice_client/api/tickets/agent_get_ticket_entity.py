from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_entity import TicketEntity
from ...models.web_api_error import WebApiError
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    ticket_entity_id: int,
    select: str | Unset = UNSET,
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

    params: dict[str, Any] = {}

    params["ticketEntityId"] = ticket_entity_id

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/Agents/Ticket/GetTicketEntity",
    }
    if params:
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> None | TicketEntity | WebApiError | None:
    if response.status_code == 200:
        _response_200 = loads_json(response.content)
        response_200: None | TicketEntity
        if isinstance(_response_200, dict):
            try:
                response_200_type_0 = TicketEntity.from_dict(_response_200)

                response_200 = response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                response_200 = cast(None | TicketEntity, _response_200)
        elif _response_200 is None:
            response_200 = None
        else:
            response_200 = cast(None | TicketEntity, _response_200)

        return response_200

    if response.status_code == 400:
        response_400 = WebApiError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = WebApiError.from_dict(loads_json(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None | TicketEntity | WebApiError]:
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
    ticket_entity_id: int,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[None | TicketEntity | WebApiError]:
    """Read a ticket through the ticket agent (companion)

     The ticket agent's GetTicketEntity, which the vendor's own client libraries call
    instead of `GET Ticket/{id}`: a POST with the id in the query and no body. The
    answer is the bare TicketEntity (no `_Links`), or `null` when no ticket has the
    id.

    Args:
        ticket_entity_id (int):
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        ticket_entity_id=ticket_entity_id,
        select=select,
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
    ticket_entity_id: int,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> None | TicketEntity | WebApiError | None:
    """Read a ticket through the ticket agent (companion)

     The ticket agent's GetTicketEntity, which the vendor's own client libraries call
    instead of `GET Ticket/{id}`: a POST with the id in the query and no body. The
    answer is the bare TicketEntity (no `_Links`), or `null` when no ticket has the
    id.

    Args:
        ticket_entity_id (int):
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | TicketEntity | WebApiError
    """

    return sync_detailed(
        client=client,
        ticket_entity_id=ticket_entity_id,
        select=select,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticket_entity_id: int,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[None | TicketEntity | WebApiError]:
    """Read a ticket through the ticket agent (companion)

     The ticket agent's GetTicketEntity, which the vendor's own client libraries call
    instead of `GET Ticket/{id}`: a POST with the id in the query and no body. The
    answer is the bare TicketEntity (no `_Links`), or `null` when no ticket has the
    id.

    Args:
        ticket_entity_id (int):
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        ticket_entity_id=ticket_entity_id,
        select=select,
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
    ticket_entity_id: int,
    select: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> None | TicketEntity | WebApiError | None:
    """Read a ticket through the ticket agent (companion)

     The ticket agent's GetTicketEntity, which the vendor's own client libraries call
    instead of `GET Ticket/{id}`: a POST with the id in the query and no body. The
    answer is the bare TicketEntity (no `_Links`), or `null` when no ticket has the
    id.

    Args:
        ticket_entity_id (int):
        select (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | TicketEntity | WebApiError
    """

    return (
        await asyncio_detailed(
            client=client,
            ticket_entity_id=ticket_entity_id,
            select=select,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
            so_app_token=so_app_token,
        )
    ).parsed
