from enum import StrEnum


class IncidentUpdateOutcome(StrEnum):
    ALREADY_SET = "already_set"
    CONDITIONS_NOT_MET = "conditions_not_met"
    MISSING_PERMISSIONS = "missing_permissions"
    NOT_CHANGED = "not_changed"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
