"""The contact table: an id list in book order, rows fetched a page at a time off-thread.

A 100,000-contact book never sits in memory: the model keeps the ids (ints) and a
bounded cache of rows. A new filter first asks for one screenful (the book is stored in
book order, so that is quick even for a broad search), shows it, then fetches the rest
of the ids and appends them.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from rmdesk.domain.contact import SORT_COLUMNS, BookFilter, ContactRow
from rmdesk.domain.phones import display_phone
from rmdesk.labels import label
from rmdesk.services.contacts import ContactService
from rmdesk.ui.common.tasks import TaskRunner

PAGE = 100
FIRST_SCREEN = 200
FIRST_ROWS = 50  # the rows read with a new filter's ids: more than a screen shows
REST_AFTER_MS = 40  # the pause between the first screen and asking for the rest
CACHE_ROWS = 3000

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    """Rows of contacts for a BookFilter. `loaded` fires when a filter's ids are all in."""

    NAME, COMPANY, TITLE, PHONE, DISTRICT, TIES, STAGE, SCORE, DOSSIER, LAST, NEXT = range(11)
    COLUMNS = 11
    first_screen = Signal()  # the first rows of a new filter are shown
    loaded = Signal(int)  # every id of the filter is known; the count

    def __init__(self, book: ContactService, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._book = book
        self._runner = runner
        self._ids: list[int] = []
        self._rows: OrderedDict[int, ContactRow] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # each cached row's column texts
        self._pages_asked: set[int] = set()  # pages being fetched now
        self._filter = BookFilter()
        self._generation = 0
        self._in_flight = False
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_AFTER_MS)
        self._rest_timer.timeout.connect(self._ask_rest)
        self._wanted: BookFilter | None = None
        self._complete = False

    # -- filter ------------------------------------------------------------------------

    @property
    def book_filter(self) -> BookFilter:
        return self._filter

    @property
    def complete(self) -> bool:
        return self._complete

    def set_filter(self, book_filter: BookFilter) -> None:
        """Show another group or search. Keystrokes typed while a query runs collapse
        into the last one."""
        self._wanted = book_filter
        if self._rest_timer.isActive():  # nothing runs: the rest of the old ids is moot
            self._rest_timer.stop()
            self._in_flight = False
        if not self._in_flight:
            self._start_next()

    def refresh(self) -> None:
        """Reload after a change (save, delete, restore)."""
        self.set_filter(self._wanted or self._filter)

    def _start_next(self) -> None:
        book_filter = self._wanted
        if book_filter is None:
            return
        self._wanted = None
        self._in_flight = True
        self._generation += 1
        generation = self._generation
        book = self._book

        def first_screen() -> tuple[list[int], dict[int, ContactRow]]:
            ids = book.list_ids(book_filter, limit=FIRST_SCREEN + 1)
            return ids, book.rows(ids[:FIRST_ROWS])

        self._runner.submit(
            first_screen,
            lambda result: self._on_first_screen(generation, book_filter, *result),
            self._on_error,
        )

    def _on_error(self, error: BaseException) -> None:
        self._in_flight = False
        self._runner.failed.emit(error)
        self._start_next()

    def _on_first_screen(
        self, generation: int, book_filter: BookFilter, ids: list[int], rows: dict[int, ContactRow]
    ) -> None:
        self.beginResetModel()
        self._filter = book_filter
        self._ids = ids[:FIRST_SCREEN] if len(ids) > FIRST_SCREEN else ids
        self._rows.clear()
        self._texts.clear()
        self._pages_asked = set()
        self._remember(rows)
        self._complete = len(ids) <= FIRST_SCREEN
        self.endResetModel()
        self.first_screen.emit()
        if self._complete or self._wanted is not None:
            self._in_flight = False
            if self._complete:
                self.loaded.emit(len(self._ids))
            self._start_next()
            return
        # The rest of the ids are asked once the first rows are painted: fetching
        # 100,000 ids holds the GIL the painting needs, and the next keystroke (often
        # within this pause) makes them unnecessary.
        self._rest_timer.start()

    def _ask_rest(self) -> None:
        generation, book_filter = self._generation, self._filter
        book = self._book
        self._runner.submit(
            lambda: book.list_ids(book_filter),
            lambda all_ids: self._on_all_ids(generation, all_ids),
            self._on_error,
        )

    def _on_all_ids(self, generation: int, all_ids: list[int]) -> None:
        self._in_flight = False
        if generation == self._generation and self._wanted is None:
            shown = len(self._ids)
            if all_ids[:shown] == self._ids and len(all_ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(all_ids) - 1)
                self._ids = all_ids
                self.endInsertRows()
            elif all_ids[:shown] != self._ids:
                self.beginResetModel()  # the book changed in between
                self._ids = all_ids
                self._rows.clear()
                self._texts.clear()
                self._pages_asked.clear()
                self.endResetModel()
            self._complete = True
            self.loaded.emit(len(self._ids))
        self._start_next()

    # -- rows --------------------------------------------------------------------------

    def _remember(self, rows: dict[int, ContactRow]) -> None:
        for cid, row in rows.items():
            self._rows[cid] = row
            self._rows.move_to_end(cid)
            self._texts.pop(cid, None)
        while len(self._rows) > CACHE_ROWS:
            gone, _row = self._rows.popitem(last=False)  # fetched again if scrolled back to
            self._texts.pop(gone, None)

    def _ask_page(self, page: int) -> None:
        if page in self._pages_asked:
            return
        self._pages_asked.add(page)
        ids = self._ids[page * PAGE : (page + 1) * PAGE]
        generation = self._generation
        book = self._book
        self._runner.submit(
            lambda: book.rows(ids),
            lambda rows: self._on_page(generation, page, rows),
            lambda error: self._runner.failed.emit(error),
        )

    def _on_page(self, generation: int, page: int, rows: dict[int, ContactRow]) -> None:
        if generation != self._generation:
            return
        self._pages_asked.discard(page)
        self._remember(rows)
        first = page * PAGE
        last = min(len(self._ids), first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def all_ids(self) -> list[int]:
        """The ids the table lists now, in order (a copy)."""
        return list(self._ids)

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> ContactRow | None:
        cid = self.contact_id(row)
        return self._rows.get(cid) if cid is not None else None

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Title"),
            self.tr("Phone"),
            self.tr("District"),
            self.tr("Ties"),
            self.tr("Stage"),
            self.tr("Qualified"),
            self.tr("Dossier"),
            self.tr("Last visit"),
            self.tr("Next visit"),
        ][section]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by any column, in SQL over the whole filter (not just the rows loaded)."""
        self.set_filter(
            dataclasses.replace(
                self._wanted or self._filter,
                sort=SORT_COLUMNS[column],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
        )

    def data(self, index: Index, role: int = 0) -> Any:
        # Called for every role of every cell painted: the common answers come first
        # and cost a lookup (the texts of a row are made once, when it arrives).
        if role not in _ROLES or not index.isValid():
            return None
        cid = self._ids[index.row()]
        texts = self._texts.get(cid)
        if texts is None and cid in self._rows:
            texts = self._texts[cid] = self._display(self._rows[cid])  # once per row
        if texts is None:
            if role == DISPLAY:
                self._ask_page(index.row() // PAGE)
                return "…" if index.column() == self.NAME else ""
            return None
        if role == DISPLAY:
            return texts[index.column()]
        if role == USER:
            return cid
        row = self._rows[cid]
        if not row.key_client or index.column() != self.NAME:
            return None
        if role == FONT:
            font = QFont()
            font.setBold(True)
            return font
        return self.tr("Key client")  # the tooltip

    def _display(self, row: ContactRow) -> tuple[str, ...]:
        """The text of each column of a row."""
        extension = self.tr("ext. ")
        return (
            (f"★ {row.name}" if row.key_client else row.name)
            + (f" ({row.nickname})" if row.nickname else ""),
            row.company,
            row.title,
            display_phone(row.phone, extension) if row.phone else "",
            row.district,
            " ".join(label(t) for t in row.ties),
            label(row.stage) if row.stage else "",
            f"{row.qualification_score}/5",
            f"{row.dossier}%",
            row.last_visit.isoformat() if row.last_visit else "",
            row.next_visit.isoformat() if row.next_visit else "",
        )


DISPLAY = Qt.ItemDataRole.DisplayRole
USER = Qt.ItemDataRole.UserRole
FONT = Qt.ItemDataRole.FontRole
_ROLES = frozenset((DISPLAY, USER, FONT, Qt.ItemDataRole.ToolTipRole))


def contact_table(model: ContactTableModel) -> QTableView:
    """The table of a book's contacts: sorted by a click on any column (in SQL, over the
    whole filter), columns chosen from the header's context menu."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    # Widths that fit a 1366-pixel laptop beside the tree and the detail pane.
    for column, width in enumerate((100, 150, 90, 115, 65, 90, 75, 55, 55, 80, 80)):
        view.setColumnWidth(column, width)
    m = ContactTableModel
    for column in (m.TITLE, m.TIES, m.SCORE, m.DOSSIER):
        # Shown from the header's menu; the tree and the detail pane show ties already.
        view.setColumnHidden(column, True)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(False)  # book order (or search rank) until a click

    def sort_by(column: int) -> None:
        chosen = model.book_filter
        same = chosen.sort == SORT_COLUMNS[column]
        order = (
            Qt.SortOrder.DescendingOrder
            if same and not chosen.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        model.sort(column, order)

    header.sectionClicked.connect(sort_by)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def choose_columns(point: QPoint) -> None:
        menu = QMenu(view)
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal, 0)))
            action.setCheckable(True)
            action.setChecked(not view.isColumnHidden(column))
            action.setEnabled(column != ContactTableModel.NAME)
            action.toggled.connect(lambda on, c=column: view.setColumnHidden(c, not on))
        menu.exec(header.mapToGlobal(point))

    header.customContextMenuRequested.connect(choose_columns)
    return view
