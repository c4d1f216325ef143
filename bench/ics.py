"""Exporting 10,000 events, as a ratio against icalendar serialising the same events
alone: the baseline builds the same VEVENTs, alarms and the one VTIMEZONE by hand, with
no rmdesk code, as a user scripting icalendar would. Both run once to warm up, then
interleaved, five times each; medians.

    python bench/ics.py

The last line says whether the export is within TARGET times icalendar alone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
import time
from zoneinfo import ZoneInfo

from rmdesk.agenda.ics import to_ics
from rmdesk.agenda.items import CalItem

N = 10_000
ZONE = ZoneInfo("Asia/Shanghai")
ROUNDS = 5
TARGET = 1.25  # rmdesk's own work (labels, alarms, escaping) on top of icalendar's


def items() -> list[CalItem]:
    start = dt.datetime(2026, 12, 1, 9, 0, tzinfo=ZONE)
    out = []
    for n in range(N):
        begin = start + dt.timedelta(hours=n % 9, days=n // 9)
        out.append(
            CalItem(
                uid=f"bench-{n}@rmdesk", sequence=n % 5,
                modified=dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc), kind="visit",
                summary=f"拜访 客户{n}", start=begin, end=begin + dt.timedelta(minutes=45),
                description="目的：介绍产品\n携带：名片", location="台州市椒江区市府大道1号",
                geo=(28.65, 121.42), status="CONFIRMED", categories=("介绍产品",),
                alarm_minutes=30,
            )
        )  # fmt: skip
    return out


def baseline(events: list[CalItem]) -> bytes:
    """icalendar alone: the same properties, added directly."""
    from icalendar import Alarm, Calendar, Event, Timezone

    cal = Calendar()
    cal.add("prodid", "-//bench//EN")
    cal.add("version", "2.0")
    cal.add_component(Timezone.from_tzid("Asia/Shanghai"))
    stamp = dt.datetime.now(dt.timezone.utc)
    for i in events:
        e = Event()
        for key, value in (
            ("uid", i.uid), ("sequence", i.sequence), ("dtstamp", stamp),
            ("last-modified", i.modified), ("summary", i.summary), ("dtstart", i.start),
            ("dtend", i.end), ("description", i.description), ("location", i.location),
            ("geo", i.geo), ("status", i.status), ("categories", list(i.categories)),
        ):  # fmt: skip
            e.add(key, value)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", i.summary)
        alarm.add("trigger", dt.timedelta(minutes=-30))
        e.add_component(alarm)
        cal.add_component(e)
    return cal.to_ical()


def main() -> None:
    events = items()
    work = {"icalendar": lambda: baseline(events), "rmdesk": lambda: to_ics(events)}
    for run in work.values():  # warm-up: imports, caches
        run()
    times: dict[str, list[float]] = {name: [] for name in work}
    for _round, (name, run) in itertools.product(range(ROUNDS), work.items()):
        start = time.perf_counter()
        run()
        times[name].append(time.perf_counter() - start)
    base, ours = (statistics.median(times[name]) for name in work)
    print(f"icalendar alone: {N} events, median of {ROUNDS}")
    ratio = ours / base
    print(f"rmdesk export: {ratio:.2f} x icalendar alone (target <= {TARGET})")
    print(f"ics: {'target met' if ratio <= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
