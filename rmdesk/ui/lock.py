"""The lock screen: after an idle time, when the session locks, or on File → Lock now,
every window of rmdesk is covered and the passphrase (or the keyring's unlock) is asked
before anything of a client shows again.

Dialogs stay open under their covers (nothing typed is lost); only the unlock prompt
takes input while locked. Titles, which may name a client, read "rmdesk" meanwhile."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QPaintEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.protection import LOCK_AFTER_MINUTES

if TYPE_CHECKING:
    from rmdesk.ui.main_window import MainWindow

SCAN_MS = 1000  # how often new windows are looked for
SCAN_LOCKED_MS = 100  # the same while locked
INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.ContextMenu,
}


class Cover(QWidget):
    """An opaque sheet over one window: nothing under it shows or takes a click."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label = QLabel(self.tr("rmdesk is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 16pt; color: palette(placeholder-text)")
        QVBoxLayout(self).addWidget(label)
        self.title = window.windowTitle()
        window.setWindowTitle("rmdesk")
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), self.palette().window())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self.raise_)  # a widget added later stays under
        return False

    def remove(self) -> None:
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
            window.setWindowTitle(self.title)
        self.hide()
        # Off the window now, not when the deferred delete runs: the window is
        # uncovered the moment the book is unlocked.
        self.setParent(None)
        self.deleteLater()


class UnlockDialog(QDialog):
    """The prompt over the locked windows: the passphrase, the keyring, or (a book
    without a passphrase) a plain Unlock; Quit leaves rmdesk."""

    def __init__(
        self,
        encrypted: bool,
        keyring: bool,
        embedded: bool = True,
        parent: QWidget | None = None,
        server_password: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("rmdesk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        heading = QLabel(self.tr("rmdesk is locked"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold")
        if encrypted:
            text = self.tr("Enter the book's passphrase to show your clients again.")
            if keyring:
                text = self.tr("Unlock with this computer's keyring to show your clients again.")
        elif server_password:
            text = self.tr("Enter your password for the team's server to show your clients again.")
        elif embedded:
            text = self.tr(
                "This book has no passphrase, so anyone at this computer can unlock it. "
                "File → Encrypt the book makes the lock ask for one."
            )
        else:  # a team's book opened without a password (a .pgpass file, a certificate)
            text = self.tr(
                "Unlock to show your clients again. Lock your computer's session when you "
                "leave it: the team's book opens without a passphrase here."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("Server password") if server_password else self.tr("Passphrase")
        )
        self.passphrase.setVisible((encrypted and not keyring) or server_password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.unlock_button = QPushButton(
            self.tr("Unlock with the &keyring") if keyring else self.tr("&Unlock")
        )
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit rmdesk"))
        # Enter must never quit: only the unlock button answers it, even while disabled.
        self.quit_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc does not dismiss the lock
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Only unlocking (or quitting) ends the lock."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class Lock(QObject):
    """Watches for input; locks after `minutes` without any (0: never) and when asked.

    Input is seen by filters on the windows' native handles, where the platform's events
    arrive, never by a filter on the whole application: one written in Python is called
    for every event of Qt WebEngine's objects too, some half-destroyed (seen to crash)."""

    changed = Signal(bool)  # locked or not

    def __init__(self, window: MainWindow, minutes: int = LOCK_AFTER_MINUTES) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.prompt: UnlockDialog | None = None
        self._covers: dict[QWidget, tuple[Cover, bool]] = {}  # window: cover, was enabled
        self._watched: list[QWindow] = []
        self._last_input = time.monotonic()
        self._idle_ms = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check_idle)
        # New windows are looked for now and then (while locked, often: one opened by a
        # reminder is covered at once).
        self._scan = QTimer(self)
        self._scan.setInterval(SCAN_MS)
        self._scan.timeout.connect(self._scan_windows)
        self._scan.start()
        self.set_idle(minutes * 60_000)
        self.session = SessionWatch(self)
        self.session.locked.connect(self.lock)

    def set_idle(self, milliseconds: int) -> None:
        """Lock after this long without input (0: only when asked or the session locks)."""
        self._idle_ms = max(0, milliseconds)
        self._last_input = time.monotonic()
        if self._idle_ms and not self.locked:
            self._timer.start(self._idle_ms)
        else:
            self._timer.stop()

    def _check_idle(self) -> None:
        if self.locked or not self._idle_ms:
            return
        idle = (time.monotonic() - self._last_input) * 1000
        if idle >= self._idle_ms:
            self.lock()
        else:
            self._timer.start(int(self._idle_ms - idle) + 1)

    def _windows(self) -> list[QWidget]:
        prompt = self.prompt
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, Cover) and w is not prompt
        ]

    def _scan_windows(self) -> None:
        self._watched = [h for h in self._watched if shiboken6.isValid(h)]
        for window in self._windows():
            handle = window.windowHandle()
            if handle is not None and handle not in self._watched:
                handle.installEventFilter(self)
                self._watched.append(handle)
            if self.locked and self._cover(window) and self.prompt is not None:
                # A window that opened meanwhile (a modal error from background work)
                # would block the prompt, itself covered and disabled: nothing could be
                # unlocked. Shown again, the prompt is the newest modal window.
                self._bring_back(self.prompt)

    @staticmethod
    def _bring_back(prompt: UnlockDialog) -> None:
        typed = prompt.passphrase.text()
        prompt.hide()
        prompt.show()
        prompt.raise_()
        prompt.activateWindow()
        prompt.passphrase.setText(typed)
        if prompt.passphrase.isVisible():
            prompt.passphrase.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT:
            if self.locked:
                return True  # nothing reaches a covered window
            self._last_input = time.monotonic()
        return False

    def _cover(self, window: QWidget) -> bool:
        """Cover the window (True) unless it is already."""
        if window in self._covers:
            return False
        self._covers[window] = (Cover(window), window.isEnabled())
        window.setEnabled(False)  # no key, click or shortcut reaches it
        return True

    def lock(self) -> None:
        """Cover every window and ask to unlock (nothing happens when already locked)."""
        if self.locked:
            return
        self.locked = True
        self._timer.stop()
        self._scan.setInterval(SCAN_LOCKED_MS)
        self._scan_windows()
        security = self.window.services.security
        keyring = security.encrypted and security.in_keyring
        prompt = UnlockDialog(
            security.encrypted,
            keyring,
            security.embedded,
            self.window,
            server_password=security.server_password,
        )
        prompt.unlock_button.clicked.connect(self._try_unlock)
        prompt.passphrase.returnPressed.connect(self._try_unlock)
        prompt.quit_button.clicked.connect(self._quit)
        self.prompt = prompt
        prompt.show()
        prompt.raise_()
        prompt.activateWindow()
        if prompt.passphrase.isVisible():
            prompt.passphrase.setFocus()
        self.changed.emit(True)

    def _try_unlock(self) -> None:
        prompt = self.prompt
        if prompt is None:
            return
        security = self.window.services.security
        if not (security.encrypted or security.server_password):
            self.unlock()
            return
        prompt.unlock_button.setEnabled(False)
        prompt.passphrase.setEnabled(False)
        typed = prompt.passphrase.text()
        keyring = not prompt.passphrase.isVisible()
        # The key derivation takes a moment, and the keyring may ask for its own unlock:
        # neither holds up the window (nor the database worker).
        check = security.keyring_opens if keyring else (lambda: security.opens_with(typed))

        def checked(ok: bool) -> None:
            if self.prompt is not prompt:
                return  # unlocked or closed meanwhile
            if ok:
                self.unlock()
            elif keyring:
                prompt.show_problem(
                    self.tr(
                        "The keyring did not give the book's key. Enter its recovery key "
                        "(File → Recovery key showed it)."
                    )
                )
                prompt.passphrase.show()
                prompt.unlock_button.setText(self.tr("&Unlock"))
            elif security.server_password:
                prompt.show_problem(self.tr("This is not your password for the team's server."))
            else:
                prompt.show_problem(self.tr("This is not the book's passphrase."))

        self.window.network.submit(check, checked, lambda _e: checked(False))

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        for window, (cover, enabled) in self._covers.items():
            if shiboken6.isValid(window):
                window.setEnabled(enabled)
                cover.remove()
        self._covers = {}
        self._scan.setInterval(SCAN_MS)
        if self.prompt is not None:
            self.prompt.hide()
            self.prompt.deleteLater()
            self.prompt = None
        self.set_idle(self._idle_ms)
        self.changed.emit(False)

    def _quit(self) -> None:
        """Leave rmdesk from the lock: the windows close without showing anything (they
        are hidden before the closing lifts their covers)."""
        for window in list(self._covers):
            if shiboken6.isValid(window):
                window.hide()
        self.window.close()

    def stop(self) -> None:
        """The window closes: its prompt (an application-modal window of its own, which
        would block every other) goes, and the watching stops."""
        self.unlock()
        self._timer.stop()
        self._scan.stop()


class SessionWatch(QObject):
    """Tells when the desktop session locks: the screensaver's D-Bus signal on Linux
    (GNOME's and the freedesktop one KDE, Xfce and others send), the session-change
    message on Windows, the session dictionary's screen-locked key on macOS."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None, bus: object = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        if sys.platform.startswith("linux"):
            self._watch_dbus(bus)
        elif sys.platform == "win32":
            self._watch_windows()
        elif sys.platform == "darwin":
            self._watch_macos()

    def _watch_dbus(self, bus: object) -> None:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        connection = bus if isinstance(bus, QDBusConnection) else QDBusConnection.sessionBus()
        if not connection.isConnected():
            return
        for path, interface in (
            ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
            ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ):
            slot = SLOT("screensaver_active(bool)")
            # The stubs say bytes; PySide6 takes the SLOT() string.
            if connection.connect("", path, interface, "ActiveChanged", self, slot):  # type: ignore[call-overload]
                self.watching.append(interface)

    @Slot(bool)
    def screensaver_active(self, active: bool) -> None:
        if active:
            self.locked.emit()

    def _watch_macos(self) -> None:  # pragma: no cover - macOS only
        from rmdesk.ui.session_macos import MacSessionPoll

        self._poll = MacSessionPoll(self.locked.emit, self)
        if self._poll.start():
            self.watching.append("CGSession")

    def _watch_windows(self) -> None:  # pragma: no cover - Windows only
        from rmdesk.ui.session_windows import WindowsSessionFilter

        self._filter = WindowsSessionFilter(self.locked.emit)
        if self._filter.register():
            self.watching.append("WTS")
