"""Finding the day's order: an exact search for a small day, VROOM for a longer one,
with lunch fitted into the order found (see docs/ARCHITECTURE.md, "Lunch is not a VROOM
break"). Solutions are dicts in VROOM's shape (routes of start/job/break/end steps with
arrival and waiting times, and a summary of priority and cost), which
`route._route_from` turns into a `DayRoute`. Times are seconds after midnight.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rmdesk.domain.visit import Branch
from rmdesk.planning.travel import Matrix

if TYPE_CHECKING:
    from rmdesk.planning.route import DayVisit

FIXED_PRIORITY = 100
KEY_PRIORITY = 20
FLEXIBLE_PRIORITY = 10
LUNCH_ID = 0


def _sec(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _time(seconds: int) -> dt.time:
    seconds = max(0, min(seconds, 24 * 3600 - 1))
    return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)


@dataclass
class _Problem:
    """The located visits and the travel matrix; index 0 is the branch."""

    day: dt.date
    branch: Branch
    visits: list[DayVisit]
    matrix: Matrix
    unlocated: list[DayVisit] = field(default_factory=list)

    def at(self, seconds: int) -> dt.datetime:
        return dt.datetime.combine(self.day, dt.time()) + dt.timedelta(seconds=seconds)

    def secs(self, a: int, b: int) -> int:
        return self.matrix.seconds[a][b]

    def km(self, a: int, b: int) -> float:
        return self.matrix.metres[a][b] / 1000


def _lunch_window(branch: Branch) -> tuple[int, int, int]:
    """(earliest start, latest start, length) in seconds."""
    length = branch.lunch_min * 60
    return _sec(branch.lunch_earliest), _sec(branch.lunch_latest_end) - length, length


def _window(v: DayVisit) -> tuple[int, int]:
    """When the visit may start: (earliest, latest); an appointment at its time only."""
    first = _sec(v.earliest)
    return first, first if v.fixed else _sec(v.latest_start)


def _priority(v: DayVisit) -> int:
    if v.fixed:
        return FIXED_PRIORITY
    return KEY_PRIORITY if v.key_client else FLEXIBLE_PRIORITY


def _solve(p: _Problem, indices: Sequence[int], exploration: int, lunch: bool = True) -> dict:
    """Run VROOM on the visits at these indices (1-based matrix positions); without
    lunch if `lunch` is False."""
    if not indices:
        return {"routes": []}
    import vroom

    inp = vroom.Input()
    inp.set_durations_matrix(profile="car", matrix_input=p.matrix.seconds)
    inp.set_distances_matrix(profile="car", matrix_input=p.matrix.metres)
    breaks = []
    if lunch and p.branch.lunch_min > 0:
        first, last, length = _lunch_window(p.branch)
        breaks.append(
            vroom.Break(
                LUNCH_ID, time_windows=[vroom.TimeWindow(first, max(first, last))], service=length
            )
        )
    inp.add_vehicle(
        vroom.Vehicle(
            0,
            start=0,
            end=0,
            time_window=vroom.TimeWindow(_sec(p.branch.work_start), _sec(p.branch.work_end)),
            breaks=breaks,
        )
    )
    jobs = []
    for i in indices:
        v = p.visits[i - 1]
        first, last = _window(v)
        jobs.append(
            vroom.Job(
                i,
                location=i,
                default_service=v.duration_min * 60,
                time_windows=[vroom.TimeWindow(first, max(first, last))],
                priority=_priority(v),
            )
        )
    inp.add_job(jobs)
    threads = max(1, min(4, os.cpu_count() or 1))
    return inp.solve(exploration_level=exploration, nb_threads=threads).to_dict()


def _order(solution: dict) -> list[int]:
    routes = solution.get("routes") or []
    return [step["id"] for step in routes[0]["steps"] if step["type"] == "job"] if routes else []


def _fitted(p: _Problem, order: Sequence[int]) -> dict | None:
    """The visits in this order with their times, lunch (if the branch takes one) put at
    the first place where every visit still starts inside its window and the day still
    ends in time: a solution of VROOM's shape, or None when that order does not fit."""
    if not order:
        return None
    work_start = _sec(p.branch.work_start)
    first = p.visits[order[0] - 1]
    late = max(work_start, _sec(first.earliest) - p.secs(0, order[0]))
    cuts: Sequence[int | None] = range(len(order) + 1) if p.branch.lunch_min > 0 else [None]
    for leave in dict.fromkeys((late, work_start)):  # as late as the first visit allows
        for cut in cuts:
            for there in (False, True):
                timed = _timed(p, order, leave, cut, there)
                if timed is not None:
                    return timed
    return None


def _repaired(p: _Problem, solution: dict) -> dict | None:
    """The solution with the visits it left out put back where they fit (least extra
    driving first), lunch placed again; None if none fits. VROOM's search, with lunch
    as a break, sometimes leaves out a visit that fits before lunch."""
    order = _order(solution)
    made = set(order)
    left = [i for i in range(1, len(p.visits) + 1) if i not in made]
    left.sort(key=lambda i: -_priority(p.visits[i - 1]))
    best: dict | None = None
    for i in left:
        found: tuple[list[int], dict] | None = None
        for at in range(len(order) + 1):
            trial = [*order[:at], i, *order[at:]]
            timed = _fitted(p, trial)
            if timed is not None and (found is None or _score(timed) > _score(found[1])):
                found = (trial, timed)
        if found is not None:
            order, best = found
    return best


def _timed(
    p: _Problem, order: Sequence[int], leave: int, cut: int | None, there: bool
) -> dict | None:
    """The visits in this order from `leave`, lunch taken around the `cut`-th drive
    (none if `cut` is None): before setting off, or (`there`) on arrival, near the next
    client or back at the branch, waiting for its window if need be. None if something
    breaks."""
    lunch_first, lunch_last, length = _lunch_window(p.branch)
    steps: list[dict] = [{"type": "start", "arrival": leave}]
    clock, here, cost, priority = leave, 0, 0, 0

    def eat(at: int) -> int | None:
        begin = max(at, lunch_first)
        if begin > lunch_last:
            return None
        steps.append(
            {"type": "break", "id": LUNCH_ID, "arrival": at, "waiting_time": begin - at,
             "service": length}
        )  # fmt: skip
        return begin + length

    for k in range(len(order) + 1):
        i = order[k] if k < len(order) else 0
        drive = p.secs(here, i)
        if cut is not None and k == cut and not there:
            fed = eat(clock)
            if fed is None:
                return None
            clock = fed
        arrive = ready = clock + drive  # ready: free to start the visit (or done)
        if cut is not None and k == cut and there:
            fed = eat(arrive)
            if fed is None:
                return None
            ready = fed
        cost += drive
        if k == len(order):
            if ready > _sec(p.branch.work_end):
                return None
            steps.append({"type": "end", "arrival": ready})
            break
        v = p.visits[i - 1]
        first, last = _window(v)
        begin = max(ready, first)
        if begin > last:
            return None
        steps.append(
            {"type": "job", "id": i, "arrival": arrive, "waiting_time": begin - arrive,
             "service": v.duration_min * 60}
        )  # fmt: skip
        priority += _priority(v)
        clock, here = begin + v.duration_min * 60, i
    return {"routes": [{"steps": steps}], "summary": {"priority": priority, "cost": cost}}


SECOND_SOLVE_UP_TO = 40
# Days with this many visits or fewer are solved exactly (planning/exact.py): tens of
# milliseconds at most, and the best route rather than a very good one.
EXACT_UP_TO = 9


def _exact_order(p: _Problem) -> list[int]:
    from rmdesk.planning.exact import Day, best_order

    lunch = _lunch_window(p.branch) if p.branch.lunch_min > 0 else None
    return best_order(
        Day(
            drive=p.matrix.seconds,
            windows=[_window(v) for v in p.visits],
            durations=[v.duration_min * 60 for v in p.visits],
            values=[_priority(v) for v in p.visits],
            start=_sec(p.branch.work_start),
            end=_sec(p.branch.work_end),
            lunch=lunch,
        )
    )


def _score(solution: dict) -> tuple[int, int]:
    """Better: more priority served, then less cost (VROOM's own order of goals)."""
    summary = solution.get("summary") or {}
    return (summary.get("priority", 0), -summary.get("cost", 0))


# VROOM's deepest search (level 5) takes about 2 s on two cores for a day of 100
# visits, level 4 about 1.4 s; above this many visits level 4 is used, which found the
# same route on most such days and never more than 1.6 % more driving (bench/route.py
# holds it against OR-Tools).
DEEPEST_UP_TO = 60


def exploration_for(visits: int) -> int:
    """VROOM's exploration level for a day of this many visits."""
    return 5 if visits <= DEEPEST_UP_TO else 4


def solve(p: _Problem, exploration: int | None = None) -> dict:
    """The best solution found for the day, in VROOM's shape (see `_timed`)."""
    jobs = list(range(1, len(p.visits) + 1))
    if len(jobs) <= EXACT_UP_TO:
        return _fitted(p, _exact_order(p)) or {"routes": []}
    if exploration is None:
        exploration = exploration_for(len(jobs))
    lunch = p.branch.lunch_min > 0
    # Lunch as a break makes VROOM's search much weaker (a tenth more driving on a full
    # day): the day is solved without it, and lunch put into the first gap that keeps
    # every window. Driving without lunch is never longer than with it, so when that
    # makes every visit it is the route.
    candidates = []
    if lunch:
        timed = _fitted(p, _order(_solve(p, jobs, exploration, lunch=False)))
        if timed is not None:
            candidates.append(timed)
            if len(_order(timed)) == len(jobs):
                return timed
    small = len(jobs) <= SECOND_SOLVE_UP_TO
    candidates.append(_solve(p, jobs, exploration))
    if small:
        # VROOM's search depends on the job order; on small days a second solve from
        # the reverse order costs milliseconds and closes most of the gap to a long run,
        # and a visit left out is tried again in every gap.
        candidates.append(_solve(p, jobs[::-1], exploration))
        if lunch:
            repaired = [_repaired(p, c) for c in candidates]
            candidates += [r for r in repaired if r is not None]
    return max(candidates, key=_score)
