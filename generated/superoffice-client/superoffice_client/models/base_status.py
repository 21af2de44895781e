from enum import StrEnum


class BaseStatus(StrEnum):
    ACTIVE = "Active"
    CLOSED = "Closed"
    DELETED = "Deleted"
    MERGED = "Merged"
    POSTPONED = "Postponed"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
