from enum import StrEnum


class MitigationStatus(StrEnum):
    MARKED_AS_BENIGN = "marked_as_benign"
    MITIGATED = "mitigated"
    NOT_MITIGATED = "not_mitigated"

    def __str__(self) -> str:
        return str(self.value)
