"""rmdesk backup, rmdesk restore: the embedded book's backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rmdesk.cli.common import db_option, error
from rmdesk.store.location import default_database


def add_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="back the book up now",
        description="Write a backup of the embedded book with SQLite's online backup API "
        "(safe while rmdesk runs) into its backup folder, or to FILE; print its path.",
    )
    db_option(backup, top=False)
    backup.add_argument("-o", "--output", metavar="FILE", help="where to write it")
    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the book",
        description="Replace the book with a backup. The backup is checked first, and the "
        "book it replaces is itself backed up.",
    )
    db_option(restore, top=False)
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _book(db: str | None) -> Path | None:
    from rmdesk.store.database import is_url, sqlite_path

    target = db or default_database()
    if is_url(target) and not target.startswith("sqlite"):
        error(
            "backups are of the embedded book; a team's PostgreSQL server is backed up on "
            "the server (pg_dump)"
        )
        return None
    return sqlite_path(target).expanduser().absolute()


def run_backup(args: argparse.Namespace) -> int:
    from rmdesk.store.backups import write_backup

    book = _book(args.db)
    if book is None:
        return 2
    target = Path(args.output).expanduser().absolute() if args.output else None
    path = write_backup(book, "manual", target)
    sys.stdout.write(f"{path}\n")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from rmdesk.store.backups import describe, restore
    from rmdesk.store.database import open_store

    book = _book(args.db)
    if book is None:
        return 2
    backup = Path(args.file).expanduser().absolute()
    if not backup.is_file():
        error(f"{backup}: no such file")
        return 2
    revision, contacts = describe(backup)
    if not args.yes:
        if not sys.stdin.isatty():
            error("restoring replaces the book: add --yes to do it without a question")
            return 2
        answer = input(
            f"Replace the book {book} with {backup.name} ({contacts} contacts)? "
            "The book as it is now is backed up first. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            sys.stdout.write("nothing was changed\n")
            return 1
    kept = restore(book, backup)
    open_store(book).close()  # brings an older backup's schema up to this version
    sys.stdout.write(f"restored {book} from {backup} ({contacts} contacts, schema {revision})\n")
    if kept is not None:
        sys.stdout.write(f"the book it replaced is kept at {kept}\n")
    return 0


def run(args: argparse.Namespace) -> int:
    return run_backup(args) if args.command == "backup" else run_restore(args)


COMMANDS = ("backup", "restore")
