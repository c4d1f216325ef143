"""Calendar items as iCalendar (RFC 5545), written with the `icalendar` package.

Timed events carry Asia/Shanghai with its VTIMEZONE; client dates are all-day events.
`write_split` writes one event per file (in a folder or a zip) because several phone
calendar apps import only the first event of a file.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from rmdesk.agenda.items import CalItem
from rmdesk.store.private import private_folder, write_private

PRODID = "-//rmdesk//rmdesk 0.1//ZH"
ZONE_ID = "Asia/Shanghai"


def vevent(item: CalItem, stamp: dt.datetime):  # type: ignore[no-untyped-def,unused-ignore]
    """The VEVENT of one item."""
    from icalendar import Alarm, Event

    e = Event()
    e.add("uid", item.uid)
    e.add("sequence", item.sequence)
    e.add("dtstamp", stamp)
    e.add("last-modified", item.modified)
    e.add("summary", item.summary)
    e.add("dtstart", item.start)
    e.add("dtend", item.end)
    if item.description:
        e.add("description", item.description)
    if item.location:
        e.add("location", item.location)
    if item.geo is not None:
        e.add("geo", item.geo)
    e.add("status", item.status)
    if item.categories:
        e.add("categories", list(item.categories))
    if item.all_day:
        e.add("transp", "TRANSPARENT")
    if item.yearly:
        rule: dict[str, object] = {"freq": "yearly"}
        if item.last_day_of_february:
            rule.update(bymonth=2, bymonthday=-1)  # the 29th in leap years, else the 28th
        e.add("rrule", rule)
    if item.alarm_minutes is not None and item.status != "CANCELLED":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary)
        alarm.add("trigger", dt.timedelta(minutes=-item.alarm_minutes))
        e.add_component(alarm)
    return e


def calendar(items: Iterable[CalItem], name: str = "rmdesk"):  # type: ignore[no-untyped-def,unused-ignore]
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    timed = False
    for item in items:
        cal.add_component(vevent(item, stamp))
        timed = timed or not item.all_day
    if timed:
        cal.add_component(_vtimezone())
    return cal


@functools.lru_cache(maxsize=1)
def _vtimezone():  # type: ignore[no-untyped-def,unused-ignore]
    """Asia/Shanghai as a VTIMEZONE, computed once (icalendar takes ~20 ms each time)."""
    from icalendar import Timezone

    return Timezone.from_tzid(ZONE_ID)


def to_ics(items: Iterable[CalItem], name: str = "rmdesk") -> bytes:
    return calendar(items, name).to_ical()


def _safe(uid: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", uid)[:120]


def write_ics(path: Path, items: Sequence[CalItem]) -> Path:
    """One file with every item, private to the user. Written beside the target first,
    then moved into place: a full disk leaves any earlier file whole."""
    return write_private(path, to_ics(items))


def write_split(target: Path, items: Sequence[CalItem]) -> Path:
    """One .ics per event: in a zip if `target` ends in .zip, else in that folder."""
    if target.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for item in items:
                archive.writestr(f"{_safe(item.uid)}.ics", to_ics([item]))
        return write_private(target, buffer.getvalue())
    private_folder(target)
    for item in items:
        write_private(target / f"{_safe(item.uid)}.ics", to_ics([item]))
    return target
