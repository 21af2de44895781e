from enum import StrEnum


class SecurityLevel(StrEnum):
    EXTERNAL = "External"
    INTERNAL = "Internal"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
