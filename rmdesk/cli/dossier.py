"""rmdesk briefing: the pre-visit briefing as a PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from rmdesk.cli.common import (
    day,
    db_option,
    open_book,
)


def add_commands(commands: Any) -> None:
    """This group's subcommands on the top parser's subparsers."""
    briefing = commands.add_parser(
        "briefing",
        help="the pre-visit briefing as a PDF",
        description="One page per client: how to address them, style and approach, "
        "preferences, dates in the next 30 days, business with us, last visits, introducer "
        "and the visit plan. Sensitive fields (ID number, health, income, religion) are "
        "left out or masked unless --include-sensitive is given.",
    )
    db_option(briefing, top=False)
    which = briefing.add_mutually_exclusive_group(required=True)
    which.add_argument("--contact", type=int, metavar="ID", help="one contact")
    which.add_argument("--date", type=day, metavar="YYYY-MM-DD", help="every visit of a day")
    briefing.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    briefing.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include the ID number, health, income and religion (this time only)",
    )
    briefing.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")


def run_briefing(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rmdesk import i18n
    from rmdesk.documents.briefing import briefing_document
    from rmdesk.dossier.briefing import sensitive_in

    target = Path(args.output)
    if not target.parent.is_dir():
        print(f"rmdesk: error: the folder {target.parent} does not exist", file=sys.stderr)
        return 2
    today = dt.date.today()
    services = open_book(args.db)
    try:
        dossiers = services.dossiers
        if args.contact is not None:
            found = [dossiers.briefing(args.contact, today, args.include_sensitive)]
        else:
            found = dossiers.briefings_for_day(args.date, today, args.include_sensitive)
        i18n.install(None)  # the .ts files themselves: no Qt on the command line
        i18n.use_language(args.lang)
        services.documents.save_pdf(
            target,
            briefing_document(found),
            kind="briefing_pdf",
            clients=len(found),
            sensitive=sensitive_in(found),
        )
    except OSError as exc:
        print(f"rmdesk: error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    print(f"wrote {len(found)} briefing(s) to {target}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    return run_briefing(args)


COMMANDS = ("briefing",)
