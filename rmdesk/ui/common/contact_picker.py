"""A field to choose a contact by typing part of a name: the book's search runs on the
worker as the user types and offers "name · company"; a choice sets `chosen_id`."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from rmdesk.ui.common.context import Context


class ContactPicker(QLineEdit):
    changed = Signal()  # typed into, or a contact chosen

    def __init__(
        self,
        ctx: Context,
        name: str = "",
        placeholder: str = "",
        exclude_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self._ctx = ctx
        self._exclude_id = exclude_id
        self.chosen_id: int | None = None
        self._choices: dict[str, int] = {}
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._choose)
        self.setCompleter(completer)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(150)
        self._lookup.timeout.connect(self._look_up)
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.chosen_id = None  # typing invalidates the previous choice
        if text.strip():
            self._lookup.start()
        self.changed.emit()

    def _look_up(self) -> None:
        text, contacts = self.text().strip(), self._ctx.services.contacts
        self._ctx.runner.submit(lambda: contacts.find_by_name(text), self._offer)

    def _offer(self, found: list[tuple[int, str, str]]) -> None:
        self._choices = {
            (f"{name} · {company}" if company else name): cid
            for cid, name, company in found
            if cid != self._exclude_id
        }
        self._completions.setStringList(list(self._choices))
        completer = self.completer()
        if self.hasFocus() and completer is not None:
            completer.complete()

    def _choose(self, text: str) -> None:
        self.chosen_id = self._choices.get(text)
        self.setText(text.split(" · ")[0])
        self.changed.emit()

    def choose(self, contact_id: int, name: str) -> None:
        """Set the contact directly (a caller that knows it; tests)."""
        self.chosen_id = contact_id
        self.setText(name)
        self.changed.emit()
