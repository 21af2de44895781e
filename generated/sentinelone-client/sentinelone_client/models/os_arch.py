from enum import StrEnum


class OsArch(StrEnum):
    ARM64 = "ARM64"
    BIT_32 = "32 bit"
    BIT_64 = "64 bit"

    def __str__(self) -> str:
        return str(self.value)
