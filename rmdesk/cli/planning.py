"""rmdesk plan, rmdesk branch: the day's route and the working day."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, cast

from rmdesk.cli.common import (
    day,
    db_option,
    error,
    finite,
    open_book,
    span,
)
from rmdesk.domain.visit import BRANCH_LIMITS, MIN_WORKING_DAY_MIN, Branch, branch_problems


def add_commands(commands: Any) -> None:
    """This group's subcommands on the top parser's subparsers."""
    plan = commands.add_parser(
        "plan",
        help="the day's optimised route",
        description="Order the day's proposed and booked visits into a route from the branch "
        "and back, within working hours and around lunch; list the visits that do not fit, "
        "with the reason.",
    )
    db_option(plan, top=False)
    plan.add_argument("day", type=day, metavar="YYYY-MM-DD", help="the day to plan")
    plan.add_argument("--json", action="store_true", help="print the route as JSON")
    plan.add_argument(
        "--save",
        action="store_true",
        help="store the order and times in the visit plans (with --suggest: book the "
        "suggested visits too)",
    )
    plan.add_argument(
        "--suggest",
        action="store_true",
        help="fill the free time with the visits most worth making (follow-ups due, "
        "maturities, overdue key clients, late-stage prospects, clients near the day's "
        "visits), each with its reason; nothing is booked without --save",
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

    branch = commands.add_parser(
        "branch",
        help="show or set the branch and the working day",
        description="The branch is where the day's route starts and ends. Without options, "
        "print it.",
    )
    db_option(branch, top=False)
    branch.add_argument("--name")
    branch.add_argument("--address")
    branch.add_argument("--lat", type=finite)
    branch.add_argument("--lon", type=finite)
    branch.add_argument("--hours", type=span, metavar="HH:MM-HH:MM", help="working hours")
    branch.add_argument(
        "--lunch", type=span, metavar="HH:MM-HH:MM", help="the window lunch must fit in"
    )
    branch.add_argument("--lunch-min", type=int, metavar="MIN", help="lunch length in minutes")
    branch.add_argument("--detour", type=finite, help="road distance ÷ straight line (1.4)")
    branch.add_argument("--speed", type=finite, metavar="KMH", help="average speed (25 km/h)")
    branch.add_argument(
        "--osrm", metavar="URL", help="an OSRM server for road travel times ('' to clear)"
    )


def run_offer(args: argparse.Namespace) -> int:
    if not 1 <= args.minutes <= 480:
        print("rmdesk: error: --minutes must be between 1 and 480", file=sys.stderr)
        return 2
    services = open_book(args.db)
    try:
        planning = services.planning
        draft = planning.draft(args.offer, args.day, args.minutes)
        slots = planning.solve_slots(planning.slots_to_offer(draft))
    finally:
        services.close()
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
    if args.suggest and args.offer is not None:
        print("rmdesk: error: --suggest and --offer do not go together", file=sys.stderr)
        return 2
    if args.offer is not None:
        return run_offer(args)
    services = open_book(args.db)
    reasons: dict[int, Any] = {}
    try:
        if args.suggest:
            proposal = services.keeping.suggest_day(args.day)
            reasons = proposal.reasons
            route = proposal.route
            if args.save:
                weights = services.keeping.suggest_weights()
                route = services.keeping.accept_day(proposal, weights.visit_min)
        else:
            route = services.planning.plan_day(args.day, save=args.save)
        data = services.planning.route_json(route)
    finally:
        services.close()
    if args.suggest:
        # The day's own visits are never candidates: a client with reasons is suggested.
        for stop in data["stops"]:
            chosen = reasons.get(stop["contact_id"])
            stop["suggested"] = chosen is not None
            if stop["plan_id"] < 0:
                stop["plan_id"] = None  # not booked
            if chosen is not None:
                stop["reason"] = chosen.reason_text()
                stop["reasons"] = [
                    {"kind": r.kind, "points": round(r.points, 2), "detail": r.detail}
                    for r in chosen.reasons
                ]
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
        if stop.get("suggested"):
            kind = "suggested"
        out.write(
            f"{n:2d}. {stop['start']}-{stop['depart']}  {stop['name']}\t({kind}, arrive "
            f"{stop['arrive']}, {stop['leg_km']:.1f} km)\n"
        )
        if stop.get("suggested"):
            out.write(f"    why: {stop['reason']}\n")
    if data["lunch"]:
        out.write(f"    lunch {data['lunch'][0]}-{data['lunch'][1]}\n")
    for u in data["unassigned"]:
        why = u["reason"] + (": " + ", ".join(u["clashes_with"]) if u["clashes_with"] else "")
        out.write(f"not planned: {u['name']} ({why})\n")
    return 0


def run_branch(args: argparse.Namespace) -> int:
    import dataclasses

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
    services = open_book(args.db)
    try:
        visits = services.planning
        branch = visits.branch()
        if changes:
            branch = dataclasses.replace(branch, **changes)
            problems = branch_problems(branch)
            if problems:
                error(_branch_problem(next(iter(problems)), branch))
                return 2
            visits.set_branch(branch)
    finally:
        services.close()
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


def run(args: argparse.Namespace) -> int:
    return run_plan(args) if args.command == "plan" else run_branch(args)


COMMANDS = ("plan", "branch")
