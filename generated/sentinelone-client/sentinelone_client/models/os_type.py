from enum import StrEnum


class OsType(StrEnum):
    LINUX = "linux"
    MACOS = "macos"
    WINDOWS = "windows"
    WINDOWS_LEGACY = "windows_legacy"

    def __str__(self) -> str:
        return str(self.value)
