from enum import StrEnum


class IncidentStatusCode(StrEnum):
    CLOSE = "CLOSE"
    ESCALATED = "ESCALATED"
    FALSE_POSITIVE = "FALSE_POSITIVE"
    IN_PROCESS = "IN_PROCESS"
    NEW = "NEW"

    def __str__(self) -> str:
        return str(self.value)
