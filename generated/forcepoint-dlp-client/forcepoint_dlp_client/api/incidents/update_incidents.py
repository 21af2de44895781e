from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.incident_update_request import IncidentUpdateRequest
from ...models.unprocessed_incidents import UnprocessedIncidents
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: IncidentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dlp/rest/v1/incidents/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | UnprocessedIncidents | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 422:
        response_422 = UnprocessedIncidents.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | UnprocessedIncidents | str]:
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
    body: IncidentUpdateRequest,
) -> Response[ErrorMessage | UnprocessedIncidents | str]:
    """Update or remediate incidents

     Applies one action (`action_type`, with its `value` and `comment`) to DLP or
    Discovery incidents chosen either by event id (`event_ids`) or by incident key
    (`incident_keys`: incident id and, for DLP incidents, partition index); each
    list holds at most 1,000 entries, and more is answered 400.

    Updating by event id makes the server look up each event's incident id and
    partition index, searching every partition. Updating by incident key is
    cheaper when the partition indexes are sent; otherwise `scan_partitions`
    (INCIDENTS only) says how to find them: NONE (the default) expects a
    `partition_index` on every key, ALL searches all partitions, LAST_ACTIVE
    searches only the two most recent.

    Success is 200 with an empty body. When incidents could not be updated the
    answer is 422 with their ids in `unprocessed_ids`. Invalid input is answered
    400; a missing, expired or invalid access token, or a refresh token, 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentUpdateRequest): Body of the Update Incidents API: `type`, `action_type` with
            its `value` and
            `comment`, and the incidents, either as `event_ids` or as `incident_keys`.

            `value` by action: STATUS takes a status code (NEW, IN_PROCESS, CLOSE,
            FALSE_POSITIVE, ESCALATED or a custom status); SEVERITY takes HIGH, MEDIUM or
            LOW; ASSIGN_TO the name of an administrator; TAG a tag name of at most 100
            characters; FALSE_POSITIVE "1" (ignore the incidents) or "0" (include them
            again); ADD_COMMENT and RELEASE take none.

            `comment` is required for ADD_COMMENT and optional for ASSIGN_TO, TAG, RELEASE
            and FALSE_POSITIVE. RELEASE is not available for DISCOVERY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UnprocessedIncidents | str]
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
    body: IncidentUpdateRequest,
) -> ErrorMessage | UnprocessedIncidents | str | None:
    """Update or remediate incidents

     Applies one action (`action_type`, with its `value` and `comment`) to DLP or
    Discovery incidents chosen either by event id (`event_ids`) or by incident key
    (`incident_keys`: incident id and, for DLP incidents, partition index); each
    list holds at most 1,000 entries, and more is answered 400.

    Updating by event id makes the server look up each event's incident id and
    partition index, searching every partition. Updating by incident key is
    cheaper when the partition indexes are sent; otherwise `scan_partitions`
    (INCIDENTS only) says how to find them: NONE (the default) expects a
    `partition_index` on every key, ALL searches all partitions, LAST_ACTIVE
    searches only the two most recent.

    Success is 200 with an empty body. When incidents could not be updated the
    answer is 422 with their ids in `unprocessed_ids`. Invalid input is answered
    400; a missing, expired or invalid access token, or a refresh token, 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentUpdateRequest): Body of the Update Incidents API: `type`, `action_type` with
            its `value` and
            `comment`, and the incidents, either as `event_ids` or as `incident_keys`.

            `value` by action: STATUS takes a status code (NEW, IN_PROCESS, CLOSE,
            FALSE_POSITIVE, ESCALATED or a custom status); SEVERITY takes HIGH, MEDIUM or
            LOW; ASSIGN_TO the name of an administrator; TAG a tag name of at most 100
            characters; FALSE_POSITIVE "1" (ignore the incidents) or "0" (include them
            again); ADD_COMMENT and RELEASE take none.

            `comment` is required for ADD_COMMENT and optional for ASSIGN_TO, TAG, RELEASE
            and FALSE_POSITIVE. RELEASE is not available for DISCOVERY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UnprocessedIncidents | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IncidentUpdateRequest,
) -> Response[ErrorMessage | UnprocessedIncidents | str]:
    """Update or remediate incidents

     Applies one action (`action_type`, with its `value` and `comment`) to DLP or
    Discovery incidents chosen either by event id (`event_ids`) or by incident key
    (`incident_keys`: incident id and, for DLP incidents, partition index); each
    list holds at most 1,000 entries, and more is answered 400.

    Updating by event id makes the server look up each event's incident id and
    partition index, searching every partition. Updating by incident key is
    cheaper when the partition indexes are sent; otherwise `scan_partitions`
    (INCIDENTS only) says how to find them: NONE (the default) expects a
    `partition_index` on every key, ALL searches all partitions, LAST_ACTIVE
    searches only the two most recent.

    Success is 200 with an empty body. When incidents could not be updated the
    answer is 422 with their ids in `unprocessed_ids`. Invalid input is answered
    400; a missing, expired or invalid access token, or a refresh token, 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentUpdateRequest): Body of the Update Incidents API: `type`, `action_type` with
            its `value` and
            `comment`, and the incidents, either as `event_ids` or as `incident_keys`.

            `value` by action: STATUS takes a status code (NEW, IN_PROCESS, CLOSE,
            FALSE_POSITIVE, ESCALATED or a custom status); SEVERITY takes HIGH, MEDIUM or
            LOW; ASSIGN_TO the name of an administrator; TAG a tag name of at most 100
            characters; FALSE_POSITIVE "1" (ignore the incidents) or "0" (include them
            again); ADD_COMMENT and RELEASE take none.

            `comment` is required for ADD_COMMENT and optional for ASSIGN_TO, TAG, RELEASE
            and FALSE_POSITIVE. RELEASE is not available for DISCOVERY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | UnprocessedIncidents | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IncidentUpdateRequest,
) -> ErrorMessage | UnprocessedIncidents | str | None:
    """Update or remediate incidents

     Applies one action (`action_type`, with its `value` and `comment`) to DLP or
    Discovery incidents chosen either by event id (`event_ids`) or by incident key
    (`incident_keys`: incident id and, for DLP incidents, partition index); each
    list holds at most 1,000 entries, and more is answered 400.

    Updating by event id makes the server look up each event's incident id and
    partition index, searching every partition. Updating by incident key is
    cheaper when the partition indexes are sent; otherwise `scan_partitions`
    (INCIDENTS only) says how to find them: NONE (the default) expects a
    `partition_index` on every key, ALL searches all partitions, LAST_ACTIVE
    searches only the two most recent.

    Success is 200 with an empty body. When incidents could not be updated the
    answer is 422 with their ids in `unprocessed_ids`. Invalid input is answered
    400; a missing, expired or invalid access token, or a refresh token, 403.

    The body is JSON (`Content-Type: application/json`).

    Args:
        body (IncidentUpdateRequest): Body of the Update Incidents API: `type`, `action_type` with
            its `value` and
            `comment`, and the incidents, either as `event_ids` or as `incident_keys`.

            `value` by action: STATUS takes a status code (NEW, IN_PROCESS, CLOSE,
            FALSE_POSITIVE, ESCALATED or a custom status); SEVERITY takes HIGH, MEDIUM or
            LOW; ASSIGN_TO the name of an administrator; TAG a tag name of at most 100
            characters; FALSE_POSITIVE "1" (ignore the incidents) or "0" (include them
            again); ADD_COMMENT and RELEASE take none.

            `comment` is required for ADD_COMMENT and optional for ASSIGN_TO, TAG, RELEASE
            and FALSE_POSITIVE. RELEASE is not available for DISCOVERY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | UnprocessedIncidents | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
