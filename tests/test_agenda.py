"""Appointments on the phone: the .ics export re-parsed by two parsers, UID/SEQUENCE,
cancelled visits, privacy on every exit, solar and lunar dates, festivals, holidays, the
split export, and a push/pull/conflict cycle against a Radicale server started here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import select
import shutil
import socket
import stat
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import keyring
import pytest

from rmdesk.agenda import caldav_sync as cs
from rmdesk.agenda.ics import to_ics, write_split
from rmdesk.agenda.items import Privacy, calendar_items
from rmdesk.cli import main
from rmdesk.contacts.book import ContactBook
from rmdesk.domain.contact import Address, Birthday, Contact
from rmdesk.domain.dossier import Dossier
from rmdesk.domain.kinds import AddressKind, CalendarKind, IncomeBand, Style, VisitStatus
from rmdesk.domain.lunar import lunar_text, lunar_text_of, lunar_to_solar
from rmdesk.domain.visit import MaterialItem, VisitPlan, VisitTime
from rmdesk.dossier.records import DossierBook
from rmdesk.planning.holidays import DayKind, HolidayDataMissing, day_kind, festivals
from rmdesk.planning.visits import VisitBook
from rmdesk.store.database import open_store

DAY = dt.date.today() + dt.timedelta(days=3)
ID_NUMBER = "11010519491231002X"
SECRETS = (ID_NUMBER, "110105********002X", "19491231", "高血压", "佛教", "100万")


@pytest.fixture
def filled(store):
    """A client with every sensitive field set, and three visits: booked, proposed,
    cancelled."""
    book = ContactBook(store)
    cid = book.save(
        Contact(
            name="王建国",
            title="总经理",
            income_band=IncomeBand.FROM_1M,
            birthday=Birthday(CalendarKind.SOLAR, 2, 29, 1972),
            addresses=[
                Address(
                    AddressKind.WORK, "椒江区市府大道1号", district="椒江区", lat=28.65, lon=121.42
                )
            ],
        )
    )
    DossierBook(store).save(
        Dossier(
            contact_id=cid,
            id_number=ID_NUMBER,
            health="高血压",
            religion="佛教",
            style=Style.CAUTIOUS,
            taboos="不谈政治",
            wedding_date=dt.date(1998, 10, 2),
        )
    )
    visits = VisitBook(store)
    booked = visits.save(
        VisitPlan(
            contact_id=cid,
            status=VisitStatus.BOOKED,
            time=VisitTime.appointment(dt.datetime.combine(DAY, dt.time(10))),
            content="介绍大额存单",
            materials=[MaterialItem("名片")],
        )
    )
    proposed = visits.save(
        VisitPlan(contact_id=cid, time=VisitTime.flexible(DAY, dt.time(14), dt.time(17)))
    )
    cancelled = visits.save(
        VisitPlan(
            contact_id=cid,
            status=VisitStatus.CANCELLED,
            time=VisitTime.appointment(dt.datetime.combine(DAY, dt.time(16))),
        )
    )
    return cid, booked, proposed, cancelled


def export(store, privacy=Privacy.STANDARD) -> bytes:
    return to_ics(
        calendar_items(store, dt.date.today(), dt.date.today() + dt.timedelta(days=60), privacy)
    )


def events_by_uid(data: bytes):
    from icalendar import Calendar

    return {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_export_reparses_with_icalendar_and_vobject(store, filled) -> None:
    import vobject

    _cid, booked, proposed, cancelled = filled
    data = export(store)
    from icalendar import Calendar

    again = Calendar.from_ical(data)
    assert again.to_ical() == Calendar.from_ical(again.to_ical()).to_ical()
    assert any(c.name == "VTIMEZONE" and str(c["tzid"]) == "Asia/Shanghai" for c in again.walk())
    parsed = vobject.readOne(data.decode())
    assert len(parsed.vevent_list) == len(again.walk("VEVENT"))
    plans = {p.id: p for p in VisitBook(store).for_day(DAY, tuple(VisitStatus))}
    events = events_by_uid(data)
    booked_event = events[plans[booked].uid]
    assert str(booked_event["status"]) == "CONFIRMED"
    assert booked_event.decoded("dtstart") == dt.datetime.combine(
        DAY, dt.time(10), tzinfo=booked_event.decoded("dtstart").tzinfo
    )
    assert str(booked_event.decoded("dtstart").tzinfo) == "Asia/Shanghai"
    assert str(booked_event["summary"]) == "拜访 王总"
    assert booked_event["location"] == "椒江区市府大道1号"
    assert booked_event["geo"].latitude == 28.65
    alarm = booked_event.walk("VALARM")[0]
    assert alarm.decoded("trigger") == -dt.timedelta(minutes=30)
    assert str(events[plans[proposed].uid]["status"]) == "TENTATIVE"
    assert str(events[plans[cancelled].uid]["status"]) == "CANCELLED", "kept so phones remove it"


def test_uid_stays_and_sequence_rises_with_each_change(store, filled) -> None:
    _cid, booked, _p, _c = filled
    visits = VisitBook(store)
    plan = visits.get(booked)
    first = events_by_uid(export(store))[plan.uid]
    assert int(first["sequence"]) == 0
    visits.save(dataclasses.replace(plan, content="改谈代发工资"))
    second = events_by_uid(export(store))[plan.uid]
    assert int(second["sequence"]) == 1
    visits.save(dataclasses.replace(visits.get(booked), route_order=3))  # not on the calendar
    assert int(events_by_uid(export(store))[plan.uid]["sequence"]) == 1
    visits.set_status([booked], VisitStatus.CANCELLED)
    third = events_by_uid(export(store))[plan.uid]
    assert int(third["sequence"]) == 2 and str(third["status"]) == "CANCELLED"
    assert third.decoded("last-modified") >= first.decoded("last-modified")


@pytest.mark.parametrize("privacy", list(Privacy))
def test_no_profile_carries_a_sensitive_field(store, filled, privacy) -> None:
    text = export(store, privacy).decode()
    for secret in SECRETS:
        assert secret not in text
    if privacy is Privacy.MINIMAL:
        assert "介绍大额存单" not in text and "名片" not in text
    if privacy is Privacy.STANDARD:
        assert "介绍大额存单" in text and "名片" in text and "不谈政治" not in text
    if privacy is Privacy.FULL:
        assert "不谈政治" in text and "谨慎小心型" in text


def test_birthdays_anniversaries_and_29_february(store, filled) -> None:
    cid, *_ = filled
    today = dt.date.today()
    events = events_by_uid(to_ics(calendar_items(store, today, today + dt.timedelta(days=366))))
    birthday = next(e for uid, e in events.items() if uid.startswith(f"birthday-{cid}-"))
    rule = birthday["rrule"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [2] and rule["BYMONTHDAY"] == [-1]
    start = birthday.decoded("dtstart")
    assert start.month == 2 and start.day == (29 if start.year % 4 == 0 else 28)
    wedding = next(e for uid, e in events.items() if uid.startswith(f"wedding-{cid}-"))
    assert wedding.decoded("dtstart").month == 10 and "纪念日" in str(wedding["summary"])


def lunar_oracle(year: int, month: int, day: int, leap: bool) -> dt.date:
    """The test's own reading of the rules, through lunar-python's Lunar class."""
    from lunar_python import Lunar, LunarMonth

    chosen = LunarMonth.fromYm(year, -month) if leap else None
    use_leap = chosen is not None
    chosen = chosen or LunarMonth.fromYm(year, month)
    solar = Lunar.fromYmd(year, -month if use_leap else month, min(day, chosen.getDayCount()))
    s = solar.getSolar()
    return dt.date(s.getYear(), s.getMonth(), s.getDay())


@pytest.mark.parametrize(("month", "day", "leap"), [(8, 15, False), (6, 30, True), (12, 30, False)])
def test_lunar_birthdays_for_ten_years(store, month, day, leap) -> None:
    book = ContactBook(store)
    cid = book.save(
        Contact(name="农历", birthday=Birthday(CalendarKind.LUNAR, month, day, None, leap))
    )
    today = dt.date.today()
    items = [
        i
        for i in calendar_items(store, today, today + dt.timedelta(days=3660), festivals_too=False)
        if i.uid.startswith(f"lunar-birthday-{cid}-")
    ]
    assert len(items) >= 9, "one event per year"
    for item in items:
        year = int(item.uid.split("-")[3])
        assert item.start == lunar_oracle(year, month, day, leap)
        # The event says the lunar day it really falls on, as the app writes it.
        said = item.summary.split("（")[1].rstrip("）")
        assert said == lunar_text_of(item.start) and "日" not in said
        if day == 30:
            assert said.endswith(("三十", "廿九"))
    # The rules themselves: a leap-month birthday in a year with that leap month, and not.
    assert lunar_to_solar(2025, 6, 30, leap=True) == lunar_oracle(2025, 6, 30, True)
    assert lunar_to_solar(2026, 6, 30, leap=True) == lunar_to_solar(2026, 6, 30)
    assert lunar_to_solar(2025, 6, 30, leap=True) == dt.date(2025, 8, 22)  # 闰六月 has 29 days


def test_festivals_and_new_years_eve() -> None:
    found = {(d, code) for d, code, _n in festivals(dt.date(2025, 1, 1), dt.date(2027, 12, 31))}
    assert (dt.date(2026, 2, 17), "spring_festival") in found
    assert (dt.date(2026, 2, 16), "new_years_eve") in found  # 廿九: the 12th month had 29 days
    assert (dt.date(2025, 1, 28), "new_years_eve") in found
    assert (dt.date(2026, 9, 25), "mid_autumn") in found
    assert (dt.date(2026, 6, 19), "dragon_boat") in found
    assert (dt.date(2026, 3, 3), "lantern") in found
    assert (dt.date(2026, 8, 19), "qixi") in found
    assert (dt.date(2026, 10, 18), "double_ninth") in found


def test_official_holidays_and_missing_years() -> None:
    assert day_kind(dt.date(2026, 10, 1))[0] is DayKind.HOLIDAY
    assert day_kind(dt.date(2026, 2, 14))[0] is DayKind.ADJUSTED_WORKDAY  # 调休
    assert day_kind(dt.date(2026, 11, 30))[0] is DayKind.WORKDAY
    with pytest.raises(HolidayDataMissing, match="2040"):
        day_kind(dt.date(2040, 1, 1))


def test_split_export_has_one_event_per_file(store, filled, tmp_path) -> None:
    items = calendar_items(store, dt.date.today(), dt.date.today() + dt.timedelta(days=60))
    archive = write_split(tmp_path / "events.zip", items)
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        assert len(names) == len(items)
        for name in names:
            data = z.read(name)
            assert len(events_by_uid(data)) == 1
            for secret in SECRETS:
                assert secret.encode() not in data
    folder = write_split(tmp_path / "events", items)
    assert len(list(folder.glob("*.ics"))) == len(items)
    # Private to the user, like the book: the folder, each file and the zip.
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(f.stat().st_mode) for f in [archive, *folder.iterdir()]} == {0o600}


def test_cli_export(store, filled, db_path, tmp_path, capsys) -> None:
    store.close()
    out = tmp_path / "rm.ics"
    assert (
        main(["export", "ics", "-o", str(out), "--db", str(db_path), "--privacy", "minimal"]) == 0
    )
    assert events_by_uid(out.read_bytes())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main(["export", "ics", "-o", str(tmp_path / "x" / "y.ics"), "--db", str(db_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


# -- CalDAV against a real Radicale ------------------------------------------------------


PHONES: list = []


@pytest.fixture(autouse=True)
def close_phones():
    yield
    while PHONES:
        PHONES.pop().close()


def phone(url: str):
    """The phone's side: another CalDAV client on the same calendar."""
    import caldav

    client = caldav.DAVClient(url=url, username="rm", password="secret")
    PHONES.append(client)
    principal = client.principal()
    return next(c for c in principal.calendars() if c.get_display_name() == "rmdesk")


def test_push_pull_and_conflict_cycle(store, filled, radicale, memory_keyring) -> None:
    from icalendar import Calendar

    _cid, booked, proposed, _cancelled = filled
    account = cs.Account(radicale, "rm")
    cs.save_account(store, account)
    cs.store_password(account, "secret")
    assert memory_keyring.secrets == {(cs.KEYRING_SERVICE, "rm@" + radicale): "secret"}
    assert "secret" not in "".join(str(r) for r in store.read("SELECT value FROM book_settings"))
    password = cs.find_password(account)
    first, last = dt.date.today(), dt.date.today() + dt.timedelta(days=60)
    report = cs.sync(store, account, password, first, last)
    assert report.created and report.pushed
    cal = phone(radicale)
    visits = VisitBook(store)
    uid_booked = visits.get(booked).uid
    on_phone = cal.event_by_uid(uid_booked)
    assert "SEQUENCE:0" in on_phone.data and "STATUS:CONFIRMED" in on_phone.data
    for secret in SECRETS:
        assert all(secret not in e.data for e in cal.events())
    # Nothing changed: nothing to push again.
    assert cs.sync(store, account, password, first, last).pushed == []
    # The client moves the booked visit on the phone to 11:00.
    parsed = Calendar.from_ical(on_phone.data)
    event = next(iter(parsed.walk("VEVENT")))
    start = event.decoded("dtstart") + dt.timedelta(hours=1)
    event["dtstart"].dt = start
    event["dtend"].dt = start + dt.timedelta(minutes=45)
    on_phone.data = parsed.to_ical().decode()
    on_phone.save()
    report = cs.sync(store, account, password, first, last)
    assert [(c.kind, c.plan_id) for c in report.changes] == [("moved", booked)]
    assert visits.get(booked).time.window_start == dt.time(10), "nothing applied unasked"
    cs.apply_changes(store, report.changes)
    assert visits.get(booked).time.window_start == dt.time(11)
    report = cs.sync(store, account, password, first, last)
    assert uid_booked in report.pushed
    assert "SEQUENCE:1" in cal.event_by_uid(uid_booked).data
    # Deleted on the phone: offered as a cancellation.
    uid_proposed = visits.get(proposed).uid
    cal.event_by_uid(uid_proposed).delete()
    report = cs.sync(store, account, password, first, last)
    assert [(c.kind, c.plan_id) for c in report.changes] == [("cancelled", proposed)]
    cs.apply_changes(store, report.changes)
    assert visits.get(proposed).status is VisitStatus.CANCELLED
    # Changed on both sides: a conflict, shown and not resolved silently.
    plan = visits.get(booked)
    visits.save(dataclasses.replace(plan, content="带上新产品资料"))
    on_phone = cal.event_by_uid(uid_booked)
    parsed = Calendar.from_ical(on_phone.data)
    event = next(iter(parsed.walk("VEVENT")))
    start = event.decoded("dtstart") + dt.timedelta(hours=2)
    event["dtstart"].dt = start
    event["dtend"].dt = start + dt.timedelta(minutes=45)
    on_phone.data = parsed.to_ical().decode()
    on_phone.save()
    report = cs.sync(store, account, password, first, last)
    assert [c.plan_id for c in report.conflicts] == [booked]
    assert visits.get(booked).time.window_start == dt.time(11)
    # Edited here once more after that sync: settling what was seen is refused whole,
    # and the phone's version is not counted as seen either (one transaction).
    from rmdesk.domain.errors import EditConflict

    seen = "SELECT etag, fingerprint FROM calendar_sync WHERE uid = :uid"
    etag_before = store.read(seen, {"uid": uid_booked})
    visits.save(dataclasses.replace(visits.get(booked), strategy="先谈孩子升学"))
    with pytest.raises(EditConflict):
        cs.settle(store, [], report.conflicts, [])
    assert store.read(seen, {"uid": uid_booked}) == etag_before
    report = cs.sync(store, account, password, first, last)
    assert [c.plan_id for c in report.conflicts] == [booked]
    cs.resolve(store, report.conflicts, "phone")
    assert visits.get(booked).time.window_start == dt.time(13)
    report = cs.sync(store, account, password, first, last)
    assert not report.conflicts and uid_booked in report.pushed


def test_sync_failures_are_clear_and_change_nothing(store, filled, radicale) -> None:
    account = cs.Account(radicale, "rm")
    first, last = dt.date.today(), dt.date.today() + dt.timedelta(days=60)
    before = store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
    with pytest.raises(cs.SyncFailed) as wrong:
        cs.sync(store, account, "wrong", first, last)
    assert wrong.value.reason == "password" and "password" in str(wrong.value)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    down = cs.Account(f"http://127.0.0.1:{closed_port}/", "rm")
    with pytest.raises(cs.SyncFailed) as unreachable:
        cs.sync(store, down, "secret", first, last)
    assert unreachable.value.reason == "unreachable"
    assert (
        store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
        == before
    )
    assert store.read("SELECT count(*) FROM calendar_sync") == [(0,)]


def test_cli_sync(store, filled, radicale, memory_keyring, db_path, monkeypatch, capsys) -> None:
    store.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("secret\n"))
    args = ["sync", "caldav", "--db", str(db_path)]
    assert main([*args, "--url", radicale, "--user", "rm", "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert "created the calendar rmdesk" in out and "pushed" in out
    assert main(args) == 0
    assert "pushed 0" in capsys.readouterr().out
    # The push is in the audit trail, with the server it went to; a sync that sent
    # nothing is not.
    from rmdesk.store.audit import entries

    again = open_store(db_path)
    pushed = [e for e in entries(again) if e.kind == "caldav_push"]
    again.close()
    assert len(pushed) == 1 and pushed[0].clients > 0 and pushed[0].detail == "127.0.0.1"


def test_keyring_unavailable_is_a_clear_message(monkeypatch) -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(cs.SyncFailed, match="keyring"):
            cs.store_password(cs.Account("http://x/", "rm"), "pw")
        monkeypatch.delenv(cs.PASSWORD_ENV, raising=False)
        assert cs.find_password(cs.Account("http://x/", "rm")) is None
    finally:
        keyring.set_keyring(previous)


def test_demo_book_export_is_varied(demo_file: Path, tmp_path: Path) -> None:
    from collections import Counter

    from rmdesk.store.database import open_store

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    s = open_store(copy)
    items = calendar_items(s, dt.date.today(), dt.date.today() + dt.timedelta(days=60))
    s.close()
    kinds = Counter(i.kind for i in items)
    statuses = Counter(i.status for i in items if i.kind == "visit")
    assert kinds["visit"] and kinds["birthday"] and kinds["lunar_birthday"] and kinds["anniversary"]
    assert statuses["CONFIRMED"] and statuses["TENTATIVE"] and statuses["CANCELLED"]


# -- import ------------------------------------------------------------------------------


def test_import_reviews_moves_cancellations_and_new_events(store, filled) -> None:
    from icalendar import Calendar, Event

    from rmdesk.agenda.import_ics import apply_import, plan_import

    cid, booked, proposed, _cancelled = filled
    cal = Calendar.from_ical(export(store))
    visits = VisitBook(store)
    uid_booked, uid_proposed = visits.get(booked).uid, visits.get(proposed).uid
    for event in cal.walk("VEVENT"):
        if str(event["uid"]) == uid_booked:
            start = event.decoded("dtstart") + dt.timedelta(hours=2)
            event["dtstart"].dt = start
            event["dtend"].dt = start + dt.timedelta(minutes=45)
        if str(event["uid"]) == uid_proposed:
            event["status"] = "CANCELLED"
    lunch = Event()
    lunch.add("uid", "phone-made-1@example.com")
    lunch.add("summary", "和李总吃饭")
    lunch.add("dtstart", dt.datetime.combine(DAY, dt.time(12)))
    lunch.add("dtend", dt.datetime.combine(DAY, dt.time(13)))
    cal.add_component(lunch)
    before = store.read("SELECT id, status, window_start FROM visit_plans ORDER BY id")
    plan = plan_import(store, cal.to_ical())
    assert {(c.kind, c.plan_id) for c in plan.changes} == {
        ("moved", booked),
        ("cancelled", proposed),
    }
    assert [n.summary for n in plan.new] == ["和李总吃饭"]
    assert store.read("SELECT id, status, window_start FROM visit_plans ORDER BY id") == before
    apply_import(store, plan.changes, [(plan.new[0], cid)])
    assert visits.get(booked).time.window_start == dt.time(12)
    assert visits.get(proposed).status is VisitStatus.CANCELLED
    made = [p for p in visits.for_contact(cid) if p.uid == "phone-made-1@example.com"]
    assert made and made[0].time.window_start == dt.time(12) and made[0].time.duration_min == 60


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"hello, world", "BEGIN:VCALENDAR"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no events"),
        (b"PK\x03\x04" + bytes(200), "BEGIN:VCALENDAR"),  # a zip renamed .ics
    ],
)
def test_a_file_that_is_no_calendar_is_named_and_changes_nothing(
    store, filled, data, words
) -> None:
    from rmdesk.agenda.import_ics import BadCalendarFile, plan_import

    before = store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
    with pytest.raises(BadCalendarFile, match=words):
        plan_import(store, data)
    assert (
        store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
        == before
    )


def _calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n"
    return text.replace("\n    ", "\n").encode()


def _event(uid: str, start: str, *more: str) -> str:
    return "\r\n".join([f"UID:{uid}", "SUMMARY:拜访", f"DTSTART:{start}", *more])


def test_each_bad_event_is_named_with_its_uid_and_nothing_is_imported(
    store, filled, db_path, capsys
) -> None:
    """Every event is checked before anything is offered; one bad event refuses the file."""
    from rmdesk.agenda.import_ics import plan_import

    _cid, booked, proposed, _c = filled
    visits = VisitBook(store)
    uid_booked, uid_proposed = visits.get(booked).uid, visits.get(proposed).uid
    day = DAY.strftime("%Y%m%d")
    data = _calendar(
        # a good move of the booked visit: fine on its own
        _event(uid_booked, f"{day}T150000", f"DTEND:{day}T154500"),
        # the proposed visit made all-day on the phone
        _event(uid_proposed, "VALUE=DATE:" + day).replace("DTSTART:VALUE", "DTSTART;VALUE"),
        # three events with one UID
        _event("dup@x", f"{day}T090000"),
        _event("dup@x", f"{day}T100000", "STATUS:CANCELLED"),
        _event("dup@x", f"{day}T110000"),
        _event("year1@x", "00010101T090000"),
        _event("late@x", "99991231T233000"),
        _event("backwards@x", f"{day}T100000", f"DTEND:{day}T090000"),
        _event("zone@x", f"{day}T100000").replace("DTSTART:", "DTSTART;TZID=Mars/Olympus_Mons:"),
        _event("garbage@x", "2026-13-45 25:99"),
        "SUMMARY:没有UID\r\nDTSTART:20261201T100000",
        _event("nostart@x", f"{day}T100000").replace(f"DTSTART:{day}T100000", "LOCATION:x"),
        _event("long@x", f"{day}T080000", f"DTEND:{day}T230000"),
    )
    plan = plan_import(store, data)
    found = {p.uid: p.reason for p in plan.problems}
    assert "all-day" in found[uid_proposed]
    assert "3 events share this UID" in found["dup@x"]
    assert "0001-01-01" in found["year1@x"] and "1900" in found["year1@x"]
    assert "9999-12-31" in found["late@x"]
    assert "before it starts" in found["backwards@x"]
    assert "unknown time zone 'Mars/Olympus_Mons'" in found["zone@x"]
    assert "DTSTART" in found["garbage@x"] and "cannot be read" in found["garbage@x"]
    assert "no UID" in found["event 11"]
    assert "no start" in found["nostart@x"]
    assert "hours" in found["long@x"]
    assert uid_booked not in found
    assert not plan.can_apply, "a file with problems is refused whole"
    # The command line lists each problem and imports nothing, whatever --yes says.
    path = db_path.with_name("bad.ics")
    path.write_bytes(data)
    before = store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
    store.close()
    assert main(["import", "ics", str(path), "--yes", "--db", str(db_path)]) == 1
    out, err = capsys.readouterr()
    assert "problem: dup@x:" in out and "problem: zone@x:" in out
    assert "nothing was imported" in err and err.count("\n") == 1
    again = open_store(db_path)
    try:
        assert (
            again.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
            == before
        )
    finally:
        again.close()


def test_an_import_is_one_transaction(store, filled, monkeypatch) -> None:
    """A failure on the last write leaves every visit as it was (no half-done import)."""
    from rmdesk.agenda.import_ics import apply_import, plan_import

    cid, booked, proposed, _c = filled
    visits = VisitBook(store)
    day = DAY.strftime("%Y%m%d")
    data = _calendar(
        _event(visits.get(booked).uid, f"{day}T150000", f"DTEND:{day}T154500"),
        _event(visits.get(proposed).uid, f"{day}T140000", "STATUS:CANCELLED"),
        _event("new-1@x", f"{day}T170000"),
        _event("new-2@x", f"{day}T180000"),
    )
    plan = plan_import(store, data)
    assert plan.can_apply and len(plan.changes) == 2 and len(plan.new) == 2
    before = store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
    import rmdesk.planning.visits as visits_module

    real_fill = visits_module._fill
    calls = []

    def fill_then_fail(model, plan_) -> None:
        calls.append(plan_.uid)
        if plan_.uid == "new-2@x":
            raise OSError(28, "No space left on device")
        real_fill(model, plan_)

    monkeypatch.setattr(visits_module, "_fill", fill_then_fail)
    with pytest.raises(OSError):
        apply_import(store, plan.changes, [(n, cid) for n in plan.new])
    assert "new-2@x" in calls, "the failure came on the last write"
    after = store.read("SELECT id, status, window_start, sequence FROM visit_plans ORDER BY id")
    assert after == before
    monkeypatch.setattr(visits_module, "_fill", real_fill)
    assert apply_import(store, plan.changes, [(n, cid) for n in plan.new]) == 4
    assert {p.uid for p in visits.for_contact(cid)} >= {"new-1@x", "new-2@x"}


def test_an_import_over_a_visit_saved_meanwhile_is_refused(store, filled) -> None:
    """The visit was edited here after the file was read: the move is not applied over it."""
    import dataclasses

    from rmdesk.agenda.import_ics import apply_import, plan_import
    from rmdesk.domain.errors import EditConflict

    _cid, booked, _p, _c = filled
    visits = VisitBook(store)
    day = DAY.strftime("%Y%m%d")
    plan = plan_import(store, _calendar(_event(visits.get(booked).uid, f"{day}T150000")))
    assert [c.kind for c in plan.changes] == ["moved"]
    edited = dataclasses.replace(visits.get(booked), content="改谈理财")
    visits.save(edited)
    with pytest.raises(EditConflict):
        apply_import(store, plan.changes, [])
    kept = visits.get(booked)
    assert kept.content == "改谈理财" and kept.time.window_start == dt.time(10)


def test_a_calendar_file_too_big_is_refused_before_reading(store, tmp_path, capsys) -> None:
    from rmdesk.agenda.import_ics import MAX_BYTES, CalendarFileTooBig, plan_import

    with pytest.raises(CalendarFileTooBig, match="MB"):
        plan_import(store, b"BEGIN:VCALENDAR\r\n" + b" " * MAX_BYTES)
    big = tmp_path / "big.ics"
    with big.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: no disk used, and never read
    location = str(store.path)
    store.close()
    assert main(["import", "ics", str(big), "--db", location]) == 1
    err = capsys.readouterr().err
    assert "up to 10 MB" in err and err.count("\n") == 1


# -- the feed ----------------------------------------------------------------------------


def test_feed_serves_only_with_the_token(store, filled) -> None:
    import urllib.error
    import urllib.request

    from rmdesk.agenda.feed import FeedServer, FeedSettings, load_feed, new_token

    body = export(store, Privacy.MINIMAL)
    settings = dataclasses.replace(load_feed(store), host="127.0.0.1", port=0)
    server = FeedServer(settings, lambda: body).start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        with urllib.request.urlopen(f"{base}/calendar/{settings.token}.ics", timeout=5) as answer:
            assert answer.headers["Content-Type"].startswith("text/calendar")
            data = answer.read()
        assert events_by_uid(data)
        for secret in SECRETS:
            assert secret.encode() not in data
        for wrong in ("/calendar/guess.ics", f"/calendar/{settings.token}x.ics", "/", "/calendar/"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(base + wrong, timeout=5)
            assert refused.value.code == 404
            refused.value.close()
    finally:
        server.stop()
    renewed = FeedSettings(host="127.0.0.1", port=0, token=new_token())
    assert renewed.token != settings.token
    server = FeedServer(renewed, lambda: body).start()
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(
                f"http://127.0.0.1:{server.port}/calendar/{settings.token}.ics", timeout=5
            )
        refused.value.close()
    finally:
        server.stop()


def _stalled_client(port: int) -> socket.socket:
    """A client that connects and then says nothing, as a stuck phone would."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(b"GET /calendar/")  # half a request line, then silence
    return sock


def _closed_by_peer(sock: socket.socket) -> bool:
    sock.settimeout(2)
    try:
        return sock.recv(100) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def _fetch(url: str) -> tuple[int, bytes, str]:
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.status, answer.read(), answer.headers.get("Server", "")


def test_a_stalled_client_does_not_hold_up_the_feed(store, filled) -> None:
    from rmdesk.agenda.feed import FeedServer, FeedSettings, new_token

    settings = FeedSettings(host="127.0.0.1", port=0, token=new_token())
    server = FeedServer(settings, lambda: b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").start()
    url = f"http://127.0.0.1:{server.port}/calendar/{settings.token}.ics"
    stalled = [_stalled_client(server.port) for _ in range(3)]
    try:
        began = time.monotonic()
        status, body, header = _fetch(url)
        assert status == 200 and body.startswith(b"BEGIN:VCALENDAR")
        assert time.monotonic() - began < 2, "served while three clients stall"
        assert "Python" not in header and header.startswith("rmdesk")
        # Stopping does not wait for the stalled clients, and cuts them off.
        began = time.monotonic()
        server.stop()
        assert time.monotonic() - began < 1
        for sock in stalled:
            assert _closed_by_peer(sock), "a stalled client is cut off, not left hanging"
        with pytest.raises(OSError):
            _fetch(url)
    finally:
        for sock in stalled:
            sock.close()


def test_a_flood_of_connections_is_refused_without_harming_a_served_one(store, filled) -> None:
    from rmdesk.agenda.feed import MAX_CONNECTIONS, FeedServer, FeedSettings, new_token

    rendering = threading.Event()
    release = threading.Event()

    def slow_render() -> bytes:
        rendering.set()
        release.wait(10)
        return b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

    settings = FeedSettings(host="127.0.0.1", port=0, token=new_token())
    server = FeedServer(settings, slow_render).start()
    url = f"http://127.0.0.1:{server.port}/calendar/{settings.token}.ics"
    served: list[tuple[int, bytes, str]] = []
    fetcher = threading.Thread(target=lambda: served.append(_fetch(url)))
    fetcher.start()
    assert rendering.wait(10)
    flood = []
    try:
        for _ in range(3 * MAX_CONNECTIONS):
            flood.append(socket.create_connection(("127.0.0.1", server.port), timeout=10))
        # Past the limit, connections are closed at once: the server keeps its slots.
        time.sleep(0.5)
        readable, _w, _x = select.select(flood, [], [], 0)
        closed = sum(_closed_by_peer(sock) for sock in readable)
        assert closed >= 2 * MAX_CONNECTIONS
        assert server.server.refused >= 2 * MAX_CONNECTIONS
        release.set()
        fetcher.join(10)
        assert served and served[0][0] == 200 and served[0][1].startswith(b"BEGIN:VCALENDAR")
    finally:
        release.set()
        for sock in flood:
            sock.close()
        server.stop()


def test_export_of_a_selection(store, filled) -> None:
    cid, *_ = filled
    other = ContactBook(store).save(
        Contact(name="李四", birthday=Birthday(CalendarKind.SOLAR, 5, 1, 1980))
    )
    today = dt.date.today()
    everyone = calendar_items(store, today, today + dt.timedelta(days=400), festivals_too=False)
    only = calendar_items(
        store, today, today + dt.timedelta(days=400), festivals_too=False, contacts={other}
    )
    assert {i.contact_id for i in everyone} == {cid, other}
    assert [i.kind for i in only] == ["birthday"] and only[0].contact_id == other


def test_a_calendar_deleted_on_the_server_is_made_again(store, filled, radicale) -> None:
    account = cs.Account(radicale, "rm")
    first, last = dt.date.today(), dt.date.today() + dt.timedelta(days=60)
    cs.sync(store, account, "secret", first, last)
    phone(radicale).delete()
    report = cs.sync(store, account, "secret", first, last)
    assert report.created and report.pushed and not report.changes
    assert len(phone(radicale).events()) == len(report.pushed)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate no one trusts, for 127.0.0.1 (cryptography comes with keyring)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_an_untrusted_certificate_is_named(store, filled, tmp_path) -> None:
    cert, key = self_signed(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--auth-type", "none", "--server-ssl", "True", "--server-certificate", str(cert),
         "--server-key", str(key), "--storage-filesystem-folder", str(tmp_path / "c")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        first = dt.date.today()
        with pytest.raises(cs.SyncFailed) as caught:
            cs.sync(
                store,
                cs.Account(f"https://127.0.0.1:{port}/", "rm"),
                "x",
                first,
                first + dt.timedelta(days=30),
            )
        assert caught.value.reason == "certificate"
        assert store.read("SELECT count(*) FROM calendar_sync") == [(0,)]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_an_address_with_a_password_is_refused_and_never_stored(
    store, memory_keyring, db_path, capsys
) -> None:
    location = str(db_path)
    store.close()
    url = "https://rm:hunter2@dav.example.com/cal/"
    assert main(["sync", "caldav", "--db", location, "--url", url, "--user", "rm"]) == 1
    err = capsys.readouterr().err
    assert "holds a password" in err and "keyring" in err and err.count("\n") == 1
    assert "hunter2" not in err, "the password is not repeated in the message"
    assert b"hunter2" not in db_path.read_bytes()
    again = open_store(db_path)
    try:
        assert cs.load_account(again) is None, "nothing was saved"
        with pytest.raises(cs.PasswordInAddress) as refused:
            cs.save_account(again, cs.Account(url, "rm"))
        assert refused.value.url == "https://rm@dav.example.com/cal/"
    finally:
        again.close()


def test_an_older_books_address_loses_its_password_to_the_keyring(store, memory_keyring) -> None:
    """A book written before this check kept the address as typed, password and all."""
    import json

    from rmdesk.store.personal import write_personal

    old = json.dumps({"url": "http://rm:hunter2@127.0.0.1:5232/", "username": "rm"})
    write_personal(store, cs.ACCOUNT_KEY, old)
    account = cs.load_account(store)
    assert account is not None and account.url == "http://rm@127.0.0.1:5232/"
    assert cs.find_password(account) == "hunter2", "kept in the keyring"
    assert "hunter2" not in store.read("SELECT value FROM personal_settings")[0][0]


def test_the_command_line_shows_both_versions_of_a_visit_edited_meanwhile(
    store, filled, db_path, monkeypatch, capsys
) -> None:
    """A colleague edits the visit between reading the file and applying it: the command
    line applies nothing, lists the fields that differ and exits non-zero."""
    import rmdesk.agenda.import_ics as import_ics

    _cid, booked, _p, _c = filled
    uid = VisitBook(store).get(booked).uid
    day = DAY.strftime("%Y%m%d")
    path = db_path.with_name("moved.ics")
    path.write_bytes(_calendar(_event(uid, f"{day}T150000", f"DTEND:{day}T154500")))
    location = str(db_path)
    store.close()
    real_plan = import_ics.plan_import

    def plan_then_colleague_edits(own_store, data):
        found = real_plan(own_store, data)
        colleague = open_store(location)
        try:
            visits = VisitBook(colleague)
            visits.save(dataclasses.replace(visits.get(booked), content="同事改为：谈贷款"))
        finally:
            colleague.close()
        return found

    monkeypatch.setattr(import_ics, "plan_import", plan_then_colleague_edits)
    assert main(["import", "ics", str(path), "--yes", "--db", location]) == 1
    out, err = capsys.readouterr()
    assert f"visit {booked}: field" in out
    assert f"  time\t{DAY.isoformat()} 15:00 (45 min)\t{DAY.isoformat()} 10:00 (45 min)" in out
    assert "changed by someone else" in err and err.count("\n") == 1
    again = open_store(location)
    try:
        kept = VisitBook(again).get(booked)
        assert kept.content == "同事改为：谈贷款" and kept.time.window_start == dt.time(10)
    finally:
        again.close()


def test_lunar_dates_are_written_one_way() -> None:
    assert lunar_text(4, 10, leap=True) == "农历闰四月初十"
    assert lunar_text(12, 29, year=1976) == "农历1976年腊月廿九"
    assert lunar_text(1, 1) == "农历正月初一"
    # 2026-02-16 is 除夕 of a year whose 腊月 has 29 days: a 腊月三十 birthday says 廿九.
    assert lunar_text_of(dt.date(2026, 2, 16)) == "农历腊月廿九"
    assert lunar_to_solar(2025, 12, 30) == dt.date(2026, 2, 16)


def test_an_export_keeps_to_its_range_and_to_the_clients_chosen(store) -> None:
    """A two-month export held every birthday of the book; now only those in the range,
    of the clients chosen (all, key clients, a tag, nobody)."""
    from rmdesk.agenda.items import ALL_CLIENTS, KEY_CLIENTS, NO_CLIENTS, TAG

    book = ContactBook(store)
    first = dt.date(2027, 1, 4)
    inside = book.save(
        Contact(name="一月生", birthday=Birthday(CalendarKind.SOLAR, 1, 20), key_client=True)
    )
    book.save(Contact(name="七月生", birthday=Birthday(CalendarKind.SOLAR, 7, 20)))
    tagged = book.save(
        Contact(name="二月生", birthday=Birthday(CalendarKind.SOLAR, 2, 10), tags=["围棋"])
    )

    def whose(chosen: str) -> set[int]:
        items = calendar_items(
            store, first, first + dt.timedelta(days=60), festivals_too=False, client_dates=chosen
        )
        return {i.contact_id for i in items if i.kind in ("birthday", "lunar_birthday")}

    assert whose(ALL_CLIENTS) == {inside, tagged}, "七月生 is outside the two months"
    assert whose(KEY_CLIENTS) == {inside}
    assert whose(TAG + "围棋") == {tagged}
    assert whose(NO_CLIENTS) == set()


def first_year_without_data() -> int:
    from rmdesk.planning.holidays import HolidayDataMissing, day_kind

    for year in range(dt.date.today().year, dt.date.today().year + 20):
        try:
            day_kind(dt.date(year, 12, 31))
        except HolidayDataMissing:
            return year
    raise AssertionError("the holiday data covers twenty years")


def test_a_years_holidays_entered_by_the_user_are_used(store, db_path, capsys) -> None:
    """For a year the holiday data does not cover yet, the schedule the State Council
    announced can be entered; planning then knows it (the window and `plan --json`)."""
    from rmdesk.planning.holidays import (
        DayKind,
        HolidaySchedule,
        InvalidHolidaySchedule,
        day_kind,
        load_schedules,
        save_schedule,
    )

    year = first_year_without_data()
    # A National Day week, and a Sunday worked in lieu (the last Sunday of September).
    sunday = max(dt.date(year, 9, d) for d in range(20, 31) if dt.date(year, 9, d).weekday() == 6)
    schedule = HolidaySchedule(
        year, ((dt.date(year, 10, 1), dt.date(year, 10, 7), "国庆节"),), (sunday,)
    )
    save_schedule(store, schedule)
    entered = load_schedules(store)
    assert entered[year] == schedule
    assert day_kind(dt.date(year, 10, 3), entered) == (DayKind.HOLIDAY, "国庆节")
    assert day_kind(sunday, entered)[0] is DayKind.ADJUSTED_WORKDAY
    with pytest.raises(InvalidHolidaySchedule) as refused:
        save_schedule(
            store,
            HolidaySchedule(year, ((dt.date(year, 5, 5), dt.date(year, 5, 1), "劳动节"),)),
        )
    assert ("ends_before_start", "劳动节") in refused.value.problems
    assert load_schedules(store)[year] == schedule, "nothing saved"
    store.close()
    assert main(["branch", "--lat", "28.656", "--lon", "121.42", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["plan", f"{year}-10-03", "--json", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["day_kind"], data["holiday"]) == ("holiday", "国庆节")


def test_a_calendar_server_that_does_not_start_says_so(tmp_path) -> None:
    from conftest import radicale_server

    with (
        pytest.raises(RuntimeError, match=r"(?s)Radicale did not start.*no-such-option"),
        radicale_server(tmp_path, "--no-such-option"),
    ):
        pass
