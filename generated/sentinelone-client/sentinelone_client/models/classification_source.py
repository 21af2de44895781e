from enum import StrEnum


class ClassificationSource(StrEnum):
    BEHAVIORAL = "Behavioral"
    CLOUD = "Cloud"
    ENGINE = "Engine"
    STATIC = "Static"

    def __str__(self) -> str:
        return str(self.value)
