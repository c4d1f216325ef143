"""Backups of the embedded book: written with SQLite's online backup API (never a file
copy of a live database), private to the user, rotated, checked, and restored.

They live in a folder beside the book (`<book>-backups/`), named by when and why:
`daily`, `import` (before an import), `restore` (the state a restore replaced),
`manual`. Daily backups are rotated to the last 7 days plus one per week for 4 weeks
more; the others keep their newest 10 each. The copy the store keeps before each schema
migration (`<book>.before-REV.bak`, beside the book) is listed with them.

A restore first checks that the file is a sound rmdesk book of a schema this version
knows, keeps a `restore` backup of the book it replaces, then copies the backup in with
the backup API as one transaction: a failure part-way leaves the book as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from rmdesk.domain.backups import Backup, BackupFailed
from rmdesk.store.cipher import BookKey, connect, driver_errors, export, is_encrypted
from rmdesk.store.private import private_folder, replacing
from rmdesk.store.sqlite_copy import backup_pages

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_OTHER = 10
REASONS = ("daily", "import", "restore", "manual", "migration")
_NAME = re.compile(r"-(\d{8})-(\d{6})(?:-\d+)?-(daily|import|restore|manual)\.sqlite$")


def backup_folder(book: Path) -> Path:
    return book.with_name(f"{book.stem}-backups")


def list_backups(book: Path, folder: Path | None = None) -> list[Backup]:
    """Every backup of the book, newest first (the migration copies included); or those
    in `folder`, where its daily backups are copied."""
    found: list[Backup] = []
    beside = folder is None
    folder = folder or backup_folder(book)
    if folder.is_dir():
        for path in folder.iterdir():
            m = _NAME.search(path.name)
            if m is not None and path.name.startswith(book.stem):
                when = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
                found.append(Backup(path, when, m.group(3), path.stat().st_size))
    for path in book.parent.glob(f"{book.name}.before-*.bak") if beside else ():
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
        found.append(Backup(path, when, "migration", path.stat().st_size))
    return sorted(found, key=lambda b: (b.when, b.path.name), reverse=True)


def _copy(source_path: Path, target: Path, key: BookKey | None, *, read_only: bool = True) -> None:
    """A self-contained copy at `target` (written beside it and moved in: a failure
    leaves no half file)."""
    try:
        with replacing(target) as temporary:
            backup_pages(source_path, temporary, key, self_contained=True, read_only=read_only)
    except (*driver_errors(), OSError) as exc:  # type: ignore[misc]
        raise BackupFailed(target, str(exc)) from exc


def write_backup(
    book: Path,
    reason: str = "manual",
    target: Path | None = None,
    now: dt.datetime | None = None,
    key: BookKey | None = None,
) -> Path:
    """Back the book up (to `target`, else into its backup folder, rotated); the path.
    An encrypted book (its `key` given) is backed up encrypted with the same key."""
    if not book.exists():
        raise BackupFailed(book, "there is no book at this path to back up")
    when = (now or dt.datetime.now()).replace(microsecond=0)
    if target is None:
        folder = private_folder(backup_folder(book))
        target = folder / f"{book.stem}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite"
        n = 1
        while target.exists():  # two in one second: keep both
            n += 1
            target = folder / f"{book.stem}-{when:%Y%m%d-%H%M%S}-{n}-{reason}.sqlite"
    _copy(book, target, key, read_only=False)
    problem = integrity_problem(target, key)
    if problem:
        target.unlink(missing_ok=True)
        raise BackupFailed(target, f"the copy does not read back ({problem})")
    _audit(book, target, key)
    rotate(book, today=when.date())
    return target


def _audit(book: Path, target: Path, key: BookKey | None) -> None:
    """The audit entry of a backup: every living client, every sensitive field."""
    from rmdesk.domain.dossier import SENSITIVE
    from rmdesk.store.audit import record_in_file

    try:
        con = connect(f"file:{target}?mode=ro", key, uri=True)
        try:
            clients = con.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
            count = int(clients.fetchone()[0])
        finally:
            con.close()
        record_in_file(book, "backup", count, SENSITIVE, target.name, key=key)
    except driver_errors() as exc:
        if "no such table" not in str(exc):  # a book not yet upgraded has no trail
            raise BackupFailed(book, f"the audit trail could not be written ({exc})") from exc


def daily_backup(
    book: Path, now: dt.datetime | None = None, key: BookKey | None = None
) -> Path | None:
    """Today's daily backup, unless one was already written today."""
    when = now or dt.datetime.now()
    if any(b.reason == "daily" and b.when.date() == when.date() for b in list_backups(book)):
        return None
    return write_backup(book, "daily", now=when, key=key)


def rotate(book: Path, today: dt.date, folder: Path | None = None) -> list[Path]:
    """Remove what the rotation no longer keeps (in the book's backup folder, or the
    `folder` its daily backups are copied to); the files removed."""
    backups = [b for b in list_backups(book, folder) if b.reason != "migration"]
    keep: set[Path] = set()
    daily = [b for b in backups if b.reason == "daily"]
    days: dict[dt.date, Backup] = {}
    for b in daily:  # newest first: the newest of each day
        days.setdefault(b.when.date(), b)
    recent = sorted(days, reverse=True)[:KEEP_DAILY]
    keep |= {days[d].path for d in recent}
    weeks: dict[tuple[int, int], Backup] = {}
    for d in sorted(days, reverse=True):
        if d not in recent:
            weeks.setdefault(d.isocalendar()[:2], days[d])
    keep |= {weeks[w].path for w in sorted(weeks, reverse=True)[:KEEP_WEEKLY]}
    for reason in ("import", "restore", "manual"):
        keep |= set([b.path for b in backups if b.reason == reason][:KEEP_OTHER])
    gone = [b.path for b in backups if b.path not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def copy_daily(book: Path, folder: Path, today: dt.date | None = None) -> Path | None:
    """The newest daily backup copied into `folder` (another disk, a USB drive), unless
    it is there already, and that folder rotated as the backup folder is; the copy.
    BackupFailed when the folder is not there (never made here: a drive not plugged in
    would leave a copy on this disk) or cannot be written."""
    daily = [b for b in list_backups(book) if b.reason == "daily"]
    if not daily:
        return None
    if not folder.is_dir():
        raise BackupFailed(folder, "the folder is not there (a drive not plugged in?)")
    target = folder / daily[0].path.name
    if target.exists():
        return None
    import shutil

    try:
        # A finished backup, not a live book: a plain copy, put in place whole.
        with (
            replacing(target) as temporary,
            open(daily[0].path, "rb") as source,
            open(temporary, "wb") as out,
        ):
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())  # on the drive before it is named: a pulled drive
    except OSError as exc:
        raise BackupFailed(folder, f"the folder cannot be written ({exc.strerror or exc})") from exc
    rotate(book, today or dt.date.today(), folder)
    return target


def integrity_problem(path: Path, key: BookKey | None = None) -> str:
    """'' when SQLite finds the file sound (quick_check), else what it says."""
    try:
        con = connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except driver_errors() as exc:
        return str(exc)
    said = "; ".join(str(r[0]) for r in rows[:3])
    return "" if said == "ok" else said


def describe(path: Path, key: BookKey | None = None) -> tuple[str | None, int]:
    """(schema revision, living contacts) of a backup (encrypted with `key`, or plain);
    BackupFailed if it is not a sound rmdesk book."""
    key = key if is_encrypted(path) else None
    problem = integrity_problem(path, key)
    if problem:
        if key is not None and "not a database" in problem:
            problem = "it is not encrypted with this book's key"
        raise BackupFailed(path, f"not a sound database ({problem})")
    try:
        con = connect(f"file:{path}?mode=ro", key, uri=True)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            count = con.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
            contacts = int(count.fetchone()[0])
        finally:
            con.close()
    except driver_errors() as exc:
        raise BackupFailed(path, "not an rmdesk book") from exc
    return (revision[0] if revision else None), contacts


def newest_sound(book: Path, key: BookKey | None = None) -> Backup | None:
    """The newest backup that passes the integrity check."""
    for b in list_backups(book):
        if not integrity_problem(b.path, key if is_encrypted(b.path) else None):
            return b
    return None


def restore(
    book: Path, backup: Path, now: dt.datetime | None = None, key: BookKey | None = None
) -> Path | None:
    """Replace the book's content with the backup's; the backup kept of the replaced
    state (None when there was no readable book to keep). The caller migrates the book
    afterwards if the backup is of an older schema. An encrypted book (`key`) stays
    encrypted: a plain backup is encrypted with its key on the way in."""
    with _under_key(backup, key) as backup:
        return _restore(book, backup, now, key)


@contextlib.contextmanager
def _under_key(backup: Path, key: BookKey | None) -> Iterator[Path]:
    """The backup as the book's key reads it: itself, or an encrypted copy of a plain one."""
    if key is None or is_encrypted(backup):
        yield backup
        return
    describe(backup)  # a sound book before it is converted
    folder = private_folder(Path(tempfile.mkdtemp(prefix="rmdesk-restore-")))
    try:
        converted = folder / backup.name
        try:
            export(backup, None, converted, key)
        except driver_errors() as exc:
            raise BackupFailed(backup, f"it could not be encrypted for this book ({exc})") from exc
        yield converted
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def _restore(book: Path, backup: Path, now: dt.datetime | None, key: BookKey | None) -> Path | None:
    from rmdesk.store import migrate

    revision, _contacts = describe(backup, key)
    migrate.refuse_unknown_revision(revision, str(backup))
    kept: Path | None = None
    if book.exists() and not integrity_problem(book, key):
        from rmdesk.store.audit import carry_over, trail_of

        kept = write_backup(book, "restore", now=now, key=key)
        trail = trail_of(book, key)  # what left rmdesk, up to this restore's own backup
        try:
            # Into the live file, page by page in one transaction: other connections to
            # the book (the window's) read the restored content next time.
            backup_pages(backup, book, key)
        except driver_errors() as exc:
            raise BackupFailed(
                book, f"the restore did not finish ({exc}); the book is as it was"
            ) from exc
        carry_over(book, trail, key)  # a backup older than the trail (0018) gets it after upgrade
        return kept
    # A damaged (or missing) book: kept aside as it is, then the backup replaces the
    # file whole.
    if book.exists():
        import shutil

        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        kept = book.with_name(f"{book.name}.damaged-{stamp}")
        with replacing(kept) as temporary:
            shutil.copyfile(book, temporary)
    _copy(backup, book, key)
    for suffix in ("-wal", "-shm"):
        Path(f"{book}{suffix}").unlink(missing_ok=True)
    return kept
