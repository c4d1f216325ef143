"""Copying a SQLite book page by page, with SQLite's online backup API.

Kept apart from `backups` so that the database module can copy a book before a
migration without importing the backup folder's rules (and the audit trail they write).
"""

from __future__ import annotations

from pathlib import Path

from rmdesk.store.cipher import BookKey, connect


def backup_pages(
    source_path: Path,
    dest: Path | str,
    key: BookKey | None,
    *,
    self_contained: bool = False,
    read_only: bool = True,
) -> None:
    """SQLite's online backup API, from a book into `dest`, as one transaction; an
    encrypted book's copy is encrypted with its key. `self_contained` leaves the copy
    without -wal and -shm files. A live book is read on a normal connection (`read_only`
    False), which sees its write-ahead log."""
    uri = f"file:{source_path}?mode=ro" if read_only else f"file:{source_path}"
    source = connect(uri, key, uri=True)
    try:
        target = connect(dest, key, timeout=30)
        try:
            source.backup(target)
            if self_contained:
                target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
