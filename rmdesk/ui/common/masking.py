"""Sensitive fields on screen: masked until the user reveals them, masked again soon."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from rmdesk.domain.protection import REVEAL_SECONDS

REVEAL_MS = REVEAL_SECONDS * 1000  # how long a revealed sensitive field stays in the clear


class Masker(QObject):
    """Sensitive fields (ID number, religion, health, income) masked on screen until the
    user reveals them with "Show", and masked again after REVEAL_MS — later while one of
    them has the keyboard, so that typing is never cut short. A line shows dots; any other
    field (a text box, a list to choose from) is hidden under a button that reveals it."""

    def __init__(self, parent: QWidget, lines: list[QLineEdit], boxes: list[QWidget]) -> None:
        super().__init__(parent)
        self.lines, self.boxes = lines, boxes
        self.covers = [QPushButton(self.tr("Sensitive: show")) for _box in boxes]
        self.buttons = [QPushButton(self.tr("Show")) for _line in lines]
        for button in [*self.covers, *self.buttons]:
            button.clicked.connect(self.reveal)
        for button in self.buttons:
            button.setToolTip(self.tr("Show this sensitive field for a short while"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REVEAL_MS)
        self.timer.timeout.connect(self.mask)
        self.mask()

    def beside(self, line: QLineEdit) -> QWidget:
        """The line and its "Show" button, to place in the form together."""
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        row.addWidget(self.buttons[self.lines.index(line)])
        return holder

    def cover_of(self, box: QWidget) -> QWidget:
        """The box and its cover, to place in the form together."""
        holder = QWidget()
        col = QVBoxLayout(holder)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.covers[self.boxes.index(box)])
        col.addWidget(box)
        return holder

    @property
    def revealed(self) -> bool:
        return self.timer.isActive()

    def reveal(self) -> None:
        for line in self.lines:
            line.setEchoMode(QLineEdit.EchoMode.Normal)
        for box, cover in zip(self.boxes, self.covers, strict=True):
            box.show()
            cover.hide()
        self.timer.start()

    def mask(self) -> None:
        if any(w.hasFocus() for w in [*self.lines, *self.boxes]):
            self.timer.start()  # still being edited: later
            return
        for line in self.lines:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        for box, cover in zip(self.boxes, self.covers, strict=True):
            box.hide()
            cover.show()
