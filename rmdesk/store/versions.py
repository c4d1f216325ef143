"""Optimistic locking: a save states the version of the record it was based on.

`claim` raises the stored version by one only if it still is that version. The UPDATE
comes first in the save's transaction, so it also holds the row (PostgreSQL) or the
book (SQLite) until commit: a second save of the same record, based on the same version,
waits for the first and then finds the version changed. Nothing is lost silently.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session


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
