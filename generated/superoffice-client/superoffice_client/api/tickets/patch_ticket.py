from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.patch_operation import PatchOperation
from ...models.ticket_entity import TicketEntity
from ...models.ticket_merge_patch import TicketMergePatch
from ...models.web_api_error import WebApiError
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    id: int,
    *,
    body: list[PatchOperation] | TicketMergePatch,
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_unmodified_since, Unset):
        headers["If-Unmodified-Since"] = if_unmodified_since

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/Ticket/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }
    if params:
        _kwargs["params"] = params

    if isinstance(body, list):
        _kwargs["json"] = []
        for componentsschemas_json_patch_item_data in body:
            componentsschemas_json_patch_item = componentsschemas_json_patch_item_data.to_dict()
            _kwargs["json"].append(componentsschemas_json_patch_item)

        headers["Content-Type"] = "application/json-patch+json"
    elif isinstance(body, TicketMergePatch):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/merge-patch+json"
    else:
        raise TypeError(f"body must be list or TicketMergePatch, not {type(body).__name__}")

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

    if response.status_code == 409:
        response_409 = WebApiError.from_dict(loads_json(response.content))

        return response_409

    if response.status_code == 412:
        response_412 = WebApiError.from_dict(loads_json(response.content))

        return response_412

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[PatchOperation] | TicketMergePatch,
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[TicketEntity | WebApiError]:
    """Update a ticket with JSON Patch or JSON Merge Patch

     Changes a ticket and answers the whole ticket as it is after the change (the
    vendor runs the ticket agent's SaveTicketEntity service).

    The body is either a JSON Patch (RFC 6902): an array of operations, each with
    `op`, `path` and, except for `remove`, `value`; or a JSON Merge Patch (RFC 7396):
    an object holding the new values directly, which the server turns into JSON Patch
    operations. To set Title to "foo" send `[{"op": "replace", "path": "/Title",
    "value": "foo"}]` or `{"Title": "foo"}`.

    Supported operations are `add`, `replace`, `remove` and `test`; `move` and `copy`
    are refused. Paths name TicketEntity properties without regard to case, and the
    leading slash may be left out (`/title`, `Title` and `title` are the same path);
    nested properties are separated by `/` (`Category/Id`).

    A failing `test` operation stops the whole update with 409. With
    `If-Unmodified-Since`, the update is refused with 412 when the ticket changed
    after that moment (compare with the ticket's `LastChanged`). Either way nothing
    is written.

    Member names in a merge patch are matched without regard to case, like paths
    (the vendor's own TypeScript client sends them camelCase), and a merge patch
    that sends back the ticket as read changes only what differs; `_Links` is
    ignored.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (list[PatchOperation]): sent as application/json-patch+json. A JSON Patch document:
            operations applied in order, all or nothing. A failing `test` stops the update with 409.
        body (TicketMergePatch): sent as application/merge-patch+json. A JSON Merge Patch (RFC
            7396) of a ticket: TicketEntity property names (any case) with their new values; nested
            objects merge, `null` clears a property. The server converts it to JSON Patch operations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        select=select,
        if_unmodified_since=if_unmodified_since,
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
    body: list[PatchOperation] | TicketMergePatch,
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> TicketEntity | WebApiError | None:
    """Update a ticket with JSON Patch or JSON Merge Patch

     Changes a ticket and answers the whole ticket as it is after the change (the
    vendor runs the ticket agent's SaveTicketEntity service).

    The body is either a JSON Patch (RFC 6902): an array of operations, each with
    `op`, `path` and, except for `remove`, `value`; or a JSON Merge Patch (RFC 7396):
    an object holding the new values directly, which the server turns into JSON Patch
    operations. To set Title to "foo" send `[{"op": "replace", "path": "/Title",
    "value": "foo"}]` or `{"Title": "foo"}`.

    Supported operations are `add`, `replace`, `remove` and `test`; `move` and `copy`
    are refused. Paths name TicketEntity properties without regard to case, and the
    leading slash may be left out (`/title`, `Title` and `title` are the same path);
    nested properties are separated by `/` (`Category/Id`).

    A failing `test` operation stops the whole update with 409. With
    `If-Unmodified-Since`, the update is refused with 412 when the ticket changed
    after that moment (compare with the ticket's `LastChanged`). Either way nothing
    is written.

    Member names in a merge patch are matched without regard to case, like paths
    (the vendor's own TypeScript client sends them camelCase), and a merge patch
    that sends back the ticket as read changes only what differs; `_Links` is
    ignored.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (list[PatchOperation]): sent as application/json-patch+json. A JSON Patch document:
            operations applied in order, all or nothing. A failing `test` stops the update with 409.
        body (TicketMergePatch): sent as application/merge-patch+json. A JSON Merge Patch (RFC
            7396) of a ticket: TicketEntity property names (any case) with their new values; nested
            objects merge, `null` clears a property. The server converts it to JSON Patch operations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketEntity | WebApiError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        select=select,
        if_unmodified_since=if_unmodified_since,
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
    body: list[PatchOperation] | TicketMergePatch,
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> Response[TicketEntity | WebApiError]:
    """Update a ticket with JSON Patch or JSON Merge Patch

     Changes a ticket and answers the whole ticket as it is after the change (the
    vendor runs the ticket agent's SaveTicketEntity service).

    The body is either a JSON Patch (RFC 6902): an array of operations, each with
    `op`, `path` and, except for `remove`, `value`; or a JSON Merge Patch (RFC 7396):
    an object holding the new values directly, which the server turns into JSON Patch
    operations. To set Title to "foo" send `[{"op": "replace", "path": "/Title",
    "value": "foo"}]` or `{"Title": "foo"}`.

    Supported operations are `add`, `replace`, `remove` and `test`; `move` and `copy`
    are refused. Paths name TicketEntity properties without regard to case, and the
    leading slash may be left out (`/title`, `Title` and `title` are the same path);
    nested properties are separated by `/` (`Category/Id`).

    A failing `test` operation stops the whole update with 409. With
    `If-Unmodified-Since`, the update is refused with 412 when the ticket changed
    after that moment (compare with the ticket's `LastChanged`). Either way nothing
    is written.

    Member names in a merge patch are matched without regard to case, like paths
    (the vendor's own TypeScript client sends them camelCase), and a merge patch
    that sends back the ticket as read changes only what differs; `_Links` is
    ignored.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (list[PatchOperation]): sent as application/json-patch+json. A JSON Patch document:
            operations applied in order, all or nothing. A failing `test` stops the update with 409.
        body (TicketMergePatch): sent as application/merge-patch+json. A JSON Merge Patch (RFC
            7396) of a ticket: TicketEntity property names (any case) with their new values; nested
            objects merge, `null` clears a property. The server converts it to JSON Patch operations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketEntity | WebApiError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        select=select,
        if_unmodified_since=if_unmodified_since,
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
    body: list[PatchOperation] | TicketMergePatch,
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
    so_app_token: str | Unset = UNSET,
) -> TicketEntity | WebApiError | None:
    """Update a ticket with JSON Patch or JSON Merge Patch

     Changes a ticket and answers the whole ticket as it is after the change (the
    vendor runs the ticket agent's SaveTicketEntity service).

    The body is either a JSON Patch (RFC 6902): an array of operations, each with
    `op`, `path` and, except for `remove`, `value`; or a JSON Merge Patch (RFC 7396):
    an object holding the new values directly, which the server turns into JSON Patch
    operations. To set Title to "foo" send `[{"op": "replace", "path": "/Title",
    "value": "foo"}]` or `{"Title": "foo"}`.

    Supported operations are `add`, `replace`, `remove` and `test`; `move` and `copy`
    are refused. Paths name TicketEntity properties without regard to case, and the
    leading slash may be left out (`/title`, `Title` and `title` are the same path);
    nested properties are separated by `/` (`Category/Id`).

    A failing `test` operation stops the whole update with 409. With
    `If-Unmodified-Since`, the update is refused with 412 when the ticket changed
    after that moment (compare with the ticket's `LastChanged`). Either way nothing
    is written.

    Member names in a merge patch are matched without regard to case, like paths
    (the vendor's own TypeScript client sends them camelCase), and a merge patch
    that sends back the ticket as read changes only what differs; `_Links` is
    ignored.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        so_app_token (str | Unset):
        body (list[PatchOperation]): sent as application/json-patch+json. A JSON Patch document:
            operations applied in order, all or nothing. A failing `test` stops the update with 409.
        body (TicketMergePatch): sent as application/merge-patch+json. A JSON Merge Patch (RFC
            7396) of a ticket: TicketEntity property names (any case) with their new values; nested
            objects merge, `null` clears a property. The server converts it to JSON Patch operations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketEntity | WebApiError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            select=select,
            if_unmodified_since=if_unmodified_since,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
            so_app_token=so_app_token,
        )
    ).parsed
