"""The overlays' loggers, and a switch in the environment to show them.

``TICKET_OVERLAYS_LOG`` set to ``debug``, ``info`` or ``warning`` (case does not
matter) gives the ``ticket_overlays`` logger that level and a stderr handler, when the
package is imported. Without it nothing is configured: the application's logging
decides, as for any library.

Loggers (see :data:`LOGGERS`): ``ticket_overlays.http`` writes one line per attempt of
every request (method, URL with secrets masked, status or error, elapsed time, attempt
number and the decision taken: done, retry in N s, give up, raise); at DEBUG for an
attempt that ends the call, INFO for one that is retried, WARNING when retries give up.
Credentials, tokens and secret query parameters never appear in a record.
"""

from __future__ import annotations

import logging
import os

__all__ = ["ENVIRONMENT_VARIABLE", "LOGGERS", "configure_from_environment"]

ENVIRONMENT_VARIABLE = "TICKET_OVERLAYS_LOG"

LOGGERS = {
    "ticket_overlays": "the parent of every logger below; TICKET_OVERLAYS_LOG sets its level",
    "ticket_overlays.http": "one line per attempt of every request, with the retry decision",
}
"""The documented logger names and what each one writes."""

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``TICKET_OVERLAYS_LOG`` adds (marked, so it is added once)."""


def configure_from_environment() -> None:
    """Apply ``TICKET_OVERLAYS_LOG``, if set to a known level; otherwise do nothing."""
    level = _LEVELS.get(os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("ticket_overlays")
    logger.setLevel(level)
    if not any(isinstance(h, _EnvironmentHandler) for h in logger.handlers):
        handler = _EnvironmentHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
