from enum import StrEnum


class TokenType(StrEnum):
    JWT = "JWT"

    def __str__(self) -> str:
        return str(self.value)
