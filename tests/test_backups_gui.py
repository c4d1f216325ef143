"""Backups in the window: the day's backup after start, the Backups window (back up now,
restore with a question first), and a damaged book said plainly at start with the
newest sound backup offered."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.domain.contact import Contact
from rmdesk.ui.backups_dialog import BackupsDialog, check_at_start


def test_the_days_backup_the_window_and_a_restore(desk, qtbot, monkeypatch) -> None:  # noqa: F811
    window = desk.window
    services = window.services
    # Shortly after start: the integrity check, then the day's backup.
    qtbot.waitUntil(
        lambda: any(b.reason == "daily" for b in services.backups.backups()), timeout=10_000
    )
    window.commands.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert dialog.table.item(0, 1).text() == "daily"
    dialog.now_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    assert "Backed up to" in dialog.note.text()
    # Something entered after the backup, then the backup restored (asked first).
    added = services.contacts.save(Contact(name="后来的客户"))
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), next(answers))[1]
    )
    newest = next(r for r in range(2) if dialog.backups[r].reason == "manual")
    dialog.table.selectRow(newest)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1 and window.runner.pending == 0, timeout=WAIT)
    assert "contacts" in asked[0]
    assert added in services.contacts.list_ids(), "No: nothing changed"
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: added not in services.contacts.list_ids(), timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT)
    assert {b.reason for b in dialog.backups} == {"daily", "manual", "restore"}
    # The book shows what the backup holds.
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    dialog.accept()


def test_a_damaged_book_is_said_and_the_newest_sound_backup_offered(
    desk,  # noqa: F811
    qtbot,
    monkeypatch,
) -> None:
    window = desk.window
    service = window.services.backups
    sound = service.back_up()
    monkeypatch.setattr(service, "integrity_problem", lambda: "Tree 7 page 12: btreeInitPage")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1],
    )
    restored: list[object] = []
    monkeypatch.setattr(service, "restore", lambda path: restored.append(path))
    check_at_start(window, window.ctx)
    qtbot.waitUntil(lambda: bool(restored), timeout=WAIT)
    assert "btreeInitPage" in asked[0] and "newest sound backup" in asked[0]
    assert restored == [sound]
