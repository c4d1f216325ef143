"""Yearly dates by the rules rmdesk owns: lunar ones on the solar calendar (lunar-python
converts), and solar ones in years without their day.

- A birthday in a leap month falls in that leap month in years that have it, and in the
  ordinary month of the same number otherwise.
- Day 30 of a month that has only 29 days that year falls on day 29.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools


def next_yearly(month: int, day: int, after: dt.date) -> dt.date:
    """The first date on or after `after` of a yearly solar date; 29 February falls on
    28 February in other years."""
    for year in (after.year, after.year + 1):
        short = (month, day) == (2, 29) and not calendar.isleap(year)
        when = dt.date(year, month, 28 if short else day)
        if when >= after:
            return when
    raise AssertionError("a yearly date always comes within a year")  # pragma: no cover


@functools.lru_cache(maxsize=256)
def _months(year: int) -> dict[tuple[int, bool], tuple[dt.date, int]]:
    """(month, leap) → (its first solar day, its length) for one lunar year. Computing a
    year costs lunar-python milliseconds; a book asks for the same few years thousands
    of times."""
    from lunar_python import LunarYear, Solar

    out = {}
    for m in LunarYear.fromYear(year).getMonthsInYear():
        first = Solar.fromJulianDay(m.getFirstJulianDay())
        number = m.getMonth()
        out[(abs(number), number < 0)] = (
            dt.date(first.getYear(), first.getMonth(), first.getDay()),
            m.getDayCount(),
        )
    return out


def lunar_years_reaching(first: dt.date, last: dt.date) -> list[int]:
    """The lunar years with days between first and last: lunar year Y begins between 21
    January and 20 February of Y and ends by 19 February of Y+1 (a day's margin kept
    each side). Computing a lunar year takes milliseconds, on Today's first screen."""
    return [
        year
        for year in range(first.year - 1, last.year + 1)
        if dt.date(year, 1, 20) <= last and first <= dt.date(year + 1, 2, 20)
    ]


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The solar date of lunar `month`/`day` in lunar `year`, by the rules above."""
    months = _months(year)
    found = months.get((month, True)) if leap else None
    if found is None:
        found = months[(month, False)]
    first, length = found
    return first + dt.timedelta(days=min(day, length) - 1)


def next_lunar_date(month: int, day: int, leap: bool, after: dt.date) -> dt.date:
    """The first solar date on or after `after` on which the lunar date falls."""
    from lunar_python import Solar

    lunar_year = Solar.fromYmd(after.year, after.month, after.day).getLunar().getYear()
    for year in (lunar_year - 1, lunar_year, lunar_year + 1):
        when = lunar_to_solar(year, month, day, leap)
        if when >= after:
            return when
    return lunar_to_solar(lunar_year + 2, month, day, leap)


LUNAR_MONTHS = "正二三四五六七八九十冬腊"
LUNAR_DAYS = (
    "初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
    "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十",
)  # fmt: skip


def lunar_text(month: int, day: int, leap: bool = False, year: int | None = None) -> str:
    """A lunar date as it is written: 农历闰四月初十, 农历1976年腊月廿九."""
    written_year = f"{year}年" if year else ""
    return (
        f"农历{written_year}{'闰' if leap else ''}{LUNAR_MONTHS[month - 1]}月{LUNAR_DAYS[day - 1]}"
    )


@functools.lru_cache(maxsize=512)
def lunar_text_of(day: dt.date) -> str:
    """The lunar date a solar day is, written out: what a moved lunar birthday really
    falls on (a birthday on 三十 is kept on 廿九 in a short month, and says so). Read
    from the months of the lunar year the day is in, which Today has computed already."""
    for year in lunar_years_reaching(day, day):
        for (month, leap), (first, length) in _months(year).items():
            if first <= day < first + dt.timedelta(days=length):
                return lunar_text(month, (day - first).days + 1, leap)
    raise AssertionError(f"{day} is in no lunar month")  # pragma: no cover
