"""Text a user can type: no control characters, on either database.

SQLite stores a NUL or a bell character without a word; PostgreSQL refuses a NUL with a
database error. Both are refused here, before any database sees them, with the field
named (tab and line breaks are text, not control characters).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
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


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _any_control(value: object) -> bool:
    """Whether any text in the record holds a control character: the quick first look
    (no paths built) that almost every record passes."""
    if isinstance(value, str):
        return _CONTROL.search(value) is not None
    if isinstance(value, enum.Enum) or value is None:
        return False
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(_any_control(getattr(value, n)) for n in _field_names(type(value)))
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_any_control(item) for item in value)
    return False


def control_character_problems(record: object) -> dict[str, str]:
    """Each text field of a record (nested records and lists included) that holds a
    control character, by its path ("name", "phones.0.number", "people.1.name")."""
    if not _any_control(record):
        return {}
    return {
        path: CONTROL_CHARACTERS
        for path, text in _texts(record, "")
        if has_control_characters(text)
    }
