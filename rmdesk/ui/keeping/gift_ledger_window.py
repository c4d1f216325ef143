"""The gift ledger (DOMAIN.md step 3): every gift given to a client in a year — those
logged at visits and those recorded here — with its total, the limits a new gift is
checked against (over one, rmdesk asks before recording it: expensive gifts are
bribery), and the year exported as xlsx or CSV for a compliance review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.keeping import GiftEntry, GiftOverLimit
from rmdesk.error_texts import error_text
from rmdesk.labels import gift_limit_text
from rmdesk.services.events import KeepingChanged
from rmdesk.ui.common.contact_picker import ContactPicker
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import ProblemLabel
from rmdesk.ui.common.qdates import to_date

if TYPE_CHECKING:
    from rmdesk.keeping.today import KeepingSettings

DAY, CLIENT, ITEM, VALUE, OCCASION, AT_VISIT = range(6)


class _Sorted(QTableWidgetItem):
    """A cell that sorts by its key, not its text: a value in yuan by its amount, a
    client by the pinyin of their name (张 with the Zs, not after every 王)."""

    def __init__(self, text: str, key: float | str) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Sorted) and type(self.key) is type(other.key):
            return self.key < other.key  # type: ignore[operator]
        return super().__lt__(other)


class GiftLedgerWindow(QWidget):
    def __init__(
        self, ctx: Context, client: tuple[int, str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.keeping = ctx.services.keeping
        self.runner = ctx.runner
        self.gifts: list[GiftEntry] = []
        self.setWindowTitle(self.tr("Gift ledger"))
        self.resize(900, 620)

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.total = QLabel()
        self.per_gift = QDoubleSpinBox()
        self.per_year = QDoubleSpinBox()
        for box in (self.per_gift, self.per_year):
            box.setRange(0, 1_000_000)
            box.setDecimals(0)
            box.setSuffix(self.tr(" yuan"))
            box.editingFinished.connect(self._save_limits)
        self.only = QLineEdit()
        self.only.setPlaceholderText(self.tr("Show only a client, gift or occasion"))
        self.only.setClearButtonEnabled(True)
        self.only.textChanged.connect(lambda _t: self._show(self.gifts))
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.total, 1)
        top.addWidget(QLabel(self.tr("Limits: a gift")))
        top.addWidget(self.per_gift)
        top.addWidget(QLabel(self.tr("a client a year")))
        top.addWidget(self.per_year)
        top.addWidget(export)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Client"),
                self.tr("Gift"),
                self.tr("Value (yuan)"),
                self.tr("Occasion"),
                self.tr("At a visit"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)  # by client or occasion: click the heading
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.activated.connect(self.delete_selected)

        self.client = ContactPicker(ctx, placeholder=self.tr("Type a name to choose the client"))
        if client is not None:
            self.client.choose(*client)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("e.g. 中秋月饼"))
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 1_000_000)
        self.value.setDecimals(2)
        self.value.setSuffix(self.tr(" yuan"))
        self.occasion = QLineEdit()
        self.occasion.setPlaceholderText(self.tr("e.g. 中秋, birthday"))
        self.problems = {name: ProblemLabel() for name in ("client", "item", "value", "occasion")}
        self.record_button = QPushButton(self.tr("Record the gift"))
        self.record_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.record_button.clicked.connect(lambda: self.record())
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow("", self.problems["client"])
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Gift"), self.item)
        form.addRow("", self.problems["item"])
        form.addRow(self.tr("Value"), self.value)
        form.addRow("", self.problems["value"])
        form.addRow(self.tr("Occasion"), self.occasion)
        form.addRow("", self.problems["occasion"])
        form.addRow("", self.record_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.only)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Delete removes the selected gift (after asking).")))
        layout.addLayout(form)
        ctx.changes.changed.connect(self._on_change)
        self.runner.submit(self.keeping.settings, self._show_limits)
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        year, keeping = self.year.value(), self.keeping
        self.runner.submit(
            lambda: keeping.gift_ledger(dt.date(year, 1, 1), dt.date(year, 12, 31)), self._show
        )

    def _on_change(self, event: object) -> None:
        if isinstance(event, KeepingChanged):
            self.refresh()

    def _show(self, gifts: list[GiftEntry]) -> None:
        """The year's gifts, or those whose client, gift or occasion holds the words typed;
        the total is of what is shown."""
        self.gifts = gifts
        words = self.only.text().strip()
        shown = [
            n
            for n, g in enumerate(gifts)
            if not words or words in f"{g.client} {g.item} {g.occasion}"
        ]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, n in enumerate(shown):
            g = gifts[n]
            cells = (
                g.day.isoformat(),
                g.client,
                g.item,
                f"{g.value_yuan:,.2f}",
                g.occasion,
                self.tr("yes") if g.visit_id else "",
            )
            for column, text in enumerate(cells):
                if column == VALUE:
                    cell: QTableWidgetItem = _Sorted(text, g.value_yuan)
                elif column == CLIENT:
                    cell = _Sorted(text, g.client_key or g.client)
                else:
                    cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, n)  # the gift, whatever the order
                if column == VALUE:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        total = sum(gifts[n].value_yuan for n in shown)
        self.total.setText(
            self.tr("%n gift(s), {0:,.2f} yuan in all", "", len(shown)).format(total)
        )

    def _show_limits(self, settings: KeepingSettings) -> None:
        self.per_gift.setValue(settings.gift_limit_yuan)
        self.per_year.setValue(settings.gift_year_limit_yuan)

    def _save_limits(self) -> None:
        from dataclasses import replace

        keeping, per_gift, per_year = self.keeping, self.per_gift.value(), self.per_year.value()

        def save() -> None:
            settings = keeping.settings()
            keeping.save_settings(
                replace(settings, gift_limit_yuan=per_gift, gift_year_limit_yuan=per_year)
            )

        self.runner.submit(save, lambda _none: None, self._failed)

    # -- writing -----------------------------------------------------------------------

    def draft(self) -> GiftEntry | None:
        """The gift as typed, or None (said beside the field) when no client is chosen."""
        if self.client.chosen_id is None:
            self.problems["client"].setText(self.tr("Choose a client from the list."))
            self.problems["client"].show()
            return None
        self.problems["client"].hide()
        return GiftEntry(
            self.client.chosen_id,
            to_date(self.day.date()),
            self.item.text(),
            self.value.value(),
            self.occasion.text(),
        )

    def record(self, confirmed: bool = False) -> None:
        gift = self.draft()
        if gift is None:
            return
        keeping = self.keeping
        self.runner.submit(
            lambda: keeping.record_gift(gift, confirmed),
            lambda _id: self._recorded(),
            self._record_failed,
        )

    def _record_failed(self, error: BaseException) -> None:
        if isinstance(error, GiftOverLimit):
            answer = QMessageBox.question(
                self,
                self.tr("Over the gift limits"),
                gift_limit_text(error) + "\n\n" + self.tr("Record it all the same?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.record(confirmed=True)
            return
        if isinstance(error, InvalidActivity):
            for name, shown in self.problems.items():
                if name != "client":
                    shown.show_problem(error.errors.get(name))
            return
        self._failed(error)

    def _recorded(self) -> None:
        for name in ("item", "value", "occasion"):
            self.problems[name].show_problem(None)
        self.item.clear()
        self.value.setValue(0)
        self.occasion.clear()

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if len(rows) != 1:
            return
        cell = self.table.item(rows[0], 0)
        if cell is None:
            return
        gift = self.gifts[int(cell.data(Qt.ItemDataRole.UserRole))]
        answer = QMessageBox.question(
            self,
            self.tr("Delete a gift"),
            self.tr("Remove {0} ({1}, {2:,.2f} yuan) from the ledger?").format(
                gift.item, gift.client, gift.value_yuan
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and gift.id is not None:
            keeping, gift_id = self.keeping, gift.id
            self.runner.submit(lambda: keeping.delete_gift(gift_id), lambda _n: None, self._failed)

    def export(self, path: str | None = None) -> None:
        """The year's ledger as .xlsx or .csv (by the name chosen)."""
        year = self.year.value()
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the gift ledger"),
                f"gift-ledger-{year}.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
            if not path:
                return
        keeping, target = self.keeping, Path(path)
        self.runner.submit(
            lambda: keeping.export_gifts(target, dt.date(year, 1, 1), dt.date(year, 12, 31)),
            lambda n: self._exported(n, str(target)),
            self._failed,
        )

    def _exported(self, count: int, path: str) -> None:
        self.exported = path
        QMessageBox.information(
            self,
            self.tr("Gift ledger"),
            self.tr("%n gift(s) written to {0}.", "", count).format(path),
        )

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Gift ledger"), error_text(error))
