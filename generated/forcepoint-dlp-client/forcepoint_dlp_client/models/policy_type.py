from enum import StrEnum


class PolicyType(StrEnum):
    DISCOVERY = "DISCOVERY"
    DLP = "DLP"

    def __str__(self) -> str:
        return str(self.value)
