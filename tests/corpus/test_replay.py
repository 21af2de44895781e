"""The corpus replay helpers: placeholders, request building and read paths."""

from __future__ import annotations

import json

import pytest

from .replay import Call, Integration, build, fill, missing_reads

INTEGRATION = Integration("i", "owner/repo", ("a.py",), "script", "a test integration")


def _call(**request: object) -> Call:
    return Call(
        vendor="v",
        id="c",
        integration=INTEGRATION,
        source="a.py",
        summary="s",
        request={"method": "POST", "path": "/x/${id}", **request},
        status=200,
        reads=(),
    )


def test_fill_replaces_placeholders_everywhere_and_refuses_unknown_ones() -> None:
    value = {"k${a}": ["${a}-${b}", 3, None], "n": {"m": "${b}"}}
    assert fill(value, {"a": "1", "b": "2"}) == {"k1": ["1-2", 3, None], "n": {"m": "2"}}
    with pytest.raises(KeyError, match="c"):
        fill("${c}", {"a": "1"})


def test_build_keeps_the_query_as_written_and_serialises_json_like_requests() -> None:
    call = _call(query="ids=1,2&flag=True&at=2024-01-02 03:04:05", json={"a": [1, True]})
    request = build(call, "http://sim:1/", {"id": "7"})
    assert request.url.raw_path == b"/x/7?ids=1,2&flag=True&at=2024-01-02%2003:04:05"
    assert request.content == json.dumps({"a": [1, True]}).encode()
    text = build(_call(text="a=b", headers={"Content-Type": "text/plain"}), "http://s", {"id": "1"})
    assert text.content == b"a=b"
    assert text.headers["content-type"] == "text/plain"
    with pytest.raises(ValueError, match="unknown request keys"):
        build(_call(form={"a": 1}), "http://s", {"id": "1"})


def test_read_paths_need_every_step_and_non_empty_lists() -> None:
    body = {"data": [{"id": 1, "info": {"name": None}}, {"id": 2, "info": {}}], "p": {"n": None}}
    assert missing_reads(body, ["data[].id", "p.n", "data.0.info.name"]) == []
    assert missing_reads(body, ["data[].info.name"]) == ["data[].info.name"]
    assert missing_reads(body, ["data.5.id", "q", "p.n.x"]) == ["data.5.id", "q", "p.n.x"]
    assert missing_reads({"data": []}, ["data[].id"]) == ["data[].id"]
    assert missing_reads(None, ["a"]) == ["a"]
