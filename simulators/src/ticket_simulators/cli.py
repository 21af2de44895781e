"""Command line entry point: ``ticket-sim VENDOR --port N [--host H] [--tls] [--seed S]
[--strict] [--profile NAME] [--control-token T]``.

``--control-token`` (or the ``TICKET_SIM_CONTROL_TOKEN`` environment variable) makes
every control-API request carry that token in ``X-Sim-Control-Token``; it is required
when ``--host`` is not a loopback address.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
from pathlib import Path
from types import FrameType

from ._core import serve
from ._core.serve import is_loopback
from .vendors import VENDORS

__all__ = ["CONTROL_TOKEN_ENV", "main"]

CONTROL_TOKEN_ENV = "TICKET_SIM_CONTROL_TOKEN"  # noqa: S105 (a variable name)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ticket-sim",
        description="Serve a stateful simulator of a vendor's ticket API.",
    )
    parser.add_argument("vendor", choices=sorted(VENDORS), help="which API to simulate")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    parser.add_argument("--port", type=int, required=True, help="port to bind; 0 picks one")
    parser.add_argument(
        "--tls", action="store_true", help="serve HTTPS with a certificate from a throwaway CA"
    )
    parser.add_argument(
        "--ca-file", type=Path, help="with --tls, write the CA certificate (PEM) here"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data (0)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="accept only what the vendor's documents describe (default: behave as the "
        "real vendor does, departures from the documents included)",
    )
    parser.add_argument(
        "--profile",
        help="where documents and field disagree, which behaviour to show "
        "(the vendor's PROFILES; default: the field's, or the documents' with --strict)",
    )
    parser.add_argument(
        "--control-token",
        default=os.environ.get(CONTROL_TOKEN_ENV) or None,
        help="require this token (header X-Sim-Control-Token) on the control API; needed "
        f"when --host is not loopback (default: ${CONTROL_TOKEN_ENV})",
    )
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn log level (warning)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Serve the chosen simulator until interrupted; print its URL once listening."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.ca_file is not None and not args.tls:
        parser.error("--ca-file needs --tls")
    if not is_loopback(args.host) and not args.control_token:
        parser.error(
            f"--host {args.host} is reachable from other machines: give --control-token "
            f"(or set {CONTROL_TOKEN_ENV}) so only its holders can steer the simulator"
        )
    vendor = VENDORS[args.vendor]
    if args.profile is not None and args.profile not in vendor.profiles:
        parser.error(f"{vendor.name} has the profiles {', '.join(vendor.profiles)}")
    app = vendor.create_app(seed=args.seed, strict=args.strict, profile=args.profile)
    app.runtime.control_token = args.control_token
    # uvicorn shuts down gracefully, then re-raises the signal that stopped it; treat
    # SIGTERM like Ctrl-C so both end with status 0.
    signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        serve(
            app,
            host=args.host,
            port=args.port,
            tls=args.tls,
            ca_file=args.ca_file,
            log_level=args.log_level,
        )
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    raise SystemExit(main())
