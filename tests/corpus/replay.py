"""The corpus of calls that public integrations make, and how to replay one over a socket.

Each vendor has ``tests/corpus/<vendor>.yaml`` (``<vendor>`` is the registry's Python
name, e.g. ``forcepoint_dlp``) and ``tests/corpus/<vendor>_context.py``, whose
``context(server)`` returns the placeholder values (``${api_token}``, ``${threat_id}``,
...) that the calls need, minted from the served simulator.

The YAML file describes, in our own words, what each integration sends and reads::

    vendor: sentinelone
    integrations:
      <integration id>:
        repository: owner/name          # public repository
        paths: [path/in/repo.py]        # where the calls are built
        kind: SOAR integration          # connector, sync script, SDK wrapper, ...
        summary: what it is and does
    calls:
      - id: <unique call id>
        integration: <integration id>
        source: path/in/repo.py (function or command name)
        summary: what the call is for, in our words
        request:
          method: GET
          path: /web/api/v2.1/threats   # placeholders allowed
          query: "ids=${threat_id}&limit=10"  # raw, exactly as the integration encodes it
          headers: {Authorization: "ApiToken ${api_token}"}
          json: {...}                   # a body the integration serialises as JSON, or
          text: "..."                   # a raw body, sent as it is
        expect:
          status: 200                   # what the real vendor answers
          reads: [data[].id, pagination.nextCursor]  # fields the integration reads
        vendor_answer: what the real server answers, where code or fixtures show it
        departures: [sentinelone/...]   # departures from the documents the call relies on
        strict:                         # the answer under --strict, required with departures
          status: 400
          absent: [data[].someField]    # response-side departures: left out under --strict
        profile: guide                  # optional: replay under this profile
        read_only: true                 # optional: a non-GET call that changes nothing

A read path is dot-separated keys; ``name[]`` steps into every element of a list (which
must not be empty), and a number steps to one index. A path is read when every step
exists; the value may be null.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml
from ticket_simulators._core import ServedSimHandle
from ticket_simulators.vendors import VENDORS

HERE = Path(__file__).resolve().parent
_PLACEHOLDER = re.compile(r"\$\{(\w+)\}")


@dataclass(frozen=True)
class Integration:
    """A public integration the corpus draws calls from."""

    id: str
    repository: str
    paths: tuple[str, ...]
    kind: str
    summary: str


@dataclass(frozen=True)
class Call:
    """One recorded call: the request as the integration builds it, and what it expects."""

    vendor: str
    id: str
    integration: Integration
    source: str
    summary: str
    request: Mapping[str, Any]
    status: int
    reads: tuple[str, ...]
    departures: tuple[str, ...] = ()
    strict: Mapping[str, Any] | None = None
    profile: str | None = None
    read_only: bool = False
    vendor_answer: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """``vendor:id``, unique over the corpus."""
        return f"{self.vendor}:{self.id}"

    @property
    def is_read_only(self) -> bool:
        """Whether replaying the call changes nothing on the server."""
        return self.read_only or str(self.request["method"]).upper() in {"GET", "HEAD"}


def vendor_modules() -> list[str]:
    """The registry's vendors that have a corpus file, by Python name."""
    return [v.module for v in VENDORS.values() if (HERE / f"{v.module}.yaml").is_file()]


def load(vendor: str) -> tuple[dict[str, Integration], list[Call]]:
    """Integrations and calls of one vendor's corpus file."""
    raw = yaml.safe_load((HERE / f"{vendor}.yaml").read_text(encoding="utf-8"))
    if raw.get("vendor") != vendor:
        raise ValueError(f"{vendor}.yaml names vendor {raw.get('vendor')!r}")
    integrations = {
        key: Integration(
            id=key,
            repository=item["repository"],
            paths=tuple(item["paths"]),
            kind=item["kind"],
            summary=item["summary"],
        )
        for key, item in raw["integrations"].items()
    }
    calls = []
    known = {"id", "integration", "source", "summary", "request", "expect", "vendor_answer"}
    known |= {"departures", "strict", "profile", "read_only"}
    for item in raw["calls"]:
        unknown = set(item) - known
        if unknown:
            raise ValueError(f"{vendor}:{item.get('id')}: unknown keys {sorted(unknown)}")
        calls.append(
            Call(
                vendor=vendor,
                id=item["id"],
                integration=integrations[item["integration"]],
                source=item["source"],
                summary=item["summary"],
                request=item["request"],
                status=int(item["expect"]["status"]),
                reads=tuple(item["expect"].get("reads", ())),
                departures=tuple(item.get("departures", ())),
                strict=item.get("strict"),
                profile=item.get("profile"),
                read_only=bool(item.get("read_only", False)),
                vendor_answer=item.get("vendor_answer", ""),
            )
        )
    return integrations, calls


def all_calls() -> list[Call]:
    """Every call of every vendor's corpus."""
    return [call for vendor in vendor_modules() for call in load(vendor)[1]]


def context_for(vendor: str) -> Callable[[ServedSimHandle], dict[str, str]]:
    """The vendor's ``context(server)`` from ``tests/corpus/<vendor>_context.py``."""
    module = importlib.import_module(f"tests.corpus.{vendor}_context")
    function: Callable[[ServedSimHandle], dict[str, str]] = module.context
    return function


def fill(value: Any, values: Mapping[str, str]) -> Any:
    """``value`` with every ``${name}`` in its strings replaced; unknown names fail."""
    if isinstance(value, str):

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in values:
                raise KeyError(f"no value for placeholder ${{{name}}}")
            return values[name]

        return _PLACEHOLDER.sub(replace, value)
    if isinstance(value, list):
        return [fill(item, values) for item in value]
    if isinstance(value, dict):
        return {fill(k, values): fill(v, values) for k, v in value.items()}
    return value


def build(call: Call, base_url: str, values: Mapping[str, str]) -> httpx.Request:
    """The request exactly as the integration builds it, aimed at ``base_url``.

    The query string is sent as written (no re-encoding); a ``json`` body is serialised
    with Python's default separators, as ``requests``' ``json=`` does.
    """
    spec = fill(dict(call.request), values)
    unknown = set(spec) - {"method", "path", "query", "headers", "json", "text"}
    if unknown:
        raise ValueError(f"{call.key}: unknown request keys {sorted(unknown)}")
    url = base_url.rstrip("/") + spec["path"]
    if spec.get("query"):
        url += "?" + spec["query"]
    headers = {str(k): str(v) for k, v in (spec.get("headers") or {}).items()}
    content: bytes | None = None
    if "json" in spec:
        content = json.dumps(spec["json"]).encode()
    elif "text" in spec:
        content = str(spec["text"]).encode()
    return httpx.Request(spec["method"], httpx.URL(url), headers=headers, content=content)


def _steps(path: str) -> Iterator[tuple[str, bool]]:
    for part in path.split("."):
        if part.endswith("[]"):
            yield part[:-2], True
        else:
            yield part, False


def missing_reads(body: Any, paths: tuple[str, ...] | list[str]) -> list[str]:
    """The read paths that ``body`` does not carry (an empty list when all are there)."""
    return [path for path in paths if not _has(body, list(_steps(path)), path)]


def _has(value: Any, steps: list[tuple[str, bool]], path: str) -> bool:
    if not steps:
        return True
    (name, each), rest = steps[0], steps[1:]
    if name:
        if isinstance(value, list) and name.isdigit():
            if int(name) >= len(value):
                return False
            value = value[int(name)]
        elif isinstance(value, dict) and name in value:
            value = value[name]
        else:
            return False
    if each:
        if not isinstance(value, list) or not value:
            return False
        return all(_has(item, rest, path) for item in value)
    return _has(value, rest, path)


def replay(call: Call, server: ServedSimHandle, *, strict: bool = False) -> httpx.Response:
    """Send ``call`` over the server's socket in the mode asked for, and return the answer.

    The caller resets the server; this sets its mode (the call's profile, strict or not).
    """
    server.app.runtime.fidelity.set(strict=strict, profile=call.profile)
    values = context_for(call.vendor)(server)
    request = build(call, server.base_url, values)
    with httpx.Client(verify=server.verify, timeout=30) as client:
        return client.send(request)


def body_of(response: httpx.Response) -> Any:
    """The answer's JSON, or None when it has no JSON body."""
    try:
        return response.json()
    except ValueError:
        return None
