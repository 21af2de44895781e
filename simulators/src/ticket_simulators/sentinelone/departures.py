"""SentinelOne: departures from its documents and its profiles (see ``_core.fidelity``)."""

from __future__ import annotations

__all__ = [
    "AUTH_SCHEME_CASE",
    "DEPARTURES",
    "DOCUMENTED_PROFILE",
    "FILTER_BOOL_AS_STRING",
    "FILTER_LIST_AS_STRING",
    "PROFILES",
    "QUERY_NAIVE_DATETIME",
    "QUERY_PYTHON_BOOL",
    "QUERY_REPEATED_KEYS",
    "RECORDED_500",
    "UNDOCUMENTED_FIELDS",
]

AUTH_SCHEME_CASE = "sentinelone/auth-scheme-case"
QUERY_PYTHON_BOOL = "sentinelone/query-python-bool"
QUERY_NAIVE_DATETIME = "sentinelone/query-naive-datetime"
QUERY_REPEATED_KEYS = "sentinelone/query-repeated-keys"
FILTER_LIST_AS_STRING = "sentinelone/filter-list-as-string"
FILTER_BOOL_AS_STRING = "sentinelone/filter-bool-as-string"
UNDOCUMENTED_FIELDS = "sentinelone/threat-undocumented-fields"

DEPARTURES: dict[str, str] = {
    AUTH_SCHEME_CASE: "the ApiToken scheme word in any letter case (`APIToken`, `apitoken`)",
    QUERY_PYTHON_BOOL: "query booleans written `True`/`False` (any case), not only `true`/`false`",
    QUERY_NAIVE_DATETIME: (
        "query date-times without a zone (read as UTC) and with a space before the time"
    ),
    QUERY_REPEATED_KEYS: "a list query filter repeated (`ids=1&ids=2`), not only comma-joined",
    FILTER_LIST_AS_STRING: (
        "a list field of an update's filter sent as one string, bare or comma-joined"
    ),
    FILTER_BOOL_AS_STRING: 'a boolean field of an update\'s filter sent as `"true"`/`"false"`',
    UNDOCUMENTED_FIELDS: (
        "threats carry fields the documents do not list (file, scan and agent details)"
    ),
}

# The external-ticket-id document's one recorded answer is a 500 whose body still says
# `{"data": {"affected": 0}}`; the vendor's schema and every integration expect 200.
RECORDED_500 = "recorded-500"

PROFILES: tuple[str, ...] = ("default", RECORDED_500)

# The vendor's own schema declares 200 for a successful update; the 500 is one recording.
DOCUMENTED_PROFILE = "default"
