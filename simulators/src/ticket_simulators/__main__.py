"""``python -m ticket_simulators`` is ``ticket-sim``."""

from .cli import main

raise SystemExit(main())
