from enum import StrEnum


class MitigationActionStatus(StrEnum):
    FAILED = "failed"
    PARTIAL = "partial"
    PENDING = "pending"
    PENDING_REBOOT = "pending-reboot"
    SENT = "sent"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
