from enum import StrEnum


class CatalogType(StrEnum):
    AGENT = "agent"
    TEMPLATE = "template"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
