"""``python -m ticket_bindings_specs``: the ``ticket-specs`` command."""

from .cli import main

raise SystemExit(main())
