"""Route quality and solving speed, as ratios measured in the same run.

    python bench/route.py

Quality: on random days of up to 9 stops (no time windows), the planned travel against
the true optimum found by an exact search here (Held-Karp); at 25, 50 and 100 stops
against the best of a long solver run (exploration 5, several seeds of the instance
order). Speed: solving 25 and 100 stops, in ms and as a ratio to the target.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import time

from rmdesk.domain.visit import Branch
from rmdesk.planning.route import DayVisit, plan_route
from rmdesk.planning.travel import Matrix, StraightLine

DAY = dt.date(2026, 12, 1)
BRANCH = Branch(
    name="bench",
    lat=28.656,
    lon=121.421,
    lunch_min=0,
    work_start=dt.time(0, 0),
    work_end=dt.time(23, 59),
)


def instance(seed: int, n: int) -> tuple[list[DayVisit], Matrix]:
    rng = random.Random(seed)
    visits = [
        DayVisit(
            i,
            i,
            f"v{i}",
            (BRANCH.lat + rng.uniform(-0.15, 0.15), BRANCH.lon + rng.uniform(-0.15, 0.15)),
            False,
            dt.time(0, 0),
            dt.time(23, 59),
            1,
        )
        for i in range(1, n + 1)
    ]
    points = [(BRANCH.lat, BRANCH.lon)] + [v.point for v in visits]  # type: ignore[misc]
    return visits, StraightLine().matrix(points)


def tour_seconds(order: list[int], m: Matrix) -> int:
    path = [0, *order, 0]
    return sum(m.seconds[a][b] for a, b in itertools.pairwise(path))


def exact(m: Matrix) -> int:
    """Held-Karp: the shortest closed tour through every point from 0."""
    n = len(m.seconds) - 1
    best: dict[tuple[int, int], int] = {(1 << (k - 1), k): m.seconds[0][k] for k in range(1, n + 1)}
    for size in range(2, n + 1):
        for subset in itertools.combinations(range(1, n + 1), size):
            bits = sum(1 << (k - 1) for k in subset)
            for k in subset:
                prev = bits & ~(1 << (k - 1))
                best[(bits, k)] = min(best[(prev, j)] + m.seconds[j][k] for j in subset if j != k)
    full = (1 << n) - 1
    return min(best[(full, k)] + m.seconds[k][0] for k in range(1, n + 1))


def planned(visits: list[DayVisit], m: Matrix, exploration: int = 5) -> int:
    route = plan_route(DAY, BRANCH, visits, matrix=m, exploration=exploration)
    assert not route.unassigned
    index = {v.plan_id: k for k, v in enumerate(visits, start=1)}
    return tour_seconds([index[s.visit.plan_id] for s in route.stops], m)


def main() -> None:
    print("quality, small days (planned ÷ exact optimum; 1.000 is optimal)")
    worst = 1.0
    for n in range(3, 10):
        ratios = []
        for seed in range(20):
            visits, m = instance(seed * 100 + n, n)
            ratios.append(planned(visits, m) / exact(m))
        worst = max(worst, max(ratios))
        print(f"  {n} stops: worst {max(ratios):.4f} over 20 days")
    print(f"  worst of all: {worst:.4f} (target 1.0000)")

    print("quality, large days (planned ÷ best of a long run: 8 shuffled solves)")
    for n in (25, 50, 100):
        ratios = []
        for seed in range(5):
            visits, m = instance(seed * 1000 + n, n)
            ours = planned(visits, m)
            best = ours
            for shuffle in range(8):
                order = list(range(n))
                random.Random(shuffle).shuffle(order)
                moved = [visits[k] for k in order]
                sub = [0] + [k + 1 for k in order]
                m2 = Matrix(
                    [[m.seconds[a][b] for b in sub] for a in sub],
                    [[m.metres[a][b] for b in sub] for a in sub],
                )
                best = min(best, planned(moved, m2))
            ratios.append(ours / best)
        print(
            f"  {n} stops: worst {max(ratios):.4f}, mean {statistics.mean(ratios):.4f} "
            "(target ≤ 1.0100)"
        )

    print("speed (median of 5 solves, including the travel matrix)")
    for n, target_ms in ((25, 100), (100, 2000)):
        visits, _m = instance(n, n)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            plan_route(DAY, BRANCH, visits)
            times.append((time.perf_counter() - start) * 1000)
        ms = statistics.median(times)
        print(f"  {n} stops: {ms:.1f} ms = {ms / target_ms:.2f} × the {target_ms} ms target")


if __name__ == "__main__":
    main()
