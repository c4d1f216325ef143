"""Who is near: the contacts within a radius of one contact, nearest first."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.contact import NearbyContact
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import to_date

DEFAULT_RADIUS_KM = 2.0


class NearbyDialog(QDialog):
    """Lists who is within reach of a contact; double-click opens one in the book."""

    open_contact = Signal(int)
    # Contact ids, the day (datetime.date), and each contact's address measured to.
    plan_visits = Signal(list, object, object)
    shown = Signal()  # a result (or a problem) is on screen

    def __init__(
        self,
        ctx: Context,
        contact_id: int,
        name: str,
        parent: QWidget | None = None,
        point: tuple[float, float] | None = None,
    ) -> None:
        """Who is near a contact, or near `point` (an appointment's place) if given."""
        super().__init__(parent)
        self.found: list[NearbyContact] = []
        self._book = ctx.services.contacts
        self._runner = ctx.runner
        self._contact_id = contact_id
        self._point = point
        self._request = 0
        self.setWindowTitle(self.tr("Who is near {0}").format(name))
        self.resize(640, 480)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0.1, 50.0)
        self.radius.setSingleStep(0.5)
        self.radius.setDecimals(1)
        self.radius.setSuffix(self.tr(" km"))
        self.radius.setValue(DEFAULT_RADIUS_KM)
        self.radius.valueChanged.connect(lambda _v: self.refresh())
        self.summary = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Distance"),
                self.tr("Name"),
                self.tr("Company"),
                self.tr("District"),
                self.tr("Stage"),
                self.tr("Last visited"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.day = QDateEdit(QDate.currentDate().addDays(1))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.plan_button = buttons.addButton(
            self.tr("Plan visits on"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.plan_button.setToolTip(
            self.tr("Add the selected contacts to that day as flexible visits")
        )
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(self._plan)
        form = QFormLayout()
        form.addRow(self.tr("Within"), self.radius)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.day)
        bottom.addWidget(buttons, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        radius = self.radius.value()
        contact_id = self._contact_id
        book = self._book
        point = self._point
        self.summary.setText(self.tr("Looking…"))
        self._runner.submit(
            lambda: (
                book.near(contact_id, radius)
                if point is None
                else book.near_point(point[0], point[1], radius, exclude=contact_id)
            ),
            lambda found: self._show(request, radius, found),
            lambda error: self._failed(request, error),
        )

    def _show(self, request: int, radius: float, found: list[NearbyContact]) -> None:
        if request != self._request:
            return
        self.found = found
        self.summary.setText(
            self.tr("%n contact(s) within {0} km, nearest first.", "", len(found)).format(
                f"{radius:g}"
            )
        )
        self.table.setRowCount(len(found))
        for row, near in enumerate(found):
            cells = [
                self.tr("{0:.2f} km").format(near.distance_km),
                near.name,
                near.company,
                near.district,
                label(near.stage) if near.stage else "",
                near.last_visited.isoformat() if near.last_visited else self.tr("never"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, near.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.shown.emit()

    def _failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        self.table.setRowCount(0)
        self.summary.setText(error_text(error))
        self.shown.emit()

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _selection_changed(self) -> None:
        self.plan_button.setEnabled(bool(self.chosen_ids()))

    def _plan(self) -> None:
        d = self.day.date()
        kinds = {n.id: n.address_kind for n in self.found if n.id in self.chosen_ids()}
        self.plan_visits.emit(self.chosen_ids(), to_date(d), kinds)

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_contact.emit(int(item.data(Qt.ItemDataRole.UserRole)))
