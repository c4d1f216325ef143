"""Before a book is opened: the first start (no book yet) and a book path that leads
nowhere. rmdesk never makes a book, or a folder, the user did not ask for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

DEMO, EMPTY, IMPORT, RESTORE = "demo", "empty", "import", "restore"


class FirstStartDialog(QDialog):
    """No book yet: start on the demo book, on an empty book of one's own, on one's own
    book filled from a phone's or a spreadsheet's contacts, or on one's book brought back
    from a backup (a new computer)."""

    def __init__(self, book: str, demo_clients: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to rmdesk"))
        self.choice: str | None = None
        self.backup: Path | None = None  # the backup file chosen (RESTORE)
        title = QLabel(self.tr("Welcome to rmdesk"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        text = QLabel(
            self.tr(
                "rmdesk keeps your client book on this computer, readable by you only. "
                "How would you like to start?"
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Explore a &demo book"))
        demo_note = QLabel(
            self.tr(
                "{0} made-up clients in 台州 with dossiers, visits and a planned day, kept "
                "apart from your own book."
            ).format(f"{demo_clients:,}")
        )
        self.empty_button = QPushButton(self.tr("Start my own &empty book"))
        empty_note = QLabel(self.tr("Your book will be kept at {0}.").format(book))
        self.import_button = QPushButton(self.tr("Start my book with my &contacts…"))
        import_note = QLabel(
            self.tr(
                "From your phone (a vCard file) or a spreadsheet from Excel or WPS (.xlsx or "
                "CSV); you see what comes in before anything is written."
            )
        )
        self.import_button.clicked.connect(lambda: self._choose(IMPORT))
        self.restore_button = QPushButton(self.tr("Bring back my book from a &backup…"))
        restore_note = QLabel(
            self.tr(
                "A backup rmdesk wrote, on this computer or another (a USB drive, another "
                "disk). An encrypted one asks for its passphrase or recovery key."
            )
        )
        self.restore_button.clicked.connect(lambda: self.choose_backup())
        for note in (demo_note, empty_note, import_note, restore_note):
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text)")
        self.demo_button.clicked.connect(lambda: self._choose(DEMO))
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY))
        self.empty_button.setDefault(True)
        quit_button = QPushButton(self.tr("&Quit"))
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addWidget(demo_note)
        layout.addSpacing(8)
        layout.addWidget(self.empty_button)
        layout.addWidget(empty_note)
        layout.addSpacing(8)
        layout.addWidget(self.import_button)
        layout.addWidget(import_note)
        layout.addSpacing(8)
        layout.addWidget(self.restore_button)
        layout.addWidget(restore_note)
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(quit_button)
        layout.addLayout(row)
        self.setMinimumWidth(520)

    def choose_backup(self, path: str | None = None) -> None:
        """The backup file (asked for unless given); back to the choice if none."""
        if path is None:
            path = ask_backup_file(self, self.tr("Bring back my book from a backup"))
        if path:
            self.backup = Path(path)
            self._choose(RESTORE)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_backup_file(parent: QWidget, title: str) -> str:
    """A backup file the user picks ("": none), here or from the Backups window."""
    from PySide6.QtCore import QCoreApplication

    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("Backups", "rmdesk backups (*.sqlite *.bak);;All files (*)"),
    )
    return path


def ask_first_start(book: str, demo_clients: int) -> tuple[str, Path | None] | None:
    """DEMO, EMPTY, IMPORT (an empty book, then the import) or RESTORE with the backup
    file chosen; None to quit."""
    dialog = FirstStartDialog(book, demo_clients)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.exec()
    return None if dialog.choice is None else (dialog.choice, dialog.backup)


def ask_create(path: Path) -> bool:
    """The book given (--db, $RMDESK_DB) does not exist: make a new one there?"""
    from PySide6.QtCore import QCoreApplication

    if path.parent.exists():
        text = QCoreApplication.translate(
            "FirstStart", "There is no book at {0}. Create a new, empty book there?"
        ).format(path)
    else:
        text = QCoreApplication.translate(
            "FirstStart",
            "There is no book at {0}, and the folder {1} does not exist. Check the path: "
            "create the folder and a new, empty book there?",
        ).format(path, path.parent)
    answer = QMessageBox.question(
        None,
        "rmdesk",
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
