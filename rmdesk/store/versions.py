"""Optimistic locking: a save states the version of the record it was based on.

`claim` raises the stored version by one only if it still is that version. The UPDATE
comes first in the save's transaction, so it also holds the row (PostgreSQL) or the
book (SQLite) until commit: a second save of the same record, based on the same version,
waits for the first and then finds the version changed. Nothing is lost silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from rmdesk.domain.errors import EditConflict


def claim(session: Session, model: Any, key: Any, value: Any, based_on: int | None) -> bool:
    """Raise the version of the row where `key == value`; False when the row is gone or
    (with `based_on` given) someone else saved it since that version was read."""
    where = [key == value]
    if based_on is not None:
        where.append(model.version == based_on)
    result = session.execute(
        update(model)
        .where(*where)
        .values(version=model.version + 1)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]


def claim_or_conflict(
    session: Session,
    model: Any,
    key: Any,
    value: Any,
    based_on: int | None,
    what: str,
    mine: object,
    theirs: Callable[[], object | None],
) -> None:
    """`claim`, or raise EditConflict with what the book holds now (`theirs()`, read in
    the same transaction; None when the record is gone)."""
    if not claim(session, model, key, value, based_on):
        raise EditConflict(what, value, mine, theirs())
