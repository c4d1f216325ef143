"""Opening the book: pick the database, check it, back it up, migrate it, hand out sessions.

Every failure a user can meet (locked, unwritable, not a database, corrupt, written by a
newer rmdesk, disk full, server down) becomes a typed StoreError and leaves the file as
it was: nothing is written before the checks pass, and the only write before migrating
is a backup copy beside the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from rmdesk.domain.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseUnwritable,
    DiskFull,
    NotADatabase,
    ServerUnavailable,
    StoreError,
)

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT = 5.0

Progress = Callable[[str], None]


# The schema revision this rmdesk writes. Kept here so that opening an up-to-date book
# does not load Alembic (a tenth of a second); a test checks it equals the migrations' head.
SCHEMA_HEAD = "0002"


def read_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the database (None for an empty one)."""
    tables = conn.dialect.get_table_names(conn)
    if "alembic_version" not in tables:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_url(target: str) -> bool:
    """A SQLAlchemy URL ("postgresql+psycopg://...") rather than a file path."""
    return "://" in target


def translate_error(exc: BaseException, location: str) -> StoreError:
    """Turn a driver error into the StoreError a user can act on."""
    if isinstance(exc, StoreError):
        return exc
    original = getattr(exc, "orig", exc)
    message = str(original).lower()
    if "locked" in message or "busy" in message:
        return DatabaseLocked(location)
    if "not a database" in message or "file is encrypted" in message:
        return NotADatabase(location)
    if "malformed" in message or "corrupt" in message or "disk i/o error" in message:
        return DatabaseCorrupt(location, str(original))
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return DatabaseUnwritable(location, str(original))
    if "disk is full" in message or "no space" in message:
        return DiskFull(location)
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return ServerUnavailable(location, str(original))
    if (
        "could not connect" in message
        or "connection refused" in message
        or ("password authentication failed" in message)
    ):
        return ServerUnavailable(location, str(original).strip())
    return StoreError(location, str(original))


@dataclass
class Store:
    """An open book. Sessions come from here; errors leave it as StoreError."""

    engine: Engine
    location: str  # the file path or the URL without password, for messages
    path: Path | None  # the SQLite file, or None for a server
    backup_path: Path | None = None  # the copy kept before the last migration

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise translate_error(exc, self.location) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> bool:
    """Check what can be checked without opening; True if the file already exists."""
    location = str(path)
    folder = path.parent
    if path.exists():
        if path.is_dir():
            raise NotADatabase(location)
        if not os.access(path, os.R_OK):
            raise DatabaseUnwritable(location, "the file cannot be read")
        if not os.access(path, os.W_OK):
            raise DatabaseUnwritable(location, "the file is read-only")
        if not os.access(folder, os.W_OK):
            # SQLite keeps its write-ahead log beside the file.
            raise DatabaseUnwritable(location, f"the folder {folder} is read-only")
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise DatabaseUnwritable(location, exc.strerror or str(exc)) from exc
        if header and header != SQLITE_HEADER:
            raise NotADatabase(location)
        return header == SQLITE_HEADER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnwritable(location, exc.strerror or str(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseUnwritable(location, f"the folder {folder} is read-only")
    return False


def _sqlite_engine(path: Path, busy_timeout: float) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Search text and queries are lower-cased by the app; skipping LIKE's own case
        # folding makes a scan of the book a third faster.
        cursor.execute("PRAGMA case_sensitive_like=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _backup_sqlite(path: Path, revision: str | None) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
    return target


def open_store(
    target: str | os.PathLike[str],
    *,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    progress: Progress | None = None,
) -> Store:
    """Open (creating if needed) and migrate the book at a file path or SQLAlchemy URL."""
    say = progress or (lambda _msg: None)
    target_text = os.fspath(target)
    if is_url(target_text) and not target_text.startswith("sqlite"):
        return _open_server(target_text, say)
    path = Path(make_url(target_text).database or "") if is_url(target_text) else Path(target_text)
    path = path.expanduser().absolute()
    location = str(path)
    existed = _check_sqlite_file(path)
    if not existed and not path.exists():
        # Create the file readable by its owner only: the book is one person's network.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    engine = _sqlite_engine(path, busy_timeout)
    store = Store(engine=engine, location=location, path=path)
    try:
        with engine.connect() as conn:
            # Reading the schema proves it is a database; it reads nothing else.
            conn.exec_driver_sql("PRAGMA schema_version").scalar()
            current = read_revision(conn)
        # Take the write lock once: if another program holds the file, say so now,
        # not when the user first presses Save.
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            cursor.execute("ROLLBACK")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()
        finally:
            raw.close()
        if current != SCHEMA_HEAD:
            from rmdesk.store import migrate

            migrate.refuse_unknown_revision(current, location)
            if existed and current is not None:
                say("backup")
                store.backup_path = _backup_sqlite(path, current)
                log.info("kept a copy of %s at %s before migrating", path, store.backup_path)
            say("migrate")
            migrate.upgrade(engine)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    except StoreError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        raise translate_error(exc, location) from exc
    except OSError as exc:
        engine.dispose()
        raise DatabaseUnwritable(location, exc.strerror or str(exc)) from exc
    return store


def _open_server(url: str, say: Progress) -> Store:
    parsed = make_url(url)
    location = parsed.render_as_string(hide_password=True)
    engine = create_engine(url, pool_pre_ping=True)
    store = Store(engine=engine, location=location, path=None)
    try:
        with engine.connect() as conn:
            current = read_revision(conn)
        if current != SCHEMA_HEAD:
            from rmdesk.store import migrate

            migrate.refuse_unknown_revision(current, location)
            say("migrate")
            migrate.upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise translate_error(exc, location) from exc
    return store
