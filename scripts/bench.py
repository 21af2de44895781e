#!/usr/bin/env python3
"""Benchmark every layer against a baseline measured in the same run.

Usage::

    python scripts/bench.py                 # the full run (several minutes)
    python scripts/bench.py --quick         # a smaller run, under a minute
    python scripts/bench.py --json out.json # also write the table as data
    python scripts/bench.py --only client,import

Each figure is measured in rounds that alternate between ours and the baseline, so a
noisy machine slows both alike; the table shows medians over the rounds and the ratio
ours / baseline as its median with the minimum and maximum over the rounds.

Sections: ``regen`` (scripts/regenerate.py against bare openapi-python-client runs),
``client`` (an update through the generated client and overlay against raw httpx),
``sim`` (simulators under uvicorn against Prism, loaded by wrk), ``bulk`` (10,000
Forcepoint incident updates through the overlay's batching helper against raw httpx),
``contract`` (schemathesis cases per second) and ``import`` (cold import of each
generated package against ``import httpx``).

Prism and wrk are needed only here: Prism is installed with npm into
``.bench-tools/`` (gitignored) and wrk with apt-get when missing; when one cannot be had,
its rows say why (a Python load generator, clearly labelled, replaces wrk).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
TOOLS = ROOT / ".bench-tools"
REGENERATE = ROOT / "scripts" / "regenerate.py"
PYTHON = sys.executable

SECTIONS = ("regen", "client", "sim", "bulk", "contract", "import")

# vendor key -> (spec file, project folder, package)
VENDORS: dict[str, tuple[str, str, str]] = {
    "rezolve": ("rezolve.yaml", "rezolve-client", "rezolve_client"),
    "sentinelone": ("sentinelone.yaml", "sentinelone-client", "sentinelone_client"),
    "superoffice": ("superoffice.yaml", "superoffice-client", "superoffice_client"),
    "forcepoint-dlp": ("forcepoint_dlp.yaml", "forcepoint-dlp-client", "forcepoint_dlp_client"),
}


# --------------------------------------------------------------------------- results


@dataclass
class Row:
    """One line of the table."""

    figure: str
    ours: float | None
    baseline: float | None
    unit: str
    ratios: list[float] = field(default_factory=list)
    goal: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Median of the per-round ratios ours / baseline."""
        return statistics.median(self.ratios) if self.ratios else None

    def as_data(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        data = asdict(self)
        data["ratio"] = self.ratio
        data["ratio_min"] = min(self.ratios) if self.ratios else None
        data["ratio_max"] = max(self.ratios) if self.ratios else None
        return data


def median(values: Sequence[float]) -> float:
    """Median of ``values``."""
    return statistics.median(values)


def paired(
    ours: Callable[[], float],
    baseline: Callable[[], float],
    rounds: int,
) -> tuple[list[float], list[float], list[float]]:
    """Measure both ``rounds`` times, alternating which goes first; per-round ratios."""
    mine: list[float] = []
    theirs: list[float] = []
    for n in range(rounds):
        if n % 2:
            b = baseline()
            a = ours()
        else:
            a = ours()
            b = baseline()
        mine.append(a)
        theirs.append(b)
    return mine, theirs, [a / b for a, b in zip(mine, theirs, strict=True)]


def fmt(value: float | None, unit: str) -> str:
    """A value with its unit, to a sensible precision."""
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "us":
        return f"{value:.0f} us"
    if unit == "req/s":
        return f"{value:.0f} req/s"
    if unit == "cases/s":
        return f"{value:.1f} cases/s"
    if unit == "cores":
        return f"{value:.2f} cores"
    return f"{value:.3g} {unit}".strip()


def table(rows: Sequence[Row]) -> str:
    """The rows as one plain-text table (also valid Markdown)."""
    header = ["figure", "ours", "baseline", "ratio (min-max)", "goal", "met"]
    lines = []
    for row in rows:
        ratio = "-"
        if row.ratios:
            ratio = f"{row.ratio:.2f} ({min(row.ratios):.2f}-{max(row.ratios):.2f})"
        met = {True: "yes", False: "NO", None: "-"}[row.met]
        figure = row.figure + (f" [{row.note}]" if row.note else "")
        lines.append(
            [figure, fmt(row.ours, row.unit), fmt(row.baseline, row.unit), ratio, row.goal, met]
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]

    def render(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [render(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [render(line) for line in lines]
    return "\n".join(out)


def skipped(figure: str, why: str) -> Row:
    """A row for a figure that could not be measured, saying why."""
    return Row(figure, None, None, "", note="not measured: " + " ".join(why.split()))


# --------------------------------------------------------------------------- 1 regen


def _bare_generate(key: str, outdir: Path) -> float:
    """Seconds for one bare ``openapi-python-client generate`` run (post hooks included)."""
    spec, project, package = VENDORS[key]
    config = yaml.safe_load((SPECS / "generator.yaml").read_text(encoding="utf-8")) or {}
    config["project_name_override"] = project
    config["package_name_override"] = package
    config_path = outdir / f"{key}.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    output = outdir / project
    shutil.rmtree(output, ignore_errors=True)
    command = [
        PYTHON,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(SPECS / spec),
        "--meta",
        "uv",
        "--config",
        str(config_path),
        "--output-path",
        str(output),
        "--custom-template-path",
        str(SPECS / "templates"),
        "--fail-on-warning",
    ]
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(PYTHON).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"bare generation of {key} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def _timed(command: Sequence[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed, proc.stdout


def bench_regen(quick: bool) -> list[Row]:
    """Full regeneration and the no-change run against the sum of bare generator runs."""
    rounds = 1 if quick else 3
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
        outdir = Path(tmp)

        def bare_sum() -> float:
            return sum(_bare_generate(key, outdir) for key in VENDORS)

        def full() -> float:
            # --check always regenerates every client (it never trusts the skip record).
            return _timed([PYTHON, str(REGENERATE), "--check"])[0]

        mine, theirs, ratios = paired(full, bare_sum, rounds)
        rows = [
            Row(
                f"regenerate all 4 clients ({cores} cores)",
                median(mine),
                median(theirs),
                "s",
                ratios,
                "<= 0.70x",
                median(ratios) <= 0.70,
                note="baseline: sum of bare generator runs",
            )
        ]
        # Prime the skip record, then time runs with nothing to do.
        _, out = _timed([PYTHON, str(REGENERATE)])
        nochange = []
        for _ in range(2 if quick else 7):
            elapsed, out = _timed([PYTHON, str(REGENERATE)])
            nochange.append(elapsed)
        said = out.count("skipped")
        base = median(theirs)
        rows.append(
            Row(
                "regenerate, no spec changed",
                median(nochange),
                base,
                "s",
                [t / base for t in nochange],
                "< 1 s",
                median(nochange) < 1.0,
                note=f"skipped {said} of {len(VENDORS)}",
            )
        )
        return rows


# --------------------------------------------------------------------------- 2 client


@dataclass
class Pair:
    """One update made two ways against one in-process simulator."""

    name: str
    ours: Callable[[], None]
    raw: Callable[[], None]
    close: Callable[[], None]


def _forcepoint_admin() -> Any:
    """The simulator's seeded Application administrator (username and password)."""
    from ticket_simulators.forcepoint_dlp import ACCOUNTS

    return next(a for a in ACCOUNTS if a.admin_type == "Application")


def _forcepoint_clients(base_url: str, transport: httpx.BaseTransport) -> tuple[Any, httpx.Client]:
    """The overlay's client and a raw client holding an access token, as the admin."""
    from ticket_overlays import forcepoint_dlp

    admin = _forcepoint_admin()
    overlay = forcepoint_dlp.connect(
        base_url, username=admin.username, password=admin.password, transport=transport
    )
    http = httpx.Client(transport=transport, base_url=base_url)
    tokens = http.post(
        "/dlp/rest/v1/auth/refresh-token",
        headers={"username": admin.username, "password": admin.password},
    ).json()
    http.headers.update(
        {"authorization": f"Bearer {tokens['access_token']}", "accept": "application/json"}
    )
    return overlay, http


def _client_pairs() -> list[Pair]:
    """Per API: the overlay's update and the same request with raw httpx."""
    from ticket_overlays import forcepoint_dlp, rezolve, sentinelone, superoffice
    from ticket_simulators._core import SimHandle, SyncASGITransport
    from ticket_simulators.vendors import VENDORS as SIMS

    pairs: list[Pair] = []

    def sim(name: str) -> tuple[SimHandle, SyncASGITransport]:
        vendor = SIMS[name]
        handle = SimHandle(vendor.create_app(), vendor.base_url)
        # One event-loop thread for every request of both clients.
        transport = SyncASGITransport(handle.app)
        transport.__enter__()
        return handle, transport

    # Rezolve: PATCH a ticket field under its etag (the new etag feeds the next call).
    handle, transport = sim("rezolve")
    tenant = handle.seed["tenants"][0]
    token = handle.mint_token()
    field_id = "459cf0c6-ae1c-4ba2-8116-3b8b38207528"
    rz = rezolve.connect(
        handle.base_url,
        token=token,
        tenant_id=tenant["id"],
        realm=tenant["realm"],
        transport=transport,
    )
    rz_etag = [str(rezolve.get_ticket(rz, "REQ-0509").etag)]
    rz_http = httpx.Client(
        transport=transport,
        base_url=handle.base_url,
        headers={
            "authorization": f"Bearer {token}",
            "x-tenantid": tenant["id"],
            "realmname": tenant["realm"],
            "accept": "application/json",
        },
    )

    def rz_ours() -> None:
        result = rezolve.update_ticket(
            rz, "REQ-0509", {field_id: "<p>bench</p>"}, etag=rz_etag[0], fetch_ticket=False
        )
        rz_etag[0] = result.etag

    def rz_raw() -> None:
        response = rz_http.patch(
            "/api/v2/ticketing/ticket/REQ-0509/update",
            params={"type": "agent", "module": "ticketing"},
            json={"etag": rz_etag[0], "ticketUpdate": {field_id: "<p>bench</p>"}},
        )
        response.raise_for_status()
        rz_etag[0] = response.json()["etag"]

    pairs.append(Pair("rezolve update_ticket", rz_ours, rz_raw, transport.close))

    # SuperOffice: one merge patch of a ticket's title.
    handle, transport = sim("superoffice")
    token = handle.mint_token()
    so = superoffice.connect(handle.base_url, token=token, transport=transport)
    so_http = httpx.Client(
        transport=transport,
        base_url=handle.base_url,
        headers={"authorization": f"Bearer {token}", "accept": "application/json"},
    )

    def so_ours() -> None:
        superoffice.patch_ticket(so, 900, {"Title": "bench"})

    def so_raw() -> None:
        response = so_http.patch(
            "/api/v1/Ticket/900",
            content=json.dumps({"Title": "bench"}),
            headers={"content-type": "application/merge-patch+json"},
        )
        response.raise_for_status()
        response.json()

    pairs.append(Pair("superoffice patch_ticket", so_ours, so_raw, transport.close))

    # SentinelOne: set the external ticket id of one threat.
    handle, transport = sim("sentinelone")
    token = next(t["token"] for t in handle.seed["tokens"] if t["write"] and not t["account_ids"])
    threat_id = str(handle.seed["threats"][0]["id"]) if "threats" in handle.seed else "1"
    s1 = sentinelone.connect(handle.base_url, token, transport=transport)
    s1_http = httpx.Client(
        transport=transport,
        base_url=handle.base_url,
        headers={"authorization": f"ApiToken {token}", "accept": "application/json"},
    )

    def s1_ours() -> None:
        sentinelone.set_external_ticket_id(s1, "INC-BENCH", ids=[threat_id])

    def s1_raw() -> None:
        response = s1_http.post(
            "/web/api/v2.1/threats/external-ticket-id",
            json={"filter": {"ids": [threat_id]}, "data": {"externalTicketId": "INC-BENCH"}},
        )
        response.raise_for_status()
        response.json()["data"]["affected"]

    pairs.append(Pair("sentinelone set_external_ticket_id", s1_ours, s1_raw, transport.close))

    # Forcepoint DLP: tag one incident (the overlay logs in once, before timing).
    handle, transport = sim("forcepoint-dlp")
    incident = next(i for i in handle.seed["incidents"] if i["type"] == "INCIDENTS")
    key = (incident["id"], incident["partition_index"])
    fp, fp_http = _forcepoint_clients(handle.base_url, transport)

    def fp_ours() -> None:
        forcepoint_dlp.update_incidents(fp, "TAG", value="bench", incident_keys=[key])

    def fp_raw() -> None:
        response = fp_http.post(
            "/dlp/rest/v1/incidents/update",
            json={
                "type": "INCIDENTS",
                "action_type": "TAG",
                "value": "bench",
                "scan_partitions": "NONE",
                "incident_keys": [{"incident_id": key[0], "partition_index": key[1]}],
            },
        )
        response.raise_for_status()

    pairs.append(Pair("forcepoint-dlp update_incidents", fp_ours, fp_raw, transport.close))
    return pairs


def _per_call(fn: Callable[[], None], calls: int) -> float:
    """Microseconds per call of ``fn`` over ``calls`` calls (no collection midway, as timeit)."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls * 1e6
    finally:
        gc.enable()


def bench_client(quick: bool) -> list[Row]:
    """One update through generated client + overlay against raw httpx, per API."""
    rounds, calls = (3, 40) if quick else (21, 200)
    rows = []
    for pair in _client_pairs():
        try:
            for _ in range(5 if quick else 20):  # warm both paths (imports, login, caches)
                pair.ours()
                pair.raw()
            mine, theirs, ratios = paired(
                lambda p=pair: _per_call(p.ours, calls),  # type: ignore[misc]
                lambda p=pair: _per_call(p.raw, calls),  # type: ignore[misc]
                rounds,
            )
        finally:
            pair.close()
        rows.append(
            Row(
                f"client: {pair.name}",
                median(mine),
                median(theirs),
                "us",
                ratios,
                "<= 1.15x",
                median(ratios) <= 1.15,
                note="in-process simulator",
            )
        )
    return rows


# --------------------------------------------------------------------------- 3 sim


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(port: int, deadline: float) -> bool:
    """Wait until something accepts connections on ``port``."""
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return True
        time.sleep(0.1)
    return False


@dataclass
class Server:
    """A benchmark server process on a loopback port."""

    name: str
    port: int
    proc: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        """Its base URL."""
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        """CPU time the process has used so far (user + system)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """Stop the process (only this one)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_simulator(vendor: str) -> Server:
    """``ticket-sim VENDOR`` on a free port (uvicorn, one process)."""
    port = free_port()
    proc = subprocess.Popen(
        [PYTHON, "-m", "ticket_simulators", vendor, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Server(f"{vendor} simulator", port, proc)
    if not wait_for_port(port, time.monotonic() + 60):
        server.stop()
        raise RuntimeError(f"the {vendor} simulator did not start")
    return server


def prism_binary() -> tuple[Path | None, str]:
    """Prism's launcher, installing it into .bench-tools/ with npm when needed."""
    binary = TOOLS / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary, ""
    npm = shutil.which("npm")
    if npm is None:
        return None, "npm not found"
    TOOLS.mkdir(exist_ok=True)
    proc = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS), "@stoplight/prism-cli"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode or not binary.exists():
        return None, "npm install @stoplight/prism-cli failed: " + proc.stderr.strip()[-200:]
    return binary, ""


def start_prism(binary: Path, spec: str) -> Server:
    """Prism in mock mode serving ``specs/<spec>`` on a free port, logging errors only."""
    port = free_port()
    proc = subprocess.Popen(
        [str(binary), "mock", str(SPECS / spec), "-p", str(port), "-h", "127.0.0.1", "-v", "error"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = Server(f"prism {spec}", port, proc)
    if not wait_for_port(port, time.monotonic() + 90):
        server.stop()
        raise RuntimeError(f"prism did not start for {spec}")
    return server


def wrk_binary() -> tuple[str | None, str]:
    """wrk, installed with apt-get when missing (the machine's Debian packages)."""
    found = shutil.which("wrk")
    if found:
        return found, ""
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        return None, "wrk not installed and apt-get not usable"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    proc = subprocess.run(
        [apt, "install", "-y", "-qq", "wrk"], capture_output=True, text=True, env=env, check=False
    )
    if proc.returncode:
        subprocess.run([apt, "update", "-qq"], capture_output=True, env=env, check=False)
        subprocess.run(
            [apt, "install", "-y", "-qq", "wrk"], capture_output=True, env=env, check=False
        )
    found = shutil.which("wrk")
    return (found, "") if found else (None, "apt-get install wrk failed")


@dataclass
class Request:
    """One HTTP request, replayed by the load generator."""

    method: str
    path: str
    headers: dict[str, str]
    body: str = ""


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


def _lua(request: Request) -> str:
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


def run_wrk(wrk: str, server: Server, request: Request, connections: int, seconds: float) -> Load:
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


def run_python_load(server: Server, request: Request, connections: int, seconds: float) -> Load:
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


def _control(url: str, method: str, path: str, body: Any = None) -> Any:
    response = httpx.request(method, url + path, json=body, timeout=30)
    response.raise_for_status()
    return response.json()


def _requests_for(vendor: str, url: str) -> tuple[str, Request]:
    """The operation each simulator is loaded with, and credentials it issued itself."""
    if vendor == "rezolve":
        # The update's etag rotates on every write, so a replayed update would be refused;
        # the read goes through the same token, tenant and realm checks.
        seed = _control(url, "GET", "/__sim__/seed")
        tenant = seed["tenants"][0]
        token = _control(url, "POST", "/__sim__/tokens", {})["token"]
        return "GET ticket", Request(
            "GET",
            "/api/v2/ticketing/ticket/REQ-0509?type=agent&module=ticketing",
            {
                "Authorization": f"Bearer {token}",
                "x-tenantid": tenant["id"],
                "realmname": tenant["realm"],
                "Accept": "application/json",
            },
        )
    if vendor == "superoffice":
        token = _control(url, "POST", "/__sim__/tokens", {})["token"]
        # JSON Patch: Prism 5 validates a merge patch against the JSON Patch schema (the
        # first media type of the request body) and refuses it.
        return "PATCH ticket (JSON Patch)", Request(
            "PATCH",
            "/api/v1/Ticket/900",
            {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json-patch+json",
                "Accept": "application/json",
            },
            json.dumps([{"op": "replace", "path": "/Title", "value": "bench"}]),
        )
    if vendor == "sentinelone":
        seed = _control(url, "GET", "/__sim__/seed")
        token = next(t["token"] for t in seed["tokens"] if t["write"] and not t["account_ids"])
        # A threat that exists, so the update selects it and really writes.
        threat = str(seed["threat_ids"][0])
        return "POST external-ticket-id", Request(
            "POST",
            "/web/api/v2.1/threats/external-ticket-id",
            {
                "Authorization": f"ApiToken {token}",
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
            json.dumps({"filter": {"ids": [threat]}, "data": {"externalTicketId": "INC-1"}}),
        )
    seed = _control(url, "GET", "/__sim__/seed")
    incident = next(i for i in seed["incidents"] if i["type"] == "INCIDENTS")
    token = _control(url, "POST", "/__sim__/tokens", {"kind": "access", "lifetime": 86400})
    return "POST incidents/update", Request(
        "POST",
        "/dlp/rest/v1/incidents/update",
        # No Accept: the documented 200 has no body, so Prism answers 406 to
        # "Accept: application/json".
        {"Authorization": f"Bearer {token['token']}", "Content-Type": "application/json"},
        json.dumps(
            {
                "type": "INCIDENTS",
                "action_type": "TAG",
                "value": "bench",
                "incident_keys": [
                    {"incident_id": incident["id"], "partition_index": incident["partition_index"]}
                ],
            }
        ),
    )


def bench_sim(quick: bool) -> list[Row]:
    """Each simulator under uvicorn against Prism on the same operation, loaded by wrk."""
    levels = (16,) if quick else (1, 16, 64)
    seconds = 1.0 if quick else 3.0
    rounds = 1 if quick else 3
    wrk, wrk_why = wrk_binary()
    loader_name = "wrk" if wrk else "python load generator (wrk unavailable: " + wrk_why + ")"
    prism, prism_why = prism_binary()
    rows: list[Row] = []
    loader_rows: list[tuple[float, float]] = []

    def warm(server: Server, request: Request) -> None:
        with httpx.Client(base_url=server.url) as client:
            for _ in range(5 if quick else 20):
                client.request(
                    request.method, request.path, headers=request.headers, content=request.body
                )

    def load(server: Server, request: Request, connections: int) -> Load:
        if wrk:
            return run_wrk(wrk, server, request, connections, seconds)
        return run_python_load(server, request, connections, seconds)

    def measure(vendor: str, sim: Server, started: Future[Server] | None) -> list[Row]:
        mock: Server | None = None
        mock_why = prism_why
        if started is not None:
            try:
                mock = started.result()
            except RuntimeError as error:
                mock_why = str(error)
        found: list[Row] = []
        operation, request = _requests_for(vendor, sim.url)
        # Warm both (first-request costs, JIT) before measuring.
        warm(sim, request)
        if mock is not None:
            warm(mock, request)
        for connections in levels:
            ours: list[Load] = []
            theirs: list[Load] = []
            for n in range(rounds):
                order = (
                    [(sim, ours), (mock, theirs)] if n % 2 == 0 else [(mock, theirs), (sim, ours)]
                )
                for server, sink in order:
                    if server is not None:
                        sink.append(load(server, request, connections))
            goal = connections == 16
            note = f"{operation}, {connections} conn"
            bad = sum(x.bad for x in ours)
            if bad:
                note += f", {bad} of {sum(x.total for x in ours)} simulator answers not 2xx"
            if theirs:
                prism_bad = sum(x.bad for x in theirs)
                if prism_bad:
                    note += f", {prism_bad} prism answers not 2xx"
            if connections == 16:
                loader_rows.extend((x.loader_cores, x.server_cores) for x in ours)
            if not theirs:
                found.append(
                    Row(
                        f"sim {vendor} req/s",
                        median([x.rps for x in ours]),
                        None,
                        "req/s",
                        goal=">= 2x prism" if goal else "",
                        note=note + f"; prism not measured: {mock_why}",
                    )
                )
                continue
            rps_ratios = [a.rps / b.rps for a, b in zip(ours, theirs, strict=True)]
            p99_ratios = [a.p99_ms / b.p99_ms for a, b in zip(ours, theirs, strict=True)]
            p50_ratios = [a.p50_ms / b.p50_ms for a, b in zip(ours, theirs, strict=True)]
            found.append(
                Row(
                    f"sim {vendor} req/s",
                    median([x.rps for x in ours]),
                    median([x.rps for x in theirs]),
                    "req/s",
                    rps_ratios,
                    ">= 2x prism" if goal else "",
                    median(rps_ratios) >= 2.0 if goal else None,
                    note=note,
                )
            )
            found.append(
                Row(
                    f"sim {vendor} p50",
                    median([x.p50_ms for x in ours]),
                    median([x.p50_ms for x in theirs]),
                    "ms",
                    p50_ratios,
                    note=f"{connections} conn",
                )
            )
            found.append(
                Row(
                    f"sim {vendor} p99",
                    median([x.p99_ms for x in ours]),
                    median([x.p99_ms for x in theirs]),
                    "ms",
                    p99_ratios,
                    "< 1x prism" if goal else "",
                    median(p99_ratios) < 1.0 if goal else None,
                    note=f"{connections} conn",
                )
            )
        return found

    # Start every server at once (Prism takes seconds to start); load them one at a time.
    with ThreadPoolExecutor(max_workers=8) as pool:
        sims = {v: pool.submit(start_simulator, v) for v in VENDORS}
        mocks = {
            v: pool.submit(start_prism, prism, spec)
            for v, (spec, _, _) in VENDORS.items()
            if prism is not None
        }
    try:
        for vendor in VENDORS:
            try:
                rows += measure(vendor, sims[vendor].result(), mocks.get(vendor))
            except (RuntimeError, ValueError, httpx.HTTPError) as error:
                rows.append(skipped(f"sim {vendor}", f"{type(error).__name__}: {error}"))
    finally:
        for future in [*sims.values(), *mocks.values()]:
            if future.exception() is None:
                future.result().stop()
    if loader_rows:
        loader = median([a for a, _ in loader_rows])
        served = median([b for _, b in loader_rows])
        rows.append(
            Row(
                "load generator CPU vs simulator CPU",
                loader,
                served,
                "cores",
                [a / b for a, b in loader_rows if b],
                "loader < server",
                loader < served,
                note=f"{loader_name}, 16 conn; {os.cpu_count()} cores in all",
            )
        )
    return rows


# --------------------------------------------------------------------------- 4 bulk


def bench_bulk(quick: bool) -> list[Row]:
    """10,000 incident updates through update_incidents against the same batches raw."""
    from ticket_overlays import forcepoint_dlp
    from ticket_simulators._core import SimHandle, SyncASGITransport
    from ticket_simulators.forcepoint_dlp import ForcepointDlpBackend
    from ticket_simulators.vendors import VENDORS as SIMS

    rounds = 3 if quick else 31  # a round is only ~50 ms: many of them, to tame the noise
    count = 10_000
    vendor = SIMS["forcepoint-dlp"]
    handle = SimHandle(vendor.create_app(), vendor.base_url)
    backend = handle.app.backend
    assert isinstance(backend, ForcepointDlpBackend)
    day = datetime(2023, 5, 1, tzinfo=UTC).replace(tzinfo=None)
    ids = backend.store.generate("INCIDENTS", count, day, day + timedelta(hours=20))
    partition = int(day.strftime("%Y%m%d"))
    keys: list[tuple[int, int]] = [(i, partition) for i in ids]
    with SyncASGITransport(handle.app) as transport:
        client, http = _forcepoint_clients(handle.base_url, transport)

        def batches() -> list[dict[str, Any]]:
            # What a raw-httpx caller writes: the same 1,000-key bodies, from the same keys.
            return [
                {
                    "type": "INCIDENTS",
                    "action_type": "TAG",
                    "value": "bulk",
                    "scan_partitions": "NONE",
                    "incident_keys": [
                        {"incident_id": i, "partition_index": p} for i, p in keys[n : n + 1000]
                    ],
                }
                for n in range(0, count, 1000)
            ]

        def run_ours() -> None:
            result = forcepoint_dlp.update_incidents(
                client, "TAG", value="bulk", incident_keys=keys
            )
            assert result.batches == 10
            assert not result.unprocessed_ids

        def run_raw() -> None:
            for body in batches():
                response = http.post("/dlp/rest/v1/incidents/update", json=body)
                response.raise_for_status()

        # Both timed as timeit does: no garbage collection midway.
        def ours() -> float:
            return _per_call(run_ours, 1) / 1e6

        def raw() -> float:
            return _per_call(run_raw, 1) / 1e6

        ours()
        raw()
        mine, theirs, ratios = paired(ours, raw, rounds)
    return [
        Row(
            "bulk: 10,000 Forcepoint incident updates",
            median(mine),
            median(theirs),
            "s",
            ratios,
            "<= 1.10x",
            median(ratios) <= 1.10,
            note="10 batches of 1,000, in-process simulator",
        )
    ]


# --------------------------------------------------------------------------- 5 contract


CONTRACT_MODULES = {
    "rezolve": ("test_rezolve_contract", "SimulatorAuth", ["400"]),
    "sentinelone": ("test_sentinelone_contract", "SimulatorAuth", ["400"]),
    "superoffice": ("test_superoffice_contract", "SimulatorAuth", ["400", "409", "412"]),
    "forcepoint-dlp": ("test_forcepoint_dlp_contract", "SimulatorLogin", ["400", "420", "422"]),
}


def _contract_rate(schema: Any, examples: int, reset: Callable[[], None]) -> tuple[float, int]:
    """Cases per second over every operation of ``schema`` (generation, call, checks)."""
    from hypothesis import HealthCheck, Phase, given, settings

    cases = [0]
    start = time.perf_counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        reset()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            cases[0] += 1
            with contextlib.suppress(Exception):  # a failed check still counts as a case
                case.call_and_validate()

        run()
    elapsed = time.perf_counter() - start
    return cases[0] / elapsed, cases[0]


def _contract_vendor(vendor: str, examples: int, rounds: int) -> Row:
    """One spec's cases per second over loopback, against the same run in-process."""
    import importlib

    from ticket_simulators._core import ServedSimHandle
    from ticket_simulators.vendors import VENDORS as SIMS

    schemas = importlib.import_module("tests.contract._schemas")
    module_name, provider_name, refused = CONTRACT_MODULES[vendor]
    spec = VENDORS[vendor][0]
    provider = getattr(importlib.import_module(f"tests.contract.{module_name}"), provider_name)
    app = SIMS[vendor].create_app()
    inproc = schemas.load_schema(spec, provider, app=app, valid_but_refused=refused)

    class OverLoopback:
        """The test suite's provider, minting from the served app's state."""

        def get(self, case: Any, ctx: Any) -> Any:
            return provider().get(case, SimpleNamespace(app=app))

        def set(self, case: Any, data: Any, ctx: Any) -> None:
            provider().set(case, data, SimpleNamespace(app=app))

    served = ServedSimHandle(app)
    try:
        loopback = schemas.load_schema(
            spec, OverLoopback, base_url=served.base_url, valid_but_refused=refused
        )
        reset = app.runtime.reset
        mine, theirs, ratios = paired(
            lambda: _contract_rate(loopback, examples, reset)[0],
            lambda: _contract_rate(inproc, examples, reset)[0],
            rounds,
        )
    finally:
        served.stop()
    return Row(
        f"contract: {vendor} cases/s over loopback",
        median(mine),
        median(theirs),
        "cases/s",
        ratios,
        note="baseline: the same cases in-process",
    )


def bench_contract(quick: bool) -> list[Row]:
    """schemathesis cases per second per spec, in-process and over loopback."""
    # The contract suite's schema loaders and auth providers are reused as they are.
    sys.path.insert(0, str(ROOT))
    examples, rounds = (2, 1) if quick else (20, 2)
    return [_contract_vendor(vendor, examples, rounds) for vendor in CONTRACT_MODULES]


# --------------------------------------------------------------------------- 6 import


def _import_seconds(module: str) -> float:
    code = (
        "import time\nstart = time.perf_counter()\n"
        f"import {module}\nprint(time.perf_counter() - start)\n"
    )
    proc = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    return float(proc.stdout.strip())


def bench_import(quick: bool) -> list[Row]:
    """Cold import (a fresh interpreter) of each generated package against httpx."""
    rounds = 1 if quick else 11
    rows = []
    for _, _, package in VENDORS.values():
        _import_seconds(package)  # compile the bytecode once
        mine, theirs, ratios = paired(
            lambda p=package: _import_seconds(p) * 1e3,  # type: ignore[misc]
            lambda: _import_seconds("httpx") * 1e3,
            rounds,
        )
        rows.append(
            Row(
                f"import {package}",
                median(mine),
                median(theirs),
                "ms",
                ratios,
                "<= 1.50x",
                median(ratios) <= 1.5,
                note="baseline: import httpx",
            )
        )
    return rows


# --------------------------------------------------------------------------- main


BENCHES: dict[str, Callable[[bool], list[Row]]] = {
    "regen": bench_regen,
    "client": bench_client,
    "sim": bench_sim,
    "bulk": bench_bulk,
    "contract": bench_contract,
    "import": bench_import,
}


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError):
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "memory": memory,
        "python": platform.python_version(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


@contextlib.contextmanager
def section(name: str) -> Iterator[None]:
    """Print progress to stderr, so stdout keeps only the table."""
    start = time.perf_counter()
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    yield
    print(f"[bench] {name} done in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a smaller run, under a minute")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the table here")
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections ({','.join(SECTIONS)})",
    )
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in BENCHES]
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        with section(name):
            try:
                rows += BENCHES[name](args.quick)
            except Exception as error:  # one broken section must not lose the others
                rows.append(skipped(name, f"{type(error).__name__}: {error}"[:300]))
    info = machine()
    print(
        f"{info['cores']} cores, {info['cpu']}, {info['memory']}, Python {info['python']}, "
        f"{info['date']}, {'quick' if args.quick else 'full'} run "
        f"in {time.perf_counter() - started:.0f} s"
    )
    print(table(rows))
    if args.json:
        data = {"machine": info, "quick": args.quick, "rows": [r.as_data() for r in rows]}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
