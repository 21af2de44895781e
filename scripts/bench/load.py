"""Load generators: wrk (preferred) and a Python fallback, both reporting one ``Load``."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from .recipes import RawRequest
from .tools import Server

__all__ = ["Load", "parse_wrk", "run_python_load", "run_wrk"]


@dataclass
class Load:
    """What one load run measured."""

    rps: float
    p50_ms: float
    p99_ms: float
    bad: int
    total: int
    loader_cores: float
    server_cores: float


def _lua(request: RawRequest) -> str:
    lines = [f"wrk.method = {json.dumps(request.method)}"]
    lines.append(f"wrk.path = {json.dumps(request.path)}")
    if request.body:
        lines.append(f"wrk.body = {json.dumps(request.body)}")
    lines += [f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in request.headers.items()]
    return "\n".join(lines) + "\n"


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not match:
        raise ValueError(f"unreadable latency {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def run_wrk(
    wrk: str, server: Server, request: RawRequest, connections: int, seconds: float
) -> Load:
    """Load ``server`` with wrk; its own CPU time comes from wait4's resource usage."""
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as tmp:
        script = Path(tmp) / "request.lua"
        script.write_text(_lua(request), encoding="utf-8")
        out = Path(tmp) / "out.txt"
        threads = min(2, connections)
        cpu_before = server.cpu_seconds()
        with out.open("wb") as sink:
            proc = subprocess.Popen(
                [
                    wrk,
                    f"-t{threads}",
                    f"-c{connections}",
                    f"-d{round(seconds)}s",
                    "--latency",
                    "-s",
                    str(script),
                    server.url,
                ],
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        server_cpu = server.cpu_seconds() - cpu_before
        text = out.read_text()
    if proc.returncode:
        raise RuntimeError(f"wrk failed: {text}")
    rps, p50, p99, total, bad = parse_wrk(text)
    loader = usage.ru_utime + usage.ru_stime
    return Load(rps, p50, p99, bad, total, loader / seconds, server_cpu / seconds)


def parse_wrk(text: str) -> tuple[float, float, float, int, int]:
    """Requests/s, p50 and p99 (ms), requests, and failures from ``wrk --latency`` output.

    Failures are answers other than 2xx/3xx plus socket errors.
    """

    def find(pattern: str) -> str:
        match = re.search(pattern, text)
        if match is None:
            raise ValueError(f"wrk output lacks {pattern!r}:\n{text}")
        return match.group(1)

    rps = float(find(r"Requests/sec:\s+([\d.]+)"))
    p50 = _ms(find(r"\s50%\s+(\S+)"))
    p99 = _ms(find(r"\s99%\s+(\S+)"))
    total = int(find(r"(\d+) requests in"))
    bad_match = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    bad = int(bad_match.group(1)) if bad_match else 0
    if errors:
        bad += sum(int(g) for g in errors.groups())
    return rps, p50, p99, total, bad


def run_python_load(server: Server, request: RawRequest, connections: int, seconds: float) -> Load:
    """Fallback load generator (asyncio + httpx) for when wrk cannot be had."""
    latencies: list[float] = []
    bad = [0]

    async def worker(client: httpx.AsyncClient, stop: float) -> None:
        while time.perf_counter() < stop:
            start = time.perf_counter()
            response = await client.request(
                request.method, request.path, headers=request.headers, content=request.body or None
            )
            latencies.append((time.perf_counter() - start) * 1e3)
            if response.status_code >= 400:
                bad[0] += 1

    async def main() -> float:
        limits = httpx.Limits(max_connections=connections)
        async with httpx.AsyncClient(base_url=server.url, limits=limits) as client:
            start = time.perf_counter()
            stop = start + seconds
            await asyncio.gather(*(worker(client, stop) for _ in range(connections)))
            return time.perf_counter() - start

    cpu_server = server.cpu_seconds()
    cpu_self = time.process_time()
    wall = asyncio.run(main())
    loader = time.process_time() - cpu_self
    server_cpu = server.cpu_seconds() - cpu_server
    latencies.sort()
    return Load(
        len(latencies) / wall,
        latencies[len(latencies) // 2],
        latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        bad[0],
        len(latencies),
        loader / wall,
        server_cpu / wall,
    )
