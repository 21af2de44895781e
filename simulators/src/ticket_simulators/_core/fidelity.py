"""How closely a simulator keeps to the vendor's documents: field behaviour or strict.

Real vendors depart from their documents, and integrations written against the real
servers rely on those departures. By default a simulator behaves as the real vendor
does, departures included. In strict mode it accepts only what the documents describe,
so a user can check that their own client sends the documented form.

Each vendor registers its departures (id -> one-line summary) and, where the documents
and the field disagree and both behaviours are plausible, named profiles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .runtime import ControlError

__all__ = ["Fidelity"]


class Fidelity:
    """The mode of one simulator: strict or not, and its active profile.

    ``departures`` maps each departure id the vendor's code checks to a summary;
    ``profiles`` lists the vendor's profiles, the field's default first;
    ``documented`` is the profile the documents describe, which strict mode uses when
    no profile is named. ``reset()`` goes back to the mode given here.
    """

    def __init__(
        self,
        departures: Mapping[str, str],
        profiles: Sequence[str],
        documented: str,
        *,
        strict: bool = False,
        profile: str | None = None,
    ) -> None:
        """Set the starting mode; an unknown profile is a ``ControlError``."""
        if not profiles or documented not in profiles:
            raise ValueError("profiles must be non-empty and include the documented one")
        self.departures: Mapping[str, str] = dict(departures)
        self.profiles: tuple[str, ...] = tuple(profiles)
        self.documented = documented
        self.strict = False
        self.profile = self.profiles[0]
        self.set(strict=strict, profile=profile)
        self._initial = (self.strict, self.profile)

    def allows(self, departure: str) -> bool:
        """Whether a request may rely on ``departure``: always, unless in strict mode."""
        if departure not in self.departures:
            # A typo here would silently make strict mode accept an undocumented form.
            raise KeyError(f"unregistered departure {departure!r}")
        return not self.strict

    def set(self, *, strict: bool | None = None, profile: str | None = None) -> None:
        """Change the mode; strict mode without a profile selects the documented one."""
        if profile is not None and profile not in self.profiles:
            raise ControlError(
                f"unknown profile {profile!r}; this simulator has {', '.join(self.profiles)}"
            )
        if strict is not None:
            self.strict = strict
            if profile is None:
                profile = self.documented if strict else self.profiles[0]
        if profile is not None:
            self.profile = profile

    def begin(
        self, *, strict: bool | None = None, profile: str | None = None
    ) -> Callable[[], None]:
        """Set the mode and make ``reset()`` return to it; the function returned undoes both.

        The pytest fixtures use it so that a test's own reset keeps its marker's mode.
        """
        previous = self._initial
        self.set(strict=strict, profile=profile)
        self._initial = (self.strict, self.profile)

        def undo() -> None:
            self._initial = previous
            self.reset()

        return undo

    def reset(self) -> None:
        """Back to the mode the simulator was started in."""
        self.strict, self.profile = self._initial

    def to_json(self) -> dict[str, Any]:
        """The mode as the control API shows it."""
        return {
            "strict": self.strict,
            "profile": self.profile,
            "profiles": list(self.profiles),
            "documented_profile": self.documented,
            "departures": dict(self.departures),
        }

    def update_from_json(self, body: Any) -> None:
        """Apply a control-API body ``{"strict": bool, "profile": str}`` (both optional)."""
        if not isinstance(body, dict) or not set(body) <= {"strict", "profile"}:
            raise ControlError('body must be {"strict": true|false, "profile": "<name>"}')
        strict = body.get("strict")
        profile = body.get("profile")
        if strict is not None and not isinstance(strict, bool):
            raise ControlError("strict must be true or false")
        if profile is not None and not isinstance(profile, str):
            raise ControlError("profile must be a string")
        self.set(strict=strict, profile=profile)
