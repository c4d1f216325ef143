"""The gift ledger and complaints: the limits warn before a gift over them is recorded
(nothing is written without confirmation, in the ledger or a visit log), the ledger
lists visit gifts too and exports as xlsx and CSV a compliance officer can open; a
complaint goes through its seven steps and is flagged when past its deadline."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.domain.activity import Gift, VisitLog
from rmdesk.domain.contact import Contact
from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.keeping import GiftEntry, GiftOverLimit
from rmdesk.labels import gift_limit_text
from rmdesk.services import build_services
from rmdesk.store.database import open_store
from rmdesk.ui.common.qdates import qdate

DAY = dt.date(2026, 9, 25)
VALUE_COLUMN = 3


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def test_gifts_over_a_limit_are_recorded_only_when_confirmed(services) -> None:
    cid = services.contacts.save(Contact(name="王建国"))
    other = services.contacts.save(Contact(name="李梅"))
    services.activity.log_visit(VisitLog(cid, DAY, gifts=(Gift("中秋月饼", 288),)))
    # 288 + 280 + 290 + 200 would take 王建国's year over 1,000: asked, nothing written.
    services.keeping.record_gift(GiftEntry(cid, DAY, "茶叶", 280, "国庆"))
    services.keeping.record_gift(GiftEntry(cid, DAY, "红酒", 290, "拜访"))
    with pytest.raises(GiftOverLimit) as over:
        services.keeping.record_gift(GiftEntry(cid, DAY, "礼盒", 200, "拜访"))
    assert (over.value.over_gift, over.value.over_year, over.value.year_total) == (
        False,
        True,
        1058.0,
    )
    ledger = services.keeping.gift_ledger(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [(g.client, g.item, g.value_yuan, bool(g.visit_id)) for g in ledger] == [
        ("王建国", "中秋月饼", 288.0, True),
        ("王建国", "茶叶", 280.0, False),
        ("王建国", "红酒", 290.0, False),
    ]
    # One gift over the per-gift limit (300): said in words, recorded once confirmed.
    with pytest.raises(GiftOverLimit) as single:
        services.keeping.record_gift(GiftEntry(other, DAY, "购物卡", 2000, "生日"))
    text = gift_limit_text(single.value)
    assert "2,000.00" in text and "300.00" in text and "bribery" in text
    services.keeping.record_gift(GiftEntry(other, DAY, "购物卡", 2000, "生日"), confirmed=True)
    # Next year starts afresh; the limits are the book's to change.
    services.keeping.record_gift(GiftEntry(cid, dt.date(2027, 1, 5), "台历", 60))
    settings = services.keeping.settings()
    services.keeping.save_settings(replace(settings, gift_limit_yuan=3000))
    assert services.keeping.gift_warning(GiftEntry(other, dt.date(2027, 2, 1), "卡", 999)) is None
    with pytest.raises(InvalidActivity) as bad:
        services.keeping.record_gift(GiftEntry(cid, DAY, " ", -1))
    assert set(bad.value.errors) == {"item", "value"}


def test_the_ledger_exports_as_a_workbook_and_as_csv(services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    cid = services.contacts.save(Contact(name="陈喆"))
    services.keeping.record_gift(GiftEntry(cid, DAY, "中秋月饼", 128.5, "中秋"))
    services.keeping.record_gift(GiftEntry(cid, DAY + dt.timedelta(1), "茶叶", 100, "拜访"))
    first, last = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    assert services.keeping.export_gifts(tmp_path / "ledger.xlsx", first, last) == 2
    sheet = load_workbook(tmp_path / "ledger.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:4] == ("日期", "客户", "礼品", "价值（元）")
    assert rows[2][0].date() == DAY and rows[2][1:5] == ("陈喆", "中秋月饼", 128.5, "中秋")
    assert rows[-1][2:4] == ("合计", 228.5)
    services.keeping.export_gifts(tmp_path / "ledger.csv", first, last)
    data = (tmp_path / "ledger.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel opens UTF-8 with its BOM"
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[1] == [DAY.isoformat(), "陈喆", "中秋月饼", "128.5", "中秋", ""]
    # A place that cannot be written (a file stands where the folder should): OSError,
    # and the file there is left as it was.
    with pytest.raises(OSError):
        services.keeping.export_gifts(tmp_path / "ledger.csv" / "x.xlsx", first, last)
    assert (tmp_path / "ledger.csv").read_bytes() == data


def test_the_ledger_window_asks_before_a_gift_over_the_limit(
    desk,  # noqa: F811
    qtbot,
    monkeypatch,
    tmp_path: Path,
) -> None:
    from rmdesk.ui.keeping.gift_ledger_window import GiftLedgerWindow

    window = desk.window
    cid = desk.services.contacts.save(Contact(name="欧阳红军"))
    window.open_contact(cid)
    qtbot.waitUntil(lambda: window.selected_ids() == [cid], timeout=WAIT)
    window.commands.gifts_action.trigger()
    ledger = window.findChild(GiftLedgerWindow)
    assert ledger is not None and ledger.client.chosen_id == cid
    qtbot.waitUntil(lambda: ledger.per_gift.value() == 300, timeout=WAIT)
    ledger.item.setText("购物卡")
    ledger.value.setValue(800)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), next(answers))[1]
    )

    def recorded() -> list[GiftEntry]:
        year = dt.date.today().year
        found = desk.services.keeping.gift_ledger(dt.date(year, 1, 1), dt.date(year, 12, 31))
        return [g for g in found if g.contact_id == cid]

    ledger.record()
    qtbot.waitUntil(lambda: len(asked) == 1 and ledger.runner.pending == 0, timeout=WAIT)
    assert "800.00" in asked[0] and recorded() == [], "No: nothing recorded"
    ledger.record()
    qtbot.waitUntil(lambda: len(recorded()) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: any(g.contact_id == cid for g in ledger.gifts), timeout=WAIT)
    assert ledger.item.text() == "", "the form is ready for the next gift"
    # A gift without a name is refused beside the field.
    ledger.record()
    qtbot.waitUntil(lambda: ledger.problems["item"].isVisibleTo(ledger), timeout=WAIT)
    # Exported for compliance.
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    ledger.export(str(tmp_path / "gifts.xlsx"))
    qtbot.waitUntil(lambda: getattr(ledger, "exported", None) is not None, timeout=WAIT)
    assert (tmp_path / "gifts.xlsx").stat().st_size > 0
    # The ledger by client: only their gifts and their total; sorted by value, and Delete
    # removes the gift on the row chosen, whatever the order.
    ledger.only.setText("欧阳红军")
    assert ledger.table.rowCount() == 1 and "800.00" in ledger.total.text()
    ledger.only.clear()
    shown = ledger.table.rowCount()
    assert shown == len(ledger.gifts) > 1
    ledger.table.sortItems(VALUE_COLUMN, Qt.SortOrder.DescendingOrder)
    values = [
        float(ledger.table.item(r, VALUE_COLUMN).text().replace(",", "")) for r in range(shown)
    ]
    assert values == sorted(values, reverse=True)
    # By client: in the pinyin order of their names, as the book lists them.
    ledger.table.sortItems(1, Qt.SortOrder.AscendingOrder)
    keys = [
        ledger.gifts[ledger.table.item(r, 1).data(Qt.ItemDataRole.UserRole)].client_key
        for r in range(shown)
    ]
    names = [ledger.table.item(r, 1).text() for r in range(shown)]
    assert all(keys) and keys == sorted(keys) and names != sorted(names)
    row = next(r for r in range(shown) if ledger.table.item(r, 1).text() == "欧阳红军")
    ledger.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ledger.delete_selected()
    qtbot.waitUntil(lambda: recorded() == [], timeout=WAIT)
    qtbot.waitUntil(lambda: ledger.table.rowCount() == shown - 1, timeout=WAIT)
    ledger.close()


def test_a_visit_log_asks_before_gifts_over_the_limits(desk, qtbot, monkeypatch) -> None:  # noqa: F811
    from test_activity_gui import open_log

    window = desk.window
    cid = desk.services.contacts.save(Contact(name="司马光明"))
    window.open_contact(cid)
    qtbot.waitUntil(lambda: window.selected_ids() == [cid], timeout=WAIT)
    dialog = open_log(qtbot, window)
    dialog.add_gift(Gift("购物卡", 1500))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), next(answers))[1]
    )
    dialog.save()
    qtbot.waitUntil(lambda: len(asked) == 1 and window.runner.pending == 0, timeout=WAIT)
    assert "1,500.00" in asked[0] and dialog.isVisible() and dialog.tabs.currentIndex() == 2
    assert desk.services.activity.visits_of(cid) == [], "No: nothing logged"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    (logged,) = desk.services.activity.visits_of(cid)
    assert logged.gifts == (Gift("购物卡", 1500.0),)


def test_a_complaint_goes_through_its_seven_steps_and_is_flagged_when_overdue(
    desk,  # noqa: F811
    qtbot,
) -> None:
    from rmdesk.domain.kinds import ComplaintStep
    from rmdesk.ui.keeping.complaints_window import ComplaintsWindow

    window = desk.window
    cid = desk.services.contacts.save(Contact(name="诸葛明"))
    window.commands.complaints_action.trigger()
    complaints = window.findChild(ComplaintsWindow)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    demo = len(complaints.complaints)
    complaints.new()
    complaints.client.choose(cid, "诸葛明")
    today = dt.date.today()
    complaints.received.setDate(qdate(today - dt.timedelta(days=10)))
    complaints.deadline.setDate(qdate(today - dt.timedelta(days=12)))
    complaints.save()  # no owner, no words, a deadline before it came: said beside each
    qtbot.waitUntil(lambda: complaints.problems["summary"].isVisibleTo(complaints), timeout=WAIT)
    assert complaints.problems["owner"].text() == "Required."
    assert "before the complaint" in complaints.problems["deadline"].text()
    assert desk.services.keeping.complaints(cid) == []
    complaints.owner.setText("张柜员")
    complaints.summary.setPlainText("存款利率与约定不符")
    complaints.deadline.setDate(qdate(today - dt.timedelta(days=3)))
    complaints.facts["what"].setText("到期利息少算")
    for step in (ComplaintStep.ASIDE, ComplaintStep.CALM, ComplaintStep.APOLOGISE):
        complaints.step_checks[step].setChecked(True)
        complaints.step_by[step].setText("张柜员")
    complaints.save()
    qtbot.waitUntil(lambda: len(complaints.complaints) == demo + 1, timeout=WAIT)
    (saved,) = desk.services.keeping.complaints(cid)
    assert (saved.owner, saved.what, saved.next_step()) == (
        "张柜员",
        "到期利息少算",
        ComplaintStep.FACTS,
    )
    assert [s.by for s in saved.steps] == ["张柜员"] * 3
    # Past its deadline: red in the list, and on Today.
    row = next(r for r, c in enumerate(complaints.complaints) if c.id == saved.id)
    assert complaints.table.item(row, 0).foreground().color().name() == "#c0392b"
    items = desk.services.keeping.today(today, today)
    assert [i.ref for i in items if i.kind == "complaint_overdue" and i.contact_id == cid] == [
        saved.id
    ]
    # The remaining steps close it: no longer overdue anywhere.
    for step in ComplaintStep:
        complaints.step_checks[step].setChecked(True)
    complaints.save()
    qtbot.waitUntil(lambda: desk.services.keeping.complaints(cid)[0].closed, timeout=WAIT)
    items = desk.services.keeping.today(today, today)
    assert not [i for i in items if i.kind == "complaint_overdue" and i.contact_id == cid]
    complaints.close()


def test_holdings_and_plan_of_a_client(desk, qtbot, monkeypatch) -> None:  # noqa: F811
    from rmdesk.domain.kinds import KeyDirection, ProductType

    window = desk.window
    cid = desk.services.contacts.save(Contact(name="上官云"))
    window.open_contact(cid)
    qtbot.waitUntil(lambda: window.selected_ids() == [cid], timeout=WAIT)
    window.commands.holdings_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "holdings", None) is not None, timeout=WAIT)
    dialog = window.holdings
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    assert dialog.suggestions.text() == "Nothing the selling rules suggest now."
    today = dt.date.today()
    # A maturity before the start is refused beside the field, nothing saved.
    dialog.type.set_value(ProductType.DEPOSIT)
    dialog.name.setText("一年期定期")
    dialog.amount.setValue(500_000)
    dialog.start.setDate(qdate(today))
    dialog.maturity.setDate(qdate(today - dt.timedelta(days=1)))
    dialog.save_product()
    qtbot.waitUntil(lambda: dialog.product_problems["maturity"].isVisibleTo(dialog), timeout=WAIT)
    assert desk.services.keeping.products_of(cid) == []
    dialog.start.setDate(qdate(today - dt.timedelta(days=345)))
    dialog.maturity.setDate(qdate(today + dt.timedelta(days=20)))
    dialog.save_product()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.table.item(0, 2).text() == "500,000.00"
    # The deposit matures within the rule's 30 days: a wealth product, with the reason.
    qtbot.waitUntil(lambda: dialog.suggestions.text().startswith("Wealth product:"), timeout=WAIT)
    assert "理财" in dialog.suggestions.text()
    # The plan makes a key client of them.
    dialog.direction.set_value(KeyDirection.DEEPEN)
    dialog.every.setValue(14)
    dialog.invest.setText("每月上门一次")
    dialog.save_plan()
    qtbot.waitUntil(lambda: getattr(dialog, "plan_saved", False), timeout=WAIT)
    assert desk.services.contacts.get(cid).key_client
    assert desk.services.keeping.plan_of(cid).every_days == 14
    # Remove asks first.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.remove_product()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    assert desk.services.keeping.products_of(cid) == []
    dialog.close()


def test_the_selling_rules_and_reminders_are_the_users_to_change(desk, qtbot) -> None:  # noqa: F811
    from PySide6.QtWidgets import QLineEdit

    window = desk.window
    window.commands.rules_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "rules_dialog", None) is not None, timeout=WAIT)
    dialog = window.rules_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    dialog.add_rule(None)  # a new rule without its reason: refused, nothing written
    dialog.christmas.setChecked(False)
    dialog.remind.setValue(30)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.rules_problem.isVisibleTo(dialog), timeout=WAIT)
    assert "Required" in dialog.rules_problem.text()
    assert len(desk.services.keeping.rules()) == 3
    assert desk.services.keeping.settings().christmas is True
    reason = dialog.table.cellWidget(3, 3)
    assert isinstance(reason, QLineEdit)
    reason.setText("存款客户配置保险保障")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.save()
    assert [r.reason for r in desk.services.keeping.rules()][-1] == "存款客户配置保险保障"
    settings = desk.services.keeping.settings()
    assert (settings.christmas, settings.remind_days) == (False, 30)
    year = dt.date.today().year
    december = desk.services.keeping.today(dt.date(year, 12, 20), dt.date(year, 12, 31))
    assert "圣诞" not in [i.who for i in december if i.kind == "festival"]
