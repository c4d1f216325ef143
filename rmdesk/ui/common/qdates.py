"""Qt's dates and times to Python's and back (the widgets speak QDate and QTime)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(t: dt.time) -> QTime:
    return QTime(t.hour, t.minute)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_time(q: QTime) -> dt.time:
    """To the minute: the forms edit hours and minutes."""
    return dt.time(q.hour(), q.minute())
