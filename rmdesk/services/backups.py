"""Backups of the embedded book: daily, on request, before imports; restore; the check
at start. A team's server book is backed up by its administrator, not here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.domain.errors import RmdeskError
from rmdesk.services.events import (
    ActivityChanged,
    CompaniesChanged,
    ContactsChanged,
    Events,
    KeepingChanged,
    VisitsChanged,
    WorkingDayChanged,
)
from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.backups import Backup


COPY_KEY = "backup_copy"  # personal_settings: the folder each day's backup is copied to


class NoBackupsOnServer(RmdeskError):
    """Backups are of the embedded book; a server has its own."""

    code = "no_backups_on_server"


class BackupService:
    def __init__(self, store: Store, events: Events) -> None:
        self._store = store
        self._events = events

    @property
    def book(self) -> Path:
        if self._store.path is None:
            raise NoBackupsOnServer(
                "a team's PostgreSQL book is backed up on its server (pg_dump), not by rmdesk"
            )
        return self._store.path

    @property
    def available(self) -> bool:
        return self._store.path is not None

    def backup_folder(self) -> Path:
        from rmdesk.store.backups import backup_folder
        from rmdesk.store.private import private_folder

        return private_folder(backup_folder(self.book))

    def backups(self) -> list[Backup]:
        from rmdesk.store.backups import list_backups

        return list_backups(self.book)

    def back_up(self, target: Path | None = None, reason: str = "manual") -> Path:
        from rmdesk.store.backups import write_backup

        return write_backup(self.book, reason, target, key=self._store.key)

    def daily(self, now: dt.datetime | None = None) -> Path | None:
        """Today's backup if none was written today (the window asks at start)."""
        from rmdesk.store.backups import daily_backup

        return daily_backup(self.book, now, self._store.key) if self.available else None

    # -- a copy of each day's backup elsewhere (another disk, a USB drive) ---------------

    def copy_folder(self) -> str:
        """Where each day's backup is copied too ("" : nowhere); the user's own setting."""
        from rmdesk.store.personal import read_personal

        return read_personal(self._store, COPY_KEY) if self.available else ""

    def set_copy_folder(self, folder: str) -> None:
        """Copy each day's backup into `folder` from now on ("" : stop); BackupFailed for
        a folder that is not there or is the backup folder itself."""
        from rmdesk.domain.backups import BackupFailed
        from rmdesk.store.backups import backup_folder
        from rmdesk.store.personal import write_personal

        if folder:
            chosen = Path(folder).expanduser().absolute()
            if not chosen.is_dir():
                raise BackupFailed(chosen, "the folder is not there")
            if chosen.resolve() in (backup_folder(self.book).resolve(), self.book.parent.resolve()):
                raise BackupFailed(
                    chosen,
                    "this is where the book and its backups are already: choose another drive",
                )
            folder = str(chosen)
        write_personal(self._store, COPY_KEY, folder)

    def copy_daily(self) -> Path | None:
        """The newest daily backup copied to the chosen folder, if it is not there yet
        (None: nothing to copy, or no folder chosen); BackupFailed when that folder is
        not there (a drive not plugged in) or cannot be written."""
        from rmdesk.store.backups import copy_daily

        folder = self.copy_folder()
        return copy_daily(self.book, Path(folder)) if folder else None

    def copy_on_same_disk(self) -> bool:
        """Whether the chosen folder is on the book's own disk (a failed disk, or a
        stolen laptop, takes both)."""
        folder = self.copy_folder()
        try:
            return bool(folder) and Path(folder).stat().st_dev == self.book.stat().st_dev
        except OSError:
            return False

    def copies(self) -> list[Backup]:
        """The daily backups in the chosen folder, newest first ([] when it is not there)."""
        from rmdesk.store.backups import list_backups

        folder = self.copy_folder()
        return list_backups(self.book, Path(folder)) if folder and Path(folder).is_dir() else []

    def integrity_problem(self) -> str:
        """'' when the book is sound, else what SQLite says (the check at start)."""
        from rmdesk.store.backups import integrity_problem

        return integrity_problem(self.book, self._store.key) if self.available else ""

    def newest_sound(self) -> Backup | None:
        from rmdesk.store.backups import newest_sound

        return newest_sound(self.book, self._store.key)

    def describe(self, backup: Path) -> tuple[str | None, int]:
        """(schema revision, living contacts) of a backup file; BackupFailed if it is
        not a sound rmdesk book."""
        from rmdesk.store.backups import describe

        return describe(backup, self._store.key)

    def restore(self, backup: Path) -> Path | None:
        """Put the backup's book in place of this one (a backup of the replaced state is
        kept: its path), migrate it if it is older, and tell every screen to read again."""
        from rmdesk.store import migrate
        from rmdesk.store.audit import carry_over, trail_of
        from rmdesk.store.backups import restore

        self._store.reset_readers()  # nothing of ours holds the old file open
        kept = restore(self.book, backup, key=self._store.key)
        self._store.reset_readers()
        migrate.upgrade(self._store.engine)
        if kept is not None:  # a backup from before the trail: it comes over now
            carry_over(self.book, trail_of(kept, self._store.key), self._store.key)
        self._events.publish(
            ContactsChanged(),
            VisitsChanged(),
            ActivityChanged(),
            KeepingChanged(),
            CompaniesChanged(),
            WorkingDayChanged(),
        )
        return kept
