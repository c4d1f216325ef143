"""Backups of the embedded book: written with the backup API while the book is open,
private, rotated (7 daily, 4 weekly), restored with a backup of what they replace,
refused when not a sound rmdesk book (the book unchanged), the check at start, and a
writer killed again and again never corrupts the book or loses a committed row."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.domain.backups import BackupFailed
from rmdesk.domain.contact import Contact
from rmdesk.services import build_services
from rmdesk.services.events import ContactsChanged
from rmdesk.store.backups import (
    daily_backup,
    integrity_problem,
    list_backups,
    restore,
    write_backup,
)
from rmdesk.store.database import open_store

NOON = dt.datetime(2026, 12, 7, 12, 0)


def names(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [r[0] for r in con.execute("SELECT name FROM contacts ORDER BY id")]


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def test_a_backup_is_private_sound_and_self_contained_while_the_book_is_open(
    services, db_path: Path
) -> None:
    services.contacts.save(Contact(name="王建国"))
    path = services.backups.back_up()
    assert path.parent == db_path.with_name(f"{db_path.stem}-backups")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert names(path) == ["王建国"] and integrity_problem(path) == ""
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    (listed,) = services.backups.backups()
    assert (listed.path, listed.reason) == (path, "manual")


def test_daily_backups_rotate_to_seven_days_and_four_weeks(db_path: Path) -> None:
    open_store(db_path).close()
    for n in reversed(range(60)):  # sixty days, one start a day
        when = NOON - dt.timedelta(days=n)
        assert daily_backup(db_path, when) is not None
        assert daily_backup(db_path, when + dt.timedelta(hours=1)) is None, "one a day"
    for n in range(12):
        write_backup(db_path, "import", now=NOON + dt.timedelta(minutes=n))
    kept = list_backups(db_path)
    daily = sorted((b.when.date() for b in kept if b.reason == "daily"), reverse=True)
    last_week = [NOON.date() - dt.timedelta(days=n) for n in range(7)]
    assert daily[:7] == last_week
    older = daily[7:]
    assert len(older) == 4, "one a week for four weeks more"
    weeks = [d.isocalendar()[:2] for d in older]
    assert len(set(weeks)) == 4 and all(d < last_week[-1] for d in older)
    assert len([b for b in kept if b.reason == "import"]) == 10


def test_each_days_backup_is_copied_to_another_drive_and_rotated_there_too(
    services, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    import shutil

    from rmdesk.store.backups import copy_daily

    usb = tmp_path / "usb"
    usb.mkdir()
    backups = services.backups
    with pytest.raises(BackupFailed, match="not there"):
        backups.set_copy_folder(str(tmp_path / "unplugged"))
    with pytest.raises(BackupFailed, match="already"):
        backups.set_copy_folder(str(db_path.parent))
    assert backups.copy_folder() == "" and backups.copy_daily() is None
    backups.set_copy_folder(str(usb))
    assert backups.copy_folder() == str(usb)
    assert backups.copy_on_same_disk(), "a folder beside the book is no other drive"
    if sys.platform.startswith("linux"):  # another file system: memory, here
        import tempfile

        other = tempfile.mkdtemp(dir="/dev/shm")
        try:
            backups.set_copy_folder(other)
            assert not backups.copy_on_same_disk()
        finally:
            shutil.rmtree(other)
        backups.set_copy_folder(str(usb))
    services.contacts.save(Contact(name="异地备份"))
    for n in reversed(range(40)):  # forty days, one start a day, the copy after each
        when = NOON - dt.timedelta(days=n)
        daily_backup(db_path, when)
        copied = copy_daily(db_path, usb, when.date())
        assert copied is not None and copied.parent == usb
        assert copy_daily(db_path, usb, when.date()) is None, "there already"
    here = {b.path.name for b in list_backups(db_path) if b.reason == "daily"}
    there = {b.path.name for b in backups.copies()}
    assert there == here and len(there) == 11, "7 days and 4 weeks, as beside the book"
    newest = backups.copies()[0].path
    assert names(newest) == ["异地备份"] and integrity_problem(newest) == ""
    # The drive unplugged: said, and nothing made in its place on this disk.
    daily_backup(db_path, NOON + dt.timedelta(days=1))
    shutil.rmtree(usb)
    with pytest.raises(BackupFailed, match="not plugged in"):
        backups.copy_daily()
    assert not usb.exists()
    # A full drive: said, and no half copy left there.
    usb.mkdir()

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", full)
    with pytest.raises(BackupFailed, match="No space left"):
        backups.copy_daily()
    assert list(usb.iterdir()) == []
    monkeypatch.undo()
    assert backups.copy_daily() is not None
    backups.set_copy_folder("")
    assert backups.copy_folder() == "" and backups.copies() == []


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(services, db_path: Path) -> None:
    services.contacts.save(Contact(name="王建国"))
    backup = services.backups.back_up()
    services.contacts.save(Contact(name="李梅"))
    seen: list[object] = []
    services.events.subscribe(seen.append)
    kept = services.backups.restore(backup)
    assert [c.name for c in services.contacts.rows(services.contacts.list_ids()).values()] == [
        "王建国"
    ], "the open book reads the restored content"
    assert ContactsChanged() in seen, "every screen reads again"
    assert kept is not None and sorted(names(kept)) == ["李梅", "王建国"]
    # And back again: the restore is undone by restoring what it kept.
    services.backups.restore(kept)
    assert sorted(names(db_path)) == ["李梅", "王建国"]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01garbage" * 500, b"PK\x03\x04 a workbook renamed", b"a note"],
    ids=["empty", "random", "zip", "text"],
)
def test_a_wrong_file_is_refused_and_the_book_is_unchanged(
    db_path: Path, tmp_path: Path, content: bytes
) -> None:
    s = build_services(open_store(db_path))
    s.contacts.save(Contact(name="王建国"))
    s.close()
    before = db_path.read_bytes()
    wrong = tmp_path / "wrong.sqlite"
    wrong.write_bytes(content)
    with pytest.raises(BackupFailed):
        restore(db_path, wrong)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.close()
    with pytest.raises(BackupFailed, match="not an rmdesk book"):
        restore(db_path, other)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(f"{db_path.stem}-backups").exists(), "nothing was kept"


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for n in range(2, len(data) // page - 1, 3):
        data[n * page + 100 : n * page + 400] = os.urandom(300)
    path.write_bytes(bytes(data))


def test_a_damaged_book_is_found_and_replaced_by_its_newest_sound_backup(
    db_path: Path,
) -> None:
    s = build_services(open_store(db_path))
    for n in range(300):
        s.contacts.save(Contact(name=f"客户{n}", notes="备注" * 50))
    backup = s.backups.back_up()
    s.close()
    with sqlite3.connect(db_path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db_path)
    assert integrity_problem(db_path) != ""
    kept = restore(db_path, backup)
    assert kept is not None and kept.name.startswith(f"{db_path.name}.damaged-")
    assert integrity_problem(db_path) == "" and len(names(db_path)) == 300


def test_rmdesk_backup_and_restore(db_path: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    s = build_services(open_store(db_path))
    s.contacts.save(Contact(name="王建国"))
    s.close()
    out = tmp_path / "copy.sqlite"
    assert main(["--db", str(db_path), "backup", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert main(["--db", str(db_path), "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.exists() and names(written) == ["王建国"]
    s = build_services(open_store(db_path))
    s.contacts.save(Contact(name="李梅"))
    s.close()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["--db", str(db_path), "restore", str(out)]) == 2, "asks for --yes"
    assert len(names(db_path)) == 2
    assert main(["--db", str(db_path), "restore", str(out), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "1 contacts" in said and "kept at" in said
    assert names(db_path) == ["王建国"]
    assert main(["--db", str(db_path), "restore", str(tmp_path / "none.sqlite"), "--yes"]) == 2
    server = "postgresql://rm@127.0.0.1/book"
    assert main(["--db", server, "backup"]) == 2


WRITER = """
import datetime as dt
import sys
from rmdesk.domain.contact import Contact
from rmdesk.services import build_services
from rmdesk.store.database import open_store
s = build_services(open_store(sys.argv[1]))
n = 0
while True:
    with s.store.session() as session:
        from rmdesk.store.models import ContactModel
        for _ in range(20):
            n += 1
            now = dt.datetime.now()
            session.add(ContactModel(name=f"客户{n}", sort_key=f"k{n:08d}", notes="备注" * 20,
                                     created_at=now, updated_at=now))
    print(n, flush=True)
"""


def test_killing_a_writer_at_any_moment_never_corrupts_the_book(db_path: Path) -> None:
    open_store(db_path).close()
    rng = random.Random(7)
    committed = 0
    for _round in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it is writing
        assert first.strip().isdigit()
        time.sleep(rng.uniform(0.05, 0.4))
        writer.kill()
        said = writer.communicate()[0].split()
        last = int(said[-1]) if said else int(first)
        assert integrity_problem(db_path) == ""
        with sqlite3.connect(db_path) as con:
            count = con.execute("SELECT count(*) FROM contacts").fetchone()[0]
        assert count >= committed + last, "every committed row is there"
        committed = count
