"""Duplicates: the pairs of contacts that look like one person (same phone, ID number,
or name at the same company), each shown side by side field by field. The user picks,
per field, whose value to keep, which one stays (Swap), and merges: the phones,
addresses, dossier entries and history of both end up on the one kept, the other goes
to the trash. Undo (Ctrl+Z) puts both back as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.error_texts import error_text
from rmdesk.services.events import ContactsChanged
from rmdesk.ui.common.context import Context

if TYPE_CHECKING:
    from rmdesk.domain.contact import Contact
    from rmdesk.exchange.merge import MergeUndo, Pair

FIELDS = ("name", "company", "title", "birthday", "notes", "nickname", "occupation",
          "hobbies", "stage")  # fmt: skip


class DuplicatesWindow(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.exchange = ctx.services.exchange
        self.pairs: list[tuple[Pair, Contact, Contact]] = []
        self.swapped = False
        self.undo_record: MergeUndo | None = None
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(1100, 620)

        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._show_pair())
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Kept contact"),
                self.tr("The other"),
                self.tr("Take the other's"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.checks: dict[str, QCheckBox] = {}
        self.note = QLabel(
            self.tr(
                "Both contacts' phones, addresses, dossier entries, visits, calls, follow-ups, "
                "gifts, products and referrals stay with the kept contact; the other goes to "
                "the trash. Undo puts both back."
            )
        )
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.swap_button = QPushButton(self.tr("Swap which one is kept"))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Undo the merge"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.table, 1)
        col.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.swap_button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        row.addWidget(self.merge_button)
        col.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([320, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._update_buttons()
        ctx.changes.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))
        self.ctx.runner.submit(self.exchange.duplicates, self._show, self._failed)

    def _on_change(self, event: object) -> None:
        if isinstance(event, ContactsChanged) and self.isVisible():
            self.refresh()

    def how_text(self, how: str) -> str:
        return {
            "phone": self.tr("same phone"),
            "id_number": self.tr("same ID number"),
            "name_company": self.tr("same name and company"),
        }.get(how, how)

    def _show(self, pairs: list[tuple[Pair, Contact, Contact]]) -> None:
        chosen = self.list.currentRow()
        self.pairs = pairs
        self.list.clear()
        for pair, a, b in pairs:
            self.list.addItem(
                QListWidgetItem(f"{a.name} / {b.name} ({self.how_text(pair.matched_on)})")
            )
        self.status.setText(self.tr("%n pair(s) that look like one person.", "", len(pairs)))
        if pairs:
            self.list.setCurrentRow(min(max(chosen, 0), len(pairs) - 1))
        else:
            self.table.setRowCount(0)
        self._update_buttons()

    def _sides(self) -> tuple[Contact, Contact] | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.pairs):
            return None
        _pair, a, b = self.pairs[row]
        return (b, a) if self.swapped else (a, b)

    def _show_pair(self) -> None:
        self.swapped = False
        self._fill()

    def _fill(self) -> None:
        sides = self._sides()
        self.table.setRowCount(0)
        self.checks = {}
        if sides is None:
            return
        keep, other = sides
        lines = [(f, getattr(keep, f), getattr(other, f)) for f in FIELDS]
        lines.append(("phones", " / ".join(p.number for p in keep.phones),
                      " / ".join(p.number for p in other.phones)))  # fmt: skip
        lines.append(("addresses", " / ".join(a.text for a in keep.addresses),
                      " / ".join(a.text for a in other.addresses)))  # fmt: skip
        self.table.setRowCount(len(lines))
        for n, (field, mine, theirs) in enumerate(lines):
            shown = [self.field_label(field), _text(mine), _text(theirs)]
            for col, text in enumerate(shown):
                self.table.setItem(n, col, QTableWidgetItem(text))
            if field in ("phones", "addresses"):
                self.table.setItem(n, 3, QTableWidgetItem(self.tr("both kept")))
            elif _text(theirs) and _text(mine) != _text(theirs):
                box = QCheckBox()
                box.setChecked(not _text(mine))
                self.checks[field] = box
                self.table.setCellWidget(n, 3, box)
        self._update_buttons()

    def field_label(self, field: str) -> str:
        return {
            "name": self.tr("Name"), "company": self.tr("Company"), "title": self.tr("Position"),
            "birthday": self.tr("Birthday"), "notes": self.tr("Notes"),
            "nickname": self.tr("Nickname"), "occupation": self.tr("Occupation"),
            "hobbies": self.tr("Hobbies"), "stage": self.tr("Stage"),
            "phones": self.tr("Phones"), "addresses": self.tr("Addresses"),
        }.get(field, field)  # fmt: skip

    def _update_buttons(self) -> None:
        has = self._sides() is not None
        self.merge_button.setEnabled(has)
        self.swap_button.setEnabled(has)

    def swap(self) -> None:
        self.swapped = not self.swapped
        self._fill()

    def merge(self) -> None:
        sides = self._sides()
        if sides is None:
            return
        keep, other = sides
        assert keep.id is not None and other.id is not None
        take = {f for f, box in self.checks.items() if box.isChecked()}
        keep_id, other_id = keep.id, other.id
        exchange = self.exchange

        def done(record: MergeUndo) -> None:
            self.undo_record = record
            self.undo_button.setEnabled(True)
            self.status.setText(
                self.tr("Merged into {0}; {1} is in the trash. Ctrl+Z undoes it.").format(
                    keep.name, other.name
                )
            )
            self.refresh()

        self.ctx.runner.submit(lambda: exchange.merge(keep_id, other_id, take), done, self._failed)

    def undo(self) -> None:
        record = self.undo_record
        if record is None:
            return
        self.undo_record = None
        self.undo_button.setEnabled(False)

        def done(_none: object) -> None:
            self.status.setText(self.tr("The merge was undone: both contacts are as they were."))
            self.refresh()

        self.ctx.runner.submit(lambda: self.exchange.undo_merge(record), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Duplicates"), error_text(error))


def _text(value: object) -> str:
    from rmdesk.domain.contact import Birthday
    from rmdesk.domain.kinds import CalendarKind, Kind
    from rmdesk.domain.lunar import lunar_text
    from rmdesk.labels import label

    if value is None:
        return ""
    if isinstance(value, Kind):
        return label(value)
    if isinstance(value, Birthday):
        if value.calendar is CalendarKind.LUNAR:
            return lunar_text(value.month, value.day, value.leap, value.year)
        return (
            f"{value.year}-{value.month:02d}-{value.day:02d}"
            if value.year
            else (f"{value.month:02d}-{value.day:02d}")
        )
    return str(value)
