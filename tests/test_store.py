"""The store: migrations, the copy kept before migrating, file permissions, SQLite settings."""

from __future__ import annotations

import sqlite3
import stat
import threading
import warnings
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import BookFilter, Contact, Phone
from rmdesk.domain.errors import StoreError
from rmdesk.domain.kinds import PhoneLabel
from rmdesk.store.database import SCHEMA_HEAD, open_store
from rmdesk.store.migrate import alembic_config, head_revision
from rmdesk.store.models import Base


def test_one_migration_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [head_revision()]
    assert head_revision() == SCHEMA_HEAD  # the constant that spares loading Alembic


def test_upgrade_from_empty_matches_models(db_path: Path) -> None:
    store = open_store(db_path)
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()

        # The FTS5 index (a virtual table and its shadow tables) is made by migration
        # 0012 in SQL: SQLAlchemy has no model of it.
        # Nor has it of the expression index of wedding days (migration 0015).
        def modelled(obj, name, kind, _reflected, _compare_to):  # type: ignore[no-untyped-def]
            fts = kind == "table" and name.startswith("contact_fts")
            return not fts and name != "ix_dossiers_wedding_day"

        import rmdesk.store.activity_models  # noqa: F401 (its tables join Base.metadata)

        context = MigrationContext.configure(conn, opts={"include_object": modelled})
        with warnings.catch_warnings():  # SQLAlchemy says it skips that index: it may
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            assert compare_metadata(context, Base.metadata) == []
    store.close()
    assert store.backup_path is None  # a new book has nothing to keep a copy of


def test_new_database_is_private_wal_with_foreign_keys(db_path: Path) -> None:
    store = open_store(db_path)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def _database_at(path: Path, revision: str) -> None:
    engine = open_store(path).engine  # at head, then walk back down
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
    engine.dispose()


def test_upgrade_with_data_keeps_it_and_a_copy(db_path: Path) -> None:
    _database_at(db_path, "0001")
    raw = sqlite3.connect(db_path)
    raw.execute(
        "INSERT INTO contacts (id, name, nickname, birthday_leap, company, title, occupation,"
        " hobbies, notes, q_need, q_afford, q_good_client, q_authority, q_value, key_client,"
        " sort_key, created_at, updated_at) VALUES (1, '曾国藩', '', 0, '湘军', '', '', '',"
        " '喜欢下棋', 'yes', 'no', 'unknown', 'unknown', 'unknown', 1, '',"
        " '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
    )
    raw.execute(
        "INSERT INTO phones (contact_id, position, label, number) VALUES (1, 0, 'mobile',"
        " '+8613800138000')"
    )
    raw.commit()
    raw.close()
    before = db_path.read_bytes()

    store = open_store(db_path)
    book = ContactBook(store)
    # The contact survived, and the new book index was built from it.
    assert book.list_ids(BookFilter(search="zeng")) == [1]
    assert book.list_ids(BookFilter(search="13800138000")) == [1]
    assert book.get(1).key_client is True
    assert store.backup_path is not None and store.backup_path.exists()
    copy = sqlite3.connect(store.backup_path)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM contacts").fetchall() == [("曾国藩",)]
    copy.close()
    store.close()
    assert len(before) > 0


def test_reopening_current_book_makes_no_copy(db_path: Path) -> None:
    store = open_store(db_path)
    ContactBook(store).save(Contact(name="张三", phones=[Phone(PhoneLabel.MOBILE, "13800138000")]))
    store.close()
    again = open_store(db_path)
    assert again.backup_path is None
    assert list(db_path.parent.glob("*.bak")) == []
    assert ContactBook(again).list_ids() == [1]
    again.close()


def test_downgrade_to_base_and_back(db_path: Path) -> None:
    _database_at(db_path, "base")
    raw = sqlite3.connect(db_path)
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert tables <= {"alembic_version"}
    store = open_store(db_path)
    assert ContactBook(store).tie_counts().total == 0
    store.close()


def test_the_data_folder_is_private(tmp_path: Path, monkeypatch) -> None:
    """rmdesk's own folder is made 0700, and an older 0755 one is tightened on open."""
    from rmdesk.store import location

    folder = tmp_path / "data" / "rmdesk"
    monkeypatch.setattr(location, "data_dir", lambda: folder)
    monkeypatch.setattr("rmdesk.store.database.data_dir", lambda: folder)
    open_store(folder / "rmdesk.sqlite").close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)
    store = open_store(folder / "rmdesk.sqlite")
    store.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_copy_before_migrating_is_private(db_path: Path) -> None:
    _database_at(db_path, "0007")
    store = open_store(db_path)
    store.close()
    assert store.backup_path is not None
    assert stat.S_IMODE(store.backup_path.stat().st_mode) == 0o600


def test_a_read_whose_reader_a_restore_closed_meanwhile_reads_the_file_afresh(
    db_path: Path,
) -> None:
    """A restore on the database worker closes every thread's reader (nothing may hold
    the old file open). A thread that had just taken its reader (the phone calendar's
    feed) reads on a fresh one instead of failing."""
    store = open_store(db_path)
    added = ContactBook(store).save(Contact(name="王伟"))
    take = store._sqlite_reader
    taken: list[sqlite3.Connection] = []

    def taken_then_closed() -> sqlite3.Connection:
        reader = take()
        if not taken:
            taken.append(reader)
            store.reset_readers()  # the restore, in between
        return reader

    store._sqlite_reader = taken_then_closed  # type: ignore[method-assign]
    assert store.read("SELECT id FROM contacts") == [(added,)]
    assert len(taken) == 1 and store._readers[threading.get_ident()] is not taken[0]
    # A query that is wrong stays wrong: it is said, not read twice.
    with pytest.raises(StoreError):
        store.read("SELECT :a, :b", {"a": 1})
    store.close()
