"""rmdesk team: who sees which client in a team's PostgreSQL book (row-level security)."""

from __future__ import annotations

import argparse
from typing import Any

from rmdesk.cli.common import db_option, open_book

COMMANDS = ("team",)

ROLE_HELP = "the RM's database role (their sign-in name on the server)"


def add_commands(commands: Any) -> None:
    group = commands.add_parser(
        "team",
        help="a team's book: RMs, who owns and who shares a client",
        description="On a team's PostgreSQL book each RM signs in as their own database "
        "role and sees their own clients and those shared with them; a branch manager sees "
        "the branch. The administrator (who owns the tables) grants the roles.",
    )
    db_option(group, top=False)
    actions = group.add_subparsers(dest="team_command", metavar="ACTION")
    actions.required = True
    grant = actions.add_parser("grant", help="let a role work in the book as an RM (or --manager)")
    db_option(grant, top=False)
    grant.add_argument("role", help=ROLE_HELP)
    grant.add_argument(
        "--manager", action="store_true", help="the branch manager: sees every client"
    )
    for name, text in (
        ("assign", "make a role the owner of clients (administrator or manager)"),
        ("share", "let another RM see and edit your clients too"),
        ("unshare", "take a share back"),
    ):
        action = actions.add_parser(name, help=text)
        db_option(action, top=False)
        action.add_argument("ids", nargs="+", type=int, metavar="ID", help="contact ids")
        action.add_argument("--to" if name == "assign" else "--with", dest="role",
                            required=True, metavar="ROLE", help=ROLE_HELP)  # fmt: skip


def run(args: argparse.Namespace) -> int:
    services = open_book(args.db)
    try:
        security = services.security
        if args.team_command == "grant":
            security.grant_rm(args.role, manager=args.manager)
            as_what = "branch manager" if args.manager else "an RM"
            print(f"{args.role} may now work in the book as {as_what}")
        elif args.team_command == "assign":
            print(f"{security.assign(args.ids, args.role)} client(s) now owned by {args.role}")
        elif args.team_command == "share":
            print(f"{security.share(args.ids, args.role)} client(s) shared with {args.role}")
        else:
            print(f"{security.unshare(args.ids, args.role)} share(s) taken back from {args.role}")
    finally:
        services.close()
    return 0
