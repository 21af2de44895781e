from enum import StrEnum


class ScanPartitions(StrEnum):
    ALL = "ALL"
    LAST_ACTIVE = "LAST_ACTIVE"
    NONE = "NONE"

    def __str__(self) -> str:
        return str(self.value)
