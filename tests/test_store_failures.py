"""Every way the book can be unusable gives a typed error, a clear sentence, and no change."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmdesk.cli import main as cli_main
from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseUnwritable,
    NotADatabase,
)
from rmdesk.store.database import open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def book_with_contacts(path: Path, n: int = 50) -> None:
    store = open_store(path)
    book = ContactBook(store)
    for i in range(n):
        book.save(Contact(name=f"客户{i}", notes="备注" * 50))
    store.close()


def assert_cli_says(path: Path, capsys: pytest.CaptureFixture[str], words: str) -> None:
    code = cli_main(["contacts", "list", "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("rmdesk: error:")
    assert words in err


def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库 — just some notes\n" * 100, encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotADatabase):
        open_store(path)
    assert_cli_says(path, capsys, "is not an rmdesk database")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_corrupt_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.sqlite"
    book_with_contacts(path)
    data = bytearray(path.read_bytes())
    # Keep the 100-byte header, scribble over the schema page and the pages after it.
    data[100:8192] = b"\xa5" * (8192 - 100)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_store(path)
    assert "restore it from a backup" in str(caught.value)
    assert_cli_says(path, capsys, "is damaged")
    assert digest(path) == before


def test_corruption_found_later_is_reported_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    book_with_contacts(path, n=400)
    data = bytearray(path.read_bytes())
    page = 4096
    # Damage the last pages (table data), leaving the schema readable.
    for start in range(len(data) - 6 * page, len(data) - page, page):
        data[start : start + page] = b"\x00\xff" * (page // 2)
    path.write_bytes(bytes(data))
    store = open_store(path)  # the schema page is intact, so the book opens
    book = ContactBook(store)
    with pytest.raises(DatabaseCorrupt) as caught:
        for cid in book.list_ids():
            book.get(cid)
    assert "damaged" in str(caught.value)
    store.close()


def test_newer_rmdesk_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.sqlite"
    book_with_contacts(path, n=3)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_store(path)
    assert "newer rmdesk" in str(caught.value)
    assert_cli_says(path, capsys, "newer rmdesk")
    assert digest(path) == before
    assert list(tmp_path.glob("*.bak")) == []


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode=EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(30)
"""


def test_locked_by_another_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.sqlite"
    book_with_contacts(path, n=3)
    before = digest(path)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout is not None
        assert locker.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as caught:
            open_store(path, busy_timeout=0.3)
        assert time.monotonic() - started < 10
        assert "locked by another program" in str(caught.value)
    finally:
        locker.kill()
        locker.wait()
        if locker.stdout is not None:
            locker.stdout.close()
    assert digest(path) == before
    # Once the other program is gone, the book opens as before.
    store = open_store(path)
    assert len(ContactBook(store).list_ids()) == 3
    store.close()


def test_folder_cannot_be_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    path = blocker / "book.sqlite"
    with pytest.raises(DatabaseUnwritable):
        open_store(path)
    assert_cli_says(path, capsys, "cannot be written")
    assert blocker.read_text() == "x"


def test_path_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase):
        open_store(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.sqlite"
    book_with_contacts(path, n=2)
    before = digest(path)
    path.chmod(0o400)
    # Root may write anyway; ask the OS the way a normal user would be answered.
    import os

    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if mode & os.W_OK and Path(p) == path else real_access(p, mode),
    )
    with pytest.raises(DatabaseUnwritable) as caught:
        open_store(path)
    assert "read-only" in str(caught.value)
    assert digest(path) == before
