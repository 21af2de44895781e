"""The shared JSON reader refuses what no stored value could carry back, and only that."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ticket_simulators._core import json_text, strict_json_loads
from ticket_simulators._core.handlers import MAX_JSON_DEPTH


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (nested(MAX_JSON_DEPTH), json.loads(nested(MAX_JSON_DEPTH))),
        ('{"a": "' + "[" * 200 + '"}', {"a": "[" * 200}),  # brackets inside a string
        (r'"\ud83d\ude00"', "\U0001f600"),  # an escaped surrogate pair is one character
        (r'"\uffff\u0000"', "\uffff\x00"),
        ("1e-400", 0.0),
        ("1e308", 1e308),
        (str(2**64), 2**64),
        (b"\xef\xbb\xbf{}", {}),  # a UTF-8 byte-order mark, as the standard reader allows
        ("\U0001f600".encode().join([b'"', b'"']), "\U0001f600"),
    ],
)
def test_valid_json_is_read(raw: str | bytes, expected: Any) -> None:
    value = strict_json_loads(raw)
    assert value == expected
    json_text(value).encode()  # and it can be written back


@pytest.mark.parametrize(
    "raw",
    [
        nested(MAX_JSON_DEPTH + 1),
        nested(100_000),
        '{"a":' * 5000 + "1" + "}" * 5000,
        r'"\ud800"',
        r'"x\udfffy"',
        r'"\udc00\ud800"',
        r'{"\ud800": 1}',
        r'[[{"deep": ["\udbff"]}]]',
        b'"\xed\xa0\x80"',  # a surrogate encoded as UTF-8
        b'"\xc0\xaf"',
        b'"\x80"',
        "1e400",
        "-1e400",
        "NaN",
        "Infinity",
        "9" * 5000,
        "\ufeff{}",
    ],
)
def test_json_no_answer_could_carry_back_is_refused(raw: str | bytes) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (each vendor words its own answer)
        strict_json_loads(raw)
