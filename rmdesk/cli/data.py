"""rmdesk backup, rmdesk restore: the embedded book's backups; rmdesk import contacts,
rmdesk export contacts: contacts in and out (under the calendar's import and export)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rmdesk.cli.common import (
    book_file,
    book_key,
    book_passphrase,
    day,
    db_option,
    error,
    open_book,
    stdin_passphrase,
)
from rmdesk.domain.protection import MIN_PASSPHRASE


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
    audit = commands.add_parser(
        "audit",
        help="the audit trail: each time client data left rmdesk",
        description="List the audit trail's entries (when, who on a team's book, what kind, "
        "how many clients, which sensitive fields), each verified against the hash chain; "
        "--verify checks the whole chain and exits non-zero if an entry was edited or "
        "deleted. On a team's book an RM lists their own entries, a branch manager all.",
    )
    db_option(audit, top=False)
    for name, what in (("encrypt", "encrypt"), ("passphrase", "change the passphrase of")):
        command = commands.add_parser(
            name,
            help=f"{what} the embedded book",
            description=(
                "Encrypt the plain book and its backups with SQLCipher. Each file is written "
                "anew, read back, and only then put in place of the plain one."
                if name == "encrypt"
                else "Change the encrypted book's passphrase (its backups too). With "
                "--passphrase-stdin, the first line is the current passphrase and the "
                "second the new one."
            )
            + " The passphrase comes from --passphrase-stdin, else is typed twice; "
            "--keyring keeps a random key in the system keyring instead. " + FORGOTTEN,
        )
        db_option(command, top=False)
        command.add_argument(
            "--keyring",
            action="store_true",
            help="no passphrase: a random key, kept in the system keyring",
        )
    recovery = commands.add_parser(
        "recovery-key",
        help="the recovery key of a book whose key the system keyring keeps",
        description="Print the recovery key of the encrypted book whose random key the "
        "system keyring keeps: typed in place of a passphrase, it opens the book and its "
        "backups on any computer (this one lost, replaced or its keyring reset). Keep it "
        "away from this computer: whoever has it can read the book.",
    )
    db_option(recovery, top=False)
    audit.add_argument("--from", dest="first", type=day, metavar="YYYY-MM-DD")
    audit.add_argument("--to", dest="last", type=day, metavar="YYYY-MM-DD")
    audit.add_argument("--json", action="store_true", help="print the entries as JSON")
    audit.add_argument("--verify", action="store_true", help="check the chain")


def add_contact_commands(imports: Any, exports: Any) -> None:
    imp = imports.add_parser(
        "contacts",
        help="contacts from a phone (vCard), Excel or WPS (.xlsx, CSV)",
        description="Import contacts in one transaction: by default the valid records, "
        "listing the rejected ones with their reason and place in the file. Duplicates (same "
        "phone, ID number, or name and company) are skipped. The book is backed up first.",
    )
    db_option(imp, top=False)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--format", choices=["vcf", "csv", "xlsx"], help="default: the extension")
    imp.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen only")
    imp.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing if any record is rejected"
    )
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    exp = exports.add_parser(
        "contacts",
        help="contacts as vCard 3.0, CSV (Excel) or .xlsx",
        description="Export every contact of the book. Sensitive fields (ID number) only "
        "with --include-sensitive.",
    )
    db_option(exp, top=False)
    exp.add_argument("-o", "--output", metavar="FILE", required=True)
    exp.add_argument("--format", choices=["vcf", "csv", "xlsx"], help="default: the extension")
    exp.add_argument("--include-sensitive", action="store_true", help="the ID numbers too")


def run_contacts(args: argparse.Namespace) -> int:
    return run_import(args) if args.command == "import" else run_export(args)


def _line(line: Any) -> dict[str, Any]:
    from rmdesk.exchange.records import message

    out: dict[str, Any] = {"place": line.place, "name": line.name, "contact": line.contact_id}
    if line.matched_on:
        out["matched_on"] = line.matched_on
    if line.reason is not None:
        out["reason"] = message(*line.reason)
    return out


def run_import(args: argparse.Namespace) -> int:
    import json

    from rmdesk.exchange.records import message
    from rmdesk.exchange.tables import WrongFile

    path = Path(args.file).expanduser()
    services = open_book(args.db)
    try:
        try:
            contents = services.exchange.read_file(path, args.format or "", args.sheet or "")
        except WrongFile as exc:
            error(str(exc))
            return 2
        mapping = services.exchange.mapping_for(contents.table) if contents.table else None
        if contents.table is not None and "name" not in (mapping or {}).values():
            columns = "、".join(h for h in contents.table.headers if h) or "none"
            error(
                f"{path.name}: no column of names among its columns ({columns}); "
                "name them 姓名 or Name, or import it in the window and choose the columns"
            )
            return 2
        records = services.exchange.records(contents, mapping)
        report = services.exchange.import_records(
            records, all_or_nothing=args.all_or_nothing, dry_run=args.dry_run
        )
    finally:
        services.close()
    data = {
        "dry_run": args.dry_run,
        "written": report.written,
        "added": [_line(x) for x in report.added],
        "updated": [_line(x) for x in report.updated],
        "duplicates": [_line(x) for x in report.duplicates],
        "rejected": [_line(x) for x in report.rejected],
        "warnings": [{"place": p, "warning": message(*w)} for p, w in report.warnings],
    }
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        verb = "would add" if args.dry_run or not report.written else "added"
        sys.stdout.write(
            f"{verb} {len(report.added)}, updated {len(report.updated)}, "
            f"duplicates {len(report.duplicates)}, rejected {len(report.rejected)}\n"
        )
        for x in report.rejected:
            sys.stdout.write(f"rejected {x.place}: {message(*(x.reason or ('', '')))}\n")
        for x in report.duplicates:
            sys.stdout.write(f"duplicate {x.place}: {x.name} (same {x.matched_on})\n")
        for place, w in report.warnings:
            sys.stdout.write(f"warning {place}: {message(*w)}\n")
        if args.all_or_nothing and report.rejected:
            sys.stdout.write("nothing was imported (--all-or-nothing)\n")
    return 1 if args.all_or_nothing and report.rejected else 0


def run_export(args: argparse.Namespace) -> int:
    path = Path(args.output).expanduser()
    fmt = args.format or {".vcf": "vcf", ".xlsx": "xlsx"}.get(path.suffix.lower(), "csv")
    services = open_book(args.db)
    try:
        count = services.exchange.export(path, [], fmt, args.include_sensitive)
    finally:
        services.close()
    sys.stdout.write(f"wrote {count} contacts to {path}\n")
    return 0


def _book(db: str | None, server: str = "backed up on the server (pg_dump)") -> Path | None:
    book = book_file(db)
    if book is None:
        error(f"this is for the embedded book; a team's PostgreSQL server is {server}")
    return book


def run_backup(args: argparse.Namespace) -> int:
    from rmdesk.store.backups import write_backup

    book = _book(args.db)
    if book is None:
        return 2
    target = Path(args.output).expanduser().absolute() if args.output else None
    path = write_backup(book, "manual", target, key=book_key(book))
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
    new = not book.exists()
    if not new:
        key = book_key(book)
    else:  # a new computer: an encrypted backup opens with its passphrase or recovery key
        from rmdesk.store.cipher import could_be_encrypted

        key = book_key(backup) if could_be_encrypted(backup) else None
    revision, contacts = describe(backup, key)
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
    from rmdesk.store.audit import carry_over, trail_of

    kept = restore(book, backup, key=key)
    given = book_passphrase(book) if key else None
    if new and given is not None:
        from rmdesk.store.encryption import keep_recovered

        if keep_recovered(book, given):  # a recovery key: kept here as it was there
            sys.stdout.write("its key is kept in the system keyring, as it was\n")
    # Brings an older backup's schema up to this version.
    open_store(book, passphrase=given).close()
    if kept is not None:  # what left rmdesk stays in the trail, whatever the backup
        carry_over(book, trail_of(kept, key), key)
    sys.stdout.write(f"restored {book} from {backup} ({contacts} contacts, schema {revision})\n")
    if kept is not None:
        sys.stdout.write(f"the book it replaced is kept at {kept}\n")
    return 0


def run_audit(args: argparse.Namespace) -> int:
    import json

    services = open_book(args.db)
    try:
        if args.verify:
            bad = services.audit.broken()
            total = len(services.audit.entries())
        else:
            found = services.audit.entries(args.first, args.last)
    finally:
        services.close()
    if args.verify:
        if bad:
            error(
                f"the audit trail does not verify: entr{'y' if len(bad) == 1 else 'ies'} "
                f"{', '.join(map(str, bad))} of {total} were edited, or follow one deleted"
            )
            return 1
        sys.stdout.write(f"the audit trail is whole: {total} entries verified\n")
        return 0
    rows = [
        {
            "at": e.at.isoformat(sep=" "),
            "actor": e.actor,  # who, on a team's book
            "kind": e.kind,
            "clients": e.clients,
            "sensitive_fields": list(e.sensitive_fields),
            "verified": e.verified,
        }
        for e in found
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for e in found:
            fields = ",".join(e.sensitive_fields) or "-"
            mark = "" if e.verified else "\tNOT VERIFIED"
            who = f"{e.actor}\t" if e.actor else ""
            sys.stdout.write(
                f"{e.at:%Y-%m-%d %H:%M:%S}\t{who}{e.kind}\t{e.clients} clients\t{fields}{mark}\n"
            )
    return 0


FORGOTTEN = (
    "A forgotten passphrase cannot be recovered: nobody, rmdesk included, can open the "
    "book without it. Keep it somewhere safe."
)


def _new_passphrase(args: argparse.Namespace, line: int) -> str | None:
    """The new passphrase: from standard input (its `line`), else typed twice at the
    terminal; None with --keyring (a random secret the keyring keeps)."""
    import getpass

    if args.keyring:
        return None
    if args.passphrase_stdin:
        given = stdin_passphrase()
        text = given if line == 0 and given is not None else sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        sys.stderr.write(FORGOTTEN + "\n")
        text = getpass.getpass("New passphrase: ")
        if getpass.getpass("Again: ") != text:
            raise SystemExit("rmdesk: error: the two passphrases differ; nothing was changed")
    else:
        raise SystemExit(
            "rmdesk: error: give the new passphrase with --passphrase-stdin, type it at a "
            "terminal, or use --keyring; nothing was changed"
        )
    if len(text) < MIN_PASSPHRASE:
        raise SystemExit(
            f"rmdesk: error: a passphrase needs at least {MIN_PASSPHRASE} characters; "
            "nothing was changed"
        )
    return text


def run_encrypt(args: argparse.Namespace) -> int:
    from rmdesk.services import build_services
    from rmdesk.store.cipher import is_encrypted
    from rmdesk.store.database import open_store

    book = _book(args.db, "protected on the server (roles and TLS)")
    if book is None:
        return 2
    if not book.exists():
        error(f"{book}: no such book")
        return 2
    if is_encrypted(book):
        error(f"the book {book} is already encrypted; 'rmdesk passphrase' changes its passphrase")
        return 1
    passphrase = _new_passphrase(args, 0)
    services = build_services(open_store(book))  # a sound book, at this version
    try:
        left = services.security.encrypt(passphrase)
        recovery = services.security.recovery_key()
    finally:
        services.close()
    _converted("encrypted", book, left, recovery)
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    from rmdesk.store.cipher import is_encrypted

    book = _book(args.db, "protected on the server (roles and TLS)")
    if book is None:
        return 2
    if not is_encrypted(book):
        error(f"the book {book} is not encrypted; 'rmdesk encrypt' encrypts it")
        return 1
    services = open_book(args.db)  # the current passphrase: stdin's first line, env, keyring
    try:
        passphrase = _new_passphrase(args, 1)
        left = services.security.change_passphrase(passphrase)
        recovery = services.security.recovery_key()
    finally:
        services.close()
    _converted("put under its new passphrase", book, left, recovery)
    return 0


RECOVERY = (
    "typed in place of a passphrase, it opens the book and its backups on any computer; "
    "keep it away from this one: whoever has it can read the book"
)


def _converted(what: str, book: Path, left: list[Path], recovery: str | None) -> None:
    sys.stdout.write(f"{what}: {book} and its backups\n")
    if recovery is not None:
        sys.stdout.write("its key is kept in the system keyring\n")
        sys.stdout.write(f"recovery key: {recovery}\n({RECOVERY})\n")
    for path in left:
        sys.stdout.write(f"left as it was (damaged, or under another key): {path}\n")


def run_recovery_key(args: argparse.Namespace) -> int:
    book = _book(args.db, "protected on the server (roles and TLS)")
    if book is None:
        return 2
    services = open_book(args.db)
    try:
        recovery = services.security.recovery_key()
    finally:
        services.close()
    if recovery is None:
        error(
            f"the key of {book} is not kept in the system keyring: it opens with its "
            "passphrase (or is not encrypted), and has no recovery key"
        )
        return 1
    sys.stdout.write(f"{recovery}\n")
    sys.stderr.write(f"({RECOVERY})\n")
    return 0


def run(args: argparse.Namespace) -> int:
    runs = {
        "backup": run_backup,
        "restore": run_restore,
        "audit": run_audit,
        "encrypt": run_encrypt,
        "passphrase": run_passphrase,
        "recovery-key": run_recovery_key,
    }
    return runs[args.command](args)


COMMANDS = ("backup", "restore", "audit", "encrypt", "passphrase", "recovery-key")
