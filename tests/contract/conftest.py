"""Shared settings of the contract tests: example budgets and live-tenant switches."""

from __future__ import annotations

import os

# CI-sized by default; CONTRACT_EXAMPLES raises it for a longer run.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "25"))
STATEFUL_EXAMPLES = int(os.environ.get("CONTRACT_STATEFUL_EXAMPLES", str(max(5, EXAMPLES // 3))))
