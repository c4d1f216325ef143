"""rmdesk today, rmdesk products list: keeping clients."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from rmdesk.cli.common import day, db_option, open_book


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}")
    return value


def add_commands(commands: Any) -> None:
    today = commands.add_parser(
        "today",
        help="what falls due: appointments, calls, follow-ups, maturities, greetings",
        description="The Today screen's items of a day (or of N days from it), overdue "
        "ones included.",
    )
    db_option(today, top=False)
    today.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="default: today")
    today.add_argument("--days", type=positive, default=1, metavar="N", help="default: 1")
    today.add_argument("--json", action="store_true", help="print JSON")

    products = commands.add_parser("products", help="what clients hold with the bank")
    db_option(products, top=False)
    product_commands = products.add_subparsers(dest="products_command", metavar="ACTION")
    product_commands.required = True
    plist = product_commands.add_parser(
        "list",
        help="list products",
        description="Products of every client, soonest maturity (or due date) first.",
    )
    db_option(plist, top=False)
    plist.add_argument(
        "--maturing-within", type=positive, metavar="DAYS", help="only those maturing by then"
    )
    plist.add_argument("--json", action="store_true", help="print JSON")


def run_today(args: argparse.Namespace) -> int:
    if args.days < 1:
        print("rmdesk: error: --days must be at least 1", file=sys.stderr)
        return 2
    first = args.date or dt.date.today()
    last = first + dt.timedelta(days=args.days - 1)
    services = open_book(args.db)
    try:
        items = services.keeping.today(first, last)
    finally:
        services.close()
    if args.json:
        data = {
            "date": first.isoformat(),
            "items": [
                {
                    "kind": i.kind,
                    "date": i.date.isoformat(),
                    "contact": i.contact_id,
                    "title": i.title,
                    "done": i.done,
                }
                for i in items
            ],
        }
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return 0
    for i in items:
        mark = "x" if i.done else " "
        overdue = " (overdue)" if i.date < first and not i.done else ""
        who = f"{i.client}: " if i.client else ""
        sys.stdout.write(f"[{mark}] {i.date.isoformat()} {i.kind:<18} {who}{i.title}{overdue}\n")
    if not items:
        sys.stdout.write("nothing due\n")
    return 0


def run_products(args: argparse.Namespace) -> int:
    today = dt.date.today()
    services = open_book(args.db)
    try:
        if args.maturing_within is None:
            held = services.keeping.products()
        else:
            held = services.keeping.products(today, today + dt.timedelta(args.maturing_within))
    finally:
        services.close()
    rows = [
        {
            "id": h.product.id,
            "contact": h.product.contact_id,
            "client": h.client,
            "type": h.product.type.value,
            "name": h.product.name,
            "amount": h.product.amount_yuan,
            "start": h.product.start.isoformat() if h.product.start else None,
            "maturity": h.product.maturity.isoformat() if h.product.maturity else None,
        }
        for h in held
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return 0
    for r in rows:
        sys.stdout.write(
            f"{r['maturity'] or '-':<10}  {r['type']:<11} {r['amount']:>14,.2f}  "
            f"{r['client']} {r['name']}\n"
        )
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "today":
        return run_today(args)
    return run_products(args)


COMMANDS = ("today", "products")
