"""Many rows into one table in one statement, through the database driver itself.

An import writes hundreds of thousands of search rows; SQLAlchemy's executemany builds
a parameter dictionary per row, which costs more than SQLite's own insert. Only plain
values go this way (text, numbers, booleans): dates keep SQLAlchemy's conversion.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[object, ...]]
) -> None:
    """INSERT these rows (one tuple of values per row, in `columns` order), in the
    caller's transaction."""
    if not rows:
        return
    mark = _MARKS[conn.dialect.paramstyle]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(mark for _c in columns)})"
    conn.exec_driver_sql(sql, list(rows))
