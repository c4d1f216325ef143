"""The best order of a small day's visits, found by an exact search.

An RM's ordinary day has three to nine visits. For so few, every order can be weighed:
labels (free to leave at, travel so far) are kept per set of visits made, last visit and
whether lunch was taken, and a label is dropped as soon as another of the same kind is
free no later and has driven no further. What remains at the end is the optimum: the
most valuable set of visits that fits the day, and of those the least driving.

Everything is in seconds of the day; stop 0 is the branch, visits are 1..n.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Day:
    drive: Sequence[Sequence[int]]  # seconds between stops, 0 = the branch
    windows: Sequence[tuple[int, int]]  # per visit: earliest and latest start
    durations: Sequence[int]
    values: Sequence[int]  # what serving each visit is worth
    start: int
    end: int
    lunch: tuple[int, int, int] | None  # earliest start, latest start, length


@dataclass(frozen=True, slots=True)
class _Label:
    ready: int  # free to leave the last stop at
    cost: int  # seconds driven so far
    stop: int
    before: _Label | None

    def order(self) -> list[int]:
        out: list[int] = []
        label: _Label | None = self
        while label is not None and label.stop:
            out.append(label.stop)
            label = label.before
        return out[::-1]


def best_order(day: Day) -> list[int]:
    """The visits (1-based) in the order of the best route; [] if none fits."""
    n = len(day.windows)
    lunch = day.lunch

    def eat(at: int) -> int | None:
        assert lunch is not None
        begin = max(at, lunch[0])
        return begin + lunch[2] if begin <= lunch[1] else None

    def ready_at(ready: int, drive: int, eating: bool) -> list[int]:
        """When one is free at the end of a drive, with lunch (if `eating`) before
        setting off or on arrival."""
        if not eating:
            return [ready + drive]
        fed = [eat(ready), eat(ready + drive)]
        return [t + d for t, d in zip(fed, (drive, 0), strict=True) if t is not None]

    def begin(ready: int, here: int, there: int, eating: bool) -> int | None:
        """When the visit at `there` can start, leaving `here` at `ready`."""
        first, last = day.windows[there - 1]
        starts = ready_at(ready, day.drive[here][there], eating)
        good = [max(t, first) for t in starts if max(t, first) <= last]
        return min(good) if good else None

    def home(label: _Label, ate: bool) -> int | None:
        """Back at the branch, lunch included (before driving back, or there)."""
        eating = not ate and lunch is not None and label.stop != 0
        backs = ready_at(label.ready, day.drive[label.stop][0], eating)
        good = [t for t in backs if t <= day.end]
        return min(good) if good else None

    def keep(labels: list[_Label], new: _Label) -> None:
        if any(old.ready <= new.ready and old.cost <= new.cost for old in labels):
            return
        labels[:] = [o for o in labels if not (new.ready <= o.ready and new.cost <= o.cost)]
        labels.append(new)

    # Every state is reached from states with one visit fewer: build them by size.
    layer: dict[tuple[int, int, bool], list[_Label]] = {
        (0, 0, False): [_Label(day.start, 0, 0, None)]
    }
    best: tuple[tuple[int, int], _Label] | None = None
    while layer:
        following: dict[tuple[int, int, bool], list[_Label]] = {}
        for (made, here, ate), labels in layer.items():
            value = sum(day.values[k] for k in range(n) if made >> k & 1)
            for label in labels:
                if home(label, ate) is not None:
                    score = (value, -(label.cost + day.drive[here][0]))
                    if best is None or score > best[0]:
                        best = (score, label)
            for there in range(1, n + 1):
                if made >> (there - 1) & 1:
                    continue
                for eating in (False, True) if lunch is not None and not ate else (False,):
                    for label in labels:
                        start = begin(label.ready, here, there, eating)
                        if start is None:
                            continue
                        new = _Label(
                            start + day.durations[there - 1],
                            label.cost + day.drive[here][there],
                            there,
                            label,
                        )
                        key = (made | 1 << (there - 1), there, ate or eating)
                        keep(following.setdefault(key, []), new)
        layer = following
    return best[1].order() if best is not None else []
