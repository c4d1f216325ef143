"""The day's route: order the visits, fit them between working hours and around lunch.

`plan_route` hands the problem to VROOM (pyvroom), a real vehicle-routing solver: one
vehicle (the RM), starting and ending at the branch, with the working day as its time
window and lunch as a break with a window. Fixed appointments are jobs whose service
must start at the agreed time, at the highest priority, so they are kept first;
flexible visits may start anywhere in their window. Visits the solver leaves out are
diagnosed here, independently of the solver, to give the user a reason.

`schedule` recomputes times for an order the user chose by hand and lists what breaks.
Times inside are seconds after midnight of the day; results carry datetimes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from rmdesk.domain.visit import Branch
from rmdesk.planning.travel import Matrix, Osrm, Point, StraightLine

FIXED_PRIORITY = 100
KEY_PRIORITY = 20
FLEXIBLE_PRIORITY = 10
LUNCH_ID = 0


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


def _sec(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _time(seconds: int) -> dt.time:
    seconds = max(0, min(seconds, 24 * 3600 - 1))
    return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)


def travel_model(branch: Branch) -> StraightLine | Osrm:
    if branch.osrm_url.strip():
        return Osrm(branch.osrm_url.strip())
    return StraightLine(branch.detour, branch.speed_kmh)


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


def _lunch_window(branch: Branch) -> tuple[int, int, int]:
    """(earliest start, latest start, length) in seconds."""
    length = branch.lunch_min * 60
    return _sec(branch.lunch_earliest), _sec(branch.lunch_latest_end) - length, length


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
        first, last = _sec(v.earliest), _sec(v.latest_start)
        if v.fixed:
            last = first
        priority = _priority(v)
        jobs.append(
            vroom.Job(
                i,
                location=i,
                default_service=v.duration_min * 60,
                time_windows=[vroom.TimeWindow(first, max(first, last))],
                priority=priority,
            )
        )
    if jobs:
        inp.add_job(jobs)
    threads = max(1, min(4, os.cpu_count() or 1))
    return inp.solve(exploration_level=exploration, nb_threads=threads).to_dict()


def _order(solution: dict) -> list[int]:
    routes = solution.get("routes") or []
    return [step["id"] for step in routes[0]["steps"] if step["type"] == "job"] if routes else []


def _with_lunch(p: _Problem, order: Sequence[int]) -> dict | None:
    """The visits in this order with lunch (if the branch takes one) put at the first
    place where every visit still starts inside its window and the day still ends in
    time: a solution of VROOM's shape, or None when that order does not fit."""
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
    left = [i for i in range(1, len(p.visits) + 1) if i not in set(order)]
    left.sort(key=lambda i: -_priority(p.visits[i - 1]))
    best: dict | None = None
    for i in left:
        found: tuple[int, list[int], dict] | None = None
        for at in range(len(order) + 1):
            trial = [*order[:at], i, *order[at:]]
            timed = _with_lunch(p, trial)
            if timed is not None and (found is None or _score(timed) > _score(found[2])):
                found = (at, trial, timed)
        if found is not None:
            order, best = found[1], found[2]
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
        first = _sec(v.earliest)
        begin = max(ready, first)
        if begin > (first if v.fixed else _sec(v.latest_start)):
            return None
        steps.append(
            {"type": "job", "id": i, "arrival": arrive, "waiting_time": begin - arrive,
             "service": v.duration_min * 60}
        )  # fmt: skip
        priority += _priority(v)
        clock, here = begin + v.duration_min * 60, i
    return {"routes": [{"steps": steps}], "summary": {"priority": priority, "cost": cost}}


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
    first = _sec(v.earliest)
    last = first if v.fixed else _sec(v.latest_start)
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


SECOND_SOLVE_UP_TO = 40
# Days with this many visits or fewer are solved exactly (planning/exact.py): tens of
# milliseconds at most, and the best route rather than a very good one.
EXACT_UP_TO = 9


def _exact_order(p: _Problem) -> list[int]:
    from rmdesk.planning.exact import Day, best_order

    windows = []
    for v in p.visits:
        first = _sec(v.earliest)
        windows.append((first, first if v.fixed else _sec(v.latest_start)))
    lunch = _lunch_window(p.branch) if p.branch.lunch_min > 0 else None
    return best_order(
        Day(
            drive=p.matrix.seconds,
            windows=windows,
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


def plan_route(
    day: dt.date,
    branch: Branch,
    visits: Sequence[DayVisit],
    *,
    matrix: Matrix | None = None,
    exploration: int = 5,
    progress: Progress | None = None,
) -> DayRoute:
    """The best route for the day's visits, and the ones that do not fit, with reasons.

    `matrix` (index 0 the branch, then the located visits in order) replaces the travel
    model, for tests and benches.
    """
    say = progress or (lambda _stage: None)
    say("travel")
    p = _prepare(day, branch, visits, matrix)
    say("solve")
    jobs = list(range(1, len(p.visits) + 1))
    if len(jobs) <= EXACT_UP_TO:
        say("check")
        return _route_from(p, _with_lunch(p, _exact_order(p)) or {"routes": []})
    lunch = p.branch.lunch_min > 0
    # Lunch as a break makes VROOM's search much weaker (a tenth more driving on a full
    # day): the day is solved without it, and lunch put into the first gap that keeps
    # every window. Driving without lunch is never longer than with it, so when that
    # makes every visit it is the route.
    candidates = []
    if lunch:
        timed = _with_lunch(p, _order(_solve(p, jobs, exploration, lunch=False)))
        if timed is not None:
            candidates.append(timed)
            if len(_order(timed)) == len(jobs):
                say("check")
                return _route_from(p, timed)
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
    solution = max(candidates, key=_score)
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
        latest = _sec(v.earliest) if v.fixed else _sec(v.latest_start)
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
    base = _route_from(base_p, _solve(base_p, range(1, n), 5))
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
        route = _route_from(p, _solve(p, range(1, n + 1), 5))
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
