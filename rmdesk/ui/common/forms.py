"""Form pieces every editing dialog shares: a problem under a field, a choice of a
code, a day to ask for, and asking before unsaved changes are thrown away."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QMessageBox, QWidget

from rmdesk.domain.kinds import Kind
from rmdesk.labels import label, problem_text
from rmdesk.ui.common.qdates import to_date


def ask_in_dialog(parent: QWidget, title: str, text: str, field: QWidget) -> bool:
    """A small dialog: a sentence, one field (a day, a time) and OK / Cancel; True on OK."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    if text:
        form.addRow(QLabel(text))
    form.addRow(field)
    form.addRow(buttons)
    return bool(dialog.exec())


def ask_day(parent: QWidget, title: str, text: str) -> dt.date | None:
    """A day from the user (tomorrow by default), or None if they cancel."""
    edit = QDateEdit(QDate.currentDate().addDays(1))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd ddd")
    return to_date(edit.date()) if ask_in_dialog(parent, title, text, edit) else None


def discard_confirmed(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a form with unsaved changes is thrown away; True to discard."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


class ProblemLabel(QLabel):
    """A red sentence under a field; empty and hidden when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #c0392b;")
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, code: str | None) -> None:
        self.setText(problem_text(code) if code else "")
        self.setVisible(bool(code))


K = TypeVar("K", bound=Kind)


class KindCombo(QComboBox, Generic[K]):
    """A choice of one code of a Kind, or none.

    Items carry the code string: Qt turns str-enum members into plain strings, so the
    member is rebuilt from the code on the way out.
    """

    def __init__(self, kind_type: type[K], none_text: str | None) -> None:
        super().__init__()
        self.kind_type = kind_type
        if none_text is not None:
            self.addItem(none_text, "")
        for kind in kind_type:
            self.addItem(label(kind), kind.value)

    def value(self) -> K | None:
        code = self.currentData()
        return self.kind_type(code) if code else None

    def set_value(self, kind: K | None) -> None:
        self.setCurrentIndex(max(self.findData(kind.value if kind is not None else ""), 0))
