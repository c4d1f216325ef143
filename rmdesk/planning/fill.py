"""Filling a day's free time: the day's own route first, then extra visits, the most
valuable first, each put where it adds the least driving, as long as everything the day
already holds still fits. "Suggest my day" routes its proposals with this.

Fixed appointments keep their agreed time (their window is that time alone), and no
visit the day's own route keeps is ever left out to make room: an extra visit either
fits around them or is not proposed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from rmdesk.domain.visit import Branch
from rmdesk.planning.route import DayRoute, DayVisit, Progress, _prepare, _route_from
from rmdesk.planning.solve import _fitted, _order, _Problem, solve
from rmdesk.planning.travel import Matrix


def _part(p: _Problem, indices: Sequence[int]) -> _Problem:
    """The problem restricted to the visits at these (1-based) indices, renumbered."""
    keep = [0, *indices]
    return _Problem(
        p.day,
        p.branch,
        [p.visits[i - 1] for i in indices],
        Matrix(
            [[p.matrix.seconds[a][b] for b in keep] for a in keep],
            [[p.matrix.metres[a][b] for b in keep] for a in keep],
        ),
    )


def _cost(solution: dict) -> int:
    return int((solution.get("summary") or {}).get("cost", 0))


def fill_day(
    day: dt.date,
    branch: Branch,
    visits: Sequence[DayVisit],
    extras: Sequence[DayVisit],
    *,
    most: int,
    matrix: Matrix | None = None,
    progress: Progress | None = None,
) -> DayRoute:
    """The day's route with up to `most` of `extras` (best first; each must have a
    point and a plan id below 0) added where they fit. The route's unassigned list
    names the day's own visits that do not fit, never an extra left out.

    `matrix` covers the branch, the day's located visits in order, then the extras."""
    assert all(e.point is not None and e.plan_id < 0 for e in extras)
    say = progress or (lambda _stage: None)
    say("travel")
    p = _prepare(day, branch, [*visits, *extras], matrix)
    own = len(p.visits) - len(extras)
    say("solve")
    # The day's own visits are the first `own`: their solution reads the same in `p`.
    base = solve(_part(p, range(1, own + 1)), 5)
    order = _order(base)
    best = _fitted(p, order) if order else None
    if order and best is None:
        most, best = 0, base  # an order only the solver's own lunch placement fits
    added = 0
    for k in range(own + 1, len(p.visits) + 1):
        if added >= most:
            break
        found: tuple[list[int], dict] | None = None
        for at in range(len(order) + 1):
            trial = [*order[:at], k, *order[at:]]
            timed = _fitted(p, trial)
            if timed is not None and (found is None or _cost(timed) < _cost(found[1])):
                found = (trial, timed)
        if found is not None:
            order, best = found
            added += 1
    if best is not None and added:
        # The order grew one visit at a time; solving the chosen set afresh often drives
        # less. Kept only when it still holds every one of them.
        chosen = sorted(order)
        again = [chosen[j - 1] for j in _order(solve(_part(p, chosen), 5))]
        if sorted(again) == chosen:
            timed = _fitted(p, again)
            if timed is not None and _cost(timed) < _cost(best):
                best = timed
    say("check")
    route = _route_from(p, best or {"routes": []})
    return dataclasses.replace(
        route, unassigned=tuple(u for u in route.unassigned if u.visit.plan_id >= 0)
    )
