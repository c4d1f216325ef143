"""Suggest my day in the window: the proposal with each suggestion's reasons, removing
and swapping a suggestion, the weights, and booking (nothing written before)."""

from __future__ import annotations

import datetime as dt

import shiboken6
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.domain.kinds import VisitStatus
from rmdesk.ui.common.qdates import qdate
from rmdesk.ui.main_window import MAP
from rmdesk.ui.planning.suggest_dialog import SuggestDayDialog


def _next_day_with_appointments(services) -> dt.date:
    day = dt.date.today() + dt.timedelta(days=1)
    while True:
        _d, plans, _n = services.planning.day_list(day)
        if day.weekday() < 5 and any(
            p.time.fixed and p.status is VisitStatus.BOOKED for p in plans
        ):
            return day
        day += dt.timedelta(days=1)


def _plans(window) -> list[tuple]:
    rows = window.services.store.read("SELECT id, contact_id FROM visit_plans ORDER BY id")
    return [tuple(r) for r in rows]


def test_suggest_my_day_remove_swap_and_book(qtbot, desk) -> None:  # noqa: F811
    window = desk.window
    services = window.services
    day = _next_day_with_appointments(services)
    before = _plans(window)
    window.prefs.tiles = "none"  # tests use no network
    window.commands.suggest_action.trigger()  # Planning → Suggest my day (Ctrl+Shift+S)
    dialog = window.findChild(SuggestDayDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.day.setDate(qdate(day))
    qtbot.waitUntil(
        lambda: dialog.proposal is not None and dialog.proposal.route.day == day, timeout=WAIT
    )
    proposal = dialog.proposal
    assert proposal is not None and proposal.suggested()
    table = dialog.table
    rows = {
        table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }
    suggested = {n: why for n, (what, why) in rows.items() if what == "Suggested"}
    assert len(suggested) == len(proposal.suggested())
    assert all(why for why in suggested.values()), "each suggestion says why"
    assert any(what == "Appointment" for what, _w in rows.values())
    assert "suggested visit" in dialog.status.text()
    assert _plans(window) == before, "nothing booked yet"

    def row_of(contact_id: int) -> int:
        return next(r for r in range(table.rowCount()) if table.item(r, 0).data(256) == contact_id)

    # Remove the first suggestion: routed again without it.
    gone = proposal.suggested()[0]
    dialog.table.selectRow(row_of(gone))
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.proposal is not proposal, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=WAIT)
    after_remove = dialog.proposal
    assert after_remove is not None and gone not in after_remove.suggested()
    assert set(after_remove.suggested()) < set(proposal.suggested())
    # Swap the next one for the first of the others worth a visit.
    if after_remove.suggested():
        out = after_remove.suggested()[0]
        dialog.table.selectRow(row_of(out))
        dialog.others.selectRow(0)
        instead = dialog.others.item(0, 0).data(256)
        assert dialog.swap_button.isEnabled()
        dialog.swap_button.click()
        qtbot.waitUntil(lambda: dialog.proposal is not after_remove, timeout=WAIT)
        swapped = dialog.proposal
        assert out not in swapped.suggested()
        assert instead in swapped.suggested() or "Does not fit" in dialog.status.text()
    # The weights are shown and kept with the book when changed.
    dialog.points["late_stage"].setValue(0)
    dialog.suggest_button.click()
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled(), timeout=WAIT)
    assert services.keeping.suggest_weights().late_stage == 0
    final = dialog.proposal
    assert final is not None
    for cid in final.suggested():
        assert all(r.kind != "late_stage" for r in final.reasons[cid].reasons)
    # Booked: the suggestions become the day's visits.
    with qtbot.waitSignal(dialog.booked, timeout=WAIT):
        dialog.book_button.click()
    booked = [cid for _id, cid in _plans(window) if (_id, cid) not in before]
    assert sorted(booked) == sorted(final.suggested())
    # The window shows the booked day's route on the map page.
    page = window.plan_page
    assert window.nav.currentRow() == MAP and page is not None
    assert page.chosen_day() == day and page.route is not None
    assert {s.visit.contact_id for s in page.route.stops} >= set(booked)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    shiboken6.delete(page)
    window.plan_page = None
