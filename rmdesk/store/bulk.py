"""Many rows into one table in one statement, through the database driver itself.

An import writes hundreds of thousands of search rows; SQLAlchemy's executemany builds
a parameter dictionary per row, which costs more than SQLite's own insert. Only plain
values go this way (text, numbers, booleans): dates keep SQLAlchemy's conversion.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator, Sequence
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


# Thresholds no count reaches: while they are set, nothing collects, neither Python on
# its own nor the GUI's collector (ui/common/collector.py compares the same counts).
_NEVER = (1 << 30, 1 << 30, 1 << 30)
_pause = threading.Lock()
_jobs = 0  # bulk jobs running, in any thread
_before = gc.get_threshold()  # the thresholds to give back when the last one ends


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector held off for a bulk job (reading a workbook, an
    import): each full collection walks every object alive, and such a job makes
    hundreds of thousands of them, so collections took a third of an import's time.
    Reference counting still frees what the job drops; cycles wait for the first
    collection after the last job running (in any thread) ends."""
    global _jobs, _before
    with _pause:
        if _jobs == 0:
            _before = gc.get_threshold()
            gc.set_threshold(*_NEVER)
        _jobs += 1
    try:
        yield
    finally:
        with _pause:
            _jobs -= 1
            if _jobs == 0:
                gc.set_threshold(*_before)
