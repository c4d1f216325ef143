"""Text a user can type: no control characters, on either database.

SQLite stores a NUL or a bell character without a word; PostgreSQL refuses a NUL with a
database error. Both are refused here, before any database sees them, with the field
named (tab and line breaks are text, not control characters).
"""

from __future__ import annotations

import dataclasses
import enum
import operator
import re
from collections.abc import Callable, Iterator

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


_Fields = Callable[[object], tuple[object, ...]]
_FIELDS: dict[type, _Fields | None] = {}


def _fields_of(kind: type) -> _Fields | None:
    """A function giving a record's field values as a tuple (None: not a record)."""
    if kind not in _FIELDS:
        names = (
            tuple(f.name for f in dataclasses.fields(kind))
            if dataclasses.is_dataclass(kind)
            else None
        )
        if names is None:
            _FIELDS[kind] = None
        elif len(names) == 1:
            get = operator.attrgetter(names[0])
            _FIELDS[kind] = lambda value: (get(value),)
        else:
            _FIELDS[kind] = operator.attrgetter(*names) if names else (lambda _value: ())
    return _FIELDS[kind]


# What the quick look does with a value of each type (found once per type).
_SKIP, _TEXT, _ITEMS, _RECORD = range(4)
_ACTIONS: dict[type, int] = {str: _TEXT, type(None): _SKIP, int: _SKIP, list: _ITEMS}


def _action(kind: type) -> int:
    if kind not in _ACTIONS:
        if issubclass(kind, enum.Enum):
            _ACTIONS[kind] = _SKIP
        elif issubclass(kind, str):
            _ACTIONS[kind] = _TEXT
        elif issubclass(kind, (list, tuple, set, frozenset)):
            _ACTIONS[kind] = _ITEMS
        elif _fields_of(kind) is not None:
            _ACTIONS[kind] = _RECORD
        else:
            _ACTIONS[kind] = _SKIP
    return _ACTIONS[kind]


def _any_control(value: object) -> bool:
    """Whether any text in the record holds a control character: the quick first look
    (no paths built, one search over all its text) that almost every record passes."""
    texts: list[str] = []
    stack = [value]
    actions = _ACTIONS
    while stack:
        item = stack.pop()
        kind = type(item)
        action = actions.get(kind)
        if action is None:
            action = _action(kind)
        if action == _TEXT:
            texts.append(item)  # type: ignore[arg-type]
        elif action == _ITEMS:
            stack.extend(item)  # type: ignore[arg-type]
        elif action == _RECORD:
            stack.extend(_FIELDS[kind](item))  # type: ignore[misc]
    return _CONTROL.search("".join(texts)) is not None


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
