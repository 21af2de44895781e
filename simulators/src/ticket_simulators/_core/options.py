"""Reading a control-API body that names keyword options."""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

__all__ = ["keyword_options"]


def keyword_options(body: object, allowed: Set[str]) -> Mapping[str, Any]:
    """``body`` as keyword options: a JSON object naming only ``allowed`` keys.

    ValueError says what is wrong: not an object, or which keys are unknown.
    """
    if not isinstance(body, Mapping):
        raise ValueError("body must be a JSON object")
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(unknown)}")
    return body
