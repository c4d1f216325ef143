"""Import an .ics from a phone or another calendar: events that match visit plans (by
UID) and were moved or cancelled become changes to review; unknown events are offered as
new appointments. A malformed file is refused with a message that names the problem,
and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rmdesk.agenda.caldav_sync import Change, apply_changes
from rmdesk.agenda.items import ZONE
from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.kinds import VisitStatus
from rmdesk.store.database import Store


class BadCalendarFile(RmdeskError):
    code = "bad_calendar_file"

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"this is not a calendar file rmdesk can read: {detail}; nothing was changed"
        )


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
    skipped: int = 0  # all-day and other events that are not appointments


def _local(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(ZONE).replace(tzinfo=None) if value.tzinfo else value
    return None


def read_events(data: bytes) -> list:
    """The VEVENTs of a file; BadCalendarFile says what is wrong."""
    from icalendar import Calendar

    text = data.lstrip(b"\xef\xbb\xbf")
    if not text.strip():
        raise BadCalendarFile("the file is empty")
    if not text.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        raise BadCalendarFile("it does not start with BEGIN:VCALENDAR")
    try:
        cal = Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as exc:
        raise BadCalendarFile(str(exc)[:200] or "its lines cannot be parsed") from exc
    events = list(cal.walk("VEVENT"))
    if not events:
        raise BadCalendarFile("it holds no events")
    for n, event in enumerate(events, start=1):
        if not event.get("uid"):
            raise BadCalendarFile(f"event {n} has no UID")
        if not event.get("dtstart"):
            raise BadCalendarFile(f"event {n} ({event.get('summary', '')}) has no start (DTSTART)")
        try:
            event.decoded("dtstart")
        except (ValueError, TypeError) as exc:
            raise BadCalendarFile(f"event {n} has an unreadable start: {exc}") from exc
    return events


def plan_import(store: Store, data: bytes) -> ImportPlan:
    """What importing the file would change; nothing is written."""
    from rmdesk.planning.visits import VisitBook

    events = read_events(data)
    known = {uid: pid for pid, uid in store.read("SELECT id, uid FROM visit_plans")}
    visits = VisitBook(store)
    plan = ImportPlan()
    for event in events:
        uid = str(event["uid"])
        start = _local(event.decoded("dtstart"))
        end_value = event.decoded("dtend") if event.get("dtend") else None
        end = _local(end_value) if end_value is not None else None
        status = str(event.get("status", "CONFIRMED")).upper()
        summary = str(event.get("summary", ""))
        if uid in known:
            current = visits.get(known[uid])
            here = dt.datetime.combine(current.time.day, current.time.window_start)
            if status == "CANCELLED" and current.status is not VisitStatus.CANCELLED:
                plan.changes.append(Change(uid, current.id or 0, "cancelled", summary, here))
            elif start is not None and start != here:
                plan.changes.append(
                    Change(uid, current.id or 0, "moved", summary, here, start, end)
                )
            else:
                plan.unchanged += 1
            continue
        if start is None or status == "CANCELLED":
            plan.skipped += 1
            continue
        plan.new.append(
            Incoming(
                uid,
                summary,
                start,
                end or start + dt.timedelta(hours=1),
                str(event.get("location", "")),
            )
        )
    return plan


def apply_import(store: Store, changes: list[Change], new: list[tuple[Incoming, int]]) -> int:
    """Apply the approved changes, and make the approved new events booked appointments
    for the chosen contacts (keeping the event's UID, so the phone's copy updates)."""
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.planning.visits import VisitBook

    done = apply_changes(store, changes)
    visits = VisitBook(store)
    for incoming, contact_id in new:
        minutes = max(1, int((incoming.end - incoming.start).total_seconds() // 60))
        visits.save(
            VisitPlan(
                contact_id=contact_id,
                uid=incoming.uid,
                status=VisitStatus.BOOKED,
                time=VisitTime.appointment(incoming.start, min(minutes, 480)),
                content=incoming.summary,
                place_text=incoming.location,
            )
        )
        done += 1
    return done
