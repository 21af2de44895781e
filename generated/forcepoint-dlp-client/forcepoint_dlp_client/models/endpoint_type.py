from enum import StrEnum


class EndpointType(StrEnum):
    DESKTOP = "DESKTOP"
    LAPTOP = "LAPTOP"
    NA = "NA"

    def __str__(self) -> str:
        return str(self.value)
