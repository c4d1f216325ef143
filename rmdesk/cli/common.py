"""What every command group shares: the --db option, argument types that refuse bad
values in one line, opening the book, errors on one line."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import EditConflict
from rmdesk.domain.kinds import TieFamily, TieKind
from rmdesk.store.location import ENV_DB, ENV_PASSPHRASE, default_database

if TYPE_CHECKING:
    from rmdesk.services import Services
    from rmdesk.store.cipher import BookKey

DEMO_CLIENTS = 2000


def db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        # On subcommands, SUPPRESS keeps a --db given before the subcommand.
        default=None if top else argparse.SUPPRESS,
        help=f"the database: a file path or a SQLAlchemy URL (default: ${ENV_DB}, "
        f"else {default_database()})",
    )
    if not top:  # every command that opens the book opens an encrypted one too
        passphrase_option(parser, top=False)


def tie_of(family: TieFamily):
    def parse(text: str) -> TieKind:
        try:
            kind = TieKind.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        if kind.family is not family:
            names = ", ".join(f"{k.zh} ({k.value})" for k in TieKind.of_family(family))
            raise argparse.ArgumentTypeError(f"{text!r} is not one of {family.zh}: {names}")
        return kind

    return parse


class Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (the usage is one --help away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


FIRST_YEAR, LAST_YEAR = 1900, 2099  # the calendar and the holidays rmdesk can reckon


def day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range: use a date from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day


def whose(text: str) -> str:
    if text in ("all", "key", "none") or (text.startswith("tag:") and len(text) > 4):
        return text
    raise argparse.ArgumentTypeError(f"{text!r} is not all, key, none or tag:TAG")


def finite(text: str) -> float:
    """A number argparse would take, except nan and infinity."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def span(text: str) -> tuple[dt.time, dt.time]:
    try:
        first, last = (
            dt.datetime.strptime(part.strip(), "%H:%M").time() for part in text.split("-")
        )
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a span: {text!r} (use HH:MM-HH:MM)") from None
    if last <= first:
        raise argparse.ArgumentTypeError(f"{text!r} ends before it starts")
    return first, last


def contact_json(c: Contact) -> dict[str, Any]:
    """The JSON form of a contact for `contacts list --json`."""
    return {
        "id": c.id,
        "name": c.name,
        "nickname": c.nickname,
        "gender": c.gender.value if c.gender else None,
        "company": c.company,
        "title": c.title,
        "phones": [{"label": p.label.value, "number": p.number} for p in c.phones],
        "ties": [
            {"kind": t.kind.value, "name": t.kind.zh, "detail": t.detail}
            for t in c.ties
            if t.kind.family is TieFamily.TONG
        ],
        "bonds": [
            {"kind": t.kind.value, "name": t.kind.zh, "detail": t.detail}
            for t in c.ties
            if t.kind.family is TieFamily.YUAN
        ],
        "district": c.district or None,
        "birthday": c.birthday.to_json() if c.birthday else None,
        "stage": c.stage.value if c.stage else None,
        "key_client": c.key_client,
        "qualification_score": c.qualification_score,
        "introduced_by": c.introduced_by_id,
        "tags": c.tags,
    }


_from_stdin: list[str] = []  # the passphrase --passphrase-stdin read, once


def passphrase_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=f"read an encrypted book's passphrase from the first line of standard input "
        f"(else ${ENV_PASSPHRASE}, else the system keyring)",
    )


def read_passphrase_from_stdin(wanted: bool) -> None:
    """Read the passphrase's line now, if `wanted` (before any command reads standard
    input); forget one read by an earlier run in this process."""
    _from_stdin.clear()
    if wanted:
        _from_stdin.append(sys.stdin.readline().rstrip("\r\n"))


def stdin_passphrase() -> str | None:
    """The line --passphrase-stdin read, if it did."""
    return _from_stdin[0] if _from_stdin else None


def book_passphrase(path: Path | None) -> str | None:
    """The passphrase the user gave for the book: standard input, the environment, or
    (for an encrypted book file) the system keyring; None when none was given."""
    given = _from_stdin[0] if _from_stdin else os.environ.get(ENV_PASSPHRASE) or None
    if given is not None:
        if path is not None and path.exists():
            from rmdesk.store.cipher import spelling_that_opens

            return spelling_that_opens(path, given)  # a recovery key typed another way
        return given
    if path is not None and path.exists():
        from rmdesk.store.cipher import is_encrypted

        if is_encrypted(path):
            from rmdesk.store.encryption import keyring_secret

            return keyring_secret(path)
    return None


def book_file(db: str | None) -> Path | None:
    """The embedded book's file (None: a server)."""
    from rmdesk.store.database import book_file as file_of

    return file_of(db or default_database())


def book_key(book: Path) -> BookKey | None:
    """The key of the book file (None: a plain book), from the passphrase the user
    gave; BookEncrypted without one, WrongPassphrase for a wrong one."""
    from rmdesk.domain.errors import BookEncrypted, WrongPassphrase
    from rmdesk.store.cipher import is_encrypted, key_for, opens

    if not is_encrypted(book):
        return None
    passphrase = book_passphrase(book)
    if passphrase is None:
        raise BookEncrypted(str(book))
    key = key_for(book, passphrase)
    if not opens(book, key):
        raise WrongPassphrase(str(book))
    return key


def open_book(db: str | None) -> Services:
    """Open (and migrate) the book and build its services, as the window does."""
    from rmdesk.services import build_services
    from rmdesk.store.database import open_store

    target = db or default_database()
    return build_services(open_store(target, passphrase=book_passphrase(book_file(db))))


def show_conflict(conflict: EditConflict) -> None:
    """Both versions, field by field, on stdout (the error line follows on stderr)."""
    from rmdesk.domain.versions import differing_fields

    if conflict.theirs is None:
        return
    out = sys.stdout
    out.write(f"{conflict.what} {conflict.key}: field\tyours\tsaved meanwhile\n")
    for name in differing_fields(conflict.mine, conflict.theirs):
        mine, theirs = getattr(conflict.mine, name), getattr(conflict.theirs, name)
        out.write(f"  {name}\t{plain(mine)}\t{plain(theirs)}\n")


def plain(value: object) -> str:
    text = str(value.value) if isinstance(value, enum.Enum) else str(value)
    return " ".join(text.split()) or "-"


def error(text: str) -> None:
    """One line on stderr, whatever the message holds (a server's answer may span lines)."""
    print(f"rmdesk: error: {' '.join(text.split())}", file=sys.stderr)
