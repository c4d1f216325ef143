"""Opening the book: pick the database, check it, back it up, migrate it, hand out sessions.

Every failure a user can meet (locked, unwritable, not a database, corrupt, written by a
newer rmdesk, disk full, server down) becomes a typed StoreError and leaves the file as
it was: nothing is written before the checks pass, and the only write before migrating
is a backup copy beside the file.

An up-to-date SQLite book is checked and read with the standard library's sqlite3 only:
SQLAlchemy (a quarter of a second to import) is loaded when something first needs a
session, which is after the window has shown the book (see `Store.read`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmdesk.domain.errors import (
    BookEncrypted,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseUnwritable,
    DiskFull,
    DriverMissing,
    FolderMissing,
    NotADatabase,
    ServerNotTrusted,
    ServerUnavailable,
    StoreError,
    WrongPassphrase,
)
from rmdesk.store.cipher import (
    PLAIN_HEADER,
    BookKey,
    WrongKey,
    cipher_module,
    connect,
    could_be_encrypted,
    driver_errors,
    is_encrypted,
    key_for,
)
from rmdesk.store.location import data_dir
from rmdesk.store.private import private_folder, replacing, tighten

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

SQLITE_HEADER = PLAIN_HEADER  # the first bytes of a plain SQLite file
DEFAULT_BUSY_TIMEOUT = 5.0

Progress = Callable[[str], None]

# The schema revision this rmdesk writes. Kept here so that opening an up-to-date book
# loads neither Alembic nor SQLAlchemy; a test checks it equals the migrations' head.
SCHEMA_HEAD = "0023"


def _sqlite_value(value: Any) -> Any:
    """Dates as SQLAlchemy stores them in SQLite (text that sorts like the date)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def as_date(value: Any) -> dt.date | None:
    """A DATE column's value from `Store.read`: SQLite gives text, a server a date."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime | None:
    """A DATETIME column's value from `Store.read`: SQLite gives text, a server a value."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def in_list(name: str, values: Sequence[Any]) -> tuple[str, dict[str, Any]]:
    """':name0, :name1, ...' and its parameters: an IN list both drivers understand."""
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{key}" for key in params), params


def is_url(target: str) -> bool:
    """A SQLAlchemy URL ("postgresql+psycopg://...") rather than a file path."""
    return "://" in target


def translate_error(exc: BaseException, location: str) -> StoreError:
    """Turn a driver error (sqlite3 or SQLAlchemy) into the StoreError a user can act on."""
    if isinstance(exc, StoreError):
        return exc
    original = getattr(exc, "orig", None) or exc
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
    if "certificate verify failed" in message or "server certificate" in message:
        return ServerNotTrusted(location, str(original).strip())
    if getattr(exc, "connection_invalidated", False):
        return ServerUnavailable(location, str(original))
    if (
        "could not connect" in message
        or "connection refused" in message
        or ("password authentication failed" in message)
    ):
        return ServerUnavailable(location, str(original).strip())
    return StoreError(location, str(original))


def _is_driver_error(exc: BaseException) -> bool:
    if isinstance(exc, driver_errors()):
        return True
    module = type(exc).__module__
    return module.startswith("sqlalchemy")


class Store:
    """An open book. Sessions and reads come from here; errors leave it as StoreError."""

    def __init__(
        self,
        location: str,
        *,
        path: Path | None = None,
        url: str | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        key: BookKey | None = None,
    ) -> None:
        self.location = location  # the file path or the URL without password, for messages
        self.path = path  # the SQLite file, or None for a server
        self.backup_path: Path | None = None  # the copy kept before the last migration
        self.checked: set[str] = set()  # derived data made sure of on this opening
        self.key = key  # an encrypted book's key (None: a plain book, or a server)
        self._url = url or f"sqlite+pysqlite:///{path}"
        self._busy_timeout = busy_timeout
        self._engine: Engine | None = None
        self._sessions: Any = None
        self._lock = threading.Lock()
        # One plain reader connection per thread: the database worker and the network
        # worker (a calendar sync reads the book too) never share one.
        self._readers: dict[int, sqlite3.Connection] = {}
        self._user: str | None = None

    # -- SQLAlchemy, loaded on first use ------------------------------------------------

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = (
                    _sqlite_engine(self.path, self._busy_timeout, self.key)
                    if self.path is not None
                    else _server_engine(self._url)
                )
            return self._engine

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def user(self) -> str:
        """Whose are the rows that are one person's (store/personal.py): the database
        role on a team's server; "" on an embedded book, which has one user."""
        if self.path is not None:
            return ""
        if self._user is None:
            self._user = str(self.read("SELECT current_user")[0][0])
        return self._user

    def _server_password(self) -> str | None:
        if self.path is not None:
            return None
        from sqlalchemy.engine import make_url

        return make_url(self._url).password or None

    @property
    def has_password(self) -> bool:
        """Whether a server's book was opened with a password in its URL (not by a
        .pgpass file, a certificate or a trusting server)."""
        return self._server_password() is not None

    def is_password(self, typed: str) -> bool:
        """Whether `typed` is the password the server's book was opened with."""
        import hmac

        password = self._server_password()
        return password is not None and hmac.compare_digest(
            typed.encode("utf-8"), str(password).encode("utf-8")
        )

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed at the end, rolled back on any error."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        session = self._sessions()
        try:
            yield session
            session.commit()
        except Exception as exc:
            session.rollback()
            if _is_driver_error(exc):
                raise translate_error(exc, self.location) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- plain SQL reads ----------------------------------------------------------------

    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Sequence[Any]]:
        """Rows of a read-only query written in portable SQL with :named parameters.

        On SQLite it runs on a stdlib connection (the book's hot listings need no ORM);
        on a server, through SQLAlchemy. Dates and times may be passed as such: SQLite
        gets them as the ISO text SQLAlchemy stores, a server as typed values.
        """
        try:
            if self.path is None:
                from sqlalchemy import text

                with self.engine.connect() as conn:
                    return list(conn.execute(text(sql), dict(params or {})))
            plain = {k: _sqlite_value(v) for k, v in (params or {}).items()}
            reader = self._sqlite_reader()
            try:
                return reader.execute(sql, plain).fetchall()
            except sqlite3.ProgrammingError:
                if self._readers.get(threading.get_ident()) is reader:
                    raise
                # Closed under us by a restore or a new key on another thread, between
                # taking the reader and using it: the read goes to the file as it is now.
                return self._sqlite_reader().execute(sql, plain).fetchall()
        except Exception as exc:
            if _is_driver_error(exc):
                raise translate_error(exc, self.location) from exc
            raise

    def _sqlite_reader(self) -> sqlite3.Connection:
        thread = threading.get_ident()
        with self._lock:
            reader = self._readers.get(thread)
            if reader is None:
                assert self.path is not None
                reader = _sqlite_connect(self.path, self._busy_timeout, self.key)
                self._readers[thread] = reader
            return reader

    def release_thread(self) -> None:
        """Close the calling thread's plain reader, if it has one: a short-lived thread
        (a feed connection's) calls this when its reads are done."""
        with self._lock:
            reader = self._readers.pop(threading.get_ident(), None)
        if reader is not None:
            reader.close()

    def close(self) -> None:
        with self._lock:
            readers, self._readers = list(self._readers.values()), {}
        for reader in readers:
            reader.close()
        if self._engine is not None:
            self._engine.dispose()

    def rekey(self, key: BookKey | None) -> None:
        """After the file was converted to `key` (None: plain): every connection is
        dropped, and the next ones use the new key."""
        self.close()
        with self._lock:
            self._engine, self._sessions, self.key = None, None, key

    def reset_readers(self) -> None:
        """Drop every open connection (the next use opens afresh): after the file's
        content was replaced by a restore."""
        self.close()


def _sqlite_connect(path: Path, busy_timeout: float, key: BookKey | None) -> sqlite3.Connection:
    try:
        conn = connect(
            path, key, timeout=busy_timeout, check_same_thread=False, isolation_level=None
        )
    except WrongKey as exc:
        raise WrongPassphrase(str(path)) from exc
    _sqlite_pragmas(conn, busy_timeout)
    return conn


def _sqlite_pragmas(conn: sqlite3.Connection, busy_timeout: float) -> None:
    cursor = conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Search text and queries are lower-cased by the app; skipping LIKE's own case
    # folding makes a scan of the book a third faster.
    cursor.execute("PRAGMA case_sensitive_like=ON")
    # Up to 64 MB of pages kept (SQLite's default is 2 MB; a small book never fills it):
    # a search joins what the trigram index finds to the book index, which then stays in
    # memory. An encrypted book needs it most: a page read again from the cache is not
    # decrypted again (at 100,000 contacts, search took 1.55x the plain book with 32 MB,
    # 0.96x with 64 MB, and the plain book got faster too).
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
    cursor.close()


def _sqlite_engine(path: Path, busy_timeout: float, key: BookKey | None) -> Engine:
    from sqlalchemy import create_engine, event

    if key is None:
        engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
        )
    else:  # SQLCipher's driver, each connection keyed before SQLAlchemy sees it
        engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            module=cipher_module(),
            creator=lambda: connect(path, key, timeout=busy_timeout, check_same_thread=False),
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling would defer BEGIN; let SQLAlchemy emit it.
        dbapi_connection.isolation_level = None
        _sqlite_pragmas(dbapi_connection, busy_timeout)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _server_engine(url: str) -> Engine:
    from sqlalchemy import create_engine

    return create_engine(url, pool_pre_ping=True)


def _check_sqlite_file(path: Path, encrypted_ok: bool = False) -> bool:
    """Check what can be checked without opening; True if the file already exists.
    A file that is not plain SQLite is refused unless `encrypted_ok` (a key was given)."""
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
            if not could_be_encrypted(path):
                raise NotADatabase(location)
            if not encrypted_ok:
                raise BookEncrypted(location)
        return bool(header)
    if not folder.exists() and folder != data_dir():
        # A mistyped --db must not leave a new, empty book (and folders) behind.
        raise FolderMissing(location, str(folder))
    try:
        private_folder(folder)
    except OSError as exc:
        raise DatabaseUnwritable(location, exc.strerror or str(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseUnwritable(location, f"the folder {folder} is read-only")
    return False


def _probe_sqlite(path: Path, busy_timeout: float, key: BookKey | None) -> str | None:
    """Read the schema revision and take the write lock once, then let go.

    Reading the schema proves the file is a database; taking the lock now says "another
    program has it" at start, not when the user first presses Save. Switches the book to
    WAL (one writer, readers never blocked) if it is not yet.
    """
    conn = _sqlite_connect(path, busy_timeout, key)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        return revision
    finally:
        conn.close()


def _backup_sqlite(path: Path, revision: str | None, key: BookKey | None) -> Path:
    """A copy of the book as it was at `revision`, private to the user.

    One copy per revision: an upgrade that fails and is tried again replaces the copy
    it made before (the book was not changed in between), instead of adding another.
    """
    from rmdesk.store.sqlite_copy import backup_pages

    target = path.with_name(f"{path.name}.before-{revision or 'none'}.bak")
    with replacing(target) as temporary:
        backup_pages(path, temporary, key, self_contained=True)
    return target


def book_file(target: str) -> Path | None:
    """The embedded book's file a --db target names (absolute); None for a server."""
    if is_url(target) and not target.startswith("sqlite"):
        return None
    return sqlite_path(target).expanduser().absolute()


def sqlite_path(target: str) -> Path:
    if is_url(target):
        # sqlite:///relative.db or sqlite:////absolute.db
        return Path(target.split(":///", 1)[1] if ":///" in target else "")
    return Path(target)


def open_store(
    target: str | os.PathLike[str],
    *,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    progress: Progress | None = None,
    passphrase: str | None = None,
) -> Store:
    """Open (creating if needed) and migrate the book at a file path or SQLAlchemy URL.

    An encrypted book opens with its `passphrase` (without one: BookEncrypted; a wrong
    one: WrongPassphrase, the file untouched); a new book given one is made encrypted;
    a plain book opens as it is, whatever `passphrase` says."""
    say = progress or (lambda _msg: None)
    target_text = os.fspath(target)
    path = book_file(target_text)
    if path is None:
        return _open_server(target_text, say)
    location = str(path)
    existed = _check_sqlite_file(path, encrypted_ok=passphrase is not None)
    key = None
    if passphrase is not None and (not existed or is_encrypted(path)):
        key = key_for(path, passphrase)
    if not path.exists():
        # Create the file readable by its owner only: the book is one person's network.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    store = Store(location, path=path, busy_timeout=busy_timeout, key=key)
    try:
        current = _probe_sqlite(path, busy_timeout, key)
        if current != SCHEMA_HEAD:
            from rmdesk.store import migrate

            migrate.refuse_unknown_revision(current, location)
            if existed and current is not None:
                say("backup")
                store.backup_path = _backup_sqlite(path, current, key)
                log.info("kept a copy of %s at %s before migrating", path, store.backup_path)
            say("migrate")
            migrate.upgrade(store.engine)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        if path.parent == data_dir():
            tighten(path.parent)  # rmdesk's own folder (older versions made it 0755)
    except StoreError:
        store.close()
        raise
    except OSError as exc:
        store.close()
        raise DatabaseUnwritable(location, exc.strerror or str(exc)) from exc
    except Exception as exc:
        store.close()
        if _is_driver_error(exc):
            raise translate_error(exc, location) from exc
        raise
    return store


def read_revision(conn: Connection) -> str | None:
    """The schema revision recorded in a database, through SQLAlchemy (for servers)."""
    from sqlalchemy import text

    if "alembic_version" not in conn.dialect.get_table_names(conn):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _open_server(url: str, say: Progress) -> Store:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        location = make_url(url).render_as_string(hide_password=True)
    except ArgumentError as exc:
        raise DriverMissing(url.split("://", 1)[0] + "://…", "not a database address") from exc
    store = Store(location, url=url)
    try:
        store.engine  # noqa: B018 - builds the engine: loads the driver the URL names
    except ImportError as exc:
        raise DriverMissing(location, f"its driver is not installed ({exc})") from exc
    except NoSuchModuleError as exc:
        scheme = url.split("://", 1)[0]
        raise DriverMissing(location, f"rmdesk does not know the database kind {scheme!r}") from exc
    try:
        with store.engine.connect() as conn:
            current = read_revision(conn)
        if current != SCHEMA_HEAD:
            from rmdesk.store import migrate

            migrate.refuse_unknown_revision(current, location)
            say("migrate")
            migrate.upgrade(store.engine)
    except StoreError:
        store.close()
        raise
    except Exception as exc:
        store.close()
        if _is_driver_error(exc):
            raise translate_error(exc, location) from exc
        raise
    return store
