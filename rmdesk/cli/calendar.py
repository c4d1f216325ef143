"""rmdesk export ics, sync caldav, import ics, feed: the phone calendar."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from typing import Any

from rmdesk.cli.common import (
    LAST_YEAR,
    day,
    db_option,
    open_book,
    whose,
)


def add_commands(commands: Any) -> None:
    """This group's subcommands on the top parser's subparsers."""
    export = commands.add_parser("export", help="export to other programs")
    export_commands = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    ics = export_commands.add_parser(
        "ics",
        help="visits and client dates as iCalendar (.ics) for phone calendars",
        description="Proposed, booked and cancelled visits (cancelled ones stay so that "
        "phones remove them), birthdays (lunar ones converted for each year), wedding "
        "anniversaries and the traditional festivals. No profile carries the ID number, "
        "health, income or religion.",
    )
    db_option(ics, top=False)
    ics.add_argument("-o", "--output", required=True, metavar="FILE")
    ics.add_argument(
        "--from", dest="first", type=day, metavar="YYYY-MM-DD", help="first day (default today)"
    )
    ics.add_argument(
        "--to", dest="last", type=day, metavar="YYYY-MM-DD", help="last day (default 60 days on)"
    )
    ics.add_argument("--privacy", choices=("minimal", "standard", "full"), default="standard")
    ics.add_argument(
        "--alarm",
        type=int,
        default=30,
        metavar="MIN",
        help="alarm minutes before a visit (default 30; 0 for none)",
    )
    ics.add_argument(
        "--split",
        action="store_true",
        help="one event per file: in FILE as a folder, or a zip if FILE ends in .zip",
    )
    ics.add_argument("--no-festivals", action="store_true", help="leave out festival greetings")
    ics.add_argument(
        "--birthdays",
        type=whose,
        default="all",
        metavar="WHOSE",
        help="whose birthdays and anniversaries (in the range) go along: all, key (key "
        "clients), none, or tag:TAG (default all)",
    )
    ics.add_argument(
        "--contact",
        type=int,
        action="append",
        metavar="ID",
        help="only these contacts' visits and dates (repeat for several)",
    )

    sync = commands.add_parser("sync", help="sync with a phone calendar")
    sync_commands = sync.add_subparsers(dest="sync_command", metavar="SERVICE", required=True)
    caldav = sync_commands.add_parser(
        "caldav",
        help="two-way sync with a CalDAV calendar",
        description="Push visits and client dates to a CalDAV calendar and bring back what "
        "was moved or cancelled on the phone. Changes from the phone are listed and applied "
        "only with --yes; a visit changed on both sides is a conflict, settled only with "
        "--keep. The password lives in the system keyring (or $RMDESK_CALDAV_PASSWORD).",
    )
    db_option(caldav, top=False)
    caldav.add_argument("--url", help="the server URL (stored with the book)")
    caldav.add_argument("--user", help="the account's user name")
    caldav.add_argument("--calendar", help="the calendar's name (default rmdesk)")
    caldav.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input and keep it in the keyring",
    )
    caldav.add_argument(
        "--delete-cancelled",
        choices=("yes", "no"),
        help="delete cancelled visits from the calendar instead of marking them",
    )
    caldav.add_argument("--privacy", choices=("minimal", "standard", "full"), default="standard")
    caldav.add_argument("--days", type=int, default=60, help="how far ahead (default 60)")
    caldav.add_argument("--yes", action="store_true", help="apply the phone's changes")
    caldav.add_argument(
        "--keep",
        choices=("here", "phone"),
        help="settle conflicts: keep rmdesk's version or the phone's",
    )

    imp = commands.add_parser("import", help="import from other programs")
    import_commands = imp.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    import_ics = import_commands.add_parser(
        "ics",
        help="apply moves and cancellations from an .ics (matched by UID)",
        description="Events that match visit plans and were moved or cancelled are listed, "
        "and applied with --yes. Unknown events are listed; make them appointments in the "
        "app, where you choose the client.",
    )
    db_option(import_ics, top=False)
    import_ics.add_argument("file", metavar="FILE.ics")
    import_ics.add_argument("--yes", action="store_true", help="apply the listed changes")
    from rmdesk.cli import data

    data.add_contact_commands(import_commands, export_commands)

    feed = commands.add_parser(
        "feed",
        help="serve the calendar to phones on the network (until Ctrl+C)",
        description="Serves the calendar at a URL with a secret token. It listens only on "
        "--host (127.0.0.1 unless you choose an address of this machine on your network).",
    )
    db_option(feed, top=False)
    feed.add_argument("--host", help="the address to listen on (default 127.0.0.1)")
    feed.add_argument("--port", type=int, help="the port (default 8765)")
    feed.add_argument("--renew-token", action="store_true", help="a new URL; the old one stops")
    feed.add_argument("--privacy", choices=("minimal", "standard", "full"))


def run_export_ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rmdesk.agenda.items import Privacy

    first = args.first or dt.date.today()
    last = args.last or min(first + dt.timedelta(days=60), dt.date(LAST_YEAR, 12, 31))
    if last < first:
        print("rmdesk: error: --to is before --from", file=sys.stderr)
        return 2
    target = Path(args.output)
    if not target.parent.is_dir():
        print(f"rmdesk: error: the folder {target.parent} does not exist", file=sys.stderr)
        return 2
    services = open_book(args.db)
    try:
        written = services.agenda.export(
            target,
            first,
            last,
            Privacy(args.privacy),
            args.alarm if args.alarm > 0 else None,
            festivals=not args.no_festivals and not args.contact,
            contacts=set(args.contact) if args.contact else None,
            client_dates=args.birthdays,
            split=args.split,
        )
    except OSError as exc:
        print(f"rmdesk: error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    print(f"wrote {written} events to {target}", file=sys.stderr)
    return 0


def run_sync_caldav(args: argparse.Namespace) -> int:
    from rmdesk.agenda import caldav_sync as cs
    from rmdesk.agenda.items import Privacy

    services = open_book(args.db)
    agenda = services.agenda
    try:
        account = agenda.account()
        if args.url or args.user or args.calendar or args.delete_cancelled:
            if account is None and not (args.url and args.user):
                print("rmdesk: error: give --url and --user the first time", file=sys.stderr)
                return 2
            base = account or cs.Account(args.url, args.user)
            account = cs.Account(
                args.url or base.url,
                args.user or base.username,
                args.calendar or base.calendar,
                base.delete_cancelled
                if args.delete_cancelled is None
                else args.delete_cancelled == "yes",
            )
            agenda.save_account(account)
        if account is None:
            print("rmdesk: error: no CalDAV account yet; give --url and --user", file=sys.stderr)
            return 2
        if args.password_stdin:
            cs.store_password(account, sys.stdin.readline().rstrip("\n"))
        password = cs.find_password(account)
        if password is None:
            print(
                "rmdesk: error: no password stored; use --password-stdin or set "
                f"${cs.PASSWORD_ENV}",
                file=sys.stderr,
            )
            return 2
        first = dt.date.today()
        last = first + dt.timedelta(days=max(1, args.days))

        def once() -> cs.Report:
            return agenda.sync(account, password, first, last, Privacy(args.privacy))

        report = once()
        out = sys.stdout
        if report.created:
            out.write(f"created the calendar {account.calendar}\n")
        out.write(f"pushed {len(report.pushed)}, deleted {len(report.deleted)}\n")
        for change in report.changes:
            new = change.new_start.strftime("%Y-%m-%d %H:%M") if change.new_start else ""
            out.write(f"phone: {change.summary} {change.kind} {new}\n")
        for conflict in report.conflicts:
            out.write(
                f"conflict: {conflict.summary}: here {conflict.here}, phone {conflict.phone}\n"
            )
        changes = report.changes if args.yes else []
        settled = report.conflicts if args.keep else []
        if report.changes and not args.yes:
            out.write("run again with --yes to apply the phone's changes\n")
        if report.conflicts and not args.keep:
            out.write("run again with --keep here or --keep phone to settle the conflicts\n")
        if changes or settled:
            agenda.apply_phone_changes(
                changes,
                settled if args.keep == "phone" else [],
                settled if args.keep == "here" else [],
            )
            report = once()
            out.write(f"applied; pushed {len(report.pushed)}\n")
    finally:
        services.close()
    return 0


def run_import_ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rmdesk.agenda.import_ics import check_size

    source = Path(args.file)
    try:
        check_size(source.stat().st_size)
        data = source.read_bytes()
    except OSError as exc:
        print(f"rmdesk: error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    services = open_book(args.db)
    try:
        plan = services.agenda.plan_import(data)
        out = sys.stdout
        for problem in plan.problems:
            out.write(f"problem: {problem.uid}: {problem.reason}\n")
        for change in plan.changes:
            new = change.new_start.strftime("%Y-%m-%d %H:%M") if change.new_start else ""
            out.write(f"{change.kind}: {change.summary} {new}\n")
        for incoming in plan.new:
            out.write(f"new: {incoming.start:%Y-%m-%d %H:%M} {incoming.summary}\n")
        out.write(
            f"{len(plan.changes)} change(s), {len(plan.new)} unknown event(s), "
            f"{plan.unchanged} unchanged\n"
        )
        if plan.problems:
            print(
                f"rmdesk: error: {args.file} has {len(plan.problems)} problem(s) (listed "
                "above); nothing was imported: correct the file and import it again",
                file=sys.stderr,
            )
            return 1
        if plan.changes and args.yes:
            services.agenda.apply_import(plan.changes, [])
            out.write("applied\n")
        elif plan.changes:
            out.write("run again with --yes to apply the changes\n")
    finally:
        services.close()
    return 0


def run_feed(args: argparse.Namespace) -> int:
    import dataclasses

    from rmdesk.agenda.feed import new_token

    services = open_book(args.db)
    agenda = services.agenda
    try:
        settings = agenda.feed_settings()
        settings = dataclasses.replace(
            settings,
            enabled=True,
            host=args.host or settings.host,
            port=args.port or settings.port,
            privacy=args.privacy or settings.privacy,
            token=new_token() if args.renew_token else settings.token,
        )
        agenda.save_feed_settings(settings)
        try:
            server = agenda.feed_server(settings)
        except OSError as exc:
            print(
                f"rmdesk: error: cannot listen on {settings.host}:{settings.port}: "
                f"{exc.strerror or exc}",
                file=sys.stderr,
            )
            return 1
        print(f"serving {settings.url()} (Ctrl+C stops)", file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve()
    finally:
        services.close()
    return 0


def run(args: argparse.Namespace) -> int:
    if "contacts" in (getattr(args, "import_command", ""), getattr(args, "export_command", "")):
        from rmdesk.cli import data

        return data.run_contacts(args)
    runs = {
        "export": run_export_ics,
        "sync": run_sync_caldav,
        "import": run_import_ics,
        "feed": run_feed,
    }
    return runs[args.command](args)


COMMANDS = ("export", "sync", "import", "feed")
