"""After the visit, in the window: the visit log (the red signal's polite withdrawal, a bad
field named beside it with nothing saved, the thank-you draft), the pipeline board and
its drag, and the numbers' charts."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from test_gui import WAIT, collect_garbage_between_tests, desk, select_contact  # noqa: F401

from rmdesk.domain.kinds import ObjectionCause, ObjectionKind, Signal, Stage
from rmdesk.ui.activity.visit_log_dialog import WITHDRAW_WEEKS, VisitLogDialog
from rmdesk.ui.common.forms import KindCombo
from rmdesk.ui.common.qdates import qdate


def visit_rows(path: str, after: int = 0) -> list[tuple]:
    """The visit logs written after the demo book's own (ids above `after`)."""
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT contact_id, day, signal, stage, next_step, next_date, notes FROM visit_logs "
            "WHERE id > ?",
            (after,),
        ).fetchall()


def last_visit_id(path: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT coalesce(max(id), 0) FROM visit_logs").fetchone()[0]


def open_log(qtbot, window) -> VisitLogDialog:
    window.commands.log_visit_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "visit_log", None) is not None, timeout=WAIT)
    dialog = window.visit_log
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def test_a_visit_is_logged_from_the_book(desk, qtbot, tmp_path, monkeypatch) -> None:  # noqa: F811 (the fixture)
    window = desk.window
    path = desk.store.location
    demo = last_visit_id(path)
    cid = window.book_page.model.all_ids()[0]
    select_contact(qtbot, window, cid)
    dialog = open_log(qtbot, window)
    # Red: the guide's examples of a red light to tick, and the polite withdrawal.
    assert not dialog.withdraw.isVisible()
    dialog.signal.set_value(Signal.RED)
    assert dialog.withdraw.isVisibleTo(dialog)
    examples = [dialog.signals_seen.item(r).text() for r in range(dialog.signals_seen.count())]
    assert "Arms crossed, leans back" in examples
    dialog.signals_seen.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.withdraw, Qt.MouseButton.LeftButton)
    today = dt.date.today()
    assert dialog.next_step.text() == "Visit again after a polite withdrawal"
    assert dialog.draft().next_date == today + dt.timedelta(weeks=WITHDRAW_WEEKS)
    assert dialog.tabs.currentIndex() == 2
    # An objection with no words and a gift with no name: said beside them, nothing saved.
    dialog.add_objection(None)
    dialog.add_gift(None)
    dialog.save()
    shown = (dialog.objections_problem, dialog.gifts_problem)
    assert [(p.isHidden(), p.text()) for p in shown] == [(False, "Required.")] * 2
    assert dialog.tabs.currentIndex() == 1, "the first tab with a problem is shown"
    assert visit_rows(path, demo) == []
    kind = dialog.objections.cellWidget(0, 0)
    cause = dialog.objections.cellWidget(0, 1)
    assert isinstance(kind, KindCombo) and isinstance(cause, KindCombo)
    kind.set_value(ObjectionKind.EXCUSE)
    cause.set_value(ObjectionCause.CLIENT)
    dialog.objections.cellWidget(0, 2).setText("最近没空")
    dialog.gifts.cellWidget(0, 0).setText("台历")
    dialog.stage.set_value(Stage.INTEREST)
    dialog.notes.setPlainText("下次带名片")
    # The thank-you note: the letter and the SMS, to copy.
    dialog.products.setText("结构性存款")
    from PySide6.QtWidgets import QLabel

    from rmdesk.domain.profile import Profile

    dialog.show_thank_you()
    qtbot.waitUntil(lambda: hasattr(dialog, "thank_you_dialog"), timeout=WAIT)
    unsigned = dialog.thank_you_dialog
    said = [label.text() for label in unsigned.findChildren(QLabel)]
    assert any("File → My details" in text for text in said), "how to sign it"
    unsigned.close()
    dialog.profile.save(Profile("李明", "椒江支行 客户经理", "13900139000"))
    dialog.show_thank_you()
    qtbot.waitUntil(lambda: dialog.thank_you_dialog is not unsigned, timeout=WAIT)
    thanks = dialog.thank_you_dialog
    letter = thanks.findChildren(type(dialog.notes))[0].toPlainText()
    assert "结构性存款" in letter and "感谢" in letter
    assert "椒江支行 客户经理 李明\n电话：139 0013 9000" in letter, "signed with My details"
    said = [label.text() for label in thanks.findChildren(QLabel)]
    assert not any("My details" in text for text in said), "signed: nothing to ask"
    copy = next(b for b in thanks.findChildren(type(dialog.withdraw)) if b.text() == "Copy")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == letter
    # The letter prints (here to a PDF, as a print dialog would set up the printer).
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "letter.pdf"))
    dialog.print_letter(printer)
    printed = (tmp_path / "letter.pdf").read_bytes()
    assert printed.startswith(b"%PDF") and len(printed) > 1000
    audit = dialog.audit
    qtbot.waitUntil(
        lambda: any(e.kind == "letter_print" for e in audit.entries()), timeout=WAIT
    )  # the audit trail has it
    thanks.close()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    ((contact, day, signal, stage, next_step, next_date, notes),) = visit_rows(path, demo)
    assert (contact, day, signal, stage, notes) == (
        cid,
        today.isoformat(),
        "red",
        "interest",
        "下次带名片",
    )
    assert next_step == "Visit again after a polite withdrawal"
    assert next_date == (today + dt.timedelta(weeks=WITHDRAW_WEEKS)).isoformat()
    activity = desk.services.activity.activity_of(cid)
    assert activity.stage_history[-1].stage is Stage.INTEREST
    assert "最近没空" in [o.words for o in activity.open_objections]
    # The detail pane shows the visit just logged, the open objection and the stage
    # history; "resolved" clears the objection.
    detail = window.book_page.detail
    qtbot.waitUntil(lambda: "最近没空" in detail.toPlainText(), timeout=WAIT)
    assert "Stage history" in detail.toPlainText()
    last_visit = f"{today:%Y-%m-%d} stage: Interest"
    assert "Last visits" in detail.toPlainText() and last_visit in detail.toPlainText()
    assert "下次带名片" in detail.toPlainText()
    follow_up_line = "Visit again after a polite withdrawal mark done"
    assert follow_up_line in detail.toPlainText(), "the follow-up"
    objection = next(o for o in activity.open_objections if o.words == "最近没空")
    detail.anchorClicked.emit(QUrl(f"objection:{objection.id}"))
    qtbot.waitUntil(lambda: "最近没空" not in detail.toPlainText(), timeout=WAIT)
    left = desk.services.activity.activity_of(cid).open_objections
    assert objection.id not in [o.id for o in left]
    # "mark done" beside the follow-up closes it.
    follow_ups = desk.services.activity.activity_of(cid).follow_ups
    (follow_up,) = [f for f in follow_ups if f.text == "Visit again after a polite withdrawal"]
    detail.anchorClicked.emit(QUrl(f"followup:{follow_up.id}"))
    qtbot.waitUntil(lambda: follow_up_line not in detail.toPlainText(), timeout=WAIT)
    assert "next: Visit again after a polite withdrawal" in detail.toPlainText(), "the log's"
    done = {f.id: f.done for f in desk.services.activity.activity_of(cid).follow_ups}
    assert done[follow_up.id] is True
    # "edit notes" beside the visit corrects its notes; cancelling changes nothing.
    from PySide6.QtWidgets import QInputDialog

    (visit,) = [v for v in desk.services.activity.visits_of(cid) if v.notes == "下次带名片"]
    asked: list[str] = []

    def answer(reply: tuple[str, bool]):  # type: ignore[no-untyped-def]
        def ask(_parent, _title, _label, text):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer(("不要了", False)))
    detail.anchorClicked.emit(QUrl(f"visitnotes:{visit.id}"))
    assert asked == ["下次带名片"]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer(("下次带名片和台历\n", True)))
    detail.anchorClicked.emit(QUrl(f"visitnotes:{visit.id}"))
    qtbot.waitUntil(lambda: "下次带名片和台历" in detail.toPlainText(), timeout=WAIT)
    assert [v.notes for v in desk.services.activity.visits_of(cid) if v.id == visit.id] == [
        "下次带名片和台历"
    ]
    # Refused (a control character pasted in): said in a message, nothing changes.
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer(("带\x07台历", True)))
    detail.anchorClicked.emit(QUrl(f"visitnotes:{visit.id}"))
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert "control character" in warned[0]
    assert "下次带名片和台历" in [v.notes for v in desk.services.activity.visits_of(cid)]
    # A call's note, beside the call.
    from rmdesk.domain.activity import CallLog
    from rmdesk.domain.kinds import CallOutcome

    at = dt.datetime.now().replace(second=0, microsecond=0)
    desk.services.activity.log_call(CallLog(cid, at, CallOutcome.REACHED, "约下周"))
    qtbot.waitUntil(lambda: "约下周" in detail.toPlainText(), timeout=WAIT)
    (call,) = [c for c in desk.services.activity.activity_of(cid).recent_calls if c.at == at]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer(("约下周三上午", True)))
    detail.anchorClicked.emit(QUrl(f"callnote:{call.id}"))
    qtbot.waitUntil(lambda: "约下周三上午" in detail.toPlainText(), timeout=WAIT)


def test_dragging_a_card_on_the_pipeline_board_moves_the_client(desk, qtbot) -> None:  # noqa: F811
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDropEvent

    window = desk.window
    window.commands.pipeline_action.trigger()
    board = window.pipeline
    qtbot.waitUntil(lambda: board.board is not None, timeout=WAIT)
    counts = {c.stage: c.count for c in board.board.columns}
    assert sum(counts.values()) > 0
    source = board.lists[Stage.ATTENTION]
    target = board.lists[Stage.DECISION]
    item = source.item(0)
    cid = int(item.data(Qt.ItemDataRole.UserRole))
    assert board.headers[Stage.ATTENTION].text().count(str(counts[Stage.ATTENTION]))
    # A drag from one column to another, as Qt delivers the drop.
    data = source.mimeData([item])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    target.dropEvent(drop)
    qtbot.waitUntil(
        lambda: (
            {c.stage: c.count for c in board.board.columns}[Stage.DECISION]
            == counts[Stage.DECISION] + 1
        ),
        timeout=WAIT,
    )
    assert desk.services.contacts.get(cid).stage is Stage.DECISION
    history = desk.services.activity.activity_of(cid).stage_history
    assert history[-1].stage is Stage.DECISION
    moved = [target.item(r) for r in range(target.count())]
    assert cid in [int(i.data(Qt.ItemDataRole.UserRole) or 0) for i in moved]
    # Filters: key clients only shows fewer cards.
    board.key_only.setChecked(True)
    qtbot.waitUntil(
        lambda: (
            board.board is not None
            and sum(c.count for c in board.board.columns) < sum(counts.values())
        ),
        timeout=WAIT,
    )
    assert not board.grab().isNull()


def test_the_numbers_draw_each_chart_from_the_report(desk, qtbot, tmp_path) -> None:  # noqa: F811
    import os
    import stat

    from rmdesk.domain.activity import Report
    from rmdesk.ui.activity.numbers_window import chart_data

    day = dt.date(2026, 12, 7)
    report = Report(
        start=day,
        end=day + dt.timedelta(days=6),
        calls_per_day={day: {"booked": 1, "no_answer": 3}, day + dt.timedelta(1): {"booked": 2}},
        visits_per_week={"2026-W50": 3},
        stages={"attention": 5, "decision": 2},
        objections_by_kind={"real": 2, "hidden": 1},
        objections_by_cause={"bank": 3},
        referrals_by_introducer={"老陈": 4, "小王": 1},
    )
    data = chart_data(report)
    assert data["calls"].categories == ("12-07", "12-08")
    assert data["calls"].values == (4.0, 2.0) and data["calls"].second == (25.0, 100.0)
    assert data["visits"] == type(data["visits"])(("W50",), (3.0,))
    assert data["funnel"].values == (5.0, 0, 0, 0, 0, 0, 2.0, 0)
    assert data["funnel"].categories[0] == "Attention"
    assert data["objection_kinds"].values == (2.0, 0, 1.0)
    assert data["objection_causes"].values == (0, 0, 3.0)
    assert data["referrals"] == type(data["referrals"])(("老陈", "小王"), (4.0, 1.0))

    window = desk.window
    window.commands.numbers_action.trigger()
    numbers = window.numbers
    qtbot.waitUntil(lambda: numbers.report is not None, timeout=WAIT)
    # The demo's three months of calls: the last four weeks are on the chart.
    assert numbers.report.calls_made > 0
    calls = numbers.views["calls"].chart()
    assert len(calls.series()) == 2 and calls.series()[0].count() == 1
    assert not numbers.views["funnel"].grab().isNull()
    saved = tmp_path / "calls.png"
    numbers.save_png("calls", saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600, "charts name clients: private"
    with pytest.raises(OSError):
        numbers.save_png("calls", tmp_path / "missing" / "folder" / "calls.png")
    # Another period: the charts follow.
    numbers.start.setDate(qdate(dt.date.today() - dt.timedelta(days=89)))
    qtbot.waitUntil(
        lambda: (
            numbers.report is not None
            and numbers.report.start == dt.date.today() - dt.timedelta(days=89)
        ),
        timeout=WAIT,
    )


def test_calls_are_logged_with_one_key_each(desk, qtbot) -> None:  # noqa: F811
    from rmdesk.domain.kinds import CallOutcome
    from rmdesk.ui.planning.visit_editor import VisitEditor

    window = desk.window
    desk.window.prefs.call_quota = (2, 40)
    window.commands.calls_action.trigger()
    calls = window.calls
    qtbot.waitUntil(lambda: calls.table.rowCount() == 40, timeout=WAIT)
    qtbot.waitUntil(lambda: "Today:" in calls.today.text(), timeout=WAIT)
    before = desk.services.activity.report(dt.date.today(), dt.date.today()).calls_made
    first, second = calls.targets[0], calls.targets[1]
    calls.table.setFocus()
    qtbot.keyClick(calls.table, Qt.Key.Key_2)  # no answer; the next line is chosen
    qtbot.waitUntil(lambda: calls.table.item(0, 3).text() == "No answer", timeout=WAIT)
    assert calls.table.currentRow() == 1
    qtbot.keyClick(calls.table, Qt.Key.Key_5)  # booked: the visit plan opens to book it
    qtbot.waitUntil(lambda: calls.findChild(VisitEditor) is not None, timeout=WAIT)
    editor = calls.findChild(VisitEditor)
    assert editor.original.contact_id == second.contact_id
    editor.reject()
    report = desk.services.activity.report(dt.date.today(), dt.date.today())
    assert report.calls_made == before + 2
    qtbot.waitUntil(lambda: f"{before + 2} calls (aim 2–40)" in calls.today.text(), timeout=WAIT)
    assert first.contact_id != second.contact_id
    # The quota and the target are the RM's, kept between runs.
    calls.target.setValue(15)
    assert desk.window.prefs.call_target == 15
    assert CallOutcome.BOOKED.value in report.calls_per_day[dt.date.today()]


def test_garbage_is_collected_on_the_gui_thread_only(desk, qtbot) -> None:  # noqa: F811
    """A worker collecting a cycle that holds Qt wrappers crashed PySide6: the desk turns
    automatic collection off and collects from the event loop instead."""
    import gc
    import weakref

    assert not gc.isenabled()

    class Node:
        pass

    node = Node()
    node.me = node  # type: ignore[attr-defined]
    gone = weakref.ref(node)
    del node
    for _ in range(gc.get_threshold()[0] * 2):  # past the threshold of generation 0
        cycle: list[object] = []
        cycle.append(cycle)
    qtbot.waitUntil(lambda: gone() is None, timeout=WAIT)


def test_a_visit_or_call_logged_by_mistake_is_withdrawn_from_the_detail(
    desk,  # noqa: F811
    qtbot,
    monkeypatch,
) -> None:
    """ "withdraw" beside a logged visit asks first (saying what goes with it); confirmed,
    the visit, its next step and its stage move are gone and the status bar says what was
    put back. A call the same way."""
    from PySide6.QtWidgets import QMessageBox

    from rmdesk.domain.activity import CallLog, VisitLog
    from rmdesk.domain.kinds import CallOutcome

    window, activity = desk.window, desk.services.activity
    cid = window.book_page.model.all_ids()[0]
    activity.set_stage(cid, Stage.ATTENTION)
    today = dt.date.today()
    visit_id = activity.log_visit(
        VisitLog(
            cid,
            today,
            stage=Stage.DESIRE,
            next_step="送产品手册",
            next_date=today + dt.timedelta(days=2),
            notes="记错了客户",
        )
    )
    at = dt.datetime.now().replace(second=0, microsecond=0)
    call_id = activity.log_call(CallLog(cid, at, CallOutcome.REACHED, "打错了电话"))
    select_contact(qtbot, window, cid)
    detail = window.book_page.detail
    qtbot.waitUntil(lambda: "记错了客户" in detail.toPlainText(), timeout=WAIT)
    assert "edit notes · withdraw" in detail.toPlainText()
    asked: list[tuple[str, str]] = []

    def answer(click: str | None):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> int:
            asked.append((box.text(), box.informativeText()))
            for button in box.buttons():
                if button.text() == click:
                    button.click()
            return 0

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(None))  # Escape
    detail.anchorClicked.emit(QUrl(f"visitwithdraw:{visit_id}"))
    assert asked[0][0] == f"Withdraw the visit of {today:%Y-%m-%d}?"
    assert "objections, gifts and next step go with it" in asked[0][1]
    assert [v.id for v in activity.visits_of(cid)][:1] == [visit_id]
    monkeypatch.setattr(QMessageBox, "exec", answer("&Withdraw"))
    messages: list[str] = []
    window.book_page.message.connect(lambda text, _ms: messages.append(text))
    detail.anchorClicked.emit(QUrl(f"visitwithdraw:{visit_id}"))
    qtbot.waitUntil(lambda: "记错了客户" not in detail.toPlainText(), timeout=WAIT)
    assert "送产品手册" not in detail.toPlainText()
    assert visit_id not in [v.id for v in activity.visits_of(cid)]
    assert desk.services.contacts.get(cid).stage is Stage.ATTENTION
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
    assert messages[-1] == (
        f"The visit of {today:%Y-%m-%d} is withdrawn. The client is back at the stage before it."
    )
    detail.anchorClicked.emit(QUrl(f"callwithdraw:{call_id}"))
    assert asked[-1] == (
        f"Withdraw the call of {at:%Y-%m-%d %H:%M}?",
        "For a call logged by mistake. Its call-back goes with it.",
    )
    qtbot.waitUntil(lambda: "打错了电话" not in detail.toPlainText(), timeout=WAIT)
    assert call_id not in [c.id for c in activity.activity_of(cid).recent_calls]
