from enum import StrEnum


class AnalystVerdict(StrEnum):
    FALSE_POSITIVE = "false_positive"
    SUSPICIOUS = "suspicious"
    TRUE_POSITIVE = "true_positive"
    UNDEFINED = "undefined"

    def __str__(self) -> str:
        return str(self.value)
