"""Forcepoint DLP: departures from its documents and its profiles (see ``_core.fidelity``).

The two profiles differ where the guide and the servers in the field both have a case:
``field`` answers a query that finds nothing with 200 and zero counts, and an incident's
``violation_triggers`` as the policy rules and classifiers that matched (10.x answers);
``guide`` answers nothing found with the non-standard 420, and ``violation_triggers`` as
their number (the guide's example).
"""

from __future__ import annotations

__all__ = [
    "ACCESS_WITH_CREDENTIALS",
    "DEPARTURES",
    "DOCUMENTED_PROFILE",
    "FALSE_POSITIVE_NUMBER",
    "FIELD",
    "GUIDE",
    "HISTORY",
    "IDS_AS_STRINGS",
    "PROFILES",
    "TOKEN_LIFETIME_NAMES",
]

IDS_AS_STRINGS = "forcepoint-dlp/ids-as-strings"
ACCESS_WITH_CREDENTIALS = "forcepoint-dlp/access-token-with-credentials"
FALSE_POSITIVE_NUMBER = "forcepoint-dlp/false-positive-value-number"
TOKEN_LIFETIME_NAMES = "forcepoint-dlp/token-lifetime-names"  # noqa: S105 - an id
HISTORY = "forcepoint-dlp/incident-history"

DEPARTURES: dict[str, str] = {
    IDS_AS_STRINGS: "Get Incidents takes the incident ids in `ids` as strings of digits too",
    ACCESS_WITH_CREDENTIALS: (
        "auth/access-token also takes the username and password headers in place of a refresh token"
    ),
    FALSE_POSITIVE_NUMBER: "a FALSE_POSITIVE update takes its value 1 or 0 as a JSON number",
    TOKEN_LIFETIME_NAMES: (
        "token answers name the lifetimes access_token_expires_in and"
        " refresh_token_expires_in, not access_expires_in and refresh_expires_in"
    ),
    HISTORY: "incidents carry `history`, their workflow changes, newest first",
}

FIELD = "field"
GUIDE = "guide"
PROFILES: tuple[str, ...] = (FIELD, GUIDE)

DOCUMENTED_PROFILE = GUIDE
