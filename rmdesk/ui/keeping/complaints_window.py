"""Complaints (DOMAIN.md step 6): the list, open ones first and those past their deadline
in red; beside it the chosen complaint — who owns it (the first person the client
asked), the deadline, the facts (who, what, when, where, why), the fix offered, the
outcome told — and the seven steps, each ticked with its day and who did it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.keeping import Complaint, StepDone
from rmdesk.domain.kinds import ComplaintStep
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.services.events import KeepingChanged
from rmdesk.ui.common.contact_picker import ContactPicker
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import ProblemLabel
from rmdesk.ui.common.qdates import qdate, to_date

OVERDUE = QColor("#c0392b")
DEADLINE_DAYS = 7  # a new complaint is due within a week unless changed


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ComplaintsWindow(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.keeping = ctx.services.keeping
        self.runner = ctx.runner
        self.complaints: list[Complaint] = []
        self.current: Complaint | None = None
        self.setWindowTitle(self.tr("Complaints"))
        self.resize(1100, 680)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Received"), self.tr("Deadline"), self.tr("Next step")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        new = QPushButton(self.tr("New complaint"))
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.clicked.connect(self.new)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(new)

        self.client = ContactPicker(ctx, placeholder=self.tr("Type a name to choose the client"))
        self.received = _date_edit(QDate.currentDate())
        self.deadline = _date_edit(QDate.currentDate().addDays(DEADLINE_DAYS))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("The first person the client asked owns it"))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What the client complains of, in their words"))
        self.summary.setMaximumHeight(70)
        self.facts = {name: QLineEdit() for name in ("who", "what", "when", "where", "why")}
        self.fix = QLineEdit()
        self.outcome = QLineEdit()
        self.follow_up = QLineEdit()
        self.problems = {
            name: ProblemLabel() for name in ("client", "owner", "summary", "deadline", "steps")
        }
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client)
        form.addRow("", self.problems["client"])
        dates = QHBoxLayout()
        dates.addWidget(self.received)
        dates.addWidget(QLabel(self.tr("deadline")))
        dates.addWidget(self.deadline)
        dates.addStretch(1)
        form.addRow(self.tr("Received"), dates)
        form.addRow("", self.problems["deadline"])
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow("", self.problems["owner"])
        form.addRow(self.tr("Complaint"), self.summary)
        form.addRow("", self.problems["summary"])
        fact_names = {
            "who": self.tr("Who"),
            "what": self.tr("What"),
            "when": self.tr("When"),
            "where": self.tr("Where"),
            "why": self.tr("Why"),
        }
        for name, edit in self.facts.items():
            form.addRow(fact_names[name], edit)
        form.addRow(self.tr("Fix offered"), self.fix)
        form.addRow(self.tr("Outcome told"), self.outcome)
        form.addRow(self.tr("Follow-up"), self.follow_up)

        steps = QGridLayout()
        self.step_checks: dict[ComplaintStep, QCheckBox] = {}
        self.step_days: dict[ComplaintStep, QDateEdit] = {}
        self.step_by: dict[ComplaintStep, QLineEdit] = {}
        for row, step in enumerate(ComplaintStep):
            check = QCheckBox(f"{row + 1}. {label(step)}")
            day = _date_edit(QDate.currentDate())
            by = QLineEdit()
            by.setPlaceholderText(self.tr("by whom"))
            check.toggled.connect(day.setEnabled)
            check.toggled.connect(by.setEnabled)
            day.setEnabled(False)
            by.setEnabled(False)
            steps.addWidget(check, row, 0)
            steps.addWidget(day, row, 1)
            steps.addWidget(by, row, 2)
            self.step_checks[step], self.step_days[step], self.step_by[step] = check, day, by
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(self.save)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addLayout(steps)
        right_layout.addWidget(self.problems["steps"])
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        QVBoxLayout(self).addWidget(splitter)
        ctx.changes.changed.connect(self._on_change)
        self.refresh()

    # -- the list ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.submit(self.keeping.complaints, self._show)

    def _on_change(self, event: object) -> None:
        if isinstance(event, KeepingChanged):
            self.refresh()

    def _show(self, complaints: list[Complaint]) -> None:
        keep = self.current.id if self.current is not None else None
        self.complaints = complaints
        today = dt.date.today()
        self.table.blockSignals(True)
        self.table.setRowCount(len(complaints))
        for row, c in enumerate(complaints):
            step = c.next_step()
            cells = (
                c.client,
                c.received.isoformat(),
                c.deadline.isoformat(),
                self.tr("closed") if step is None else label(step),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c.overdue(today):
                    cell.setForeground(QBrush(OVERDUE))
                    cell.setToolTip(self.tr("Past its deadline"))
                self.table.setItem(row, column, cell)
            if c.id == keep:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def _chosen(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) == 1:
            self.fill(self.complaints[rows.pop()])

    # -- the form ----------------------------------------------------------------------

    def new(self) -> None:
        self.table.clearSelection()
        self.fill(None)
        self.client.setFocus()

    def fill(self, c: Complaint | None) -> None:
        self.current = c
        today = QDate.currentDate()
        if c is None:
            self.client.clear()
            self.client.chosen_id = None
        else:
            self.client.choose(c.contact_id, c.client)
        self.received.setDate(qdate(c.received) if c else today)
        self.deadline.setDate(qdate(c.deadline) if c else today.addDays(DEADLINE_DAYS))
        self.owner.setText(c.owner if c else "")
        self.summary.setPlainText(c.summary if c else "")
        for name, edit in self.facts.items():
            edit.setText(getattr(c, name) if c else "")
        self.fix.setText(c.fix if c else "")
        self.outcome.setText(c.outcome if c else "")
        self.follow_up.setText(c.follow_up if c else "")
        done = {s.step: s for s in c.steps} if c else {}
        for step, check in self.step_checks.items():
            found = done.get(step)
            check.setChecked(found is not None)
            self.step_days[step].setDate(qdate(found.day) if found else today)
            self.step_by[step].setText(found.by if found else "")
        for shown in self.problems.values():
            shown.show_problem(None)

    def draft(self) -> Complaint | None:
        if self.client.chosen_id is None:
            self.problems["client"].setText(self.tr("Choose a client from the list."))
            self.problems["client"].show()
            return None
        self.problems["client"].hide()
        steps = tuple(
            StepDone(step, to_date(self.step_days[step].date()), self.step_by[step].text())
            for step, check in self.step_checks.items()
            if check.isChecked()
        )
        return Complaint(
            self.client.chosen_id,
            to_date(self.received.date()),
            self.owner.text(),
            to_date(self.deadline.date()),
            self.summary.toPlainText(),
            **{name: edit.text() for name, edit in self.facts.items()},
            fix=self.fix.text(),
            outcome=self.outcome.text(),
            follow_up=self.follow_up.text(),
            steps=steps,
            id=self.current.id if self.current else None,
        )

    def save(self) -> None:
        complaint = self.draft()
        if complaint is None:
            return
        keeping = self.keeping
        self.runner.submit(
            lambda: keeping.save_complaint(complaint),
            lambda complaint_id: self._saved(replace(complaint, id=complaint_id)),
            self._failed,
        )

    def _saved(self, complaint: Complaint) -> None:
        self.current = complaint  # the list keeps it chosen when it reloads
        for name in ("owner", "summary", "deadline", "steps"):
            self.problems[name].show_problem(None)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidActivity):
            for name in ("owner", "summary", "deadline", "steps"):
                self.problems[name].show_problem(error.errors.get(name))
            return
        QMessageBox.warning(self, self.tr("Complaints"), error_text(error))
