"""The book on the left: all contacts, the five shared ties, the five bonds, no tie yet,
and the districts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from rmdesk.domain.contact import BookFilter, TieCounts
from rmdesk.domain.kinds import TieFamily, TieKind
from rmdesk.labels import label

ROLE = Qt.ItemDataRole.UserRole


class BookTree(QTreeWidget):
    """Groups with live counts; choosing one emits the BookFilter it stands for."""

    group_chosen = Signal(object)  # BookFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self._all = QTreeWidgetItem(self, [self.tr("All contacts"), ""])
        self._all.setData(0, ROLE, BookFilter())
        self._ties: dict[TieKind, QTreeWidgetItem] = {}
        self._families: dict[TieFamily, QTreeWidgetItem] = {}
        for family in TieFamily:
            parent_item = QTreeWidgetItem(self, [label(family), ""])
            parent_item.setFlags(parent_item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self._families[family] = parent_item
            for kind in TieKind.of_family(family):
                item = QTreeWidgetItem(parent_item, [label(kind), ""])
                item.setData(0, ROLE, BookFilter(tie=kind))
                self._ties[kind] = item
            parent_item.setExpanded(True)
        self._no_tie = QTreeWidgetItem(self, [self.tr("No tie yet"), ""])
        self._no_tie.setData(0, ROLE, BookFilter(no_tie=True))
        self._key_gaps = QTreeWidgetItem(self, [self.tr("Key clients, least known first"), ""])
        self._key_gaps.setData(0, ROLE, BookFilter(key_gaps=True))
        self._key_gaps.setToolTip(
            0, self.tr("Key clients sorted by how complete their dossier is, emptiest first")
        )
        # Districts, to give each area its day ("Tuesday is 椒江区"); filled from the counts.
        self._districts_root = QTreeWidgetItem(self, [self.tr("Districts"), ""])
        self._districts_root.setFlags(self._districts_root.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self._districts: dict[str, QTreeWidgetItem] = {}
        for item in self._count_items():
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self.setCurrentItem(self._all)
        self.currentItemChanged.connect(self._on_current)

    def _count_items(self) -> list[QTreeWidgetItem]:
        return [self._all, *self._ties.values(), self._no_tie, self._key_gaps]

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(0, ROLE) is not None:
            self.group_chosen.emit(current.data(0, ROLE))

    def current_filter(self) -> BookFilter:
        item = self.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data if isinstance(data, BookFilter) else BookFilter()

    def show_counts(self, counts: TieCounts) -> None:
        self._all.setText(1, str(counts.total))
        for kind, item in self._ties.items():
            item.setText(1, str(counts.by_tie.get(kind, 0)))
        self._no_tie.setText(1, str(counts.no_tie))
        self._key_gaps.setText(1, str(counts.key_clients))
        self._show_districts(counts.by_district)

    def _show_districts(self, by_district: tuple[tuple[str, int], ...]) -> None:
        current = self.current_filter()
        wanted = [name for name, _ in by_district]
        if list(self._districts) != wanted:
            self.blockSignals(True)  # rebuilding must not change the table's filter
            self._districts_root.takeChildren()
            self._districts = {}
            for name in wanted:
                item = QTreeWidgetItem(self._districts_root, [name, ""])
                item.setData(0, ROLE, BookFilter(district=name))
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                self._districts[name] = item
            self._districts_root.setExpanded(True)
            self.select_group(current)
            self.blockSignals(False)
        for name, count in by_district:
            self._districts[name].setText(1, str(count))

    def count_of(self, book_filter: BookFilter) -> str:
        """The count the tree shows for a group."""
        if book_filter.tie is not None:
            return self._ties[book_filter.tie].text(1)
        if book_filter.district:
            item = self._districts.get(book_filter.district)
            return item.text(1) if item is not None else "0"
        if book_filter.key_gaps:
            return self._key_gaps.text(1)
        return (self._no_tie if book_filter.no_tie else self._all).text(1)

    def select_group(self, book_filter: BookFilter) -> None:
        if book_filter.tie is not None:
            self.setCurrentItem(self._ties[book_filter.tie])
        elif book_filter.district and book_filter.district in self._districts:
            self.setCurrentItem(self._districts[book_filter.district])
        elif book_filter.no_tie:
            self.setCurrentItem(self._no_tie)
        elif book_filter.key_gaps:
            self.setCurrentItem(self._key_gaps)
        else:
            self.setCurrentItem(self._all)
