"""Suggest my day: a proposed day around the fixed appointments, each suggested visit
with its reasons. The user removes a suggestion, swaps it for one of the others worth a
visit, or adds one; changes the weights and asks again; and books the day. Until
"Book these visits", nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.keeping import SUGGEST_REASONS
from rmdesk.error_texts import error_text
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import qdate, to_date

if TYPE_CHECKING:
    from rmdesk.keeping.suggest import Candidate, ProposedDay, SuggestInputs, SuggestWeights
    from rmdesk.planning.route import DayRoute

TIME, CLIENT, WHAT, WHY = range(4)
WEIGHTS = SUGGEST_REASONS


class SuggestDayDialog(QDialog):
    booked = Signal(object)  # the day's route, once the suggestions are booked

    def __init__(self, ctx: Context, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keeping = ctx.services.keeping
        self.proposal: ProposedDay | None = None
        self.weights: SuggestWeights | None = None
        self._asked = 0  # the latest request: older answers are dropped
        self._wanted: list[int] | None = None  # the clients the user chose to route
        self.setWindowTitle(self.tr("Suggest my day"))
        self.resize(1100, 620)

        self.day = QDateEdit(qdate(day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.suggest_button = QPushButton(self.tr("Suggest again"))
        self.suggest_button.setShortcut(QKeySequence("Ctrl+R"))
        self.suggest_button.clicked.connect(lambda: self.suggest())
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day)
        top.addWidget(self.suggest_button)
        top.addWidget(self.status, 1)

        self.table = self._table([self.tr("Time"), self.tr("Client"), self.tr("Visit"),
                                  self.tr("Why")])  # fmt: skip
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("Remove the suggestion"))
        self.remove_button.clicked.connect(self.remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove)
        self.swap_button = QPushButton(self.tr("Swap with the other chosen"))
        self.swap_button.setToolTip(
            self.tr("Replace the suggestion chosen on the left with the client chosen on the right")
        )
        self.swap_button.clicked.connect(self.swap)
        self.others = self._table([self.tr("Client"), self.tr("Points"), self.tr("Why")])
        self.others.itemSelectionChanged.connect(self._update_buttons)
        self.others.itemDoubleClicked.connect(lambda _i: self.add())
        self.add_button = QPushButton(self.tr("Add to the day"))
        self.add_button.clicked.connect(self.add)

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(QLabel(self.tr("The proposed day")))
        left_col.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        left_col.addLayout(buttons)
        right = QWidget()
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(QLabel(self.tr("Also worth a visit")))
        right_col.addWidget(self.others, 1)
        right_col.addWidget(self.add_button)
        right_col.addWidget(self._weights_box())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([680, 420])

        self.book_button = QPushButton(self.tr("Book these visits"))
        self.book_button.setDefault(True)
        self.book_button.clicked.connect(self.book)
        close = QPushButton(self.tr("Close without booking"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.book_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.day.dateChanged.connect(lambda _d: self.suggest())
        self._update_buttons()
        self.ctx.runner.submit(self.keeping.suggest_weights, self._start)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        table.setWordWrap(True)
        return table

    def _weights_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Points for each reason"))
        form = QFormLayout(box)
        self.points: dict[str, QSpinBox] = {}
        for reason in WEIGHTS:
            spin = QSpinBox()
            spin.setRange(0, 10)
            self.points[reason] = spin
            form.addRow(self.reason_label(reason), spin)
        self.near_km = QDoubleSpinBox()
        self.near_km.setRange(0.5, 50)
        self.near_km.setSingleStep(0.5)
        self.near_km.setSuffix(" km")
        self.visit_min = QSpinBox()
        self.visit_min.setRange(15, 240)
        self.visit_min.setSingleStep(15)
        self.visit_min.setSuffix(self.tr(" min"))
        self.most = QSpinBox()
        self.most.setRange(1, 12)
        form.addRow(self.tr("Near means within"), self.near_km)
        form.addRow(self.tr("A suggested visit lasts"), self.visit_min)
        form.addRow(self.tr("Suggest at most"), self.most)
        return box

    def reason_label(self, kind: str) -> str:
        return {
            "follow_up": self.tr("Follow-up due"),
            "maturity": self.tr("Product maturing"),
            "key_client_overdue": self.tr("Key client not contacted in time"),
            "complaint_overdue": self.tr("Complaint past its deadline"),
            "late_stage": self.tr("Prospect in a late stage"),
            "near_visit": self.tr("Near one of the day's visits"),
        }.get(kind, kind)

    def why(self, c: Candidate) -> str:
        return "\n".join(
            f"{self.reason_label(r.kind)}: {r.detail}" if r.detail else self.reason_label(r.kind)
            for r in c.reasons
        )

    # -- asking -------------------------------------------------------------------------

    def _start(self, weights: SuggestWeights) -> None:
        self.weights = weights
        for reason, spin in self.points.items():
            spin.setValue(weights.of(reason))
        self.near_km.setValue(weights.near_km)
        self.visit_min.setValue(weights.visit_min)
        self.most.setValue(weights.most)
        self.suggest()

    def chosen_weights(self) -> SuggestWeights:
        assert self.weights is not None
        return dataclasses.replace(
            self.weights,
            **{reason: spin.value() for reason, spin in self.points.items()},
            near_km=self.near_km.value(),
            visit_min=self.visit_min.value(),
            most=self.most.value(),
        )

    def suggest(self, chosen: list[int] | None = None) -> None:
        """Ask for a proposal: the best visits by the weights shown, or (`chosen`) these
        clients. The weights are kept with the book when they changed."""
        if self.weights is None:
            return
        weights = self.chosen_weights()
        if weights != self.weights:
            self.weights = weights
            self.ctx.runner.submit(lambda: self.keeping.save_suggest_weights(weights))
        day = to_date(self.day.date())
        self._wanted = chosen
        self._asked += 1
        asked = self._asked
        keeping = self.keeping
        self.status.setText(self.tr("Looking for the visits most worth making…"))
        self._busy(True)

        def route(inputs: SuggestInputs) -> None:
            if asked == self._asked:
                self.ctx.network.submit(
                    lambda: keeping.propose_day(inputs), lambda p: self._show(asked, p), failed
                )

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                self._busy(False)
                self.status.setText("")
                QMessageBox.warning(self, self.tr("Suggest my day"), error_text(error))

        self.ctx.runner.submit(lambda: keeping.suggest_inputs(day, weights, chosen), route, failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.suggest_button, self.book_button):
            button.setEnabled(not busy)
        if busy:
            for button in (self.remove_button, self.swap_button, self.add_button):
                button.setEnabled(False)

    def _show(self, asked: int, proposal: ProposedDay) -> None:
        if asked != self._asked:
            return
        self._busy(False)
        self.proposal = proposal
        route = proposal.route
        self.table.setRowCount(0)
        lines: list[tuple[dt.datetime, tuple[str, str, str, str], int, bool]] = []
        for stop in route.stops:
            v = stop.visit
            if v.plan_id < 0:
                what, why = self.tr("Suggested"), self.why(proposal.reasons[v.contact_id])
            elif v.fixed:
                what, why = self.tr("Appointment"), ""
            else:
                what, why = self.tr("Already planned"), ""
            span = f"{stop.start:%H:%M}–{stop.depart:%H:%M}"
            lines.append((stop.start, (span, v.name, what, why), v.contact_id, v.plan_id < 0))
        if route.lunch:
            span = f"{route.lunch[0]:%H:%M}–{route.lunch[1]:%H:%M}"
            lines.append((route.lunch[0], (span, "", self.tr("Lunch"), ""), 0, False))
        lines.sort(key=lambda line: line[0])
        for _at, cells, contact_id, suggested in lines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, contact_id)
                if suggested:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.others.setRowCount(0)
        for other in proposal.others[:50]:
            row = self.others.rowCount()
            self.others.insertRow(row)
            for col, text in enumerate((other.name, f"{other.score:g}", self.why(other))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, other.contact_id)
                self.others.setItem(row, col, item)
        for table in (self.table, self.others):
            table.resizeRowsToContents()
        count = len(proposal.suggested())
        text = self._summary(route, count)
        missing = [c for c in self._wanted or [] if c not in proposal.reasons]
        if missing:
            names = {o.contact_id: o.name for o in proposal.others}
            text += " " + self.tr("Does not fit the day: {0}.").format(
                "、".join(names.get(c, str(c)) for c in missing)
            )
        self.status.setText(text)
        self._update_buttons()

    def _summary(self, route: DayRoute, count: int) -> str:
        if not route.stops and count == 0:
            return self.tr("Nothing to suggest for this day: no client has a reason to be seen "
                           "that fits, or the branch has no place on the map.")  # fmt: skip
        back = f"{route.back:%H:%M}"
        return self.tr("%n suggested visit(s); back at the branch at {0}, {1:.1f} km.", "",
                       count).format(back, route.total_km)  # fmt: skip

    # -- changing the proposal ---------------------------------------------------------

    def _suggested(self) -> list[int]:
        return self.proposal.suggested() if self.proposal else []

    def _chosen(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        here = self._chosen(self.table)
        mine = here is not None and here in self._suggested()
        other = self._chosen(self.others) is not None
        idle = self.book_button.isEnabled()
        self.remove_button.setEnabled(idle and mine)
        self.swap_button.setEnabled(idle and mine and other)
        self.add_button.setEnabled(idle and other)

    def remove(self) -> None:
        gone = self._chosen(self.table)
        if gone is None or gone not in self._suggested():
            return
        self.suggest([c for c in self._suggested() if c != gone])

    def swap(self) -> None:
        gone, instead = self._chosen(self.table), self._chosen(self.others)
        if gone is None or instead is None or gone not in self._suggested():
            return
        self.suggest([instead if c == gone else c for c in self._suggested()])

    def add(self) -> None:
        more = self._chosen(self.others)
        if more is not None:
            self.suggest([*self._suggested(), more])

    # -- booking -----------------------------------------------------------------------

    def book(self) -> None:
        proposal = self.proposal
        if proposal is None or not proposal.suggested():
            self.accept()
            return
        minutes = self.chosen_weights().visit_min
        self._busy(True)

        def done(route: DayRoute) -> None:
            self.booked.emit(route)
            self.accept()

        def failed(error: BaseException) -> None:
            self._busy(False)
            QMessageBox.warning(self, self.tr("Book these visits"), error_text(error))

        self.ctx.runner.submit(lambda: self.keeping.accept_day(proposal, minutes), done, failed)
