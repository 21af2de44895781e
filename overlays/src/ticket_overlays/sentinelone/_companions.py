"""Helpers over the companion endpoints: the verdict alone, and the console's version.

``set_verdict`` is how most integrations change a verdict (``threats/analyst-verdict``),
without touching the incident status; ``system_info`` is the credential and readiness
check sync scripts run first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from sentinelone_client import Client
from sentinelone_client.api.system import get_system_info as get_system_info_op
from sentinelone_client.api.threats import (
    update_threat_analyst_verdict as update_threat_analyst_verdict_op,
)
from sentinelone_client.models import (
    AnalystVerdict,
    AnalystVerdictData,
    AnalystVerdictRequest,
    SystemInfoResponse,
    SystemInfoResponseData,
    ThreatFilter,
)

from .._flow import Bound, Call, CallOptions, Flow, async_form, sync_form
from ._errors import make_status_error
from ._threats import FilterLike, affected_count, selection

__all__ = ["aset_verdict", "asystem_info", "set_verdict", "system_info"]


def _verdict_flow(verdict: AnalystVerdict, chosen: ThreatFilter) -> Flow[int]:
    body = AnalystVerdictRequest(filter_=chosen, data=AnalystVerdictData(analyst_verdict=verdict))
    response = yield Call.of(
        update_threat_analyst_verdict_op._get_kwargs,
        update_threat_analyst_verdict_op._build_response,
        body=body,
    )
    return affected_count(response)


def _set_verdict(
    client: Client,
    verdict: AnalystVerdict | str,
    *,
    ids: Iterable[str] | None = None,
    threat_filter: FilterLike | None = None,
    allow_all: bool = False,
    **call: Unpack[CallOptions],
) -> Bound[int]:
    """Set the analyst verdict of the selected threats, leaving their incident status.

    Returns how many threats changed (0 when each already had ``verdict``). Selection
    as in :func:`~ticket_overlays.sentinelone.set_external_ticket_id`.
    """
    chosen = selection(ids, threat_filter, allow_all=allow_all)
    return Bound(_verdict_flow(AnalystVerdict(verdict), chosen), client, call)


set_verdict = sync_form(_set_verdict)
aset_verdict = async_form(_set_verdict)


def _info_flow() -> Flow[SystemInfoResponseData]:
    response = yield Call.of(get_system_info_op._get_kwargs, get_system_info_op._build_response)
    if response.status_code == 200 and isinstance(response.parsed, SystemInfoResponse):
        return response.parsed.data
    raise make_status_error(response)


def _system_info(client: Client, **call: Unpack[CallOptions]) -> Bound[SystemInfoResponseData]:
    """The console's release and version; raises :class:`Unauthorized` for a bad token.

    A cheap way to check the URL and the token before real work.
    """
    return Bound(_info_flow(), client, call)


system_info = sync_form(_system_info)
asystem_info = async_form(_system_info)
