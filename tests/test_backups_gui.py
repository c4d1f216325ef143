"""Backups in the window: the day's backup after start, the Backups window (back up now,
restore with a question first), and a damaged book said plainly at start with the
newest sound backup offered."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from test_gui import WAIT, collect_garbage_between_tests, desk  # noqa: F401

from rmdesk.domain.contact import BookFilter, Contact
from rmdesk.ui.backups_dialog import BackupsDialog, check_at_start


def answer_yes(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every question answered Yes; the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1],
    )
    return asked


def backups_after_the_daily(window, qtbot) -> BackupsDialog:  # type: ignore[no-untyped-def]
    """The Backups window, once the day's backup after start is written."""
    backups = window.services.backups
    qtbot.waitUntil(lambda: any(b.reason == "daily" for b in backups.backups()), timeout=10_000)
    window.commands.backups_action.trigger()
    return window.findChild(BackupsDialog)


def test_the_days_backup_the_window_and_a_restore(desk, qtbot, monkeypatch) -> None:  # noqa: F811
    window = desk.window
    services = window.services
    # Shortly after start: the integrity check, then the day's backup.
    dialog = backups_after_the_daily(window, qtbot)
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


def test_a_backup_kept_elsewhere_is_restored_from_its_file(
    desk,  # noqa: F811
    qtbot,
    monkeypatch,
    tmp_path,
) -> None:
    import shutil

    from PySide6.QtWidgets import QFileDialog

    window = desk.window
    services = window.services
    usb = tmp_path / "usb-drive" / "my-book.sqlite"  # copied off the computer earlier
    usb.parent.mkdir()
    shutil.copy(services.backups.back_up(), usb)
    added = services.contacts.save(Contact(name="拷贝之后的客户"))
    window.commands.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=WAIT)
    asked = answer_yes(monkeypatch)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(usb), ""))
    )
    dialog.file_button.click()
    qtbot.waitUntil(lambda: added not in services.contacts.list_ids(), timeout=WAIT)
    assert len(asked) == 1 and "contacts" in asked[0]
    qtbot.waitUntil(
        lambda: any(b.reason == "restore" for b in dialog.backups), timeout=WAIT
    )  # the book as it was, kept
    # Not a backup at all: said, and nothing changed.
    letter = tmp_path / "letter.sqlite"
    letter.write_text("亲爱的客户")
    dialog.restore_file(str(letter))
    qtbot.waitUntil(lambda: warned != [], timeout=WAIT)
    assert len(asked) == 1 and warned[0]
    dialog.restore_file(str(tmp_path / "gone.sqlite"))
    assert "cannot be read" in warned[-1]
    dialog.accept()


def test_each_days_backup_goes_to_another_drive_chosen_in_the_window(
    desk,  # noqa: F811
    qtbot,
    tmp_path,
) -> None:
    import shutil

    window = desk.window
    services = window.services
    dialog = backups_after_the_daily(window, qtbot)
    qtbot.waitUntil(lambda: "disk only" in dialog.copy_label.text(), timeout=WAIT)
    assert not dialog.stop_copy_button.isVisibleTo(dialog)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.choose_copy_folder(str(usb))
    qtbot.waitUntil(lambda: str(usb) in dialog.copy_label.text(), timeout=WAIT)
    (copied,) = usb.iterdir()
    assert copied.name.endswith("-daily.sqlite") and "Copied" in dialog.note.text()
    assert "not encrypted" in dialog.copy_label.text()
    assert "own disk" in dialog.copy_label.text(), "a folder on the same disk is said"
    assert dialog.stop_copy_button.isVisibleTo(dialog)
    # At the next start the drive is not plugged in: the status bar says so.
    shutil.rmtree(usb)
    check_at_start(window, window.ctx)
    qtbot.waitUntil(
        lambda: "not copied to the other drive" in window.statusBar().currentMessage(),
        timeout=WAIT,
    )
    assert "not plugged in" in window.statusBar().currentMessage()
    assert not usb.exists()
    dialog.stop_copy_button.click()
    qtbot.waitUntil(lambda: "disk only" in dialog.copy_label.text(), timeout=WAIT)
    assert services.backups.copy_folder() == ""
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
    asked = answer_yes(monkeypatch)
    restored: list[object] = []
    monkeypatch.setattr(service, "restore", lambda path: restored.append(path))
    check_at_start(window, window.ctx)
    qtbot.waitUntil(lambda: bool(restored), timeout=WAIT)
    assert "btreeInitPage" in asked[0] and "newest sound backup" in asked[0]
    assert restored == [sound]


def test_the_first_start_brings_the_book_back_from_a_backup_of_another_computer(
    qtbot, tmp_path, demo_file, memory_keyring
) -> None:
    import shutil

    import pytest

    from rmdesk.app import bring_back
    from rmdesk.domain.backups import BackupFailed
    from rmdesk.services import build_services
    from rmdesk.store.database import open_store
    from rmdesk.store.encryption import keyring_secret
    from rmdesk.ui.common.tasks import TaskRunner
    from rmdesk.ui.first_start import RESTORE, FirstStartDialog

    old = tmp_path / "old-laptop" / "book.sqlite"
    old.parent.mkdir()
    shutil.copy(demo_file, old)
    services = build_services(open_store(old))
    services.contacts.save(Contact(name="旧电脑的客户"))
    plain = tmp_path / "usb-drive" / "plain.sqlite"  # kept off the computer, as it was
    plain.parent.mkdir()
    shutil.copy(services.backups.back_up(), plain)
    services.security.encrypt(None)  # its key in the old laptop's keyring
    encrypted = services.backups.back_up()
    secret = services.security.recovery_key()
    services.close()
    memory_keyring.secrets.clear()  # the new laptop's keyring knows nothing
    assert secret is not None

    # The screen: the backup file chosen, the choice made.
    dialog = FirstStartDialog(str(tmp_path / "new" / "book.sqlite"), 2000)
    qtbot.addWidget(dialog)
    dialog.choose_backup(str(encrypted))
    assert (dialog.choice, dialog.backup) == (RESTORE, encrypted)

    typed: list[str | None] = []
    problems: list[str] = []

    def ask(_backup, problem: str):  # type: ignore[no-untyped-def]
        problems.append(problem)
        return typed.pop(0)

    runner = TaskRunner()
    try:
        new = tmp_path / "new-laptop" / "book.sqlite"
        typed = [None]  # gave up at the passphrase: nothing made
        assert bring_back(runner, str(new), encrypted, ask) == (False, None)
        assert not new.exists()
        typed = ["a guess of some length", secret.lower().replace("-", " ")]
        problems.clear()
        assert bring_back(runner, str(new), encrypted, ask) == (True, secret)
        assert problems[0] == "" and "does not open" in problems[1]
        assert (new.parent.stat().st_mode & 0o777) == 0o700
        assert keyring_secret(new) == secret, "kept in this keyring, as in the old one"
        services = build_services(open_store(new, passphrase=secret))
        assert services.contacts.list_ids(BookFilter(search="旧电脑的客户"))
        services.close()
        # A plain backup needs no passphrase; a file that is no backup makes nothing.
        other = tmp_path / "other" / "book.sqlite"
        assert bring_back(runner, str(other), plain, ask) == (True, None)
        assert keyring_secret(other) is None
        open_store(other).close()
        letter = tmp_path / "letter.sqlite"
        letter.write_text("亲爱的客户")
        nowhere = tmp_path / "nowhere" / "book.sqlite"
        with pytest.raises(BackupFailed):
            bring_back(runner, str(nowhere), letter, ask)
        assert not nowhere.exists()
    finally:
        runner.shutdown()
