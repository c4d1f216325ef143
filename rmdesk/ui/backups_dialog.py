"""Backups of the book: the list (newest first, why each was made), back up now, restore
one (confirmed; the book it replaces is backed up first); and the check at start, which
writes the day's backup, or says the book is damaged and offers the newest sound one."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.error_texts import error_text
from rmdesk.ui.common.context import Context

if TYPE_CHECKING:
    from rmdesk.domain.backups import Backup

log = logging.getLogger(__name__)


def reason_text(reason: str) -> str:
    texts = {
        "daily": QCoreApplication.translate("Backups", "daily"),
        "import": QCoreApplication.translate("Backups", "before an import"),
        "restore": QCoreApplication.translate("Backups", "before a restore"),
        "manual": QCoreApplication.translate("Backups", "made by you"),
        "migration": QCoreApplication.translate("Backups", "before an upgrade"),
    }
    return texts.get(reason, reason)


class BackupsDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups_service = ctx.services.backups
        self.backups: list[Backup] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 460)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Why"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.note = QLabel(
            self.tr(
                "rmdesk backs the book up every day it starts, before every import and "
                "before every upgrade; it keeps the last 7 days and one a week for 4 weeks "
                "more. Backups are readable by you only."
            )
        )
        self.note.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_chosen)
        self.file_button = QPushButton(self.tr("Restore from a &file…"))
        self.file_button.setToolTip(
            self.tr("A backup kept elsewhere: another disk, a USB drive, another computer")
        )
        self.file_button.clicked.connect(lambda: self.restore_file())
        folder = QPushButton(self.tr("Show the folder"))
        folder.clicked.connect(self.show_folder)
        self.copy_label = QLabel()
        self.copy_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Another &drive…"))
        self.copy_button.setToolTip(
            self.tr("Copy each day's backup to another disk or a USB drive as well")
        )
        self.copy_button.clicked.connect(lambda: self.choose_copy_folder())
        self.stop_copy_button = QPushButton(self.tr("&Stop copying"))
        self.stop_copy_button.clicked.connect(lambda: self.set_copy_folder(""))
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.stop_copy_button)
        copy_row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.now_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.file_button)
        row.addWidget(folder)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.copy_label)
        layout.addLayout(copy_row)
        layout.addLayout(row)
        self._update()
        self.refresh()

    def refresh(self) -> None:
        self.ctx.runner.submit(self.backups_service.backups, self._show, self._failed)
        service = self.backups_service

        def copies() -> tuple[str, list[Backup], bool]:
            return service.copy_folder(), service.copies(), service.copy_on_same_disk()

        self.ctx.runner.submit(copies, self._show_copies, self._failed)

    def _show_copies(self, found: tuple[str, list[Backup], bool]) -> None:
        folder, copies, same_disk = found
        self.stop_copy_button.setVisible(bool(folder))
        if not folder:
            text = self.tr(
                "Backups are on this computer's disk only: a failed or stolen laptop takes "
                "them with it. Copy each day's backup to another drive as well."
            )
        elif copies:
            text = self.tr("Each day's backup is copied to {0} too; the newest there: {1}.").format(
                folder, f"{copies[0].when:%Y-%m-%d %H:%M}"
            )
        else:
            text = self.tr("Each day's backup is copied to {0} too; none is there yet.").format(
                folder
            )
        if same_disk:
            text += " " + self.tr(
                "That folder is on this computer's own disk: choose a USB drive or another "
                "disk, or a failed disk takes the copies with it."
            )
        if folder and not self.ctx.services.security.encrypted:
            text += " " + self.tr(
                "The book is not encrypted: whoever has that drive can read the copies."
            )
        self.copy_label.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the label's wrapped height, now that its text is known

    def choose_copy_folder(self, folder: str | None = None) -> None:
        """Another drive for the daily backups (asked for unless given)."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Copy each day's backup to"))
            if not folder:
                return
        self.set_copy_folder(folder)

    def set_copy_folder(self, folder: str) -> None:
        """Keep copying to `folder` ("" : stop); today's backup goes there at once."""
        service = self.backups_service

        def chosen() -> Path | None:
            service.set_copy_folder(folder)
            return service.copy_daily() if folder else None

        def done(copied: Path | None) -> None:
            if copied is not None:
                self.note.setText(self.tr("Copied the day's backup to {0}.").format(copied))
            self.refresh()

        def failed(error: BaseException) -> None:
            self._failed(error)
            self.refresh()  # the folder may be kept though today's copy failed

        self.ctx.runner.submit(chosen, done, failed)

    def _show(self, backups: list[Backup]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            cells = (f"{b.when:%Y-%m-%d %H:%M}", reason_text(b.reason), f"{b.size / 1e6:.1f} MB")
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self._update()

    def _chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self._chosen() is not None)

    def _busy(self, busy: bool) -> None:
        self.now_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self._chosen() is not None)

    def back_up_now(self) -> None:
        self._busy(True)

        def done(path: Path) -> None:
            self._busy(False)
            self.note.setText(self.tr("Backed up to {0}.").format(path))
            self.refresh()

        self.ctx.runner.submit(self.backups_service.back_up, done, self._failed)

    def restore_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            restore_backup(self, self.ctx, chosen, self._restored)

    def restore_file(self, path: str | None = None) -> None:
        """A backup file chosen by the user (unless given), restored as a listed one."""
        import datetime as dt

        from rmdesk.domain.backups import Backup

        if path is None:
            from rmdesk.ui.first_start import ask_backup_file

            path = ask_backup_file(self, self.tr("Restore from a file"))
            if not path:
                return
        try:
            stat = Path(path).stat()
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Backups"), self.tr("{0} cannot be read ({1}).").format(path, exc)
            )
            return
        when = dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0)
        restore_backup(
            self, self.ctx, Backup(Path(path), when, "manual", stat.st_size), self._restored
        )

    def _restored(self) -> None:
        self.note.setText(self.tr("The backup is in place; the book as it was is kept too."))
        self.refresh()

    def show_folder(self) -> None:
        def show(folder: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.ctx.runner.submit(self.backups_service.backup_folder, show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        QMessageBox.warning(self, self.tr("Backups"), error_text(error))


def not_copied_text(error: BaseException) -> str:
    return QCoreApplication.translate(
        "Backups",
        "Today's backup was not copied to the other drive: {0} It is tried again at the "
        "next start, or on File → Backups.",
    ).format(error_text(error))


def restore_backup(parent: QWidget, ctx: Context, backup: Backup, done: object = None) -> None:
    """Ask, then put `backup` in place of the book (on the database worker)."""
    service = ctx.services.backups

    def ask(found: tuple[str | None, int]) -> None:
        _revision, contacts = found
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Backups", "Restore a backup"),
            QCoreApplication.translate(
                "Backups",
                "Replace the book with the backup of {0} ({1} contacts)? Everything entered "
                "since then is replaced; the book as it is now is backed up first, so this "
                "can be undone by restoring that backup.",
            ).format(f"{backup.when:%Y-%m-%d %H:%M}", contacts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            ctx.runner.submit(lambda: service.restore(backup.path), restored, failed)

    def restored(_kept: object) -> None:
        if callable(done):
            done()

    def failed(error: BaseException) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backups", "Restore a backup"), error_text(error)
        )

    ctx.runner.submit(lambda: service.describe(backup.path), ask, failed)


def check_at_start(parent: QWidget, ctx: Context) -> None:
    """The integrity check, then today's backup; a damaged book is said plainly, with the
    newest sound backup offered in its place. Both read the file on their own connection,
    on the network worker: the database worker stays free for the first screens."""
    service = ctx.services.backups
    if not service.available:
        return
    worker = ctx.network

    def checked(problem: str) -> None:
        if not problem:
            # The day's backup, then its copy on the other drive (if one is chosen).
            worker.submit(service.daily, lambda _path: copy(), not_written)
            return
        worker.submit(service.newest_sound, lambda b: offer(problem, b), ignore)

    def copy() -> None:
        worker.submit(service.copy_daily, None, not_copied)

    def not_written(error: BaseException) -> None:
        ignore(error)
        copy()  # an earlier day's backup may still need copying

    def not_copied(error: BaseException) -> None:
        log.warning("the day's backup was not copied: %s", error)
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(not_copied_text(error), 30000)

    def ignore(_error: BaseException) -> None:
        """A backup that cannot be written at start is tried again next start; the
        Backups window says what is wrong when the user asks for one."""
        log.warning("the check or backup at start failed: %s", _error)

    def offer(problem: str, backup: Backup | None) -> None:
        title = QCoreApplication.translate("Backups", "The book is damaged")
        text = QCoreApplication.translate(
            "Backups", "The book is damaged: SQLite reports “{0}”. Stop entering data in it."
        ).format(problem)
        if backup is None:
            QMessageBox.critical(
                parent,
                title,
                text
                + " "
                + QCoreApplication.translate("Backups", "There is no sound backup to restore."),
            )
            return
        answer = QMessageBox.question(
            parent,
            title,
            text
            + " "
            + QCoreApplication.translate(
                "Backups",
                "Put the newest sound backup, of {0}, in its place? The damaged book is "
                "kept beside it.",
            ).format(f"{backup.when:%Y-%m-%d %H:%M}"),
        )
        if answer == QMessageBox.StandardButton.Yes:

            def failed(error: BaseException) -> None:
                QMessageBox.warning(parent, title, error_text(error))

            ctx.runner.submit(lambda: service.restore(backup.path), None, failed)

    worker.submit(service.integrity_problem, checked, ignore)
