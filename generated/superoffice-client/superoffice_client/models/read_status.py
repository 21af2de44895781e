from enum import StrEnum


class ReadStatus(StrEnum):
    GREEN = "Green"
    RED = "Red"
    UNKNOWN = "Unknown"
    YELLOW = "Yellow"

    def __str__(self) -> str:
        return str(self.value)
