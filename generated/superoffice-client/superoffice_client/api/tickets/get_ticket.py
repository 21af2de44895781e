from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_entity import TicketEntity
from ...models.web_api_error import WebApiError
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    id: int,
    *,
    select: str | Unset = UNSET,
    fk: bool | Unset = False,
    if_modified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

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

    params["$select"] = select

    params["fk"] = fk

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/Ticket/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    if params:
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TicketEntity | WebApiError | None:
    if response.status_code == 200:
        response_200 = TicketEntity.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | TicketEntity | WebApiError]:
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
    fk: bool | Unset = False,
    if_modified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[Any | TicketEntity | WebApiError]:
    """Read a ticket

     Companion endpoint the update relies on: it answers the ticket with the same
    properties the update answers, including `LastChanged` for `If-Unmodified-Since`.
    Real answers carry members newer than the document (FirstReadByOwner,
    TimeSpent, Language, Sentiment, SentimentConfidence, SuggestedCategoryId,
    SuggestedCategoryName, OrigHumanCategoryId, IconHint, Sale, Project,
    FormSubmission, TicketType, ActiveStatusMonitorId); TicketEntity lists them as
    optional properties. Nested entities may be `null`. An on-site installation
    serves the same path under its virtual directory (`/SuperOffice/api/v1/...`).

    With `If-Modified-Since`, a ticket unchanged since that moment is answered 304
    with no body.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):  Default: False.
        if_modified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
        fk=fk,
        if_modified_since=if_modified_since,
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    fk: bool | Unset = False,
    if_modified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Any | TicketEntity | WebApiError | None:
    """Read a ticket

     Companion endpoint the update relies on: it answers the ticket with the same
    properties the update answers, including `LastChanged` for `If-Unmodified-Since`.
    Real answers carry members newer than the document (FirstReadByOwner,
    TimeSpent, Language, Sentiment, SentimentConfidence, SuggestedCategoryId,
    SuggestedCategoryName, OrigHumanCategoryId, IconHint, Sale, Project,
    FormSubmission, TicketType, ActiveStatusMonitorId); TicketEntity lists them as
    optional properties. Nested entities may be `null`. An on-site installation
    serves the same path under its virtual directory (`/SuperOffice/api/v1/...`).

    With `If-Modified-Since`, a ticket unchanged since that moment is answered 304
    with no body.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):  Default: False.
        if_modified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TicketEntity | WebApiError
    """

    return sync_detailed(
        id=id,
        client=client,
        select=select,
        fk=fk,
        if_modified_since=if_modified_since,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
        so_app_token=so_app_token,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    fk: bool | Unset = False,
    if_modified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[Any | TicketEntity | WebApiError]:
    """Read a ticket

     Companion endpoint the update relies on: it answers the ticket with the same
    properties the update answers, including `LastChanged` for `If-Unmodified-Since`.
    Real answers carry members newer than the document (FirstReadByOwner,
    TimeSpent, Language, Sentiment, SentimentConfidence, SuggestedCategoryId,
    SuggestedCategoryName, OrigHumanCategoryId, IconHint, Sale, Project,
    FormSubmission, TicketType, ActiveStatusMonitorId); TicketEntity lists them as
    optional properties. Nested entities may be `null`. An on-site installation
    serves the same path under its virtual directory (`/SuperOffice/api/v1/...`).

    With `If-Modified-Since`, a ticket unchanged since that moment is answered 304
    with no body.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):  Default: False.
        if_modified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
        fk=fk,
        if_modified_since=if_modified_since,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
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
    fk: bool | Unset = False,
    if_modified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Any | TicketEntity | WebApiError | None:
    """Read a ticket

     Companion endpoint the update relies on: it answers the ticket with the same
    properties the update answers, including `LastChanged` for `If-Unmodified-Since`.
    Real answers carry members newer than the document (FirstReadByOwner,
    TimeSpent, Language, Sentiment, SentimentConfidence, SuggestedCategoryId,
    SuggestedCategoryName, OrigHumanCategoryId, IconHint, Sale, Project,
    FormSubmission, TicketType, ActiveStatusMonitorId); TicketEntity lists them as
    optional properties. Nested entities may be `null`. An on-site installation
    serves the same path under its virtual directory (`/SuperOffice/api/v1/...`).

    With `If-Modified-Since`, a ticket unchanged since that moment is answered 304
    with no body.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):  Default: False.
        if_modified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TicketEntity | WebApiError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            select=select,
            fk=fk,
            if_modified_since=if_modified_since,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
            so_app_token=so_app_token,
        )
    ).parsed
