"""The day's call list (DOMAIN.md step 1): prospects chosen by stage, tie or district, or
by hand in the book; each call's outcome logged with one key — 1 reached, 2 no answer,
3 refused, 4 call back, 5 appointment booked (which opens the visit plan with its
either-or times, 二择一). The day's count is measured against the quota (30-50) and the
success rate against the target (10 %), both the RM's to change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.activity import CallLog, CallTarget, PipelineFilter, Report
from rmdesk.domain.kinds import CallOutcome, Stage, TieKind
from rmdesk.domain.phones import display_phone
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ask_in_dialog
from rmdesk.ui.common.qdates import qdate, qtime, to_date, to_time

KEYS = {
    Qt.Key.Key_1: CallOutcome.REACHED,
    Qt.Key.Key_2: CallOutcome.NO_ANSWER,
    Qt.Key.Key_3: CallOutcome.REFUSED,
    Qt.Key.Key_4: CallOutcome.CALL_BACK,
    Qt.Key.Key_5: CallOutcome.BOOKED,
}
NAME, COMPANY, PHONE, OUTCOME = range(4)


class CallListWindow(QWidget):
    def __init__(
        self, ctx: Context, chosen_ids: list[int] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.activity = ctx.services.activity
        self.runner = ctx.runner
        self.prefs = ctx.prefs
        self.targets: list[CallTarget] = []
        self.setWindowTitle(self.tr("Call list"))
        self.resize(900, 640)
        self.stage = KindCombo(Stage, self.tr("Any stage"))
        self.tie = KindCombo(TieKind, self.tr("Any tie or bond"))
        self.district = QComboBox()
        self.district.addItem(self.tr("Any district"), "")
        self.build = QPushButton(self.tr("Make the list"))
        self.build.clicked.connect(self.make_list)
        low, high = self.prefs.call_quota
        self.quota_low, self.quota_high = QSpinBox(), QSpinBox()
        for box, value in ((self.quota_low, low), (self.quota_high, high)):
            box.setRange(1, 500)
            box.setValue(value)
            box.valueChanged.connect(self._keep_settings)
        self.target = QSpinBox()
        self.target.setRange(1, 100)
        self.target.setSuffix(" %")
        self.target.setValue(self.prefs.call_target)
        self.target.valueChanged.connect(self._keep_settings)
        filters = QHBoxLayout()
        for widget in (self.stage, self.tie, self.district, self.build):
            filters.addWidget(widget)
        filters.addStretch(1)
        goals = QHBoxLayout()
        goals.addWidget(QLabel(self.tr("Calls a day")))
        goals.addWidget(self.quota_low)
        goals.addWidget(QLabel("–"))
        goals.addWidget(self.quota_high)
        goals.addWidget(QLabel(self.tr("Success-rate target")))
        goals.addWidget(self.target)
        goals.addStretch(1)
        self.today = QLabel()
        self.today.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Company"), self.tr("Phone"), self.tr("Outcome")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        keys = " · ".join(
            f"{n} {label(outcome)}" for n, outcome in enumerate(KEYS.values(), start=1)
        )
        hint = QLabel(self.tr("Choose a line and press a key: {0}").format(keys))
        hint.setWordWrap(True)
        for key, outcome in KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda o=outcome: self.log(o))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(goals)
        layout.addWidget(self.today)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.runner.submit(ctx.services.contacts.tie_counts, self._fill_districts)
        if chosen_ids:
            activity = self.activity
            self.runner.submit(lambda: activity.call_targets(chosen_ids), self._show)
        else:
            self.make_list()
        self.refresh_today()

    def _fill_districts(self, counts: object) -> None:
        for district, _n in getattr(counts, "by_district", ()):
            self.district.addItem(district, district)

    def _keep_settings(self) -> None:
        low, high = self.quota_low.value(), self.quota_high.value()
        self.prefs.call_quota = (min(low, high), max(low, high))
        self.prefs.call_target = self.target.value()
        self.refresh_today()

    def make_list(self) -> None:
        chosen = PipelineFilter(tie=self.tie.value(), district=str(self.district.currentData()))
        stage, limit, activity = self.stage.value(), self.quota_high.value(), self.activity
        self.runner.submit(
            lambda: activity.call_list(chosen, stage, limit), self._show, self._failed
        )

    def _show(self, targets: list[CallTarget]) -> None:
        self.targets = targets
        self.table.setRowCount(len(targets))
        for row, t in enumerate(targets):
            phone = display_phone(t.phone) if t.phone else self.tr("no phone")
            for column, text in ((NAME, t.name), (COMPANY, t.company), (PHONE, phone)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.setItem(row, OUTCOME, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        if targets:
            self.table.selectRow(0)
        self.table.setFocus()

    def log(self, outcome: CallOutcome) -> None:
        """Log the chosen line's call and move to the next line."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.targets):
            return
        target = self.targets[row]
        now = dt.datetime.now().replace(second=0, microsecond=0)
        call_back = None
        if outcome is CallOutcome.CALL_BACK:
            call_back = self._ask_call_back(now)
            if call_back is None:
                return
        call = CallLog(target.contact_id, now, outcome, call_back_at=call_back)
        activity = self.activity

        def logged(_id: int) -> None:
            self.table.setItem(row, OUTCOME, QTableWidgetItem(label(outcome)))
            self.refresh_today()
            if outcome is CallOutcome.BOOKED:
                self.book(target)

        self.runner.submit(lambda: activity.log_call(call), logged, self._failed)
        if row + 1 < self.table.rowCount():
            self.table.selectRow(row + 1)

    def _ask_call_back(self, now: dt.datetime) -> dt.datetime | None:
        later = now + dt.timedelta(days=1)
        when = QDateTimeEdit(QDateTime(qdate(later.date()), qtime(later.time())))
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd HH:mm")
        if not ask_in_dialog(self, self.tr("Call back at"), "", when):
            return None
        return dt.datetime.combine(to_date(when.date()), to_time(when.time()))

    def book(self, target: CallTarget) -> None:
        """Booked: the visit plan opens, with "Offer two times" for the either-or."""
        from rmdesk.domain.visit import VisitPlan, VisitTime
        from rmdesk.ui.planning.visit_editor import VisitEditor

        day = dt.date.today() + dt.timedelta(days=1)
        plan = VisitPlan(
            target.contact_id, VisitTime.flexible(day, dt.time(8, 30), dt.time(17, 30))
        )
        editor = VisitEditor(self.ctx, plan, target.name, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.open()

    def refresh_today(self) -> None:
        today, activity = dt.date.today(), self.activity
        self.runner.submit(lambda: activity.report(today, today), self._show_today)

    def _show_today(self, report: Report) -> None:
        made = report.calls_made
        low, high = self.prefs.call_quota
        target = self.prefs.call_target
        rate = report.success_rate
        self.today.setText(
            self.tr(
                "Today: {0} calls (aim {1}–{2}), {3} booked, success rate {4:.0%} (target {5} %)."
            ).format(made, low, high, report.calls_with(CallOutcome.BOOKED), rate, target)
        )
        good = made >= low and rate * 100 >= target
        self.today.setStyleSheet("color: #1e7e34;" if good else "")

    def _failed(self, error: BaseException) -> None:
        self.today.setText(error_text(error))
