"""Benchmark every layer against a baseline measured in the same run.

Usage (from the repository root)::

    python scripts/bench                 # the full run (several minutes)
    python scripts/bench --quick         # a smaller run, under a minute
    python scripts/bench --json out.json # also write the table as data
    python scripts/bench --only client,import

Each figure is measured in rounds that alternate between ours and the baseline, so a
noisy machine slows both alike; the table shows medians over the rounds and the ratio
ours / baseline as its median with the minimum and maximum over the rounds.

Sections: ``regen`` (scripts/regenerate.py against bare openapi-python-client runs),
``client`` (each vendor's recipe call through the generated client and overlay against
the same request with raw httpx), ``sim`` (simulators under uvicorn against Prism on each
recipe's request, loaded by wrk), ``bulk`` (10,000 Forcepoint incident updates through the
overlay's batching helper against raw httpx), ``contract`` (schemathesis cases per
second) and ``import`` (cold import of each generated package against ``import httpx``).

Per-vendor requests live in ``recipes/``, one module per vendor of the registry: the raw
request, the overlay call and the state both change, shared by the client and simulator
sections. Prism and wrk are found, never installed: when one is missing, its rows say so
and give the command that installs it.
"""
