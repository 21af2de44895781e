import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_response import ApiErrorResponse
from ...models.mitigation_status import MitigationStatus
from ...models.sort_order import SortOrder
from ...models.threat_list_v20 import ThreatListV20
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["cursor"] = cursor

    params["countOnly"] = count_only

    params["skipCount"] = skip_count

    params["sortBy"] = sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    json_created_at_gt: str | Unset = UNSET
    if not isinstance(created_at_gt, Unset):
        json_created_at_gt = created_at_gt.isoformat()
    params["createdAt__gt"] = json_created_at_gt

    json_created_at_gte: str | Unset = UNSET
    if not isinstance(created_at_gte, Unset):
        json_created_at_gte = created_at_gte.isoformat()
    params["createdAt__gte"] = json_created_at_gte

    json_created_at_lt: str | Unset = UNSET
    if not isinstance(created_at_lt, Unset):
        json_created_at_lt = created_at_lt.isoformat()
    params["createdAt__lt"] = json_created_at_lt

    json_created_at_lte: str | Unset = UNSET
    if not isinstance(created_at_lte, Unset):
        json_created_at_lte = created_at_lte.isoformat()
    params["createdAt__lte"] = json_created_at_lte

    json_updated_at_gt: str | Unset = UNSET
    if not isinstance(updated_at_gt, Unset):
        json_updated_at_gt = updated_at_gt.isoformat()
    params["updatedAt__gt"] = json_updated_at_gt

    json_updated_at_gte: str | Unset = UNSET
    if not isinstance(updated_at_gte, Unset):
        json_updated_at_gte = updated_at_gte.isoformat()
    params["updatedAt__gte"] = json_updated_at_gte

    json_updated_at_lt: str | Unset = UNSET
    if not isinstance(updated_at_lt, Unset):
        json_updated_at_lt = updated_at_lt.isoformat()
    params["updatedAt__lt"] = json_updated_at_lt

    json_updated_at_lte: str | Unset = UNSET
    if not isinstance(updated_at_lte, Unset):
        json_updated_at_lte = updated_at_lte.isoformat()
    params["updatedAt__lte"] = json_updated_at_lte

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    if isinstance(json_ids, list) and json_ids:
        params["ids"] = ",".join(str(item) for item in json_ids)

    json_account_ids: list[str] | Unset = UNSET
    if not isinstance(account_ids, Unset):
        json_account_ids = account_ids

    if isinstance(json_account_ids, list) and json_account_ids:
        params["accountIds"] = ",".join(str(item) for item in json_account_ids)

    json_site_ids: list[str] | Unset = UNSET
    if not isinstance(site_ids, Unset):
        json_site_ids = site_ids

    if isinstance(json_site_ids, list) and json_site_ids:
        params["siteIds"] = ",".join(str(item) for item in json_site_ids)

    json_group_ids: list[str] | Unset = UNSET
    if not isinstance(group_ids, Unset):
        json_group_ids = group_ids

    if isinstance(json_group_ids, list) and json_group_ids:
        params["groupIds"] = ",".join(str(item) for item in json_group_ids)

    json_agent_ids: list[str] | Unset = UNSET
    if not isinstance(agent_ids, Unset):
        json_agent_ids = agent_ids

    if isinstance(json_agent_ids, list) and json_agent_ids:
        params["agentIds"] = ",".join(str(item) for item in json_agent_ids)

    json_content_hashes: list[str] | Unset = UNSET
    if not isinstance(content_hashes, Unset):
        json_content_hashes = content_hashes

    if isinstance(json_content_hashes, list) and json_content_hashes:
        params["contentHashes"] = ",".join(str(item) for item in json_content_hashes)

    json_mitigation_statuses: list[str] | Unset = UNSET
    if not isinstance(mitigation_statuses, Unset):
        json_mitigation_statuses = []
        for mitigation_statuses_item_data in mitigation_statuses:
            mitigation_statuses_item = mitigation_statuses_item_data.value
            json_mitigation_statuses.append(mitigation_statuses_item)

    if isinstance(json_mitigation_statuses, list) and json_mitigation_statuses:
        params["mitigationStatuses"] = ",".join(str(item) for item in json_mitigation_statuses)

    json_classifications: list[str] | Unset = UNSET
    if not isinstance(classifications, Unset):
        json_classifications = classifications

    if isinstance(json_classifications, list) and json_classifications:
        params["classifications"] = ",".join(str(item) for item in json_classifications)

    params["agentIsActive"] = agent_is_active

    params["resolved"] = resolved

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/web/api/v2.0/threats",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorResponse | ThreatListV20 | None:
    if response.status_code == 200:
        response_200 = ThreatListV20.from_dict(loads_json(response.content))

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
) -> Response[ApiErrorResponse | ThreatListV20]:
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
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ApiErrorResponse | ThreatListV20]:
    """List threats under the older API 2.0 prefix

     The listing as API 2.0 still serves it: the same threats and filters, each
    threat one flat object (`agentComputerName`, `classification`,
    `fileContentHash`, `rank`, `resolved`, `markedAsBenign`, `external_ticket_id`,
    ...) instead of the v2.1 sections. InsightConnect lists threats here on purpose,
    SentinelOne's SDK (`mgmtsdk_v2`) and XSOAR, FortiSOAR and IBM SOAR when set to
    version 2.0. API 2.0 has no incident status or verdict: `resolved` stands for an
    incident status of `resolved`. Its query takes the forms the v2.1 listing's
    `x-vendor-behaviour` describes (InsightConnect's `resolved=False` and zone-less
    dates were answered here).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        agent_is_active (bool | Unset):
        resolved (bool | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ThreatListV20]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        cursor=cursor,
        count_only=count_only,
        skip_count=skip_count,
        sort_by=sort_by,
        sort_order=sort_order,
        created_at_gt=created_at_gt,
        created_at_gte=created_at_gte,
        created_at_lt=created_at_lt,
        created_at_lte=created_at_lte,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        ids=ids,
        account_ids=account_ids,
        site_ids=site_ids,
        group_ids=group_ids,
        agent_ids=agent_ids,
        content_hashes=content_hashes,
        mitigation_statuses=mitigation_statuses,
        classifications=classifications,
        agent_is_active=agent_is_active,
        resolved=resolved,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ApiErrorResponse | ThreatListV20 | None:
    """List threats under the older API 2.0 prefix

     The listing as API 2.0 still serves it: the same threats and filters, each
    threat one flat object (`agentComputerName`, `classification`,
    `fileContentHash`, `rank`, `resolved`, `markedAsBenign`, `external_ticket_id`,
    ...) instead of the v2.1 sections. InsightConnect lists threats here on purpose,
    SentinelOne's SDK (`mgmtsdk_v2`) and XSOAR, FortiSOAR and IBM SOAR when set to
    version 2.0. API 2.0 has no incident status or verdict: `resolved` stands for an
    incident status of `resolved`. Its query takes the forms the v2.1 listing's
    `x-vendor-behaviour` describes (InsightConnect's `resolved=False` and zone-less
    dates were answered here).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        agent_is_active (bool | Unset):
        resolved (bool | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ThreatListV20
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        cursor=cursor,
        count_only=count_only,
        skip_count=skip_count,
        sort_by=sort_by,
        sort_order=sort_order,
        created_at_gt=created_at_gt,
        created_at_gte=created_at_gte,
        created_at_lt=created_at_lt,
        created_at_lte=created_at_lte,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        ids=ids,
        account_ids=account_ids,
        site_ids=site_ids,
        group_ids=group_ids,
        agent_ids=agent_ids,
        content_hashes=content_hashes,
        mitigation_statuses=mitigation_statuses,
        classifications=classifications,
        agent_is_active=agent_is_active,
        resolved=resolved,
        query=query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[ApiErrorResponse | ThreatListV20]:
    """List threats under the older API 2.0 prefix

     The listing as API 2.0 still serves it: the same threats and filters, each
    threat one flat object (`agentComputerName`, `classification`,
    `fileContentHash`, `rank`, `resolved`, `markedAsBenign`, `external_ticket_id`,
    ...) instead of the v2.1 sections. InsightConnect lists threats here on purpose,
    SentinelOne's SDK (`mgmtsdk_v2`) and XSOAR, FortiSOAR and IBM SOAR when set to
    version 2.0. API 2.0 has no incident status or verdict: `resolved` stands for an
    incident status of `resolved`. Its query takes the forms the v2.1 listing's
    `x-vendor-behaviour` describes (InsightConnect's `resolved=False` and zone-less
    dates were answered here).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        agent_is_active (bool | Unset):
        resolved (bool | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorResponse | ThreatListV20]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        cursor=cursor,
        count_only=count_only,
        skip_count=skip_count,
        sort_by=sort_by,
        sort_order=sort_order,
        created_at_gt=created_at_gt,
        created_at_gte=created_at_gte,
        created_at_lt=created_at_lt,
        created_at_lte=created_at_lte,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        ids=ids,
        account_ids=account_ids,
        site_ids=site_ids,
        group_ids=group_ids,
        agent_ids=agent_ids,
        content_hashes=content_hashes,
        mitigation_statuses=mitigation_statuses,
        classifications=classifications,
        agent_is_active=agent_is_active,
        resolved=resolved,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    count_only: bool | Unset = UNSET,
    skip_count: bool | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_gte: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_lte: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_gte: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_lte: datetime.datetime | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    account_ids: list[str] | Unset = UNSET,
    site_ids: list[str] | Unset = UNSET,
    group_ids: list[str] | Unset = UNSET,
    agent_ids: list[str] | Unset = UNSET,
    content_hashes: list[str] | Unset = UNSET,
    mitigation_statuses: list[MitigationStatus] | Unset = UNSET,
    classifications: list[str] | Unset = UNSET,
    agent_is_active: bool | Unset = UNSET,
    resolved: bool | Unset = UNSET,
    query: str | Unset = UNSET,
) -> ApiErrorResponse | ThreatListV20 | None:
    """List threats under the older API 2.0 prefix

     The listing as API 2.0 still serves it: the same threats and filters, each
    threat one flat object (`agentComputerName`, `classification`,
    `fileContentHash`, `rank`, `resolved`, `markedAsBenign`, `external_ticket_id`,
    ...) instead of the v2.1 sections. InsightConnect lists threats here on purpose,
    SentinelOne's SDK (`mgmtsdk_v2`) and XSOAR, FortiSOAR and IBM SOAR when set to
    version 2.0. API 2.0 has no incident status or verdict: `resolved` stands for an
    incident status of `resolved`. Its query takes the forms the v2.1 listing's
    `x-vendor-behaviour` describes (InsightConnect's `resolved=False` and zone-less
    dates were answered here).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):
        cursor (str | Unset):
        count_only (bool | Unset):
        skip_count (bool | Unset):
        sort_by (str | Unset):
        sort_order (SortOrder | Unset): Sort direction of a listing.
        created_at_gt (datetime.datetime | Unset):
        created_at_gte (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_lte (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_gte (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_lte (datetime.datetime | Unset):
        ids (list[str] | Unset):
        account_ids (list[str] | Unset):
        site_ids (list[str] | Unset):
        group_ids (list[str] | Unset):
        agent_ids (list[str] | Unset):
        content_hashes (list[str] | Unset):
        mitigation_statuses (list[MitigationStatus] | Unset):
        classifications (list[str] | Unset):
        agent_is_active (bool | Unset):
        resolved (bool | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorResponse | ThreatListV20
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            cursor=cursor,
            count_only=count_only,
            skip_count=skip_count,
            sort_by=sort_by,
            sort_order=sort_order,
            created_at_gt=created_at_gt,
            created_at_gte=created_at_gte,
            created_at_lt=created_at_lt,
            created_at_lte=created_at_lte,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            ids=ids,
            account_ids=account_ids,
            site_ids=site_ids,
            group_ids=group_ids,
            agent_ids=agent_ids,
            content_hashes=content_hashes,
            mitigation_statuses=mitigation_statuses,
            classifications=classifications,
            agent_is_active=agent_is_active,
            resolved=resolved,
            query=query,
        )
    ).parsed
