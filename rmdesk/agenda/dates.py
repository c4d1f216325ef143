"""Traditional festivals (by the lunar calendar) and China's official holidays.

Holidays and adjusted working days (调休) come from the `chinese_calendar` package,
which knows the years the State Council has announced. For a year it does not know,
rmdesk says so (HolidayDataMissing) instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.lunar import lunar_to_solar

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
    for lunar_year in range(first.year - 1, last.year + 1):
        for code, name, month, day in FESTIVALS:
            when = lunar_to_solar(lunar_year, month, day)
            if first <= when <= last:
                out.append((when, code, name))
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


def day_kind(day: dt.date) -> tuple[DayKind, str]:
    """What kind of day it is in China, with the holiday's name if any. Raises
    HolidayDataMissing for a year without data."""
    import chinese_calendar

    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError as exc:
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
