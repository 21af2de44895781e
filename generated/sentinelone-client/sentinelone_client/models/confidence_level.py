from enum import StrEnum


class ConfidenceLevel(StrEnum):
    MALICIOUS = "malicious"
    NOT_AVAILABLE = "n/a"
    SUSPICIOUS = "suspicious"

    def __str__(self) -> str:
        return str(self.value)
