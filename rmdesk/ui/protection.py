"""The encrypted book in the window: the passphrase asked at start, the choice of how
the book is protected (a passphrase, or a random key the OS keyring keeps), and the
conversion run from File → Protect the book."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.errors import RmdeskError
from rmdesk.domain.protection import MIN_PASSPHRASE
from rmdesk.ui.common.progress import run_with_progress

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from rmdesk.ui.main_window import MainWindow

PASSPHRASE, KEYRING, NONE = "passphrase", "keyring", "none"


def forgotten_warning() -> str:
    return QCoreApplication.translate(
        "Protection",
        "A forgotten passphrase cannot be recovered: nobody, rmdesk included, can open the "
        "book without it. Keep it somewhere safe.",
    )


class PassphraseDialog(QDialog):
    """The book is encrypted: its passphrase, to open it (or to unlock the window)."""

    def __init__(self, book: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the encrypted book"))
        text = QLabel(
            self.tr(
                "The book {0} is encrypted. Enter its passphrase (or, for a book whose key "
                "another computer's keyring kept, its recovery key)."
            ).format(book)
        )
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel(problem)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def recovery_text() -> str:
    return QCoreApplication.translate(
        "Protection",
        "The book's key is kept in this computer's keyring. If this computer is lost or "
        "replaced, or its keyring is reset, the recovery key below opens the book and its "
        "backups on another: type it where rmdesk asks for the passphrase. Write it down "
        "or print it, and keep it away from this computer: whoever has it can read the "
        "book.",
    )


class RecoveryKeyDialog(QDialog):
    """The recovery key of a book whose key the keyring keeps: to copy or print. "I have
    kept it" is remembered (`kept` is called); else it is shown again at the next start."""

    def __init__(
        self,
        key: str,
        parent: QWidget | None = None,
        kept: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        if kept is not None:
            self.accepted.connect(kept)
        self.setWindowTitle(self.tr("Recovery key"))
        text = QLabel(recovery_text())
        text.setWordWrap(True)
        self.key_label = QLabel(key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 3)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(self.copy)
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(lambda: self.print_key())
        kept_button = QPushButton(self.tr("I have kept it"))
        kept_button.setDefault(True)
        kept_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(print_button)
        row.addStretch(1)
        row.addWidget(kept_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.setMinimumWidth(560)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key)

    def page(self) -> str:
        """What is printed: what the key is for, and the key."""
        title = self.tr("rmdesk: the recovery key of the book")
        return f"{title}\n\n{self.key}\n\n{recovery_text()}\n"

    def print_key(self, printer: QPrinter | None = None) -> None:
        """On a printer the user picks (unless given one)."""
        from rmdesk.ui.common.printing import print_text

        print_text(self, self.page(), self.key_label.font(), printer)


def show_recovery_key(parent: QWidget | None, key: str) -> bool:
    """The recovery key, as soon as it is made: the user is asked to keep it; whether
    they said they did."""
    dialog = RecoveryKeyDialog(key, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.exec() == QDialog.DialogCode.Accepted


def _open_recovery_dialog(window: MainWindow, key: str) -> None:
    security = window.services.security

    def kept() -> None:
        window.runner.submit(lambda: security.recovery_kept(key))

    dialog = RecoveryKeyDialog(key, window, kept)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def remind_recovery_key(window: MainWindow) -> None:
    """At start: a recovery key the user has not said they kept is shown once more."""
    security = window.services.security
    if not security.encrypted:
        return

    def show(key: str | None) -> None:
        if key is not None:
            _open_recovery_dialog(window, key)

    window.runner.submit(security.recovery_reminder, show, lambda _e: None)


def recovery_key(window: MainWindow) -> None:
    """File → Recovery key: the keyring's key of this book, read on the worker."""
    security = window.services.security

    def show(key: str | None) -> None:
        if key is None:
            QMessageBox.information(
                window,
                QCoreApplication.translate("Protection", "Recovery key"),
                QCoreApplication.translate(
                    "Protection",
                    "This book opens with its passphrase, not with a key kept in the keyring: "
                    "it has no recovery key. Its passphrase is the only way in.",
                ),
            )
            return
        _open_recovery_dialog(window, key)

    window.runner.submit(security.recovery_key, show, window.show_error)


def ask_passphrase(book: Path, problem: str = "") -> str | None:
    """The passphrase typed, or None when the user would rather not open the book."""
    dialog = PassphraseDialog(str(book), problem)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()


def ask_protection(book: Path, problem: str = "") -> tuple[str, str | None] | None:
    """A new book (the first start): how it is protected; None when the user quits."""
    dialog = ProtectDialog(encrypted=False, offer_none=True)
    dialog.setWindowTitle(QCoreApplication.translate("Protection", "Protect your book"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if problem:
        dialog.problem.setText(problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def no_keyring(reason: object) -> str:
    return QCoreApplication.translate(
        "Protection",
        "This computer's keyring cannot keep the key ({0}). Choose a passphrase instead.",
    ).format(reason)


def wrong_passphrase() -> str:
    return QCoreApplication.translate(
        "Protection", "This passphrase does not open the book. Nothing was changed; try again."
    )


class ProtectDialog(QDialog):
    """How the book is protected: a passphrase the user sets (typed twice), a random key
    kept in the OS keyring, or (a new book only) no encryption."""

    def __init__(
        self, encrypted: bool, offer_none: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change how the book is protected")
            if encrypted
            else self.tr("Encrypt the book")
        )
        intro = QLabel(
            self.tr(
                "An encrypted book cannot be read from a lost laptop or a copied file. Its "
                "backups are encrypted with it."
            )
        )
        intro.setWordWrap(True)
        self.with_passphrase = QRadioButton(self.tr("A &passphrase I choose"))
        self.with_keyring = QRadioButton(
            self.tr("A random &key kept in this computer's keyring (opens without asking)")
        )
        self.without = QRadioButton(self.tr("&No encryption"))
        group = QButtonGroup(self)
        for button in (self.with_passphrase, self.with_keyring, self.without):
            group.addButton(button)
        self.without.setVisible(offer_none)
        self.with_passphrase.setChecked(True)
        self.first = QLineEdit()
        self.again = QLineEdit()
        for field in (self.first, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.again)
        warning = QLabel(forgotten_warning())
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: bold")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: palette(placeholder-text)")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.with_passphrase)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.with_keyring)
        layout.addWidget(self.without)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for button in (self.with_passphrase, self.with_keyring, self.without):
            button.toggled.connect(self._check)  # once everything it checks is built
        self._check()

    def choice(self) -> tuple[str, str | None]:
        """(PASSPHRASE, the passphrase), (KEYRING, None) or (NONE, None)."""
        if self.with_keyring.isChecked():
            return KEYRING, None
        if self.without.isChecked():
            return NONE, None
        return PASSPHRASE, self.first.text()

    def _check(self) -> None:
        typing = self.with_passphrase.isChecked()
        self.first.setEnabled(typing)
        self.again.setEnabled(typing)
        problem = ""
        if typing and len(self.first.text()) < MIN_PASSPHRASE:
            problem = self.tr("At least {0} characters.").format(MIN_PASSPHRASE)
        elif typing and self.first.text() != self.again.text():
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


def protect_book(window: MainWindow) -> None:
    """File → Protect the book: encrypt it, or change its passphrase (or move its key
    into the keyring), with a progress dialog; the window goes on on the same book."""
    security = window.services.security
    if not security.embedded:
        QMessageBox.information(
            window,
            "rmdesk",
            QCoreApplication.translate(
                "Protection",
                "A team's PostgreSQL book is protected on its server (its roles, TLS and "
                "disk), not by rmdesk's encryption.",
            ),
        )
        return
    dialog = ProtectDialog(encrypted=security.encrypted, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    _how, passphrase = dialog.choice()
    convert = security.change_passphrase if security.encrypted else security.encrypt

    def converted(report: Callable[[int, int], None]) -> tuple[list[Path], str | None]:
        return convert(passphrase, report), security.recovery_key()

    try:
        left, recovery = run_with_progress(
            window.runner,
            lambda progress: converted(progress.report),
            QCoreApplication.translate("Protection", "Encrypting the book and its backups…"),
            window,
        )
    except RmdeskError as exc:
        window.show_error(exc)
        return
    except Exception as exc:  # a book held open elsewhere, a full disk: nothing changed
        QMessageBox.warning(
            window,
            "rmdesk",
            QCoreApplication.translate(
                "Protection",
                "The book could not be converted ({0}). It is as it was; close other "
                "programs using it and try again.",
            ).format(exc),
        )
        return
    text = QCoreApplication.translate("Protection", "The book and its backups are encrypted.")
    if left:
        text += " " + QCoreApplication.translate(
            "Protection", "Left as they were (damaged, or under another key): {0}"
        ).format(", ".join(p.name for p in left))
    window.statusBar().showMessage(text, 15000)
    window.commands.refresh_protection()
    if recovery is not None and show_recovery_key(window, recovery):  # a new key: keep it
        window.runner.submit(lambda: security.recovery_kept(recovery))


def share_selected(window: MainWindow) -> None:
    """Clients → Share with another RM (a team's book): the RM the selected clients are
    shared with sees and edits them too."""
    ids = window.selected_ids()
    if not ids:
        return
    title = QCoreApplication.translate("Protection", "Share with another RM")
    count = len(ids)  # lupdate reads no call in translate()'s count
    question = QCoreApplication.translate(
        "Protection",
        "%n client(s) will be seen and edited by this RM as well. Their sign-in name on "
        "the team's server:",
        "",
        count,
    )
    role, ok = QInputDialog.getText(window, title, question)
    role = role.strip()
    if not ok or not role:
        return

    def shared(count: int) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Protection", "%n client(s) shared with {0}.", "", count
            ).format(role),
            10000,
        )

    window.runner.submit(
        lambda: window.services.security.share(ids, role), shared, window.show_error
    )
