from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_page import ArchivePage
from ...models.web_api_error import WebApiError
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    id: int,
    *,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(so_language, Unset):
        headers["SO-Language"] = so_language

    if not isinstance(so_time_zone, Unset):
        headers["SO-TimeZone"] = so_time_zone

    if not isinstance(so_app_token, Unset):
        headers["SO-AppToken"] = so_app_token

    params: dict[str, Any] = {}

    params["$select"] = select

    params["$filter"] = filter_

    params["$orderby"] = orderby

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/Ticket/{id}/Messages".format(
            id=quote(str(id), safe=""),
        ),
    }
    if params:
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchivePage | WebApiError | None:
    if response.status_code == 200:
        response_200 = ArchivePage.from_dict(loads_json(response.content))

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
) -> Response[ArchivePage | WebApiError]:
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[ArchivePage | WebApiError]:
    """List a ticket's messages, with their text (companion; OData)

     The ticket's messages as an OData list, which the TicketEntity's `Messages`
    summary points to for the text: columns `ticketMessageId`, `ticketId`,
    `createdAt`, `author`, `slevel`, `personId`, `body` and `htmlBody`, with the
    archive's `$select`, `$filter`, `$orderby`, `$top` and `$skip`.

    Args:
        id (int):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchivePage | WebApiError]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        accept_language=accept_language,
        so_language=so_language,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> ArchivePage | WebApiError | None:
    """List a ticket's messages, with their text (companion; OData)

     The ticket's messages as an OData list, which the TicketEntity's `Messages`
    summary points to for the text: columns `ticketMessageId`, `ticketId`,
    `createdAt`, `author`, `slevel`, `personId`, `body` and `htmlBody`, with the
    archive's `$select`, `$filter`, `$orderby`, `$top` and `$skip`.

    Args:
        id (int):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchivePage | WebApiError
    """

    return sync_detailed(
        id=id,
        client=client,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        accept_language=accept_language,
        so_language=so_language,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[ArchivePage | WebApiError]:
    """List a ticket's messages, with their text (companion; OData)

     The ticket's messages as an OData list, which the TicketEntity's `Messages`
    summary points to for the text: columns `ticketMessageId`, `ticketId`,
    `createdAt`, `author`, `slevel`, `personId`, `body` and `htmlBody`, with the
    archive's `$select`, `$filter`, `$orderby`, `$top` and `$skip`.

    Args:
        id (int):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchivePage | WebApiError]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        accept_language=accept_language,
        so_language=so_language,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> ArchivePage | WebApiError | None:
    """List a ticket's messages, with their text (companion; OData)

     The ticket's messages as an OData list, which the TicketEntity's `Messages`
    summary points to for the text: columns `ticketMessageId`, `ticketId`,
    `createdAt`, `author`, `slevel`, `personId`, `body` and `htmlBody`, with the
    archive's `$select`, `$filter`, `$orderby`, `$top` and `$skip`.

    Args:
        id (int):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchivePage | WebApiError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            select=select,
            filter_=filter_,
            orderby=orderby,
            top=top,
            skip=skip,
            accept_language=accept_language,
            so_language=so_language,
            so_time_zone=so_time_zone,
            so_app_token=so_app_token,
        )
    ).parsed
