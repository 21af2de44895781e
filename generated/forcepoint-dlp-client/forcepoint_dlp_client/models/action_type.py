from enum import StrEnum


class ActionType(StrEnum):
    ADD_COMMENT = "ADD_COMMENT"
    ASSIGN_TO = "ASSIGN_TO"
    FALSE_POSITIVE = "FALSE_POSITIVE"
    RELEASE = "RELEASE"
    SEVERITY = "SEVERITY"
    STATUS = "STATUS"
    TAG = "TAG"

    def __str__(self) -> str:
        return str(self.value)
