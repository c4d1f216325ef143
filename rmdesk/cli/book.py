"""rmdesk demo, rmdesk contacts list|near: the book."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rmdesk.cli.common import (
    DEMO_CLIENTS,
    contact_json,
    db_option,
    finite,
    open_book,
    tie_of,
)
from rmdesk.domain.contact import BookFilter
from rmdesk.domain.kinds import TieFamily
from rmdesk.domain.phones import display_phone
from rmdesk.store.location import demo_database


def add_commands(commands: Any) -> None:
    """This group's subcommands on the top parser's subparsers."""
    demo = commands.add_parser(
        "demo",
        help="write a demo book",
        description="Write a realistic demo book (台州, Zhejiang) into a new or empty "
        "database. The same seed always gives the same book.",
    )
    db_option(demo, top=False)
    demo.add_argument(
        "--clients",
        type=int,
        default=DEMO_CLIENTS,
        metavar="N",
        help=f"how many contacts (default {DEMO_CLIENTS})",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    contacts = commands.add_parser("contacts", help="read the contact book")
    db_option(contacts, top=False)
    contact_commands = contacts.add_subparsers(dest="contacts_command", metavar="ACTION")
    contact_commands.required = True
    listing = contact_commands.add_parser(
        "list",
        help="print matching contacts",
        description="Print the contacts in book (pinyin) order. Filters combine.",
    )
    db_option(listing, top=False)
    listing.add_argument(
        "--tie",
        type=tie_of(TieFamily.TONG),
        metavar="TIE",
        help="only this shared tie (五同): 同学 同乡 同事 同好 同邻",
    )
    listing.add_argument(
        "--bond",
        type=tie_of(TieFamily.YUAN),
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
    show = contact_commands.add_parser(
        "show",
        help="one contact, with its stage history, follow-ups and open objections",
    )
    db_option(show, top=False)
    show.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    near = contact_commands.add_parser(
        "near",
        help="who is near a contact",
        description="List living contacts with an address within a radius of the "
        "contact's located addresses, nearest first.",
    )
    db_option(near, top=False)
    near.add_argument("contact_id", type=int, metavar="ID", help="the contact's id")
    near.add_argument("--km", type=finite, default=2.0, help="radius in km (default 2)")
    near.add_argument("--json", action="store_true", help="print a JSON list")


def run_demo(args: argparse.Namespace) -> int:
    from rmdesk.demo.generator import write_demo_book

    if args.clients < 1:
        print("rmdesk: error: --clients must be at least 1", file=sys.stderr)
        return 2
    target = args.db or demo_database()
    services = open_book(target)
    try:

        def progress(done: int, total: int) -> None:
            print(f"\rwriting demo book: {done}/{total}", end="", file=sys.stderr, flush=True)

        try:
            written = write_demo_book(services.store, args.clients, args.seed, progress=progress)
        except KeyboardInterrupt:
            print("\nrmdesk: cancelled; nothing was written", file=sys.stderr)
            return 130
        print(f"\nwrote {written} demo contacts to {services.location}", file=sys.stderr)
    finally:
        services.close()
    return 0


def run_contacts_list(args: argparse.Namespace) -> int:
    services = open_book(args.db)
    try:
        book = services.contacts
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
        services.close()
    return 0


def run_contacts_near(args: argparse.Namespace) -> int:
    if args.km <= 0:
        print("rmdesk: error: --km must be greater than 0", file=sys.stderr)
        return 2
    services = open_book(args.db)
    try:
        found = services.contacts.near(args.contact_id, args.km)
    finally:
        services.close()
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


def run_contacts_show(args: argparse.Namespace) -> int:
    services = open_book(args.db)
    try:
        contact = services.contacts.get(args.contact_id)
        activity = services.activity.activity_of(args.contact_id)
    finally:
        services.close()
    data = contact_json(contact)
    data["stage_history"] = [
        {"stage": c.stage.value if c.stage else None, "since": c.since.isoformat()}
        for c in activity.stage_history
    ]
    data["follow_ups"] = [
        {"date": f.due.isoformat(), "text": f.text, "done": f.done} for f in activity.follow_ups
    ]
    data["open_objections"] = [
        {"kind": o.kind.value, "cause": o.cause.value, "text": o.words}
        for o in activity.open_objections
    ]
    # The latest visits and calls, with the ids `visits/calls withdraw` take.
    data["recent_visits"] = [
        {"id": v.id, "date": v.day.isoformat(), "stage": v.stage.value if v.stage else None,
         "notes": v.notes}
        for v in activity.recent_visits
    ]  # fmt: skip
    data["recent_calls"] = [
        {"id": c.id, "at": c.at.isoformat(), "outcome": c.outcome.value, "note": c.note}
        for c in activity.recent_calls
    ]
    out = sys.stdout
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        return 0
    out.write(f"{contact.id}\t{contact.name}\t{contact.company}\n")
    for change in data["stage_history"]:
        out.write(f"stage\t{change['since']}\t{change['stage'] or '-'}\n")
    for f in data["follow_ups"]:
        out.write(f"follow-up\t{f['date']}\t{'done' if f['done'] else 'open'}\t{f['text']}\n")
    for o in data["open_objections"]:
        out.write(f"objection\t{o['kind']}\t{o['cause']}\t{o['text']}\n")
    for v in data["recent_visits"]:
        out.write(f"visit {v['id']}\t{v['date']}\t{v['stage'] or '-'}\t{v['notes']}\n")
    for c in data["recent_calls"]:
        out.write(f"call {c['id']}\t{c['at']}\t{c['outcome']}\t{c['note']}\n")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        return run_demo(args)
    actions = {"near": run_contacts_near, "show": run_contacts_show}
    return actions.get(args.contacts_command, run_contacts_list)(args)


COMMANDS = ("demo", "contacts")
