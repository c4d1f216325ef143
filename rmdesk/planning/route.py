"""The day's route: order the visits, fit them between working hours and around lunch.

`plan_route` prepares the problem (located visits, the travel matrix) and has
`solve.py` find the order: one vehicle (the RM), starting and ending at the branch,
inside working hours, lunch inside its window. Fixed appointments must start at the
agreed time and weigh most, so they are kept first; flexible visits may start anywhere
in their window. Visits left out are diagnosed here, independently of the solver, to
give the user a reason.

`schedule` recomputes times for an order the user chose by hand and lists what breaks;
`propose_slots` finds two times to offer a client (二择一).
Times inside are seconds after midnight of the day; results carry datetimes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from rmdesk.domain.visit import Branch
from rmdesk.planning.solve import (
    _lunch_window,
    _Problem,
    _sec,
    _time,
    _window,
    solve,
)
from rmdesk.planning.travel import Matrix, Osrm, Point, StraightLine


class Reason(str, Enum):
    """Why a visit is not in the route."""

    NO_LOCATION = "no_location"
    OUTSIDE_HOURS = "outside_hours"
    TOO_FAR = "too_far"
    TOO_FAR_FROM = "too_far_from"  # no clash in time, but the drive to or from them
    CLASH = "clash"
    LUNCH = "lunch"
    DAY_FULL = "day_full"


class Problem(str, Enum):
    """What an order chosen by hand breaks."""

    LATE = "late"  # service starts after the window (or the appointment) allows
    AFTER_HOURS = "after_hours"  # back at the branch after the working day
    NO_LUNCH = "no_lunch"  # no room for lunch inside its window


@dataclass(frozen=True)
class DayVisit:
    """A visit as the planner sees it. `earliest`/`latest_end` bound the visit: a fixed
    appointment has `earliest` = its start and `latest_end` = its end."""

    plan_id: int
    contact_id: int
    name: str
    point: Point | None
    fixed: bool
    earliest: dt.time
    latest_end: dt.time
    duration_min: int
    approx: bool = False
    key_client: bool = False

    @property
    def latest_start(self) -> dt.time:
        return _time(_sec(self.latest_end) - self.duration_min * 60)


@dataclass(frozen=True)
class Stop:
    visit: DayVisit
    arrive: dt.datetime
    start: dt.datetime
    depart: dt.datetime
    leg_km: float
    leg_min: float
    problem: Problem | None = None

    @property
    def wait_min(self) -> float:
        return (self.start - self.arrive).total_seconds() / 60


@dataclass(frozen=True)
class Unassigned:
    visit: DayVisit
    reason: Reason
    clashes_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class DayRoute:
    day: dt.date
    branch: Branch
    leave: dt.datetime
    back: dt.datetime
    stops: tuple[Stop, ...]
    unassigned: tuple[Unassigned, ...]
    lunch: tuple[dt.datetime, dt.datetime] | None
    total_km: float
    travel_min: float
    back_leg_km: float
    back_leg_min: float
    problems: tuple[Problem, ...] = ()

    @property
    def feasible(self) -> bool:
        return not self.problems and all(s.problem is None for s in self.stops)


Progress = Callable[[str], None]


def travel_model(branch: Branch) -> StraightLine | Osrm:
    if branch.osrm_url.strip():
        return Osrm(branch.osrm_url.strip())
    return StraightLine(branch.detour, branch.speed_kmh)


def _prepare(
    day: dt.date, branch: Branch, visits: Sequence[DayVisit], matrix: Matrix | None
) -> _Problem:
    if branch.lat is None or branch.lon is None:
        from rmdesk.domain.errors import BranchNotSet

        raise BranchNotSet()
    located = [v for v in visits if v.point is not None]
    unlocated = [v for v in visits if v.point is None]
    if matrix is None:
        points: list[Point] = [(branch.lat, branch.lon)]
        points += [v.point for v in located if v.point is not None]
        matrix = travel_model(branch).matrix(points)
    return _Problem(day, branch, located, matrix, unlocated)


def _route_from(p: _Problem, solution: dict) -> DayRoute:
    routes = solution.get("routes") or []
    steps = routes[0]["steps"] if routes else []
    stops: list[Stop] = []
    lunch = None
    leave = back = p.at(_sec(p.branch.work_start))
    here = 0
    total_m = travel_s = 0
    for step in steps:
        kind = step["type"]
        if kind == "start":
            leave = p.at(step["arrival"])
        elif kind == "break":
            begin = step["arrival"] + step["waiting_time"]
            lunch = (p.at(begin), p.at(begin + step["service"]))
        elif kind == "job":
            i = step["id"]
            v = p.visits[i - 1]
            begin = step["arrival"] + step["waiting_time"]
            total_m += p.matrix.metres[here][i]
            travel_s += p.secs(here, i)
            stops.append(
                Stop(
                    v,
                    arrive=p.at(step["arrival"]),
                    start=p.at(begin),
                    depart=p.at(begin + step["service"]),
                    leg_km=p.km(here, i),
                    leg_min=p.secs(here, i) / 60,
                )
            )
            here = i
        elif kind == "end":
            back = p.at(step["arrival"])
    total_m += p.matrix.metres[here][0]
    travel_s += p.secs(here, 0)
    if not stops:
        lunch = None
        back = leave
    assigned = {s.visit.plan_id for s in stops}
    left = [v for v in p.visits if v.plan_id not in assigned]
    unassigned = [Unassigned(v, Reason.NO_LOCATION) for v in p.unlocated]
    unassigned += [_diagnose(p, v, stops) for v in left]
    return DayRoute(
        day=p.day,
        branch=p.branch,
        leave=leave,
        back=back,
        stops=tuple(stops),
        unassigned=tuple(unassigned),
        lunch=lunch,
        total_km=round(total_m / 1000, 3),
        travel_min=round(travel_s / 60, 1),
        back_leg_km=p.km(here, 0),
        back_leg_min=p.secs(here, 0) / 60,
    )


def _diagnose(p: _Problem, v: DayVisit, stops: Sequence[Stop]) -> Unassigned:
    """Why the solver left `v` out: checked in order from the plainest reason."""
    i = p.visits.index(v) + 1
    work_start, work_end = _sec(p.branch.work_start), _sec(p.branch.work_end)
    duration = v.duration_min * 60
    first, last = _window(v)
    if last < work_start or first + duration > work_end:
        return Unassigned(v, Reason.OUTSIDE_HOURS)
    out, home = p.secs(0, i), p.secs(i, 0)
    first = max(first, work_start + out)
    last = min(last, work_end - home - duration)
    if first > last:
        return Unassigned(v, Reason.TOO_FAR)
    # Starts still open once every kept fixed appointment (with travel to and from it)
    # and the part of lunch that cannot move are taken out.
    free = [(first, last)]
    clashes: list[str] = []  # appointments whose own time overlaps the visit's window
    distant: list[str] = []  # appointments that only the drive to or from rules out
    for s in stops:
        if not s.visit.fixed:
            continue
        j = p.visits.index(s.visit) + 1
        start, depart = _sec(s.start.time()), _sec(s.depart.time())
        a = start - p.secs(i, j) - duration
        b = depart + p.secs(j, i)
        cut = _cut(free, a, b)
        if cut != free:
            overlaps = _cut(free, start - duration, depart) != free
            (clashes if overlaps else distant).append(s.visit.name)
            free = cut
    if not free:
        # Say what is true: a clash in time, or a place too far from the appointments
        # around it (a 50 km drive is no clash with a neighbour's appointment).
        if clashes:
            return Unassigned(v, Reason.CLASH, tuple(dict.fromkeys(clashes)))
        return Unassigned(v, Reason.TOO_FAR_FROM, tuple(dict.fromkeys(distant)))
    if p.branch.lunch_min > 0:
        lunch_first, lunch_last, length = _lunch_window(p.branch)
        core_start, core_end = lunch_last, lunch_first + length
        if core_start < core_end and not _cut(free, core_start - duration, core_end):
            return Unassigned(v, Reason.LUNCH)
    return Unassigned(v, Reason.DAY_FULL)


def _cut(free: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """Remove the open interval (a, b) from a list of closed intervals."""
    out = []
    for lo, hi in free:
        if hi <= a or lo >= b:
            out.append((lo, hi))
            continue
        if lo <= a:
            out.append((lo, a))
        if hi >= b:
            out.append((b, hi))
    return out


def plan_route(
    day: dt.date,
    branch: Branch,
    visits: Sequence[DayVisit],
    *,
    matrix: Matrix | None = None,
    exploration: int | None = None,
    progress: Progress | None = None,
) -> DayRoute:
    """The best route for the day's visits, and the ones that do not fit, with reasons.

    `matrix` (index 0 the branch, then the located visits in order) replaces the travel
    model, for tests and benches; `exploration` (VROOM's level, 1-5) replaces the level
    chosen for the day's size.
    """
    say = progress or (lambda _stage: None)
    say("travel")
    p = _prepare(day, branch, visits, matrix)
    say("solve")
    solution = solve(p, exploration)
    say("check")
    return _route_from(p, solution)


def schedule(
    day: dt.date,
    branch: Branch,
    order: Sequence[DayVisit],
    *,
    matrix: Matrix | None = None,
    left_out: Sequence[Unassigned] = (),
) -> DayRoute:
    """Times for visits in the order given (say, after the user moved a stop), and what
    that order breaks. Leaves as late as the first visit allows; lunch is taken at the
    first gap inside its window, or before the first visit that would end past its latest
    start."""
    p = _prepare(day, branch, order, matrix)
    lunch_first, lunch_last, length = _lunch_window(branch)
    want_lunch = branch.lunch_min > 0
    lunch: tuple[int, int] | None = None
    stops: list[Stop] = []
    problems: list[Problem] = []
    here = 0
    clock = _sec(branch.work_start)
    if p.visits:
        clock = max(clock, _sec(p.visits[0].earliest) - p.secs(0, 1))
    leave = clock
    total_m = travel_s = 0
    for i, v in enumerate(p.visits, start=1):
        travel = p.secs(here, i)
        start = max(clock + travel, _sec(v.earliest))
        end = start + v.duration_min * 60
        if want_lunch and lunch is None and end > lunch_last:
            # Lunch before this visit: at the first moment its window allows.
            begin = max(clock, lunch_first)
            lunch = (begin, begin + length)
            clock = lunch[1]
            start = max(clock + travel, _sec(v.earliest))
            end = start + v.duration_min * 60
        latest = _window(v)[1]
        stops.append(
            Stop(
                v,
                arrive=p.at(clock + travel),
                start=p.at(start),
                depart=p.at(end),
                leg_km=p.km(here, i),
                leg_min=travel / 60,
                problem=Problem.LATE if start > latest else None,
            )
        )
        total_m += p.matrix.metres[here][i]
        travel_s += travel
        clock, here = end, i
    back = clock + p.secs(here, 0)
    total_m += p.matrix.metres[here][0]
    travel_s += p.secs(here, 0)
    if want_lunch and lunch is None and stops:
        begin = max(clock, lunch_first)
        lunch = (begin, begin + length)
        back = max(back, lunch[1])
    if lunch is not None and lunch[0] > lunch_last:
        problems.append(Problem.NO_LUNCH)
    if back > _sec(branch.work_end):
        problems.append(Problem.AFTER_HOURS)
    return DayRoute(
        day=day,
        branch=branch,
        leave=p.at(leave),
        back=p.at(back),
        stops=tuple(stops),
        unassigned=tuple(left_out) + tuple(Unassigned(v, Reason.NO_LOCATION) for v in p.unlocated),
        lunch=(p.at(lunch[0]), p.at(lunch[1])) if lunch else None,
        total_km=round(total_m / 1000, 3),
        travel_min=round(travel_s / 60, 1),
        back_leg_km=p.km(here, 0),
        back_leg_min=p.secs(here, 0) / 60,
        problems=tuple(problems),
    )


def move_stop(route: DayRoute, index: int, to: int, matrix: Matrix | None = None) -> DayRoute:
    """The route with one stop moved by hand, times recomputed and checked."""
    order = [s.visit for s in route.stops]
    order.insert(to, order.pop(index))
    return schedule(route.day, route.branch, order, matrix=matrix, left_out=route.unassigned)


@dataclass(frozen=True)
class Slot:
    """A time to offer the client, and what it adds to the day's driving."""

    start: dt.datetime
    end: dt.datetime
    extra_km: float
    extra_min: float
    displaced: tuple[str, ...] = ()  # flexible visits that would no longer fit that day


def propose_slots(
    day: dt.date,
    branch: Branch,
    visits: Sequence[DayVisit],
    candidate: DayVisit,
    *,
    count: int = 2,
    step_min: int = 30,
    apart_min: int = 90,
    matrix: Matrix | None = None,
) -> list[Slot]:
    """The `count` start times for `candidate` that keep every visit the day already
    fits and add the least travel (二择一: offer two concrete options). On a full day,
    times that push out flexible visits (named in `displaced`) come next; fixed
    appointments are always kept. Options are at
    least `apart_min` apart so the client has a real choice. `matrix` covers the branch,
    the located visits and the candidate last."""
    if candidate.point is None:
        return []
    p = _prepare(day, branch, [*visits, candidate], matrix)
    n = len(p.visits)
    base_matrix = Matrix(
        [row[:n] for row in p.matrix.seconds[:n]], [row[:n] for row in p.matrix.metres[:n]]
    )
    base_p = _Problem(day, branch, p.visits[:-1], base_matrix)
    base = _route_from(base_p, solve(base_p, 5))
    n = len(p.visits)
    options: list[Slot] = []
    start = _sec(branch.work_start)
    while start + candidate.duration_min * 60 <= _sec(branch.work_end):
        trial = replace(
            candidate,
            fixed=True,
            earliest=_time(start),
            latest_end=_time(start + candidate.duration_min * 60),
        )
        p.visits[-1] = trial
        route = _route_from(p, solve(p, 5))
        planned = {s.visit.plan_id for s in route.stops}
        lost = [s.visit for s in base.stops if s.visit.plan_id not in planned]
        if candidate.plan_id in planned and not any(v.fixed for v in lost):
            options.append(
                Slot(
                    p.at(start),
                    p.at(start + candidate.duration_min * 60),
                    round(route.total_km - base.total_km, 3),
                    round(route.travel_min - base.travel_min, 1),
                    tuple(v.name for v in lost),
                )
            )
        start += step_min * 60
    # A slot that keeps the whole day beats one that pushes a flexible visit out; among
    # equals, the least extra driving. Appointments are never pushed out.
    options.sort(key=lambda s: (len(s.displaced), s.extra_min, s.start))
    chosen: list[Slot] = []
    for slot in options:
        if all(abs((slot.start - c.start).total_seconds()) >= apart_min * 60 for c in chosen):
            chosen.append(slot)
        if len(chosen) == count:
            break
    return sorted(chosen, key=lambda s: s.start)
