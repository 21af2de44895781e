"""The enabled policy names: a cheap authenticated read, as integrations check credentials."""

from __future__ import annotations

from typing import Unpack

from forcepoint_dlp_client import Client
from forcepoint_dlp_client.api.policies import list_enabled_policy_names as list_names_api
from forcepoint_dlp_client.models import EnabledPolicyNames, PolicyType

from .._flow import Bound, Call, CallOptions, Flow, async_form, sync_form
from ._errors import make_status_error

__all__ = ["aenabled_policy_names", "enabled_policy_names"]


def _names_flow(kind: PolicyType) -> Flow[list[str]]:
    response = yield Call.of(list_names_api._get_kwargs, list_names_api._build_response, type_=kind)
    parsed = response.parsed
    if response.status_code != 200 or not isinstance(parsed, EnabledPolicyNames):
        raise make_status_error(response)
    return list(parsed.enabled_policies)


def _enabled_policy_names(
    client: Client, kind: PolicyType | str = PolicyType.DLP, **call: Unpack[CallOptions]
) -> Bound[list[str]]:
    """Names of the enabled DLP (or DISCOVERY) policies.

    Not part of the incidents guide, but a read any Application administrator may do:
    integrations call it to check that their credentials work, and an
    ``AuthenticationFailed`` here means they do not.
    """
    return Bound(_names_flow(PolicyType(kind)), client, call)


enabled_policy_names = sync_form(_enabled_policy_names)
aenabled_policy_names = async_form(_enabled_policy_names)
