"""How answers write date-times: the one thing the two SuperOffice profiles disagree on.

The document's samples write every date-time with an offset
(``2012-09-07T18:25:51.2209411+02:00``): the ``documented`` profile does so. Real
servers write them in the user's time zone without an offset (``2019-12-19T11:55:14``)
unless the request's ``SO-TimeZone`` header asks for ``includeTZOffset``; then UTC ones
end in ``Z``. That is the ``field`` profile, where the simulator's users are in UTC.

The simulator stores every date-time as ``YYYY-MM-DDTHH:MM:SS+00:00``; ``restyle``
rewrites the stored form of a TicketEntity member for an answer. Members are rewritten
by name only where they hold dates (``CreatedAt``, ``MonStart``, ...), so text a user
stores (a title, a custom field) is answered exactly as written.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from .departures import DOCUMENTED
from .schema import PROPERTIES

__all__ = ["DateStyle", "answer_style", "restyle"]

DateStyle = Literal["offset", "naive", "utc"]

_STORED = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})\+00:00")
# Members holding dates: the ticket's own, its messages' and its priority's hours.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DATE_KEYS = frozenset(
    [p.name for p in PROPERTIES if p.kind == "datetime"]
    + ["CreatedAt", "ChangedAt"]
    + [f"{day}{edge}" for day in _DAYS for edge in ("Start", "Stop")]
)
# Maps of values users write: answered as stored.
_FREE_MAPS = frozenset({"ExtraFields", "CustomFields"})


def answer_style(profile: str, time_zone: str | None) -> DateStyle:
    """How an answer writes date-times under ``profile`` for an ``SO-TimeZone`` value.

    The header is a time zone code, ``includeTZOffset``, or both comma-separated; the
    simulator's users are in UTC, so only ``includeTZOffset`` changes the answer.
    """
    if profile == DOCUMENTED:
        return "offset"
    tokens = {token.strip().lower() for token in (time_zone or "").split(",")}
    return "utc" if "includetzoffset" in tokens else "naive"


def restyle(name: str, value: Any, style: DateStyle) -> Any:
    """TicketEntity member ``name`` holding ``value``, its date-times written in ``style``.

    The result shares nothing it changed with ``value``; ``value`` itself is returned
    when nothing changes.
    """
    if style == "offset" or name in _FREE_MAPS:
        return value
    return _restyle(value, name, style)


def _restyle(value: Any, key: str, style: DateStyle) -> Any:
    if isinstance(value, str):
        if key not in _DATE_KEYS:
            return value
        match = _STORED.fullmatch(value)
        if match is None:
            return value
        return match[1] if style == "naive" else match[1] + "Z"
    if isinstance(value, dict):
        return {k: _restyle(v, k, style) for k, v in value.items()}
    if isinstance(value, list):
        return [_restyle(item, key, style) for item in value]
    return value
