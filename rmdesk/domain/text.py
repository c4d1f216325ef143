"""Text a user can type: no control characters, on either database.

SQLite stores a NUL or a bell character without a word; PostgreSQL refuses a NUL with a
database error. Both are refused here, before any database sees them, with the field
named (tab and line breaks are text, not control characters).
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterator

CONTROL_CHARACTERS = "control_characters"  # the problem code beside the field

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def _texts(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _texts(item, f"{path}.{i}")
    elif isinstance(value, (set, frozenset)):
        for item in value:
            yield from _texts(item, path)


def control_character_problems(record: object) -> dict[str, str]:
    """Each text field of a record (nested records and lists included) that holds a
    control character, by its path ("name", "phones.0.number", "people.1.name")."""
    return {
        path: CONTROL_CHARACTERS
        for path, text in _texts(record, "")
        if has_control_characters(text)
    }
