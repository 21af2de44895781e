from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.catalog_type import CatalogType
from ...models.ticket import Ticket
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    object_id: str,
    *,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(issupportrequest, Unset):
        headers["issupportrequest"] = "true" if issupportrequest else "false"

    if not isinstance(if_none_match, Unset):
        headers["if-none-match"] = if_none_match

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/ticketing/ticket/{object_id}".format(
            object_id=quote(str(object_id), safe=""),
        ),
    }
    if params:
        _kwargs["params"] = params

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | Ticket | None:
    if response.status_code == 200:
        response_200 = Ticket.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ApiError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ApiError.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | Ticket]:
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
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | Ticket]:
    """Read a ticket by display id

     Companion endpoint the update document relies on: it answers the ticket's
    current `etag` at the top level and its field values in `data`, keyed by field
    UUID. The path takes the display id (`object_id`, e.g. `REQ-0509`); the internal
    `id` UUID is not accepted there and answers 404.

    The response also carries the etag in the `ETag` header; a request whose
    `if-none-match` names the current etag is answered 304 with no body.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Ticket]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        type_=type_,
        module=module,
        issupportrequest=issupportrequest,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | Ticket | None:
    """Read a ticket by display id

     Companion endpoint the update document relies on: it answers the ticket's
    current `etag` at the top level and its field values in `data`, keyed by field
    UUID. The path takes the display id (`object_id`, e.g. `REQ-0509`); the internal
    `id` UUID is not accepted there and answers 404.

    The response also carries the etag in the `ETag` header; a request whose
    `if-none-match` names the current etag is answered 304 with no body.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | Ticket
    """

    return sync_detailed(
        object_id=object_id,
        client=client,
        type_=type_,
        module=module,
        issupportrequest=issupportrequest,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiError | Ticket]:
    """Read a ticket by display id

     Companion endpoint the update document relies on: it answers the ticket's
    current `etag` at the top level and its field values in `data`, keyed by field
    UUID. The path takes the display id (`object_id`, e.g. `REQ-0509`); the internal
    `id` UUID is not accepted there and answers 404.

    The response also carries the etag in the `ETag` header; a request whose
    `if-none-match` names the current etag is answered 304 with no body.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Ticket]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        type_=type_,
        module=module,
        issupportrequest=issupportrequest,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiError | Ticket | None:
    """Read a ticket by display id

     Companion endpoint the update document relies on: it answers the ticket's
    current `etag` at the top level and its field values in `data`, keyed by field
    UUID. The path takes the display id (`object_id`, e.g. `REQ-0509`); the internal
    `id` UUID is not accepted there and answers 404.

    The response also carries the etag in the `ETag` header; a request whose
    `if-none-match` names the current etag is answered 304 with no body.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | Ticket
    """

    return (
        await asyncio_detailed(
            object_id=object_id,
            client=client,
            type_=type_,
            module=module,
            issupportrequest=issupportrequest,
            if_none_match=if_none_match,
        )
    ).parsed
