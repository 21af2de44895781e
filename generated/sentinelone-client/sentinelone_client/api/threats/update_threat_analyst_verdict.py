from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affected_response import AffectedResponse
from ...models.analyst_verdict_request import AnalystVerdictRequest
from ...models.api_error_response import ApiErrorResponse
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: AnalystVerdictRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/web/api/v2.1/threats/analyst-verdict",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffectedResponse | ApiErrorResponse | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AffectedResponse | ApiErrorResponse]:
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
    body: AnalystVerdictRequest,
) -> Response[AffectedResponse | ApiErrorResponse]:
    """Set the analyst verdict of the threats a filter selects

     Companion of the incident update that sets the verdict alone. XSOAR's mirroring,
    Splunk SOAR, InsightConnect and SentinelOne's SDK set verdicts this way. Takes
    the same `ThreatFilter`; `data.affected` counts the threats whose verdict
    changed (0 when every selected threat already had it).

    Args:
        body (AnalystVerdictRequest): Body of the verdict update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedResponse | ApiErrorResponse]
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
    body: AnalystVerdictRequest,
) -> AffectedResponse | ApiErrorResponse | None:
    """Set the analyst verdict of the threats a filter selects

     Companion of the incident update that sets the verdict alone. XSOAR's mirroring,
    Splunk SOAR, InsightConnect and SentinelOne's SDK set verdicts this way. Takes
    the same `ThreatFilter`; `data.affected` counts the threats whose verdict
    changed (0 when every selected threat already had it).

    Args:
        body (AnalystVerdictRequest): Body of the verdict update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedResponse | ApiErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalystVerdictRequest,
) -> Response[AffectedResponse | ApiErrorResponse]:
    """Set the analyst verdict of the threats a filter selects

     Companion of the incident update that sets the verdict alone. XSOAR's mirroring,
    Splunk SOAR, InsightConnect and SentinelOne's SDK set verdicts this way. Takes
    the same `ThreatFilter`; `data.affected` counts the threats whose verdict
    changed (0 when every selected threat already had it).

    Args:
        body (AnalystVerdictRequest): Body of the verdict update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedResponse | ApiErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalystVerdictRequest,
) -> AffectedResponse | ApiErrorResponse | None:
    """Set the analyst verdict of the threats a filter selects

     Companion of the incident update that sets the verdict alone. XSOAR's mirroring,
    Splunk SOAR, InsightConnect and SentinelOne's SDK set verdicts this way. Takes
    the same `ThreatFilter`; `data.affected` counts the threats whose verdict
    changed (0 when every selected threat already had it).

    Args:
        body (AnalystVerdictRequest): Body of the verdict update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedResponse | ApiErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
