"""The command line: the same services as the windows, no Qt imported unless the GUI starts.

rmdesk [--db PATH] [--demo]            start the app
rmdesk demo [--db FILE] [--clients N] [--seed S]
rmdesk contacts list [--tie 同学] [--bond 亲缘] [--search Q] [--json]
rmdesk contacts near ID [--km R] [--json]
rmdesk plan YYYY-MM-DD [--json] [--save] [--offer ID [--minutes M]]
rmdesk briefing (--contact ID | --date YYYY-MM-DD) -o FILE.pdf [--include-sensitive]
rmdesk export ics -o FILE [--from D --to D] [--privacy minimal|standard|full] [--split]
rmdesk sync caldav [--url U --user N] [--password-stdin] [--yes] [--keep here|phone]
rmdesk import ics FILE.ics [--yes]
rmdesk feed [--host H --port P] [--renew-token]
rmdesk branch [--name N --address A --lat LAT --lon LON --hours 08:30-17:30 ...]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import enum
import json
import math
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn, cast

from rmdesk import __version__
from rmdesk.domain.contact import BookFilter, Contact
from rmdesk.domain.errors import EditConflict, RmdeskError
from rmdesk.domain.kinds import TieFamily, TieKind
from rmdesk.domain.phones import display_phone
from rmdesk.domain.visit import BRANCH_LIMITS, MIN_WORKING_DAY_MIN, Branch, branch_problems
from rmdesk.store.location import ENV_DB, default_database, demo_database

if TYPE_CHECKING:
    from rmdesk.store.database import Store

DEMO_CLIENTS = 2000


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        # On subcommands, SUPPRESS keeps a --db given before the subcommand.
        default=None if top else argparse.SUPPRESS,
        help=f"the database: a file path or a SQLAlchemy URL (default: ${ENV_DB}, "
        f"else {default_database()})",
    )


def _tie_of(family: TieFamily):
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


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (the usage is one --help away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rmdesk",
        description="rmdesk: the relationship manager's desk. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on the demo book (created on first use), kept apart from your data",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="write a demo book",
        description="Write a realistic demo book (台州, Zhejiang) into a new or empty "
        "database. The same seed always gives the same book.",
    )
    _db_option(demo, top=False)
    demo.add_argument(
        "--clients",
        type=int,
        default=DEMO_CLIENTS,
        metavar="N",
        help=f"how many contacts (default {DEMO_CLIENTS})",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    contacts = commands.add_parser("contacts", help="read the contact book")
    _db_option(contacts, top=False)
    contact_commands = contacts.add_subparsers(dest="contacts_command", metavar="ACTION")
    contact_commands.required = True
    listing = contact_commands.add_parser(
        "list",
        help="print matching contacts",
        description="Print the contacts in book (pinyin) order. Filters combine.",
    )
    _db_option(listing, top=False)
    listing.add_argument(
        "--tie",
        type=_tie_of(TieFamily.TONG),
        metavar="TIE",
        help="only this shared tie (五同): 同学 同乡 同事 同好 同邻",
    )
    listing.add_argument(
        "--bond",
        type=_tie_of(TieFamily.YUAN),
        metavar="BOND",
        help="only this bond (五缘): 亲缘 地缘 业缘 神缘 物缘",
    )
    listing.add_argument(
        "--search", metavar="Q", help="search name, nickname, company, phone, notes and pinyin"
    )
    listing.add_argument(
        "--district", metavar="D", help="only contacts with an address in this district"
    )
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    near = contact_commands.add_parser(
        "near",
        help="who is near a contact",
        description="List living contacts with an address within a radius of the "
        "contact's located addresses, nearest first.",
    )
    _db_option(near, top=False)
    near.add_argument("contact_id", type=int, metavar="ID", help="the contact's id")
    near.add_argument("--km", type=_finite, default=2.0, help="radius in km (default 2)")
    near.add_argument("--json", action="store_true", help="print a JSON list")

    plan = commands.add_parser(
        "plan",
        help="the day's optimised route",
        description="Order the day's proposed and booked visits into a route from the branch "
        "and back, within working hours and around lunch; list the visits that do not fit, "
        "with the reason.",
    )
    _db_option(plan, top=False)
    plan.add_argument("day", type=_day, metavar="YYYY-MM-DD", help="the day to plan")
    plan.add_argument("--json", action="store_true", help="print the route as JSON")
    plan.add_argument(
        "--save", action="store_true", help="store the order and times in the visit plans"
    )
    plan.add_argument(
        "--offer",
        type=int,
        metavar="ID",
        help="instead, the two best times to offer this contact on that day (二择一)",
    )
    plan.add_argument(
        "--minutes", type=int, default=45, help="length of the offered visit (default 45)"
    )

    briefing = commands.add_parser(
        "briefing",
        help="the pre-visit briefing as a PDF",
        description="One page per client: how to address them, style and approach, "
        "preferences, dates in the next 30 days, business with us, last visits, introducer "
        "and the visit plan. Sensitive fields (ID number, health, income, religion) are "
        "left out or masked unless --include-sensitive is given.",
    )
    _db_option(briefing, top=False)
    which = briefing.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", type=int, metavar="ID", help="one contact")
    which.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help="every visit of a day")
    briefing.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    briefing.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include the ID number, health, income and religion (this time only)",
    )
    briefing.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")

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
    _db_option(ics, top=False)
    ics.add_argument("-o", "--output", required=True, metavar="FILE")
    ics.add_argument(
        "--from", dest="first", type=_day, metavar="YYYY-MM-DD", help="first day (default today)"
    )
    ics.add_argument(
        "--to", dest="last", type=_day, metavar="YYYY-MM-DD", help="last day (default 60 days on)"
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
        type=_whose,
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
    _db_option(caldav, top=False)
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
    _db_option(import_ics, top=False)
    import_ics.add_argument("file", metavar="FILE.ics")
    import_ics.add_argument("--yes", action="store_true", help="apply the listed changes")

    feed = commands.add_parser(
        "feed",
        help="serve the calendar to phones on the network (until Ctrl+C)",
        description="Serves the calendar at a URL with a secret token. It listens only on "
        "--host (127.0.0.1 unless you choose an address of this machine on your network).",
    )
    _db_option(feed, top=False)
    feed.add_argument("--host", help="the address to listen on (default 127.0.0.1)")
    feed.add_argument("--port", type=int, help="the port (default 8765)")
    feed.add_argument("--renew-token", action="store_true", help="a new URL; the old one stops")
    feed.add_argument("--privacy", choices=("minimal", "standard", "full"))

    branch = commands.add_parser(
        "branch",
        help="show or set the branch and the working day",
        description="The branch is where the day's route starts and ends. Without options, "
        "print it.",
    )
    _db_option(branch, top=False)
    branch.add_argument("--name")
    branch.add_argument("--address")
    branch.add_argument("--lat", type=_finite)
    branch.add_argument("--lon", type=_finite)
    branch.add_argument("--hours", type=_span, metavar="HH:MM-HH:MM", help="working hours")
    branch.add_argument(
        "--lunch", type=_span, metavar="HH:MM-HH:MM", help="the window lunch must fit in"
    )
    branch.add_argument("--lunch-min", type=int, metavar="MIN", help="lunch length in minutes")
    branch.add_argument("--detour", type=_finite, help="road distance ÷ straight line (1.4)")
    branch.add_argument("--speed", type=_finite, metavar="KMH", help="average speed (25 km/h)")
    branch.add_argument(
        "--osrm", metavar="URL", help="an OSRM server for road travel times ('' to clear)"
    )
    return parser


FIRST_YEAR, LAST_YEAR = 1900, 2099  # the calendar and the holidays rmdesk can reckon


def _day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r} is out of range: use a date from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day


def _whose(text: str) -> str:
    if text in ("all", "key", "none") or (text.startswith("tag:") and len(text) > 4):
        return text
    raise argparse.ArgumentTypeError(f"{text!r} is not all, key, none or tag:TAG")


def _finite(text: str) -> float:
    """A number argparse would take, except nan and infinity."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def _span(text: str) -> tuple[dt.time, dt.time]:
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


def _open(db: str | None) -> Store:
    from rmdesk.store.database import open_store

    return open_store(db or default_database())


def run_demo(args: argparse.Namespace) -> int:
    from rmdesk.demo.generator import write_demo_book

    if args.clients < 1:
        print("rmdesk: error: --clients must be at least 1", file=sys.stderr)
        return 2
    target = args.db or demo_database()
    store = _open(target)
    try:

        def progress(done: int, total: int) -> None:
            print(f"\rwriting demo book: {done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            written = write_demo_book(store, args.clients, args.seed, progress=progress)
        except KeyboardInterrupt:
            print("\nrmdesk: cancelled; nothing was written", file=sys.stderr)
            return 130
        print(f"\nwrote {written} demo contacts to {store.location}", file=sys.stderr)
    finally:
        store.close()
    return 0


def run_contacts_list(args: argparse.Namespace) -> int:
    from rmdesk.contacts.book import ContactBook

    store = _open(args.db)
    try:
        book = ContactBook(store)
        ids = book.list_ids(
            BookFilter(
                tie=args.tie,
                search=args.search or "",
                trash=args.trash,
                district=args.district or "",
            )
        )
        if args.bond is not None:
            bonded = set(book.list_ids(BookFilter(tie=args.bond, trash=args.trash)))
            ids = [i for i in ids if i in bonded]
        out = sys.stdout
        if args.json:
            out.write("[")
            first = True
            for contact in book.iter_contacts(ids):
                out.write(
                    ("" if first else ",\n") + json.dumps(contact_json(contact), ensure_ascii=False)
                )
                first = False
            out.write("]\n")
        else:
            for contact in book.iter_contacts(ids):
                phone = display_phone(contact.phones[0].number) if contact.phones else ""
                ties = " ".join(t.kind.zh for t in contact.ties)
                out.write(f"{contact.id}\t{contact.name}\t{phone}\t{contact.district}\t{ties}\n")
    finally:
        store.close()
    return 0


def run_contacts_near(args: argparse.Namespace) -> int:
    from rmdesk.contacts.book import ContactBook

    if args.km <= 0:
        print("rmdesk: error: --km must be greater than 0", file=sys.stderr)
        return 2
    store = _open(args.db)
    try:
        found = ContactBook(store).near(args.contact_id, args.km)
    finally:
        store.close()
    if args.json:
        rows = [
            {
                "id": n.id,
                "name": n.name,
                "company": n.company,
                "district": n.district or None,
                "stage": n.stage.value if n.stage else None,
                "distance_km": n.distance_km,
                "last_visited": n.last_visited.isoformat() if n.last_visited else None,
            }
            for n in found
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
    else:
        for n in found:
            last = n.last_visited.isoformat() if n.last_visited else "never visited"
            sys.stdout.write(f"{n.distance_km:.2f} km\t{n.id}\t{n.name}\t{n.district}\t{last}\n")
    return 0


def run_offer(args: argparse.Namespace) -> int:
    from rmdesk.contacts.book import ContactBook
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.day import offer_slots
    from rmdesk.planning.visits import VisitBook

    if not 1 <= args.minutes <= 480:
        print("rmdesk: error: --minutes must be between 1 and 480", file=sys.stderr)
        return 2
    store = _open(args.db)
    try:
        ContactBook(store).get(args.offer)  # "no contact with id ..." before anything else
        branch = VisitBook(store).branch()
        draft = VisitPlan(
            contact_id=args.offer,
            time=VisitTime.flexible(args.day, branch.work_start, branch.work_end, args.minutes),
        )
        slots = offer_slots(store, draft)
    finally:
        store.close()
    rows = [
        {
            "start": f"{s.start:%H:%M}",
            "end": f"{s.end:%H:%M}",
            "extra_km": round(s.extra_km, 2),
            "extra_min": round(s.extra_min, 1),
            "displaced": list(s.displaced),
        }
        for s in slots
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
    elif not rows:
        sys.stdout.write("no time on this day fits the visits already planned\n")
    else:
        for row in rows:
            names = cast(list[str], row["displaced"])
            pushed = f"\tpushes out {', '.join(names)}" if names else ""
            sys.stdout.write(f"{row['start']}-{row['end']}\t+{row['extra_km']:.1f} km{pushed}\n")
    return 0


def run_plan(args: argparse.Namespace) -> int:
    from rmdesk.planning.day import plan_day, route_json

    if args.offer is not None:
        return run_offer(args)
    store = _open(args.db)
    try:
        route = plan_day(store, args.day, save=args.save)
        data = route_json(route, store)
    finally:
        store.close()
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    start = data["start"]
    out = sys.stdout
    notes = {
        "holiday": f"note: {data['day']} is a public holiday ({data['holiday']})",
        "weekend": f"note: {data['day']} is a weekend day",
        "adjusted_workday": f"note: {data['day']} is a working weekend day in lieu "
        f"({data['holiday']}, 调休)",
        "unknown": f"note: the official holidays of {data['day'][:4]} are not known to this "
        "version; weekends are assumed to be the only days off",
    }
    if data["day_kind"] in notes:
        out.write(notes[data["day_kind"]] + "\n")
    out.write(
        f"{data['day']}  {start['name'] or 'branch'}: leave {start['leave']}, "
        f"back {start['return']}, {data['total_km']:.1f} km\n"
    )
    for n, stop in enumerate(data["stops"], start=1):
        kind = "fixed" if stop["fixed"] else "flexible"
        out.write(
            f"{n:2d}. {stop['start']}-{stop['depart']}  {stop['name']}\t({kind}, arrive "
            f"{stop['arrive']}, {stop['leg_km']:.1f} km)\n"
        )
    if data["lunch"]:
        out.write(f"    lunch {data['lunch'][0]}-{data['lunch'][1]}\n")
    for u in data["unassigned"]:
        why = u["reason"] + (": " + ", ".join(u["clashes_with"]) if u["clashes_with"] else "")
        out.write(f"not planned: {u['name']} ({why})\n")
    return 0


def run_briefing(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rmdesk.dossier.briefing import briefing_for, briefings_for_day
    from rmdesk.dossier.pdf import write_briefings

    target = Path(args.output)
    if not target.parent.is_dir():
        print(f"rmdesk: error: the folder {target.parent} does not exist", file=sys.stderr)
        return 2
    today = dt.date.today()
    store = _open(args.db)
    try:
        if args.contact is not None:
            found = [briefing_for(store, args.contact, today, None, args.include_sensitive)]
        else:
            found = briefings_for_day(store, args.date, today, args.include_sensitive)
    finally:
        store.close()
    try:
        write_briefings(target, found, args.lang)
    except OSError as exc:
        print(f"rmdesk: error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(found)} briefing(s) to {target}", file=sys.stderr)
    return 0


def run_export_ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rmdesk.agenda.ics import write_ics, write_split
    from rmdesk.agenda.items import Privacy, calendar_items

    first = args.first or dt.date.today()
    last = args.last or min(first + dt.timedelta(days=60), dt.date(LAST_YEAR, 12, 31))
    if last < first:
        print("rmdesk: error: --to is before --from", file=sys.stderr)
        return 2
    target = Path(args.output)
    if not target.parent.is_dir():
        print(f"rmdesk: error: the folder {target.parent} does not exist", file=sys.stderr)
        return 2
    store = _open(args.db)
    try:
        items = calendar_items(
            store,
            first,
            last,
            Privacy(args.privacy),
            args.alarm if args.alarm > 0 else None,
            festivals_too=not args.no_festivals and not args.contact,
            contacts=set(args.contact) if args.contact else None,
            client_dates=args.birthdays,
        )
    finally:
        store.close()
    try:
        (write_split if args.split else write_ics)(target, items)
    except OSError as exc:
        print(f"rmdesk: error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(items)} events to {target}", file=sys.stderr)
    return 0


def run_sync_caldav(args: argparse.Namespace) -> int:
    from rmdesk.agenda import caldav_sync as cs
    from rmdesk.agenda.items import Privacy

    store = _open(args.db)
    try:
        account = cs.load_account(store)
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
            cs.save_account(store, account)
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
            return cs.sync(store, account, password, first, last, Privacy(args.privacy))

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
        again = False
        if report.changes and args.yes:
            cs.apply_changes(store, report.changes)
            again = True
        elif report.changes:
            out.write("run again with --yes to apply the phone's changes\n")
        if report.conflicts and args.keep:
            cs.resolve(store, report.conflicts, args.keep)
            again = True
        elif report.conflicts:
            out.write("run again with --keep here or --keep phone to settle the conflicts\n")
        if again:
            report = once()
            out.write(f"applied; pushed {len(report.pushed)}\n")
    finally:
        store.close()
    return 0


def run_import_ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rmdesk.agenda.import_ics import apply_import, check_size, plan_import

    source = Path(args.file)
    try:
        check_size(source.stat().st_size)
        data = source.read_bytes()
    except OSError as exc:
        print(f"rmdesk: error: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    store = _open(args.db)
    try:
        plan = plan_import(store, data)
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
            apply_import(store, plan.changes, [])
            out.write("applied\n")
        elif plan.changes:
            out.write("run again with --yes to apply the changes\n")
    finally:
        store.close()
    return 0


def run_feed(args: argparse.Namespace) -> int:
    import dataclasses

    from rmdesk.agenda.feed import FeedServer, calendar_feed, load_feed, new_token, save_feed

    store = _open(args.db)
    try:
        settings = load_feed(store)
        settings = dataclasses.replace(
            settings,
            enabled=True,
            host=args.host or settings.host,
            port=args.port or settings.port,
            privacy=args.privacy or settings.privacy,
            token=new_token() if args.renew_token else settings.token,
        )
        save_feed(store, settings)
        try:
            server = FeedServer(settings, lambda: calendar_feed(store, settings))
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
        store.close()
    return 0


def run_branch(args: argparse.Namespace) -> int:
    import dataclasses

    from rmdesk.planning.visits import VisitBook

    changes: dict[str, Any] = {}
    for option, key in (
        ("name", "name"),
        ("address", "address"),
        ("lat", "lat"),
        ("lon", "lon"),
        ("lunch_min", "lunch_min"),
        ("detour", "detour"),
        ("speed", "speed_kmh"),
        ("osrm", "osrm_url"),
    ):
        value = getattr(args, option)
        if value is not None:
            changes[key] = value
    if args.hours:
        changes["work_start"], changes["work_end"] = args.hours
    if args.lunch:
        changes["lunch_earliest"], changes["lunch_latest_end"] = args.lunch
    if ("lat" in changes) != ("lon" in changes):
        print("rmdesk: error: give --lat and --lon together", file=sys.stderr)
        return 2
    store = _open(args.db)
    try:
        visits = VisitBook(store)
        branch = visits.branch()
        if changes:
            branch = dataclasses.replace(branch, **changes)
            problems = branch_problems(branch)
            if problems:
                _error(_branch_problem(next(iter(problems)), branch))
                return 2
            visits.set_branch(branch)
    finally:
        store.close()
    for field in dataclasses.fields(branch):
        value = getattr(branch, field.name)
        sys.stdout.write(f"{field.name}: {'' if value is None else value}\n")
    return 0


def _branch_problem(field: str, b: Branch) -> str:
    """One line naming the option and the value that cannot make a working day."""
    low_high = BRANCH_LIMITS.get(field)
    texts = {
        "place": f"--lat {b.lat} --lon {b.lon} is not a place (latitude within ±90, "
        "longitude within ±180)",
        "hours": f"--hours {b.work_start:%H:%M}-{b.work_end:%H:%M} is too short for a working "
        f"day (at least {MIN_WORKING_DAY_MIN} minutes)",
        "lunch": f"--lunch {b.lunch_earliest:%H:%M}-{b.lunch_latest_end:%H:%M} with "
        f"--lunch-min {b.lunch_min} does not fit: lunch lies within the working hours "
        f"({b.work_start:%H:%M}-{b.work_end:%H:%M}) and its window holds its length",
    }
    options = {"lunch_min": "--lunch-min", "detour": "--detour", "speed_kmh": "--speed"}
    if field in options and low_high is not None:
        return (
            f"{options[field]} {getattr(b, field)} is out of range "
            f"({low_high[0]} to {low_high[1]}); nothing was saved"
        )
    return texts.get(field, field) + "; nothing was saved"


def run_gui(args: argparse.Namespace) -> int:
    from rmdesk.app import run

    return run(db=args.db, demo=args.demo, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # Chinese on any console
    try:
        if args.command == "contacts":
            near = args.contacts_command == "near"
            return run_contacts_near(args) if near else run_contacts_list(args)
        commands = {
            "demo": run_demo,
            "plan": run_plan,
            "branch": run_branch,
            "briefing": run_briefing,
            "export": run_export_ics,
            "sync": run_sync_caldav,
            "import": run_import_ics,
            "feed": run_feed,
        }
        return commands.get(args.command, run_gui)(args)
    except EditConflict as exc:
        _show_conflict(exc)
        _error(str(exc))
        return 1
    except RmdeskError as exc:
        _error(str(exc))
        return 1
    except BrokenPipeError:  # `rmdesk contacts list | head`
        return 0
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as exc:  # a fault of rmdesk's, not of the input: still one line
        if os.environ.get("RMDESK_DEBUG"):
            raise
        _error(
            f"unexpected {type(exc).__name__}: {exc} (a fault in rmdesk; run again with "
            "RMDESK_DEBUG=1 for the details and report them)"
        )
        return 70


def _show_conflict(conflict: EditConflict) -> None:
    """Both versions, field by field, on stdout (the error line follows on stderr)."""
    from rmdesk.domain.versions import differing_fields

    if conflict.theirs is None:
        return
    out = sys.stdout
    out.write(f"{conflict.what} {conflict.key}: field\tyours\tsaved meanwhile\n")
    for name in differing_fields(conflict.mine, conflict.theirs):
        mine, theirs = getattr(conflict.mine, name), getattr(conflict.theirs, name)
        out.write(f"  {name}\t{_plain(mine)}\t{_plain(theirs)}\n")


def _plain(value: object) -> str:
    text = str(value.value) if isinstance(value, enum.Enum) else str(value)
    return " ".join(text.split()) or "-"


def _error(text: str) -> None:
    """One line on stderr, whatever the message holds (a server's answer may span lines)."""
    print(f"rmdesk: error: {' '.join(text.split())}", file=sys.stderr)
