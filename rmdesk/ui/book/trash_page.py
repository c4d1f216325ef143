"""The trash: contacts moved there, restored or deleted for good (after asking)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from rmdesk.domain.contact import BookFilter
from rmdesk.services.events import Change, ContactsChanged
from rmdesk.ui.book.book_page import selected_ids
from rmdesk.ui.book.contact_table import ContactTableModel, contact_table
from rmdesk.ui.common.context import Context


class TrashPage(QWidget):
    """`selection_changed()` when what can be done changes; `message(text, ms)` for the
    status bar; `emptied()` once the trash is deleted for good."""

    selection_changed = Signal()
    message = Signal(str, int)
    emptied = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = ctx.services.contacts
        self.runner = ctx.runner
        self.model = ContactTableModel(self.contacts, self.runner, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("Contacts in the trash can be restored until the trash is emptied."))
        self.table = contact_table(self.model)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        bar = QWidget(self)
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("Empty the trash…"))
        self.empty_button.clicked.connect(self.empty_trash)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(bar)
        self.model.loaded.connect(lambda _n: self.selection_changed.emit())
        ctx.changes.changed.connect(self._on_change)

    def load(self) -> None:
        """List the trash (after the book's first screen: the worker does one at a time)."""
        self.model.set_filter(BookFilter(trash=True))

    def _on_change(self, event: Change) -> None:
        if isinstance(event, ContactsChanged):
            self.model.refresh()

    def selected_ids(self) -> list[int]:
        return selected_ids(self.table)

    def update_buttons(self) -> tuple[bool, bool]:
        """(something selected to restore, something to empty), the buttons set so."""
        chosen, has = bool(self.selected_ids()), self.model.rowCount() > 0
        self.restore_button.setEnabled(chosen)
        self.empty_button.setEnabled(has)
        return chosen, has

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def done(count: int) -> None:
            self.message.emit(self.tr("Restored %n contact(s).", "", count), 4000)

        self.runner.submit(lambda: self.contacts.restore(ids), done)

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash"),
            self.tr(
                "Delete %n contact(s) in the trash for good? This cannot be undone.", "", count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(deleted: int) -> None:
            self.emptied.emit()
            self.message.emit(self.tr("Deleted %n contact(s) for good.", "", deleted), 6000)

        self.runner.submit(self.contacts.empty_trash, done)
