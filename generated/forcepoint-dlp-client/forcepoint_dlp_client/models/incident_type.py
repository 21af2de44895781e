from enum import StrEnum


class IncidentType(StrEnum):
    DISCOVERY = "DISCOVERY"
    INCIDENTS = "INCIDENTS"

    def __str__(self) -> str:
        return str(self.value)
