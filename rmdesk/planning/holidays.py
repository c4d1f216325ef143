"""Traditional festivals (by the lunar calendar) and China's official holidays.

Holidays and adjusted working days (调休) come from the `chinese_calendar` package,
which knows the years the State Council has announced. For a year it does not know yet,
the user can enter the announced schedule (`HolidaySchedule`, kept with the book);
without it rmdesk says so (HolidayDataMissing) instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.lunar import lunar_to_solar, lunar_years_reaching
from rmdesk.store.database import Store

# (code, Chinese name, lunar month, lunar day)
FESTIVALS = (
    ("spring_festival", "春节", 1, 1),
    ("lantern", "元宵", 1, 15),
    ("dragon_boat", "端午", 5, 5),
    ("qixi", "七夕", 7, 7),
    ("mid_autumn", "中秋", 8, 15),
    ("double_ninth", "重阳", 9, 9),
)
EVE = ("new_years_eve", "除夕")


def festivals(first: dt.date, last: dt.date) -> list[tuple[dt.date, str, str]]:
    """(solar date, code, name) of each festival between first and last, inclusive.
    除夕 is the day before 春节: the last day of the lunar year, 廿九 or 三十."""
    out = []
    for lunar_year in lunar_years_reaching(first, last):
        for code, name, month, day in FESTIVALS:
            when = lunar_to_solar(lunar_year, month, day)
            if first <= when <= last:
                out.append((when, code, name))
        # The eve falls between 20 January and 19 February of the next year: that year
        # is computed only when the period reaches so far.
        if dt.date(lunar_year + 1, 1, 19) <= last and first <= dt.date(lunar_year + 1, 2, 20):
            eve = lunar_to_solar(lunar_year + 1, 1, 1) - dt.timedelta(days=1)
            if first <= eve <= last:
                out.append((eve, EVE[0], EVE[1]))
    return sorted(out)


class HolidayDataMissing(RmdeskError):
    code = "holiday_data_missing"

    def __init__(self, year: int) -> None:
        self.year = year
        super().__init__(
            f"the official holidays of {year} are not known to this version of rmdesk; "
            "treating weekends as the only days off (update rmdesk when the State Council "
            "has announced them)"
        )


class DayKind(str, Enum):
    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"  # an official public holiday
    ADJUSTED_WORKDAY = "adjusted_workday"  # a weekend day worked in lieu (调休)


@dataclass(frozen=True)
class HolidaySchedule:
    """A year's official schedule as the State Council announced it, entered by the user
    for a year the holiday data does not cover yet: each holiday's days (first, last,
    name) and the weekend days worked in lieu (调休)."""

    year: int
    holidays: tuple[tuple[dt.date, dt.date, str], ...] = ()
    workdays: tuple[dt.date, ...] = field(default=())

    def problems(self) -> list[tuple[str, str]]:
        """What is wrong with it, as (code, the holiday or day concerned); empty when it
        can be used. Codes: no_name, ends_before_start, other_year, weekday_in_lieu."""
        found = []
        for first, last, name in self.holidays:
            if not name.strip():
                found.append(("no_name", first.isoformat()))
            if last < first:
                found.append(("ends_before_start", name))
            if first.year != self.year and last.year != self.year:
                found.append(("other_year", name))
        for day in self.workdays:
            if day.weekday() < 5:
                found.append(("weekday_in_lieu", day.isoformat()))
        return found

    def kind(self, day: dt.date) -> tuple[DayKind, str]:
        for first, last, name in self.holidays:
            if first <= day <= last:
                return DayKind.HOLIDAY, name
        if day in self.workdays:
            return DayKind.ADJUSTED_WORKDAY, ""
        return (DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY), ""


def day_kind(
    day: dt.date, entered: Mapping[int, HolidaySchedule] | None = None
) -> tuple[DayKind, str]:
    """What kind of day it is in China, with the holiday's name if any: from the official
    data, else from a schedule the user `entered` for that year. Raises
    HolidayDataMissing for a year without either."""
    import chinese_calendar

    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError as exc:
        if entered and day.year in entered:
            return entered[day.year].kind(day)
        raise HolidayDataMissing(day.year) from exc
    weekend = day.weekday() >= 5
    if on_holiday:
        return (DayKind.HOLIDAY, name or "") if name else (DayKind.WEEKEND, "")
    if weekend:
        return DayKind.ADJUSTED_WORKDAY, name or ""
    return DayKind.WORKDAY, ""


def is_working_day(day: dt.date) -> bool:
    """Official rules where known; Monday to Friday otherwise."""
    try:
        kind, _name = day_kind(day)
    except HolidayDataMissing:
        return day.weekday() < 5
    return kind in (DayKind.WORKDAY, DayKind.ADJUSTED_WORKDAY)


HOLIDAYS_KEY = "holidays"  # book setting: the schedules the user entered, by year


def load_schedules(store: Store) -> dict[int, HolidaySchedule]:
    """The schedules entered for this book (a team shares them), by year."""
    import json

    found = store.read("SELECT value FROM book_settings WHERE key = :k", {"k": HOLIDAYS_KEY})
    data = json.loads(found[0][0]) if found and found[0][0] else {}
    out = {}
    for year, entry in data.items():
        out[int(year)] = HolidaySchedule(
            int(year),
            tuple(
                (dt.date.fromisoformat(a), dt.date.fromisoformat(b), n)
                for a, b, n in entry.get("holidays", [])
            ),
            tuple(dt.date.fromisoformat(d) for d in entry.get("workdays", [])),
        )
    return out


def save_schedule(store: Store, schedule: HolidaySchedule) -> None:
    """Keep a year's schedule with the book (replacing what was entered for it)."""
    import json

    from rmdesk.store.models import BookSettingModel

    problems = schedule.problems()
    if problems:
        raise InvalidHolidaySchedule(schedule.year, problems)
    schedules = load_schedules(store)
    schedules[schedule.year] = schedule
    data = {
        str(year): {
            "holidays": [[a.isoformat(), b.isoformat(), n] for a, b, n in s.holidays],
            "workdays": [d.isoformat() for d in s.workdays],
        }
        for year, s in sorted(schedules.items())
    }
    with store.session() as session:
        session.merge(BookSettingModel(key=HOLIDAYS_KEY, value=json.dumps(data)))


class InvalidHolidaySchedule(RmdeskError):
    code = "invalid_holiday_schedule"

    def __init__(self, year: int, problems: list[tuple[str, str]]) -> None:
        self.year = year
        self.problems = problems
        said = "; ".join(f"{what}: {code.replace('_', ' ')}" for code, what in problems)
        super().__init__(f"the holidays entered for {year} cannot be used ({said})")
