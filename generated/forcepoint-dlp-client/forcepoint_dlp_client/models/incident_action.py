from enum import StrEnum


class IncidentAction(StrEnum):
    AUDITED = "AUDITED"
    BLOCKED = "BLOCKED"
    ENCRYPTED = "ENCRYPTED"
    ESG_ACTION = "ESG_ACTION"
    QUARANTINED = "QUARANTINED"
    QUARANTINE_WITH_NOTE = "QUARANTINE_WITH_NOTE"
    RELEASED = "RELEASED"
    UNSHARE_ALL = "UNSHARE_ALL"
    UNSHARE_EXTERNAL = "UNSHARE_EXTERNAL"
    UNSHARE_INTERNAL = "UNSHARE_INTERNAL"

    def __str__(self) -> str:
        return str(self.value)
