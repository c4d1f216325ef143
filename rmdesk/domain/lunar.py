"""Lunar dates on the solar calendar, by the rules rmdesk owns (lunar-python converts).

- A birthday in a leap month falls in that leap month in years that have it, and in the
  ordinary month of the same number otherwise.
- Day 30 of a month that has only 29 days that year falls on day 29.
"""

from __future__ import annotations

import datetime as dt


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The solar date of lunar `month`/`day` in lunar `year`, by the rules above."""
    from lunar_python import Lunar, LunarMonth

    chosen = LunarMonth.fromYm(year, -month) if leap else None
    if chosen is None:
        chosen = LunarMonth.fromYm(year, month)
        leap = False
    day = min(day, chosen.getDayCount())
    solar = Lunar.fromYmd(year, -month if leap else month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def next_lunar_date(month: int, day: int, leap: bool, after: dt.date) -> dt.date:
    """The first solar date on or after `after` on which the lunar date falls."""
    from lunar_python import Solar

    lunar_year = Solar.fromYmd(after.year, after.month, after.day).getLunar().getYear()
    for year in (lunar_year - 1, lunar_year, lunar_year + 1):
        when = lunar_to_solar(year, month, day, leap)
        if when >= after:
            return when
    return lunar_to_solar(lunar_year + 2, month, day, leap)
