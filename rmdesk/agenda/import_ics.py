"""Import an .ics from a phone or another calendar: events that match visit plans (by
UID) and were moved or cancelled become changes to review; unknown events are offered as
new appointments.

The whole file is checked before anything is offered: duplicate UIDs, dates out of
range, an end before the start, unknown time zones, a visit turned into an all-day
event, values that cannot be read — each named with its UID and the reason. A file with
any such problem is refused whole; a clean one is applied, after review, in one
transaction. A file that is not a calendar at all is refused with what it is.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rmdesk.agenda.caldav_sync import Change, apply_calendar
from rmdesk.agenda.items import ZONE
from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.kinds import VisitStatus
from rmdesk.domain.text import has_control_characters
from rmdesk.domain.visit import MAX_DURATION_MIN, VisitPlan, VisitTime
from rmdesk.store.database import Store

MAX_BYTES = 10 * 1024 * 1024  # a year of a busy RM's calendar is well under 1 MB
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100


class BadCalendarFile(RmdeskError):
    code = "bad_calendar_file"

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"this is not a calendar file rmdesk can read: {detail}; nothing was changed"
        )


class CalendarFileTooBig(BadCalendarFile):
    code = "calendar_file_too_big"

    def __init__(self, size: int) -> None:
        self.size = size
        super().__init__(
            f"it is {size / 1024 / 1024:.0f} MB, and rmdesk reads calendar files of up to "
            f"{MAX_BYTES // 1024 // 1024} MB; export a shorter period from the other calendar"
        )


@dataclass(frozen=True)
class Problem:
    """Why one event of the file cannot be imported."""

    uid: str  # the event's UID, or "event N" when it has none
    reason: str


@dataclass(frozen=True)
class Incoming:
    """An event of the file that no visit plan knows."""

    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    location: str = ""


@dataclass
class ImportPlan:
    changes: list[Change] = field(default_factory=list)
    new: list[Incoming] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0  # all-day and cancelled events no visit knows: not appointments
    problems: list[Problem] = field(default_factory=list)

    @property
    def can_apply(self) -> bool:
        """A file with any problem is refused whole."""
        return not self.problems and bool(self.changes or self.new)


@dataclass(frozen=True)
class _Event:
    uid: str
    summary: str
    location: str
    status: str
    start: dt.date | dt.datetime  # a date for an all-day event; local time otherwise
    end: dt.date | dt.datetime | None

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)


def check_size(size: int) -> None:
    """Refuse a file too big to read before reading it."""
    if size > MAX_BYTES:
        raise CalendarFileTooBig(size)


def read_events(data: bytes) -> list[Any]:
    """The VEVENTs of a file; BadCalendarFile says what is wrong with the file as such."""
    from icalendar import Calendar

    check_size(len(data))
    text = data.lstrip(b"\xef\xbb\xbf")
    if not text.strip():
        raise BadCalendarFile("the file is empty")
    if not text.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        raise BadCalendarFile("it does not start with BEGIN:VCALENDAR")
    try:
        cal = Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise BadCalendarFile(str(exc)[:200] or "its lines cannot be parsed") from exc
    events = list(cal.walk("VEVENT"))
    if not events:
        raise BadCalendarFile("it holds no events")
    return events


def _when(event: Any, name: str) -> dt.date | dt.datetime | None:
    """DTSTART or DTEND as a local datetime (or a date); ValueError says why not."""
    prop = event.get(name)
    if prop is None:
        return None
    try:
        value = event.decoded(name)
    except Exception as exc:  # icalendar raises several kinds for a bad value
        raise ValueError(f"its {name.upper()} cannot be read ({str(prop)[:40]!r})") from exc
    params = getattr(prop, "params", {}) or {}
    tzid = params.get("TZID")
    if isinstance(value, dt.datetime):
        if tzid and value.tzinfo is None:
            raise ValueError(f"its {name.upper()} is in an unknown time zone {tzid!r}")
        if not EARLIEST_YEAR <= value.year < LATEST_YEAR:
            raise ValueError(
                f"its {name.upper()} {value.date().isoformat()} is outside the years "
                f"{EARLIEST_YEAR}–{LATEST_YEAR - 1}"
            )
        if value.tzinfo is not None:
            value = value.astimezone(ZONE).replace(tzinfo=None)
        return value
    if isinstance(value, dt.date):
        if not EARLIEST_YEAR <= value.year < LATEST_YEAR:
            raise ValueError(
                f"its {name.upper()} {value.isoformat()} is outside the years "
                f"{EARLIEST_YEAR}–{LATEST_YEAR - 1}"
            )
        return value
    raise ValueError(f"its {name.upper()} cannot be read as a date or time ({str(prop)[:40]!r})")


def _read(event: Any) -> _Event:
    """One event, checked; ValueError names the first thing wrong with it."""
    start = _when(event, "dtstart")
    if start is None:
        raise ValueError("it has no start (DTSTART)")
    end = _when(event, "dtend")
    if end is None and event.get("duration") is not None:
        try:
            length = event.decoded("duration")
        except Exception as exc:
            raise ValueError("its DURATION cannot be read") from exc
        if not isinstance(length, dt.timedelta):
            raise ValueError("its DURATION cannot be read")
        end = start + length
    if end is not None:
        if isinstance(end, dt.datetime) != isinstance(start, dt.datetime):
            raise ValueError("its start and end mix a date and a time of day")
        if end < start:
            raise ValueError(f"it ends ({end}) before it starts ({start})")
    summary = str(event.get("summary", ""))
    location = str(event.get("location", ""))
    if has_control_characters(summary) or has_control_characters(location):
        raise ValueError("its title or place holds a control character")
    return _Event(
        uid=str(event["uid"]),
        summary=summary,
        location=location,
        status=str(event.get("status", "CONFIRMED")).upper(),
        start=start,
        end=end,
    )


def _minutes(start: dt.datetime, end: dt.date | dt.datetime | None) -> int | None:
    if not isinstance(end, dt.datetime) or end == start:
        return None
    return int((end - start).total_seconds() // 60)


def plan_import(store: Store, data: bytes) -> ImportPlan:
    """What importing the file would change, with every problem found; nothing is
    written."""
    from rmdesk.planning.visits import VisitBook

    events = read_events(data)
    plan = ImportPlan()
    uids = Counter(str(e.get("uid", "")) for e in events if e.get("uid"))
    for uid, count in sorted(uids.items()):
        if count > 1:
            plan.problems.append(
                Problem(uid, f"{count} events share this UID; a file holds each event once")
            )
    checked: list[_Event] = []
    for n, event in enumerate(events, start=1):
        if not event.get("uid"):
            plan.problems.append(Problem(f"event {n}", "it has no UID"))
            continue
        uid = str(event["uid"])
        if uids[uid] > 1:
            continue
        try:
            checked.append(_read(event))
        except ValueError as exc:
            plan.problems.append(Problem(uid, str(exc)))
    known = {uid: pid for pid, uid in store.read("SELECT id, uid FROM visit_plans")}
    visits = VisitBook(store)
    for e in checked:
        if e.uid in known:
            _compare(plan, e, visits.get(known[e.uid]))
        elif e.status == "CANCELLED" or e.all_day:
            plan.skipped += 1
        else:
            assert isinstance(e.start, dt.datetime)
            end = e.end if isinstance(e.end, dt.datetime) and e.end > e.start else None
            minutes = _minutes(e.start, end)
            if minutes is not None and minutes > MAX_DURATION_MIN:
                plan.problems.append(Problem(e.uid, _too_long(minutes)))
                continue
            plan.new.append(
                Incoming(
                    e.uid, e.summary, e.start, end or e.start + dt.timedelta(hours=1), e.location
                )
            )
    return plan


def _too_long(minutes: int) -> str:
    return f"it lasts {minutes / 60:.1f} hours; a visit lasts at most {MAX_DURATION_MIN // 60}"


def _compare(plan: ImportPlan, e: _Event, current: VisitPlan) -> None:
    """An event of a known visit: a change, nothing, or a problem."""
    here = dt.datetime.combine(current.time.day, current.time.window_start)
    pid = current.id or 0
    if e.status == "CANCELLED":
        if current.status is VisitStatus.CANCELLED:
            plan.unchanged += 1
        else:
            plan.changes.append(
                Change(e.uid, pid, "cancelled", e.summary, here, version=current.version)
            )
        return
    if e.all_day:
        plan.problems.append(
            Problem(
                e.uid,
                f"the visit {e.summary!r} was made an all-day event on {e.start}; a visit "
                "has a time: give it one in the other calendar, or move it in rmdesk",
            )
        )
        return
    assert isinstance(e.start, dt.datetime)
    minutes = _minutes(e.start, e.end)
    if minutes is not None and minutes > MAX_DURATION_MIN:
        plan.problems.append(Problem(e.uid, _too_long(minutes)))
        return
    if e.start == here:
        plan.unchanged += 1
        return
    end = e.end if isinstance(e.end, dt.datetime) and minutes else None
    plan.changes.append(
        Change(e.uid, pid, "moved", e.summary, here, e.start, end, version=current.version)
    )


def apply_import(store: Store, changes: list[Change], new: list[tuple[Incoming, int]]) -> int:
    """Apply the approved changes, and make the approved new events booked appointments
    for the chosen contacts (keeping the event's UID, so the phone's copy updates) — in
    one transaction: all of it, or nothing."""
    plans = [
        VisitPlan(
            contact_id=contact_id,
            uid=incoming.uid,
            status=VisitStatus.BOOKED,
            time=VisitTime.appointment(
                incoming.start,
                max(1, int((incoming.end - incoming.start).total_seconds() // 60)),
            ),
            content=incoming.summary,
            place_text=incoming.location,
        )
        for incoming, contact_id in new
    ]
    return apply_calendar(store, changes, plans)
