"""The embedded book's file, plain or encrypted with SQLCipher, and the one way to
connect to it.

An encrypted book's key is derived here from its passphrase, once per process, the way
SQLCipher 4 derives it (PBKDF2-HMAC-SHA512, 256,000 rounds, over the 16-byte salt the
file starts with) and then given to SQLCipher as raw key and salt: every connection the
book opens (readers, writers, backups) starts at once instead of deriving it again. The
standard `sqlcipher` shell opens the file with the passphrase alone.

Every copy of an encrypted book (backups, the copy before a migration) is encrypted
with the same key; converting a book or changing its passphrase writes a new file,
proves it by reading it back, and only then puts it in place of the old one.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

PLAIN_HEADER = b"SQLite format 3\x00"
KDF_ROUNDS = 256_000  # SQLCipher 4's default
SALT_BYTES = 16
KEYRING_SERVICE = "rmdesk book"  # the keyring's entry per book: user = the book's path


@dataclass(frozen=True, repr=False)
class BookKey:
    """A book's derived key and salt (never printed: repr shows neither)."""

    key: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "BookKey(…)"

    @property
    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.key.hex()}{self.salt.hex()}'\""


def derive(passphrase: str, salt: bytes | None = None) -> BookKey:
    """The key for a passphrase: with the salt of an existing book, or a new one."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32)
    return BookKey(key, salt)


def key_for(path: Path, passphrase: str) -> BookKey:
    """The key that opens the book at `path` if `passphrase` is its passphrase (a new
    salt for a book that does not exist yet)."""
    return derive(passphrase, file_salt(path))


def file_salt(path: Path) -> bytes | None:
    """An encrypted book's salt (its first bytes); None for a plain or missing book."""
    head = _head(path)
    return head[:SALT_BYTES] if head and head != PLAIN_HEADER else None


def is_encrypted(path: Path) -> bool:
    """Whether the file at `path` is not a plain SQLite database (an encrypted book, or
    something else: only its key can tell)."""
    head = _head(path)
    return bool(head) and head != PLAIN_HEADER


def could_be_encrypted(path: Path) -> bool:
    """Whether a file that is not plain SQLite may be an encrypted book: SQLCipher
    writes whole pages (a text file or a picture rarely fills them exactly)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 1024 and size % 1024 == 0


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(PLAIN_HEADER))
    except OSError:
        return b""


def new_secret() -> str:
    """A random passphrase for a book whose key the OS keyring keeps: its recovery key,
    which the user keeps too (domain/protection.py)."""
    from rmdesk.domain.protection import recovery_key

    return recovery_key(secrets.token_bytes(25))


def connect(target: str | Path, key: BookKey | None, **options: Any) -> sqlite3.Connection:
    """A connection to a book (`options` as sqlite3.connect takes them): the standard
    library's for a plain book, SQLCipher's, keyed, for an encrypted one. SQLCipher's
    connection has the standard library's interface; its errors are in driver_errors()."""
    if key is None:
        return sqlite3.connect(target, **options)
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), **options)
    # A wrong key is reported as an error to the caller, not logged on stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key.pragma)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongKey(str(target)) from exc
        raise
    return cast(sqlite3.Connection, conn)


class WrongKey(Exception):
    """The key does not open this file (or the file is no database at all)."""

    def __str__(self) -> str:
        return f"the key does not open {self.args[0]} (file is not a database)"


def driver_errors() -> tuple[type[Exception], ...]:
    """The exception classes a book connection may raise (SQLCipher's only once it is
    loaded: a plain book never loads it)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, WrongKey, cipher.Error) if cipher is not None else (sqlite3.Error,)


def cipher_module() -> Any:
    import sqlcipher3

    return sqlcipher3


def opens(path: Path, key: BookKey | None) -> bool:
    """Whether `key` (None: no key) reads the book's schema."""
    try:
        conn = connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except driver_errors():
        return False


def spelling_that_opens(path: Path, typed: str) -> str:
    """The passphrase typed, or the recovery key it spells in another way (small
    letters, no dashes) when that is what opens the book at `path`."""
    from rmdesk.domain.protection import spellings

    tries = spellings(typed)
    if len(tries) > 1:
        for spelling in tries:
            if opens(path, key_for(path, spelling)):
                return spelling
    return typed


def export(source: Path, source_key: BookKey | None, dest: Path, dest_key: BookKey | None) -> None:
    """The whole book at `source` written anew at `dest` (which must not exist) under
    `dest_key` (None: plain), with SQLCipher's export; `dest` is checked to read back
    with the same rows in every table, or removed and an error raised."""
    import sqlcipher3

    conn = cast(sqlite3.Connection, sqlcipher3.connect(str(source), isolation_level=None))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(source_key.pragma)
        attach = dest_key.pragma.split("=", 1)[1].strip() if dest_key is not None else "''"
        conn.execute(f"ATTACH DATABASE ? AS converted KEY {attach}", (str(dest),))
        try:
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute(
                "PRAGMA converted.user_version = "
                + str(conn.execute("PRAGMA main.user_version").fetchone()[0])
            )
        finally:
            conn.execute("DETACH DATABASE converted")
        counts = _row_counts(conn)
    finally:
        conn.close()
    problem = _reads_back(dest, dest_key, counts)
    if problem:
        dest.unlink(missing_ok=True)
        raise sqlcipher3.DatabaseError(f"the converted copy does not read back ({problem})")


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _reads_back(path: Path, key: BookKey | None, counts: dict[str, int]) -> str:
    if key is not None and file_salt(path) != key.salt:
        return "its salt is not the key's"
    conn = connect(f"file:{path}?mode=ro", key, uri=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            return str(check)
        found = _row_counts(conn)
    finally:
        conn.close()
    return "" if found == counts else "the tables do not hold the same rows"


def convert(
    path: Path,
    old: BookKey | None,
    new: BookKey | None,
    *,
    before_replacing: Callable[[Path], None] | None = None,
) -> None:
    """Write the book at `path` anew under `new` beside it, prove it, then move it in
    place of the old file. Until then the old file is untouched: a kill leaves it as it
    was, and at worst a stray `.converting` file that the next attempt replaces. The
    book must not be open elsewhere (its write-ahead log is emptied into it first)."""
    temporary = path.with_name(path.name + ".converting")
    for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
        leftover.unlink(missing_ok=True)
    _empty_log(path, old)
    try:
        export(path, old, temporary, new)
        os.chmod(temporary, 0o600)
        if before_replacing is not None:
            before_replacing(temporary)
        # The log is empty (above): without it the old file is whole; and a stale log
        # must never be read against the new file.
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


class BookInUse(Exception):
    """The book's log could not be emptied: another connection holds it."""


def _empty_log(path: Path, key: BookKey | None) -> None:
    conn = connect(path, key, isolation_level=None, timeout=5)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise BookInUse(str(path))
