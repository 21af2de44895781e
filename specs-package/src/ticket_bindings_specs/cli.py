"""``ticket-specs``: print where a document or the schemathesis configuration is.

``ticket-specs path rezolve`` prints the path of Rezolve's OpenAPI document;
``ticket-specs config`` the shipped ``schemathesis.toml``; ``ticket-specs vendors`` the
vendor names. Made for shell substitution in ``st run`` command lines.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .documents import VENDORS, spec_path

__all__ = ["main"]

# The configuration sits in the contract subpackage; finding it needs no schemathesis.
CONFIG = Path(__file__).resolve().parent / "contract" / "schemathesis.toml"


def main(argv: list[str] | None = None) -> int:
    """Print the requested path; exit status 2 on bad arguments."""
    parser = argparse.ArgumentParser(
        prog="ticket-specs", description="Locate the vendors' OpenAPI documents."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    path = commands.add_parser("path", help="path of a vendor's OpenAPI document")
    path.add_argument("vendor", choices=sorted(VENDORS))
    commands.add_parser("config", help="path of the schemathesis.toml for `st run`")
    commands.add_parser("vendors", help="the vendor names")
    args = parser.parse_args(argv)
    if args.command == "path":
        print(spec_path(args.vendor))
    elif args.command == "config":
        print(CONFIG)
    else:
        print("\n".join(VENDORS))
    return 0
