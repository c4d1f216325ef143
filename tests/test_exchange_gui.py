"""Importing and exporting in the window: the columns guessed over a preview and
remembered, a dry run, the import with its report, Cancel, a wrong file said plainly,
and the export of the chosen contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.ui.exchange.export_dialog import ExportDialog
from rmdesk.ui.exchange.import_dialog import ImportDialog

CSV = "客户名单\n姓名,电话,单位,备注\n欧阳红军,13700000011,星星服饰,老客户\n,13700000012,无名,\n"


def open_import(qtbot, window, path: Path) -> ImportDialog:
    assert window.commands.import_action.shortcut().toString() == "Ctrl+I"
    from rmdesk.ui import data_windows

    data_windows.import_contacts(window, str(path))
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.contents is not None, timeout=WAIT)
    return dialog


def test_import_with_a_preview_a_dry_run_and_a_report(desk, qtbot, tmp_path: Path) -> None:  # noqa: F811
    window = desk.window
    path = tmp_path / "branch.csv"
    path.write_bytes(CSV.encode("gbk"))
    before = len(window.services.contacts.list_ids())
    dialog = open_import(qtbot, window, path)
    assert [c.currentData() for c in dialog.combos] == ["name", "mobile", "company", "notes"]
    assert dialog.preview.item(1, 0).text() == "欧阳红军", "the first rows under the combos"
    # Not importing the notes column this time; the choice is remembered for the layout.
    dialog.combos[3].setCurrentIndex(0)
    dialog.dry_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert "Dry run: 1 would be added" in dialog.summary.text()
    assert len(window.services.contacts.list_ids()) == before
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.written, timeout=WAIT)
    assert "Imported: 1 added" in dialog.summary.text()
    rows = [dialog.details.item(n).text() for n in range(dialog.details.count())]
    assert rows == ["Rejected, line 4: no name"]
    qtbot.waitUntil(lambda: len(window.services.contacts.list_ids()) == before + 1, timeout=WAIT)
    added = dialog.report.added[0].contact_id
    assert window.services.contacts.get(added).notes == "", "the column left out"
    dialog.reject()
    again = open_import(qtbot, window, path)
    assert [c.currentData() for c in again.combos] == ["name", "mobile", "company", ""]
    again.reject()


def test_cancel_and_a_wrong_file(desk, qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    window = desk.window
    path = tmp_path / "many.csv"
    path.write_text(
        "姓名,手机\n" + "\n".join(f"客户{n},1360000{n:04d}" for n in range(50)), "utf-8"
    )
    before = len(window.services.contacts.list_ids())
    monkeypatch.setattr("rmdesk.exchange.importer.BATCH", 1)
    dialog = open_import(qtbot, window, path)
    dialog.progress.connect(lambda _d, _t: dialog.cancel())  # Cancel at the first progress
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.summary.text(), timeout=WAIT)
    assert len(window.services.contacts.list_ids()) == before, "nothing was imported"
    dialog.reject()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    wrong = tmp_path / "book.csv"
    wrong.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    from rmdesk.ui import data_windows

    data_windows.import_contacts(window, str(wrong))
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert "book.csv cannot be imported" in said[0] and "Excel workbook" in said[0]


def test_export_the_chosen_contacts(desk, qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    window = desk.window
    ids = window.book_page.model.all_ids()[:3]
    monkeypatch.setattr(window, "selected_ids", lambda: ids)
    window.commands.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.chosen.isChecked()
    assert not dialog.sensitive.isChecked(), "sensitive fields only when ticked"
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    out = tmp_path / "three.vcf"
    dialog.export(str(out))
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=WAIT)
    assert out.read_text("utf-8").count("BEGIN:VCARD") == 3


def test_duplicates_side_by_side_merge_and_undo(desk, qtbot) -> None:  # noqa: F811
    from rmdesk.domain.contact import Contact, Phone
    from rmdesk.domain.kinds import PhoneLabel
    from rmdesk.ui.exchange.duplicates_window import DuplicatesWindow

    window = desk.window
    services = window.services
    number = Phone(PhoneLabel.MOBILE, "+8613799990001")
    keep = services.contacts.save(Contact(name="司马光明", phones=[number], notes="旧备注"))
    other = services.contacts.save(Contact(name="司马光明", phones=[number], notes="新备注",
                                           company="路桥农商行"))  # fmt: skip
    window.commands.duplicates_action.trigger()
    dup = window.findChild(DuplicatesWindow)
    assert dup is not None
    qtbot.waitUntil(lambda: any(p.other == other for p, _a, _b in dup.pairs), timeout=WAIT)
    dup.list.setCurrentRow(next(n for n, (p, _a, _b) in enumerate(dup.pairs) if p.other == other))
    assert dup.table.item(0, 1).text() == "司马光明"
    assert set(dup.checks) >= {"notes", "company"}
    assert dup.checks["company"].isChecked() and not dup.checks["notes"].isChecked()
    dup.checks["notes"].setChecked(True)
    dup.merge_button.click()
    qtbot.waitUntil(lambda: dup.undo_button.isEnabled(), timeout=WAIT)
    merged = services.contacts.get(keep)
    assert (merged.notes, merged.company) == ("新备注", "路桥农商行")
    assert other not in services.contacts.list_ids()
    dup.undo_button.click()
    qtbot.waitUntil(lambda: other in services.contacts.list_ids(), timeout=WAIT)
    assert services.contacts.get(keep).notes == "旧备注"
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    dup.close()
