from enum import StrEnum


class SortBy(StrEnum):
    INSERT_DATE = "INSERT_DATE"

    def __str__(self) -> str:
        return str(self.value)
