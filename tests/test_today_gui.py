"""Today, the screen rmdesk opens on, in the window: its sections from the demo book and
acting on an item with one key (done, snooze, open, greeting)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.domain.contact import Contact
from rmdesk.domain.keeping import TodayItem
from rmdesk.ui.main_window import CONTACTS, TODAY
from rmdesk.ui.today.today_page import _sections


def items_shown(page) -> list[TodayItem]:
    return [page.item_of(line) for line in page._lines()]


def test_today_lists_the_day_and_acts_with_one_key(desk, qtbot) -> None:  # noqa: F811
    window = desk.window
    # A key client never contacted is overdue today.
    desk.services.contacts.save(Contact(name="重点甲", key_client=True))
    window.commands.today_area_action.trigger()
    assert window.nav.currentRow() == TODAY
    page = window.today_page
    qtbot.waitUntil(
        lambda: any(i.client == "重点甲" for i in items_shown(page)) and window.runner.pending == 0,
        timeout=WAIT,
    )
    today = dt.date.today()
    expected = desk.services.keeping.today(today, today, ahead=True)
    in_sections = [i.key for _h, kinds in _sections() for i in expected if i.kind in kinds]
    assert [i.key for i in items_shown(page)] == in_sections
    shown_kinds = {i.kind for i in items_shown(page)}
    assert {"follow_up", "maturity", "key_client_overdue"} <= shown_kinds
    headings = [page.tree.topLevelItem(n).text(0) for n in range(page.tree.topLevelItemCount())]
    assert any(h.startswith("Follow-ups (") for h in headings)
    # Space marks the chosen follow-up done: struck through, and closed in the book.
    follow_up = next(i for i in items_shown(page) if i.kind == "follow_up" and not i.done)
    assert page.choose(follow_up.key)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)

    def closed() -> bool:
        follow_ups = desk.services.activity.activity_of(follow_up.contact_id).follow_ups
        return {f.id: f.done for f in follow_ups}[follow_up.ref]

    qtbot.waitUntil(closed, timeout=WAIT)
    # Struck through if due today; an overdue one done leaves the list.
    still = [True] if follow_up.date == today else []
    qtbot.waitUntil(
        lambda: [i.done for i in items_shown(page) if i.key == follow_up.key] == still,
        timeout=WAIT,
    )
    # S puts an overdue key client off until tomorrow: it leaves today's list.
    overdue = next(i for i in items_shown(page) if i.kind == "key_client_overdue")
    page.choose(overdue.key)
    qtbot.keyClick(page.tree, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: overdue.key not in [i.key for i in items_shown(page)], timeout=WAIT)
    page.set_day(today + dt.timedelta(1))
    qtbot.waitUntil(lambda: overdue.key in [i.key for i in items_shown(page)], timeout=WAIT)
    page.set_day(today)
    qtbot.waitUntil(lambda: overdue.key not in [i.key for i in items_shown(page)], timeout=WAIT)
    # G on a festival or birthday drafts a greeting to copy.
    christmas_day = dt.date(today.year, 12, 25)
    page.set_day(
        christmas_day if today <= christmas_day else christmas_day.replace(year=today.year + 1)
    )
    qtbot.waitUntil(lambda: any(i.kind == "festival" for i in items_shown(page)), timeout=WAIT)
    christmas = next(i for i in items_shown(page) if i.kind == "festival")
    page.choose(christmas.key)
    assert page.buttons["greet"].isEnabled() and not page.buttons["open"].isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: getattr(page, "greeting_dialog", None) is not None, timeout=WAIT)
    (draft,) = page.greeting_dialog.findChildren(QPlainTextEdit)
    assert "圣诞快乐" in draft.toPlainText()
    page.greeting_dialog.close()
    # Enter opens the chosen client in the book.
    page.set_day(today)
    qtbot.waitUntil(lambda: page.chosen_day() == today and len(items_shown(page)) > 0, timeout=WAIT)
    client_item = next(i for i in items_shown(page) if i.contact_id is not None)
    page.choose(client_item.key)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.nav.currentRow() == CONTACTS, timeout=WAIT)
    qtbot.waitUntil(lambda: window.selected_ids() == [client_item.contact_id], timeout=WAIT)


def test_a_long_section_shows_its_first_lines_and_the_rest_on_enter(
    desk,  # noqa: F811
    qtbot,
    monkeypatch,
) -> None:
    from rmdesk.ui.today import today_page

    monkeypatch.setattr(today_page, "SECTION_LINES", 2)
    window = desk.window
    for name in ("重点甲", "重点乙", "重点丙"):  # never contacted: overdue
        desk.services.contacts.save(Contact(name=name, key_client=True))
    window.commands.today_area_action.trigger()
    page = window.today_page
    qtbot.waitUntil(lambda: page.runner.pending == 0 and len(page.items) > 0, timeout=WAIT)
    overdue = [i for i in page.items if i.kind == "key_client_overdue"]
    assert len(overdue) >= 3

    def section_texts() -> list[str]:
        for n in range(page.tree.topLevelItemCount()):
            section = page.tree.topLevelItem(n)
            if section.text(0).startswith("Key clients overdue"):
                return [section.child(m).text(0) for m in range(section.childCount())]
        return []

    more = section_texts()[-1]
    assert more == f"{len(overdue) - 2} more… (Enter shows them all)"
    assert len(section_texts()) == 3
    section = next(
        page.tree.topLevelItem(n)
        for n in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(n).text(0).startswith("Key clients overdue")
    )
    page.tree.setCurrentItem(section.child(2))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert len(section_texts()) == len(overdue)
    assert window.nav.currentRow() == TODAY, "the section opened, no client"


def test_c_on_a_today_item_opens_the_call_list_of_that_client(desk, qtbot) -> None:  # noqa: F811
    window = desk.window
    window.commands.today_area_action.trigger()
    page = window.today_page
    qtbot.waitUntil(lambda: page.runner.pending == 0 and len(page.items) > 0, timeout=WAIT)
    item = next(i for i in items_shown(page) if i.contact_id is not None)
    page.choose(item.key)
    qtbot.keyClick(page.tree, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: getattr(window, "calls", None) is not None, timeout=WAIT)
    calls = window.calls
    qtbot.waitUntil(
        lambda: [t.contact_id for t in calls.targets] == [item.contact_id], timeout=WAIT
    )
    calls.close()


def test_the_tray_counts_today_and_tells_of_a_visit_before_it(desk, qtbot) -> None:  # noqa: F811
    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime

    window = desk.window
    today = dt.date.today()
    cid = desk.services.contacts.save(Contact(name="皇甫敏"))
    at = dt.datetime.combine(today, dt.time(10, 30))
    desk.services.planning.save(
        VisitPlan(contact_id=cid, time=VisitTime.appointment(at), status=VisitStatus.BOOKED)
    )
    now = {"t": dt.datetime.combine(today, dt.time(10, 0))}
    tray = window.tray
    tray.clock = lambda: now["t"]
    window.commands.today_area_action.trigger()
    page = window.today_page
    qtbot.waitUntil(
        lambda: any(i.client == "皇甫敏" for i in page.items) and window.runner.pending == 0,
        timeout=WAIT,
    )
    due = [i for i in page.items if not i.done and i.date <= today]
    assert tray.count == len(due) > 0
    assert tray.icon.toolTip() == f"rmdesk: {len(due)} to do today"
    # 10:00: the 10:30 visit is not near yet; 10:16: it is, once.
    told: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: told.append((title, text)))
    tray.check()
    assert [t for t in told if "皇甫敏" in t[1]] == []
    now["t"] = dt.datetime.combine(today, dt.time(10, 16))
    tray.check()
    tray.check()
    assert [t for t in told if "皇甫敏" in t[1]] == [("Visit at 10:30", "皇甫敏 · 10:30 拜访")]
    # Marking it done lowers the count; at midnight Today moves to the new day.
    appointment = next(i for i in page.items if i.client == "皇甫敏")
    page.choose(appointment.key)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tray.count == len(due) - 1, timeout=WAIT)
    now["t"] = dt.datetime.combine(today + dt.timedelta(1), dt.time(0, 1))
    tray.check()
    assert page.chosen_day() == today + dt.timedelta(1)
    # A click on the icon brings the window back on Today.
    window.commands.contacts_area_action.trigger()
    tray.activated.emit()
    assert window.nav.currentRow() == TODAY


def test_a_day_shows_its_appointments_calls_and_follow_ups_while_the_rest_is_read(
    desk,  # noqa: F811
    qtbot,
    monkeypatch,
) -> None:
    import threading

    from rmdesk.domain.kinds import VisitStatus
    from rmdesk.domain.visit import VisitPlan, VisitTime
    from rmdesk.keeping.today import FIRST_KINDS

    window = desk.window
    tomorrow = dt.date.today() + dt.timedelta(1)
    cid = desk.services.contacts.save(Contact(name="上官婉", key_client=True))
    at = dt.datetime.combine(tomorrow, dt.time(9, 30))
    desk.services.planning.save(
        VisitPlan(contact_id=cid, time=VisitTime.appointment(at), status=VisitStatus.BOOKED)
    )
    desk.services.contacts.save(Contact(name="重点丁", key_client=True))  # overdue
    window.commands.today_area_action.trigger()
    page = window.today_page
    qtbot.waitUntil(lambda: page.complete and window.runner.pending == 0, timeout=WAIT)
    # The whole day waits until let go; its first rows show meanwhile.
    keeping, gate = desk.services.keeping, threading.Event()
    whole_day = keeping.today

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(WAIT / 1000)
        return whole_day(*args, **kwargs)

    monkeypatch.setattr(keeping, "today", held)
    first_rows: list[int] = []
    page.first_rows.connect(lambda: first_rows.append(len(page.items)))
    page.set_day(tomorrow)
    qtbot.waitUntil(lambda: len(first_rows) == 1, timeout=WAIT)
    assert not page.complete
    assert {i.kind for i in page.items} <= FIRST_KINDS
    assert any(i.client == "上官婉" and i.kind == "appointment" for i in items_shown(page))
    assert page.summary.text() == "Reading the rest of the day…"
    gate.set()
    qtbot.waitUntil(lambda: page.complete and window.runner.pending == 0, timeout=WAIT)
    whole = whole_day(tomorrow, tomorrow, ahead=True)
    assert [i.key for i in page.items] == [i.key for i in whole]
    assert any(i.client == "重点丁" for i in items_shown(page))
    assert page.summary.text().endswith("overdue")
    # The same day read again (after an edit) is replaced whole, not cut to its top.
    shown_before = len(first_rows)
    page.refresh()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    assert page.complete and len(first_rows) == shown_before + 1
    assert [i.key for i in page.items] == [i.key for i in whole]
