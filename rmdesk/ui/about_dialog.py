"""About rmdesk: the version, where the book is, and the third-party components it runs
on with their licences."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.about import components, version


class AboutDialog(QDialog):
    def __init__(self, book: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About rmdesk"))
        self.resize(640, 520)
        head = QLabel(
            self.tr("<b>rmdesk {0}</b><br>The relationship manager's desk.<br>Book: {1}").format(
                version(), book
            )
        )
        head.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        found = components()
        self.table.setRowCount(len(found))
        for row, cells in enumerate(found):
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        note = QLabel(
            self.tr(
                "Qt and PySide6 are used under the LGPL version 3; their source is at "
                "download.qt.io. Each component's licence text comes with its package."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("Third-party components:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
