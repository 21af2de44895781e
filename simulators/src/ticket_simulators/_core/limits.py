"""The bounds a simulator keeps on what a client can make it hold or wait for."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Limits"]


@dataclass(frozen=True)
class Limits:
    """Sizes and timeouts that keep one simulator's memory and connections bounded.

    The defaults follow common front ends: nginx refuses a header line over 8 KiB, and
    Node and Kestrel a request head over 16-32 KiB, with status 431.
    """

    max_body_bytes: int = 1_048_576
    """Largest request body read, on vendor and control routes alike."""
    max_header_bytes: int = 8_192
    """Largest single header (name and value); a larger one is refused with 431."""
    max_head_bytes: int = 32_768
    """Largest request head (request line and every header); 431 beyond it."""
    head_timeout: float = 10.0
    """Seconds a client may take to send a whole request head (408, then close)."""
    body_timeout: float = 30.0
    """Seconds a client may take to send a whole declared body (408, then close)."""
    log_entries: int = 1000
    """Most requests the request log keeps."""
    log_bytes: int = 2_097_152
    """Most bytes the request log's entries may weigh together (oldest forgotten first)."""
    log_value_bytes: int = 1024
    """Longest header or query value kept in a log entry; longer ones are cut."""
    log_body_bytes: int = 8192
    """Longest request body kept in a log entry; a longer one is cut."""

    def __post_init__(self) -> None:
        """Refuse limits that cannot work."""
        for name, value in vars(self).items():
            if not value > 0:
                raise ValueError(f"{name} must be positive")
