"""Command line entry point: ``ticket-sim VENDOR --port N [--tls]``."""

import sys


def main(argv: list[str] | None = None) -> int:
    """Serve a simulator (filled in with the first vendor)."""
    del argv
    print("no simulators yet", file=sys.stderr)
    return 2
