from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.catalog_type import CatalogType
from ...models.ticket_update_request import TicketUpdateRequest
from ...models.ticket_update_response import TicketUpdateResponse
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    object_id: str,
    *,
    body: TicketUpdateRequest,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(issupportrequest, Unset):
        headers["issupportrequest"] = "true" if issupportrequest else "false"

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["module"] = module

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/ticketing/ticket/{object_id}/update".format(
            object_id=quote(str(object_id), safe=""),
        ),
    }
    if params:
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | TicketUpdateResponse | None:
    if response.status_code == 200:
        response_200 = TicketUpdateResponse.from_dict(loads_json(response.content))

        return response_200

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
) -> Response[ApiError | TicketUpdateResponse]:
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
    body: TicketUpdateRequest,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
) -> Response[ApiError | TicketUpdateResponse]:
    """Update fields of a ticket

     Applies a shallow merge of `ticketUpdate` over the ticket's `data`: only the
    field UUIDs present are written, the others are left as they are. To clear a
    field send the empty form for its type (`""` for text, `null` for nullable
    references, `[]` for arrays).

    The body must carry the ticket's current etag, from the latest GET of the ticket
    or from the previous update's response. If the ticket changed since, the update is
    refused with 400 `ETAG_MISMATCH` and nothing is written; re-read the ticket,
    rebase the change and resubmit. Concurrent updates with the same etag are
    serialised: exactly one succeeds.

    Requires the OAuth scope `tickets:write` and a write-permitted realm role
    (`ticket_agent` or `ticket_admin`), as the operation's `security` lists them; a
    token with the scope but without such a role, or with the role but without the
    scope, is refused with 401 `USER_PERMISSION_FAILURE`. The change is recorded in
    the ticket's `lastUpdatedBy` under the token's subject.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        body (TicketUpdateRequest): Body of a ticket update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TicketUpdateResponse]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        body=body,
        type_=type_,
        module=module,
        issupportrequest=issupportrequest,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TicketUpdateRequest,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
) -> ApiError | TicketUpdateResponse | None:
    """Update fields of a ticket

     Applies a shallow merge of `ticketUpdate` over the ticket's `data`: only the
    field UUIDs present are written, the others are left as they are. To clear a
    field send the empty form for its type (`""` for text, `null` for nullable
    references, `[]` for arrays).

    The body must carry the ticket's current etag, from the latest GET of the ticket
    or from the previous update's response. If the ticket changed since, the update is
    refused with 400 `ETAG_MISMATCH` and nothing is written; re-read the ticket,
    rebase the change and resubmit. Concurrent updates with the same etag are
    serialised: exactly one succeeds.

    Requires the OAuth scope `tickets:write` and a write-permitted realm role
    (`ticket_agent` or `ticket_admin`), as the operation's `security` lists them; a
    token with the scope but without such a role, or with the role but without the
    scope, is refused with 401 `USER_PERMISSION_FAILURE`. The change is recorded in
    the ticket's `lastUpdatedBy` under the token's subject.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        body (TicketUpdateRequest): Body of a ticket update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TicketUpdateResponse
    """

    return sync_detailed(
        object_id=object_id,
        client=client,
        body=body,
        type_=type_,
        module=module,
        issupportrequest=issupportrequest,
    ).parsed


async def asyncio_detailed(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TicketUpdateRequest,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
) -> Response[ApiError | TicketUpdateResponse]:
    """Update fields of a ticket

     Applies a shallow merge of `ticketUpdate` over the ticket's `data`: only the
    field UUIDs present are written, the others are left as they are. To clear a
    field send the empty form for its type (`""` for text, `null` for nullable
    references, `[]` for arrays).

    The body must carry the ticket's current etag, from the latest GET of the ticket
    or from the previous update's response. If the ticket changed since, the update is
    refused with 400 `ETAG_MISMATCH` and nothing is written; re-read the ticket,
    rebase the change and resubmit. Concurrent updates with the same etag are
    serialised: exactly one succeeds.

    Requires the OAuth scope `tickets:write` and a write-permitted realm role
    (`ticket_agent` or `ticket_admin`), as the operation's `security` lists them; a
    token with the scope but without such a role, or with the role but without the
    scope, is refused with 401 `USER_PERMISSION_FAILURE`. The change is recorded in
    the ticket's `lastUpdatedBy` under the token's subject.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        body (TicketUpdateRequest): Body of a ticket update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | TicketUpdateResponse]
    """

    kwargs = _get_kwargs(
        object_id=object_id,
        body=body,
        type_=type_,
        module=module,
        issupportrequest=issupportrequest,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    object_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TicketUpdateRequest,
    type_: CatalogType,
    module: str,
    issupportrequest: bool | Unset = UNSET,
) -> ApiError | TicketUpdateResponse | None:
    """Update fields of a ticket

     Applies a shallow merge of `ticketUpdate` over the ticket's `data`: only the
    field UUIDs present are written, the others are left as they are. To clear a
    field send the empty form for its type (`""` for text, `null` for nullable
    references, `[]` for arrays).

    The body must carry the ticket's current etag, from the latest GET of the ticket
    or from the previous update's response. If the ticket changed since, the update is
    refused with 400 `ETAG_MISMATCH` and nothing is written; re-read the ticket,
    rebase the change and resubmit. Concurrent updates with the same etag are
    serialised: exactly one succeeds.

    Requires the OAuth scope `tickets:write` and a write-permitted realm role
    (`ticket_agent` or `ticket_admin`), as the operation's `security` lists them; a
    token with the scope but without such a role, or with the role but without the
    scope, is refused with 401 `USER_PERMISSION_FAILURE`. The change is recorded in
    the ticket's `lastUpdatedBy` under the token's subject.

    Args:
        object_id (str):
        type_ (CatalogType): Catalog type of a ticketing call.
        module (str):
        issupportrequest (bool | Unset):
        body (TicketUpdateRequest): Body of a ticket update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | TicketUpdateResponse
    """

    return (
        await asyncio_detailed(
            object_id=object_id,
            client=client,
            body=body,
            type_=type_,
            module=module,
            issupportrequest=issupportrequest,
        )
    ).parsed
