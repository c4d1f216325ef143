"""rmdesk calls log, rmdesk visits log, rmdesk report: after the visit."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from rmdesk.cli.common import day, db_option, open_book
from rmdesk.domain.kinds import (
    CallOutcome,
    Kind,
    ObjectionCause,
    ObjectionKind,
    Signal,
    Stage,
)

K = TypeVar("K", bound=Kind)


def code_of(kind: type[K]) -> Callable[[str], K]:
    def parse(text: str) -> K:
        try:
            return kind.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def moment(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time: {text!r} (use YYYY-MM-DDTHH:MM)"
        ) from None
    # Times are the RM's local wall-clock time, as everywhere in the book.
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def objection(text: str) -> tuple[ObjectionKind, ObjectionCause, str]:
    kind, sep, rest = text.partition(":")
    cause, sep2, words = rest.partition(":")
    if not (sep and sep2 and words.strip()):
        raise argparse.ArgumentTypeError(
            f"not an objection: {text!r} (use KIND:CAUSE:TEXT, e.g. excuse:client:没时间)"
        )
    return code_of(ObjectionKind)(kind), code_of(ObjectionCause)(cause), words.strip()


def add_commands(commands: Any) -> None:
    calls = commands.add_parser("calls", help="the call log")
    db_option(calls, top=False)
    call_commands = calls.add_subparsers(dest="calls_command", metavar="ACTION")
    call_commands.required = True
    log = call_commands.add_parser(
        "log", help="log a call", description="Log a call to a contact and how it went."
    )
    db_option(log, top=False)
    log.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    outcomes = "|".join(o.value for o in CallOutcome)
    log.add_argument("--outcome", type=code_of(CallOutcome), required=True, metavar=outcomes)
    log.add_argument(
        "--at", type=moment, metavar="ISO_DATETIME", help="when (default: now, local time)"
    )
    log.add_argument("--note", default="", metavar="TEXT")
    withdraw = call_commands.add_parser(
        "withdraw",
        help="take back a call logged by mistake",
        description="Take back a call logged by mistake, with its call-back.",
    )
    db_option(withdraw, top=False)
    withdraw.add_argument("call_id", type=int, metavar="CALL_ID")

    visits = commands.add_parser("visits", help="the visit log")
    db_option(visits, top=False)
    visit_commands = visits.add_subparsers(dest="visits_command", metavar="ACTION")
    visit_commands.required = True
    vlog = visit_commands.add_parser(
        "log",
        help="log a visit",
        description="Log a visit that took place: the signal seen, the objections raised, "
        "the client's new stage and the next step (which becomes a follow-up).",
    )
    db_option(vlog, top=False)
    vlog.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    vlog.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD")
    vlog.add_argument("--signal", type=code_of(Signal), metavar="|".join(s.value for s in Signal))
    vlog.add_argument(
        "--stage",
        type=code_of(Stage),
        metavar="STAGE",
        help="the client's stage now: " + " ".join(s.value for s in Stage),
    )
    vlog.add_argument(
        "--objection",
        type=objection,
        action="append",
        default=[],
        metavar="KIND:CAUSE:TEXT",
        help="KIND: " + " ".join(k.value for k in ObjectionKind)
        + "; CAUSE: " + " ".join(c.value for c in ObjectionCause),
    )  # fmt: skip
    vlog.add_argument("--next", default="", metavar="TEXT", help="the next step")
    vlog.add_argument("--next-date", type=day, metavar="YYYY-MM-DD", help="when (with --next)")
    vlog.add_argument("--note", default="", metavar="TEXT")
    vwithdraw = visit_commands.add_parser(
        "withdraw",
        help="take back a visit logged by mistake",
        description="Take back a visit logged by mistake, with its objections, gifts and "
        "next step; the planned visit it closed is booked again, and the client goes back "
        "to the stage before it (unless moved since).",
    )
    db_option(vwithdraw, top=False)
    vwithdraw.add_argument("visit_id", type=int, metavar="VISIT_ID")

    report = commands.add_parser(
        "report",
        help="the figures of a period",
        description="Calls, visits, stages, objections and referrals from one day to another.",
    )
    db_option(report, top=False)
    report.add_argument("--from", dest="start", type=day, required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=day, required=True, metavar="YYYY-MM-DD")
    report.add_argument("--json", action="store_true", help="print JSON")


def run_calls_log(args: argparse.Namespace) -> int:
    from rmdesk.domain.activity import CallLog

    at = args.at or dt.datetime.now().replace(microsecond=0)
    services = open_book(args.db)
    try:
        call_id = services.activity.log_call(CallLog(args.contact_id, at, args.outcome, args.note))
    finally:
        services.close()
    print(f"logged call {call_id}: {args.outcome.value} at {at:%Y-%m-%d %H:%M}")
    return 0


def run_visits_log(args: argparse.Namespace) -> int:
    from rmdesk.domain.activity import Objection, VisitLog

    if args.next_date is not None and not args.next.strip():
        print("rmdesk: error: --next-date needs --next TEXT", file=sys.stderr)
        return 2
    if args.next.strip() and args.next_date is None:
        print("rmdesk: error: --next needs --next-date YYYY-MM-DD", file=sys.stderr)
        return 2
    log = VisitLog(
        contact_id=args.contact_id,
        day=args.date,
        signal=args.signal,
        stage=args.stage,
        objections=tuple(Objection(k, c, w) for k, c, w in args.objection),
        next_step=args.next,
        next_date=args.next_date,
        notes=args.note,
    )
    services = open_book(args.db)
    try:
        visit_id = services.activity.log_visit(log)
    finally:
        services.close()
    print(f"logged visit {visit_id} on {args.date.isoformat()}")
    return 0


def run_withdraw(args: argparse.Namespace) -> int:
    services = open_book(args.db)
    try:
        if args.command == "calls":
            services.activity.withdraw_call(args.call_id)
            print(f"withdrew call {args.call_id}")
            return 0
        done = services.activity.withdraw_visit(args.visit_id)
    finally:
        services.close()
    print(
        f"withdrew visit {args.visit_id} (objections, gifts and follow-ups it recorded: "
        f"{done.removed})"
    )
    if done.plan_day is not None:
        print(f"the visit planned for {done.plan_day.isoformat()} is booked again")
    if done.stage_back:
        print(f"contact {done.contact_id} is back at the stage before it")
    return 0


def report_json(report: Any) -> dict[str, Any]:
    from rmdesk.domain.kinds import CallOutcome

    made = report.calls_made
    return {
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "calls": {
            "made": made,
            "reached": report.calls_with(
                CallOutcome.REACHED, CallOutcome.CALL_BACK, CallOutcome.BOOKED, CallOutcome.REFUSED
            ),
            "booked": report.calls_with(CallOutcome.BOOKED),
            "success_rate": round(report.success_rate, 4),
            "per_day": {
                d.isoformat(): {"made": sum(o.values()), **o}
                for d, o in report.calls_per_day.items()
            },
        },
        "visits": {
            "logged": report.visits_logged,
            "purpose_reached": report.purpose_reached,
            "per_week": report.visits_per_week,
        },
        "stages": report.stages,
        "stage_moves": [{"from": a, "to": b, "count": n} for a, b, n in report.stage_moves],
        "objections": {
            "by_kind": report.objections_by_kind,
            "by_cause": report.objections_by_cause,
            "open": report.objections_open,
            "resolved": report.objections_resolved,
        },
        "referrals": {"by_introducer": report.referrals_by_introducer},
    }


def run_report(args: argparse.Namespace) -> int:
    if args.end < args.start:
        print("rmdesk: error: --to comes before --from", file=sys.stderr)
        return 2
    services = open_book(args.db)
    try:
        report = services.activity.report(args.start, args.end)
    finally:
        services.close()
    data = report_json(report)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return 0
    calls, visits, objections = data["calls"], data["visits"], data["objections"]
    out = sys.stdout
    out.write(f"{data['from']} to {data['to']}\n")
    out.write(
        f"calls: {calls['made']} made, {calls['reached']} reached, {calls['booked']} booked "
        f"({calls['success_rate']:.0%})\n"
    )
    out.write(f"visits: {visits['logged']} logged, purpose reached {visits['purpose_reached']}\n")
    out.write("stages: " + ", ".join(f"{k} {v}" for k, v in data["stages"].items()) + "\n")
    out.write(f"objections: {objections['open']} open, {objections['resolved']} resolved\n")
    for name, count in data["referrals"]["by_introducer"].items():
        out.write(f"referrals: {name} {count}\n")
    return 0


def run(args: argparse.Namespace) -> int:
    if getattr(args, f"{args.command}_command", None) == "withdraw":
        return run_withdraw(args)
    if args.command == "calls":
        return run_calls_log(args)
    if args.command == "visits":
        return run_visits_log(args)
    return run_report(args)


COMMANDS = ("calls", "visits", "report")
