"""The lock screen: every window covered (a grab of each shows the cover and nothing
else), no key or click reaching them, titles without names, the tray naming nobody; the
passphrase, the keyring or (a plain book) a click unlocks; idle time and the session's
lock (the screensaver's D-Bus signal, sent on a private bus) lock it. And the first
start's choice of how a new book is protected."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from rmdesk.app import Desk
from rmdesk.services import build_services
from rmdesk.store.database import open_store
from rmdesk.ui.common.i18n import Translations
from rmdesk.ui.common.preferences import Preferences
from rmdesk.ui.common.tasks import TaskRunner
from rmdesk.ui.lock import Cover, SessionWatch
from rmdesk.ui.main_menus import CONTACTS, TODAY

SECRET = "correct horse battery"
WAIT = 10_000


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    yield
    gc.collect()


def open_desk(qtbot, book: Path, tmp_path: Path, passphrase: str | None = None) -> Desk:
    runner = TaskRunner()
    translations = Translations()
    translations.use("en")
    desk = Desk(
        open_store(book, passphrase=passphrase),
        runner,
        Preferences(tmp_path / "settings.ini"),
        translations,
    )
    qtbot.addWidget(desk.window)
    desk.window.resize(1366, 768)
    desk.window.show()
    qtbot.waitUntil(
        lambda: desk.window.book_page.model.complete and runner.pending == 0, timeout=WAIT
    )
    return desk


def close_desk(desk: Desk) -> None:
    desk.window.close()
    desk.runner.shutdown()
    desk.store.close()


@pytest.fixture
def encrypted(tmp_path: Path, demo_file: Path) -> Path:
    book = tmp_path / "book.sqlite"
    shutil.copy(demo_file, book)
    services = build_services(open_store(book))
    services.security.encrypt(SECRET)
    services.close()
    return book


@pytest.fixture
def desk(qtbot, encrypted: Path, tmp_path: Path):
    d = open_desk(qtbot, encrypted, tmp_path, SECRET)
    yield d
    close_desk(d)


def covers() -> list[Cover]:
    return [
        cover
        for window in QApplication.topLevelWidgets()
        for cover in window.findChildren(Cover)
        if cover.isVisible()
    ]


def same_picture(window: QWidget, cover: Cover) -> bool:
    """Whether the window, grabbed whole, shows exactly its cover: nothing peeks out."""
    rgb = QImage.Format.Format_RGB32  # a window grabs opaque, a child with alpha
    shown = window.grab().toImage().convertToFormat(rgb)
    return shown == cover.grab().toImage().convertToFormat(rgb)


def test_locking_covers_every_window_and_the_passphrase_unlocks(qtbot, desk, tmp_path) -> None:
    window = desk.window
    assert not window.protection_label.isVisible(), "an encrypted book needs no warning"
    window.nav.setCurrentRow(CONTACTS)
    window.book_page.table.selectRow(0)
    window.commands.gifts_action.trigger()
    ledger = window.gift_ledger
    qtbot.waitUntil(ledger.isVisible, timeout=WAIT)
    titles = {window: window.windowTitle(), ledger: ledger.windowTitle()}
    window.commands.lock_action.trigger()
    lock = window.lock
    assert lock.locked and lock.prompt is not None and lock.prompt.isVisible()
    covered = {cover.parentWidget(): cover for cover in covers()}
    assert set(covered) >= {window, ledger}, "the main window and the ledger are covered"
    for shown, cover in covered.items():
        assert cover.geometry() == shown.rect()
        assert same_picture(shown, cover), f"{shown} shows more than its cover"
        assert shown.windowTitle() == "rmdesk", "a title may name a client"
    window.grab().save(str(tmp_path / "locked.png"))
    assert not lock.prompt.passphrase.text()

    # Nothing reaches a covered window: not a shortcut, not a key, not a click.
    search = window.book_page.search
    before = search.text()
    qtbot.keyClicks(search, "abc")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == before and window.nav.currentRow() == CONTACTS
    today = window.nav.visualItemRect(window.nav.item(TODAY)).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=today)
    assert window.nav.currentRow() == CONTACTS

    # Esc does not dismiss it; a wrong passphrase is said so and changes nothing.
    qtbot.keyClick(lock.prompt, Qt.Key.Key_Escape)
    assert lock.locked and lock.prompt.isVisible()
    qtbot.keyClicks(lock.prompt.passphrase, "not the passphrase")
    qtbot.keyClick(lock.prompt.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.prompt.problem.isVisible(), timeout=WAIT)
    assert lock.locked and "not the book's passphrase" in lock.prompt.problem.text()
    assert window.isVisible(), "Enter after a wrong passphrase does not quit"
    assert covers()

    prompt = lock.prompt
    prompt.passphrase.clear()
    qtbot.keyClicks(prompt.passphrase, SECRET)
    qtbot.keyClick(prompt.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
    assert not covers() and lock.prompt is None
    assert window.windowTitle() == titles[window] and ledger.windowTitle() == titles[ledger]
    qtbot.keyClicks(search, "x")
    assert search.text() == before + "x", "the window takes input again"


def test_a_window_opened_while_locked_is_covered_too(qtbot, desk) -> None:
    window = desk.window
    window.lock.lock()
    late = QWidget()
    qtbot.addWidget(late)
    late.setWindowTitle("王伟 — dossier")
    late.show()
    qtbot.waitUntil(lambda: bool(late.findChildren(Cover)), timeout=WAIT)
    assert late.windowTitle() == "rmdesk"
    window.lock.unlock()
    assert late.windowTitle() == "王伟 — dossier"


def test_the_window_locks_after_the_idle_time(qtbot, desk) -> None:
    window = desk.window
    assert window.prefs.lock_minutes == 10, "ten minutes unless the user chose otherwise"
    window.lock.set_idle(300)
    qtbot.waitUntil(lambda: window.lock.locked, timeout=WAIT)
    window.lock.unlock()
    window.lock.set_idle(0)
    qtbot.wait(400)
    assert not window.lock.locked, "0 means never by itself"


def test_the_tray_names_nobody_while_locked(qtbot, desk) -> None:
    from rmdesk.domain.keeping import TodayItem

    window = desk.window
    told: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, text: told.append((title, text)))
    item = TodayItem("appointment", dt.date.today(), 1, "拜访", client="王伟", at="10:00")
    window.tray.notify(item)
    window.lock.lock()
    window.tray.notify(item)
    assert "王伟" in told[0][1]
    assert all("王伟" not in part for part in told[1])


def test_a_plain_book_unlocks_with_a_click_and_says_why(qtbot, tmp_path, demo_file) -> None:
    book = tmp_path / "plain.sqlite"
    shutil.copy(demo_file, book)
    desk = open_desk(qtbot, book, tmp_path)
    try:
        status = desk.window.protection_label
        assert status.isVisible() and status.text() == "Not encrypted", "the status bar says so"
        lock = desk.window.lock
        lock.lock()
        assert lock.prompt is not None and not lock.prompt.passphrase.isVisible()
        texts = " ".join(label.text() for label in lock.prompt.findChildren(QLabel))
        assert "no passphrase" in texts and "Encrypt the book" in texts
        qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
        assert not lock.locked and not covers()
    finally:
        close_desk(desk)


def keyring_book(tmp_path: Path, demo_file: Path) -> tuple[Path, str, Path]:
    """A book encrypted with a random key the (test's) keyring keeps: the book, its
    recovery key, and a backup of it."""
    book = tmp_path / "kept.sqlite"
    shutil.copy(demo_file, book)
    services = build_services(open_store(book))
    services.security.encrypt(None)
    backup = services.backups.back_up()
    secret = services.security.recovery_key()
    services.close()
    assert secret is not None
    return book, secret, backup


def test_the_keyring_unlocks_a_book_whose_key_it_keeps(
    qtbot, tmp_path, demo_file, memory_keyring
) -> None:
    book, secret, _backup = keyring_book(tmp_path, demo_file)
    on_gui_thread: list[bool] = []  # each read of the keyring: whether on the GUI thread
    read = memory_keyring.get_password

    def watched(service: str, user: str) -> str | None:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return read(service, user)

    memory_keyring.get_password = watched  # type: ignore[method-assign]
    desk = open_desk(qtbot, book, tmp_path, secret)
    desk.show()  # as at start: the checks and the reminder follow the first screen
    try:
        lock = desk.window.lock
        qtbot.waitUntil(lambda: False in on_gui_thread, timeout=WAIT)  # read at start
        on_gui_thread.clear()
        lock.lock()  # (the session locks: a keyring may be locked too, and would ask)
        assert True not in on_gui_thread, "the window does not wait on the keyring"
        assert lock.prompt is not None and not lock.prompt.passphrase.isVisible()
        assert "keyring" in lock.prompt.unlock_button.text()
        qtbot.mouseClick(lock.prompt.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
        # The keyring gives nothing (locked for good, or reset): the recovery key unlocks.
        security = desk.window.services.security
        security.keyring_opens = lambda: False  # type: ignore[method-assign]
        lock.lock()
        prompt = lock.prompt
        qtbot.mouseClick(prompt.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: prompt.passphrase.isVisible(), timeout=WAIT)
        assert "recovery key" in prompt.problem.text()
        prompt.passphrase.setText(secret.lower().replace("-", ""))
        qtbot.mouseClick(prompt.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not lock.locked, timeout=WAIT)
    finally:
        close_desk(desk)


def test_the_recovery_key_is_shown_when_made_and_on_file_recovery_key(
    qtbot, tmp_path, demo_file, memory_keyring, monkeypatch
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from rmdesk.ui import protection

    book = tmp_path / "plain.sqlite"
    shutil.copy(demo_file, book)
    desk = open_desk(qtbot, book, tmp_path)
    try:
        commands = desk.window.commands
        assert not commands.recovery_action.isVisible(), "a plain book has no key"

        class KeyringChosen(protection.ProtectDialog):
            def exec(self) -> int:
                self.with_keyring.setChecked(True)
                return QDialog.DialogCode.Accepted.value

        shown: list[str] = []
        monkeypatch.setattr(protection, "ProtectDialog", KeyringChosen)
        monkeypatch.setattr(protection, "show_recovery_key", lambda _w, key: shown.append(key))
        protection.protect_book(desk.window)
        (secret,) = memory_keyring.secrets.values()
        assert shown == [secret], "the new key's recovery key, once it is made"
        assert commands.recovery_action.isVisible()
        commands.recovery_action.trigger()
        qtbot.waitUntil(
            lambda: desk.window.findChild(protection.RecoveryKeyDialog) is not None, timeout=WAIT
        )
        dialog = desk.window.findChild(protection.RecoveryKeyDialog)
        assert dialog.key_label.text() == secret and dialog.isVisible()
        dialog.copy()
        assert QGuiApplication.clipboard().text() == secret
        assert secret in dialog.page() and "another" in dialog.page()
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "key.pdf"))
        dialog.print_key(printer)
        assert (tmp_path / "key.pdf").read_bytes().startswith(b"%PDF")
        security = desk.window.services.security
        assert security.recovery_reminder() == secret, "not said to be kept yet"
        dialog.accept()  # "I have kept it"
        qtbot.waitUntil(lambda: desk.runner.pending == 0, timeout=WAIT)
        assert security.recovery_reminder() is None
    finally:
        close_desk(desk)


def test_a_recovery_key_not_yet_kept_is_shown_again_at_start(
    qtbot, tmp_path, demo_file, memory_keyring
) -> None:
    from rmdesk.ui import protection

    book, secret, _backup = keyring_book(tmp_path, demo_file)  # no recovery key shown
    desk = open_desk(qtbot, book, tmp_path, secret)
    try:
        window = desk.window

        def dialogs() -> list[protection.RecoveryKeyDialog]:
            found = window.findChildren(protection.RecoveryKeyDialog)
            return [d for d in found if d.isVisible()]

        protection.remind_recovery_key(window)
        qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=WAIT)
        (dialog,) = dialogs()
        assert dialog.key_label.text() == secret
        dialog.reject()  # closed without keeping it: shown at the next start again
        qtbot.waitUntil(lambda: desk.runner.pending == 0, timeout=WAIT)
        protection.remind_recovery_key(window)
        qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=WAIT)
        dialogs()[0].accept()
        qtbot.waitUntil(lambda: desk.runner.pending == 0, timeout=WAIT)
        protection.remind_recovery_key(window)
        qtbot.waitUntil(lambda: desk.runner.pending == 0, timeout=WAIT)
        qtbot.wait(50)
        assert dialogs() == []
        # A new key in the keyring is a new recovery key: reminded of again.
        security = window.services.security
        security.change_passphrase(None)
        new = security.recovery_key()
        assert new is not None and new != secret
        assert security.recovery_reminder() == new
    finally:
        close_desk(desk)


def test_a_backup_opens_on_another_computer_with_the_recovery_key_typed_loosely(
    qtbot, tmp_path, demo_file, memory_keyring, monkeypatch
) -> None:
    from rmdesk.app import open_encrypted
    from rmdesk.ui import protection

    _book, secret, backup = keyring_book(tmp_path, demo_file)
    moved = tmp_path / "new-laptop.sqlite"  # no keyring here knows it
    shutil.copy(backup, moved)
    typed = iter(["not the key at all", secret.lower().replace("-", "")])
    problems: list[str] = []

    def ask(_book: Path, problem: str) -> str:
        problems.append(problem)
        return next(typed)

    monkeypatch.setattr(protection, "ask_passphrase", ask)
    runner = TaskRunner()
    try:
        store = open_encrypted(runner, str(moved), False, None)
        assert store is not None and store.read("SELECT count(*) FROM contacts")[0][0] > 0
        store.close()
    finally:
        runner.shutdown()
    assert problems[0] == "" and "does not open the book" in problems[1]


def test_a_book_opened_with_its_passphrase_says_it_has_no_recovery_key(
    qtbot, desk, monkeypatch
) -> None:
    from rmdesk.ui import protection

    said: list[str] = []
    monkeypatch.setattr(
        protection.QMessageBox, "information", lambda _p, _t, text: said.append(text)
    )
    assert desk.window.commands.recovery_action.isVisible()
    desk.window.commands.recovery_action.trigger()
    qtbot.waitUntil(lambda: said != [], timeout=WAIT)
    assert "no recovery key" in said[0]
    assert desk.window.findChild(protection.RecoveryKeyDialog) is None


@pytest.fixture
def session_bus():
    """A private D-Bus session bus, as the desktop's screensaver would use."""
    from PySide6.QtDBus import QDBusConnection

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address, QDBusConnection.connectToBus(address, "rmdesk-test-watch")
    QDBusConnection.disconnectFromBus("rmdesk-test-watch")
    daemon.terminate()
    daemon.wait()
    daemon.stdout.close()


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_the_session_locking_locks_rmdesk(qtbot, desk, session_bus, path, interface) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    address, connection = session_bus
    watch = SessionWatch(desk.window, connection)
    assert interface in watch.watching
    watch.locked.connect(desk.window.lock.lock)
    sender = QDBusConnection.connectToBus(address, "rmdesk-test-screensaver")
    try:
        woke = QDBusMessage.createSignal(path, interface, "ActiveChanged")
        woke.setArguments([False])
        sender.send(woke)
        qtbot.wait(200)
        assert not desk.window.lock.locked, "the screensaver ending locks nothing"
        active = QDBusMessage.createSignal(path, interface, "ActiveChanged")
        active.setArguments([True])
        assert sender.send(active)
        qtbot.waitUntil(lambda: desk.window.lock.locked, timeout=WAIT)
    finally:
        QDBusConnection.disconnectFromBus("rmdesk-test-screensaver")


def test_input_keeps_the_window_unlocked(qtbot, desk) -> None:
    """What the platform delivers to a window (here the mouse moving over it) restarts
    the idle time."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    window = desk.window
    qtbot.waitUntil(lambda: window.windowHandle() in window.lock._watched, timeout=WAIT)
    window.lock.set_idle(1500)
    for n in range(25):  # 2.5 s of moving the mouse
        at = QPointF(100 + n, 100)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            at,
            window.mapToGlobal(at),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.windowHandle(), move)
        qtbot.wait(100)
        assert not window.lock.locked
    qtbot.waitUntil(lambda: window.lock.locked, timeout=WAIT)


def test_the_first_start_asks_how_the_new_book_is_protected(
    qtbot, tmp_path, memory_keyring, monkeypatch
) -> None:
    """A passphrase (the book made encrypted under it), a random key kept in the keyring,
    or no encryption; a keyring that cannot keep the key is said so and asked again."""
    from keyring.errors import NoKeyringError

    from rmdesk.app import protect_new_book
    from rmdesk.store.cipher import is_encrypted
    from rmdesk.store.encryption import keyring_secret
    from rmdesk.ui.protection import KEYRING, NONE, PASSPHRASE, ProtectDialog

    answers: list = []
    problems: list[str] = []

    def ask(book: Path, problem: str):  # type: ignore[no-untyped-def]
        problems.append(problem)
        return answers.pop(0)

    shown: list[str] = []
    book = tmp_path / "mine.sqlite"
    answers = [(PASSPHRASE, SECRET)]
    assert protect_new_book(book, ask, shown.append) == (True, SECRET)
    assert shown == [], "a passphrase has no recovery key"
    open_store(book, passphrase=SECRET).close()
    assert is_encrypted(book) and b"SQLite format 3" not in book.read_bytes()[:16]

    kept = tmp_path / "kept.sqlite"
    answers = [(KEYRING, None)]
    go_on, secret = protect_new_book(kept, ask, shown.append)
    assert go_on and secret and keyring_secret(kept) == secret
    assert shown == [secret], "the key the keyring keeps is shown to be kept too"

    def refuse(*_args: object) -> None:
        raise NoKeyringError("no recommended backend")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    problems.clear()
    answers = [(KEYRING, None), (NONE, None)]
    assert protect_new_book(tmp_path / "plain.sqlite", ask, shown.append) == (True, None)
    assert problems[0] == "" and "keyring cannot keep the key" in problems[1]
    answers = [None]
    assert protect_new_book(tmp_path / "never.sqlite", ask, shown.append) == (False, None)
    assert not (tmp_path / "never.sqlite").exists()

    # The screen: the forgotten-passphrase warning before the choice, OK only for a
    # passphrase typed the same twice and long enough; no encryption offered.
    dialog = ProtectDialog(encrypted=False, offer_none=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "cannot be recovered" in texts and dialog.without.isVisible()
    dialog.first.setText("short")
    dialog.again.setText("short")
    assert not ok.isEnabled()
    dialog.first.setText(SECRET)
    dialog.again.setText(SECRET + "x")
    assert not ok.isEnabled()
    dialog.again.setText(SECRET)
    assert ok.isEnabled() and dialog.choice() == (PASSPHRASE, SECRET)
    dialog.without.setChecked(True)
    assert ok.isEnabled() and dialog.choice() == (NONE, None)


def test_the_mac_session_poll_locks_once_when_the_screen_locks(qtbot) -> None:
    """The session dictionary's key is looked at on a timer: one lock per locking (the
    frameworks stood in for, as this machine has no macOS)."""
    from rmdesk.ui.session_macos import MacSessionPoll

    locked: list[bool] = []
    screen = {"locked": False}
    released: list[int] = []

    class Graphics:
        def CGSessionCopyCurrentDictionary(self) -> int:
            return 2 if screen["locked"] else 1

    class Foundation:
        def CFDictionaryGetValue(self, session: int, key: int) -> int:
            return 7 if session == 2 and key == 99 else 0

        def CFRelease(self, session: int) -> None:
            released.append(session)

    poll = MacSessionPoll(lambda: locked.append(True))
    poll._cg, poll._cf, poll._key = Graphics(), Foundation(), 99
    for state in (False, True, True, False, True):
        screen["locked"] = state
        poll._look()
    assert locked == [True, True] and len(released) == 5


def test_the_lock_of_a_team_book_does_not_offer_encryption(qtbot) -> None:
    """A team's book lives on its server: the prompt does not send the RM to File →
    Encrypt the book, which a server book has not."""
    from rmdesk.ui.lock import UnlockDialog

    prompt = UnlockDialog(encrypted=False, keyring=False, embedded=False)
    qtbot.addWidget(prompt)
    texts = " ".join(label.text() for label in prompt.findChildren(QLabel))
    assert "team's book" in texts and "Encrypt the book" not in texts
    assert not prompt.passphrase.isVisibleTo(prompt)


def test_a_modal_message_opened_while_locked_does_not_block_the_unlock(qtbot, desk) -> None:
    """An error from background work opens a modal message while locked: it is covered,
    the prompt stays the window that takes input, and the message waits for the RM."""
    from PySide6.QtWidgets import QMessageBox

    window = desk.window
    window.lock.lock()
    prompt = window.lock.prompt
    assert prompt is not None
    message = QMessageBox(QMessageBox.Icon.Warning, "rmdesk", "王伟: the server did not answer")
    message.setWindowModality(Qt.WindowModality.ApplicationModal)
    message.show()
    qtbot.waitUntil(lambda: bool(message.findChildren(Cover)), timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is prompt, timeout=WAIT)
    assert not message.isEnabled()
    qtbot.keyClicks(prompt.passphrase, SECRET)
    qtbot.keyClick(prompt.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=WAIT)
    assert message.isVisible() and message.isEnabled() and not message.findChildren(Cover)
    message.close()


def test_quitting_from_the_lock_closes_rmdesk_without_showing_a_client(qtbot, desk) -> None:
    window = desk.window
    window.commands.gifts_action.trigger()
    ledger = window.gift_ledger
    qtbot.waitUntil(ledger.isVisible, timeout=WAIT)
    window.lock.lock()
    shown_uncovered: list[QWidget] = []

    def watch_closing() -> None:  # the moment the covers lift, nothing may be on screen
        shown_uncovered.extend(w for w in (window, ledger) if w.isVisible())

    window.lock.changed.connect(lambda locked: None if locked else watch_closing())
    prompt = window.lock.prompt
    assert prompt is not None
    qtbot.mouseClick(prompt.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and not ledger.isVisible()
    assert shown_uncovered == [] and window.lock.prompt is None
