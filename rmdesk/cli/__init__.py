"""The command line: the same services as the windows, no Qt imported unless the GUI starts.

rmdesk [--db PATH] [--demo]            start the app
Any command: [--passphrase-stdin] for an encrypted book (else $RMDESK_PASSPHRASE, the keyring)
rmdesk demo [--db FILE] [--clients N] [--seed S]
rmdesk contacts list [--tie 同学] [--bond 亲缘] [--search Q] [--json]
rmdesk contacts near ID [--km R] [--json]
rmdesk contacts show ID [--json]
rmdesk calls log ID --outcome reached|no_answer|refused|call_back|booked [--at T] [--note TEXT]
rmdesk visits log ID --date D [--signal S] [--stage STAGE] [--objection KIND:CAUSE:TEXT]...
rmdesk report --from D --to D [--json]
rmdesk plan YYYY-MM-DD [--json] [--save] [--offer ID [--minutes M]]
rmdesk briefing (--contact ID | --date YYYY-MM-DD) -o FILE.pdf [--include-sensitive]
rmdesk export ics -o FILE [--from D --to D] [--privacy minimal|standard|full] [--split]
rmdesk sync caldav [--url U --user N] [--password-stdin] [--yes] [--keep here|phone]
rmdesk import ics FILE.ics [--yes]
rmdesk feed [--host H --port P] [--renew-token]
rmdesk backup [-o FILE]
rmdesk restore FILE [--yes]
rmdesk encrypt [--db PATH] [--passphrase-stdin] [--keyring]
rmdesk passphrase [--db PATH] [--passphrase-stdin] [--keyring]
rmdesk recovery-key [--db PATH]               the key that opens a keyring-kept book anywhere
rmdesk audit [--from D --to D] [--json] [--verify]
rmdesk team grant ROLE [--manager] | assign ID... --to ROLE | share|unshare ID... --with ROLE
rmdesk branch [--name N --address A --lat LAT --lon LON --hours 08:30-17:30 ...]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from rmdesk import __version__
from rmdesk.cli import activity, book, calendar, data, dossier, keeping, planning, team
from rmdesk.cli.common import (
    Parser,
    db_option,
    error,
    passphrase_option,
    read_passphrase_from_stdin,
    show_conflict,
)
from rmdesk.domain.errors import EditConflict, RmdeskError

GROUPS = (book, planning, dossier, calendar, activity, keeping, data, team)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, built from its groups."""
    parser = Parser(
        prog="rmdesk",
        description="rmdesk: the relationship manager's desk. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    db_option(parser, top=True)
    passphrase_option(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on the demo book (created on first use), kept apart from your data",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (migrations, demo book, map page offline, .ics, PDF) "
        "on a temporary book, and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in GROUPS:
        group.add_commands(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from rmdesk.app import run

    return run(db=args.db, demo=args.demo, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # Chinese on any console
    if args.self_test:
        from rmdesk.selftest import run as self_test

        return self_test()
    read_passphrase_from_stdin(args.passphrase_stdin)
    try:
        for group in GROUPS:
            if args.command in group.COMMANDS:
                return group.run(args)
        return run_gui(args)
    except EditConflict as exc:
        show_conflict(exc)
        error(str(exc))
        return 1
    except RmdeskError as exc:
        error(str(exc))
        return 1
    except BrokenPipeError:  # `rmdesk contacts list | head`
        return 0
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except Exception as exc:  # a fault of rmdesk's, not of the input: still one line
        if os.environ.get("RMDESK_DEBUG"):
            raise
        error(
            f"unexpected {type(exc).__name__}: {exc} (a fault in rmdesk; run again with "
            "RMDESK_DEBUG=1 for the details and report them)"
        )
        return 70
