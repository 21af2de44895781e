from enum import StrEnum


class FieldType(StrEnum):
    CHECKBOX = "checkbox"
    DATE = "date"
    DATETIME = "datetime"
    DROPDOWN = "dropdown"
    FILE = "file"
    MULTISELECT = "multiselect"
    NUMBER = "number"
    TEXT = "text"
    TEXTAREA = "textarea"

    def __str__(self) -> str:
        return str(self.value)
