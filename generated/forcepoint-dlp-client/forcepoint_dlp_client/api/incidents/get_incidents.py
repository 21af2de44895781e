from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.incident_list import IncidentList
from ...models.incidents_query import IncidentsQuery
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: IncidentsQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dlp/rest/v1/incidents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | IncidentList | None:
    if response.status_code == 200:
        response_200 = IncidentList.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 420:
        response_420 = IncidentList.from_dict(loads_json(response.content))

        return response_420

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | IncidentList]:
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
    body: IncidentsQuery,
) -> Response[ErrorMessage | IncidentList]:
    """List incidents by ids or by filters

     Answers the DLP incidents (`type` INCIDENTS) or the Discovery incidents
    (`type` DISCOVERY) chosen either by id or by filters; one call answers one kind
    only, and at most 10,000 incidents.

    - By ids: `ids` lists up to 1,000 incident ids; any filters sent alongside are
      ignored. Ids that do not exist are answered in `not_found_ids`.
    - By filters: `from_date` and `to_date` are required, every other filter is
      optional and they combine. As in the Security Manager UI, false-positive
      incidents are left out by default; `remove_ignored_incidents` also leaves out
      ignored incidents.

    When nothing is found the guide answers the non-standard status 420 with an
    empty `incidents` list, zero counts and, for a query by ids, the ids in
    `not_found_ids`. Servers in the field answer the same body with 200 (see
    `x-vendor-profiles`); a client must treat both as "nothing found". A request with more than 1,000
    ids, or without valid input,
    is answered 400; a missing, expired or invalid access token, or a refresh
    token, is answered 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentsQuery): Body of the Get Incidents API: `type`, then either `ids` or a date
            range with
            optional filters. With `ids` every filter is ignored; without `ids`,
            `from_date` and `to_date` are required. Each field says which incident kinds it
            applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | IncidentList]
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
    body: IncidentsQuery,
) -> ErrorMessage | IncidentList | None:
    """List incidents by ids or by filters

     Answers the DLP incidents (`type` INCIDENTS) or the Discovery incidents
    (`type` DISCOVERY) chosen either by id or by filters; one call answers one kind
    only, and at most 10,000 incidents.

    - By ids: `ids` lists up to 1,000 incident ids; any filters sent alongside are
      ignored. Ids that do not exist are answered in `not_found_ids`.
    - By filters: `from_date` and `to_date` are required, every other filter is
      optional and they combine. As in the Security Manager UI, false-positive
      incidents are left out by default; `remove_ignored_incidents` also leaves out
      ignored incidents.

    When nothing is found the guide answers the non-standard status 420 with an
    empty `incidents` list, zero counts and, for a query by ids, the ids in
    `not_found_ids`. Servers in the field answer the same body with 200 (see
    `x-vendor-profiles`); a client must treat both as "nothing found". A request with more than 1,000
    ids, or without valid input,
    is answered 400; a missing, expired or invalid access token, or a refresh
    token, is answered 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentsQuery): Body of the Get Incidents API: `type`, then either `ids` or a date
            range with
            optional filters. With `ids` every filter is ignored; without `ids`,
            `from_date` and `to_date` are required. Each field says which incident kinds it
            applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | IncidentList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncidentsQuery,
) -> Response[ErrorMessage | IncidentList]:
    """List incidents by ids or by filters

     Answers the DLP incidents (`type` INCIDENTS) or the Discovery incidents
    (`type` DISCOVERY) chosen either by id or by filters; one call answers one kind
    only, and at most 10,000 incidents.

    - By ids: `ids` lists up to 1,000 incident ids; any filters sent alongside are
      ignored. Ids that do not exist are answered in `not_found_ids`.
    - By filters: `from_date` and `to_date` are required, every other filter is
      optional and they combine. As in the Security Manager UI, false-positive
      incidents are left out by default; `remove_ignored_incidents` also leaves out
      ignored incidents.

    When nothing is found the guide answers the non-standard status 420 with an
    empty `incidents` list, zero counts and, for a query by ids, the ids in
    `not_found_ids`. Servers in the field answer the same body with 200 (see
    `x-vendor-profiles`); a client must treat both as "nothing found". A request with more than 1,000
    ids, or without valid input,
    is answered 400; a missing, expired or invalid access token, or a refresh
    token, is answered 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentsQuery): Body of the Get Incidents API: `type`, then either `ids` or a date
            range with
            optional filters. With `ids` every filter is ignored; without `ids`,
            `from_date` and `to_date` are required. Each field says which incident kinds it
            applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | IncidentList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IncidentsQuery,
) -> ErrorMessage | IncidentList | None:
    """List incidents by ids or by filters

     Answers the DLP incidents (`type` INCIDENTS) or the Discovery incidents
    (`type` DISCOVERY) chosen either by id or by filters; one call answers one kind
    only, and at most 10,000 incidents.

    - By ids: `ids` lists up to 1,000 incident ids; any filters sent alongside are
      ignored. Ids that do not exist are answered in `not_found_ids`.
    - By filters: `from_date` and `to_date` are required, every other filter is
      optional and they combine. As in the Security Manager UI, false-positive
      incidents are left out by default; `remove_ignored_incidents` also leaves out
      ignored incidents.

    When nothing is found the guide answers the non-standard status 420 with an
    empty `incidents` list, zero counts and, for a query by ids, the ids in
    `not_found_ids`. Servers in the field answer the same body with 200 (see
    `x-vendor-profiles`); a client must treat both as "nothing found". A request with more than 1,000
    ids, or without valid input,
    is answered 400; a missing, expired or invalid access token, or a refresh
    token, is answered 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentsQuery): Body of the Get Incidents API: `type`, then either `ids` or a date
            range with
            optional filters. With `ids` every filter is ignored; without `ids`,
            `from_date` and `to_date` are required. Each field says which incident kinds it
            applies to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | IncidentList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
