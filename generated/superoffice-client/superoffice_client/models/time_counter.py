from enum import StrEnum


class TimeCounter(StrEnum):
    EXTERNALLY = "Externally"
    INTERNALLY = "Internally"
    NONE = "None"
    QUEUE = "Queue"

    def __str__(self) -> str:
        return str(self.value)
