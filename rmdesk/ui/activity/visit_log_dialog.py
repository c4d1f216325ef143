"""Log a visit that took place: who was met, how it went (the signal, the objections,
the closing method tried), the client's new stage, the next step and the gifts given.

A red signal offers the polite withdrawal of DOMAIN.md step 4: no next step now, a
follow-up some weeks later. "Thank-you note" drafts a letter and an SMS to copy; the
letter also prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.activity import Gift, Objection, VisitLog, validate_visit
from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.keeping import GiftOverLimit
from rmdesk.domain.kinds import (
    Closing,
    Handling,
    ObjectionCause,
    ObjectionKind,
    Stage,
)
from rmdesk.domain.kinds import (
    Signal as Light,
)
from rmdesk.domain.profile import Profile
from rmdesk.error_texts import error_text
from rmdesk.labels import gift_limit_text
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ProblemLabel, discard_confirmed
from rmdesk.ui.common.printing import print_text
from rmdesk.ui.common.qdates import qdate, to_date

WITHDRAW_WEEKS = 4  # a polite withdrawal comes back about a month later


class VisitLogDialog(QDialog):
    """`saved(visit_log_id)` fires once the log is stored."""

    saved = Signal(int)

    def __init__(
        self,
        ctx: Context,
        log: VisitLog,
        client_name: str,
        address_as: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.activity = ctx.services.activity
        self.keeping = ctx.services.keeping
        self.audit = ctx.services.audit
        self.runner = ctx.runner
        self.profile = ctx.services.profile
        self.original = log
        self.client_name = client_name
        self.address_as = address_as
        self.setWindowTitle(self.tr("Log a visit — {0}").format(client_name))
        self.resize(700, 600)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._how_tab(log), self.tr("How it went"))
        self.tabs.addTab(self._objections_tab(log), self.tr("Objections"))
        self.tabs.addTab(self._next_tab(log), self.tr("Next step and gifts"))
        self.thanks_button = QPushButton(self.tr("Thank-you note…"))
        self.thanks_button.clicked.connect(self.show_thank_you)
        buttons = save_cancel(self, self.save)
        buttons.addButton(self.thanks_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._baseline = self.draft()

    # -- tabs -------------------------------------------------------------------------

    def _how_tab(self, log: VisitLog) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.day = QDateEdit(qdate(log.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        form.addRow(self.tr("Date"), self.day)
        self.met = QLineEdit(log.met)
        self.met.setPlaceholderText(self.tr("Who you met, e.g. 王总 and the finance manager"))
        form.addRow(self.tr("Met"), self.met)
        self.purpose = QComboBox()
        for text, value in (
            (self.tr("Not said"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        ):
            self.purpose.addItem(text, value)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(log.purpose_reached)))
        form.addRow(self.tr("Purpose reached"), self.purpose)
        self.signal = KindCombo(Light, self.tr("Not noted"))
        self.signal.set_value(log.signal)
        self.signal.currentIndexChanged.connect(self._signal_changed)
        form.addRow(self.tr("Signal"), self.signal)
        self.signals_seen = QListWidget()
        self.signals_seen.setMaximumHeight(110)
        form.addRow(self.tr("What you saw"), self.signals_seen)
        self.withdraw = QPushButton(
            self.tr("Withdraw politely: come back in {0} weeks").format(WITHDRAW_WEEKS)
        )
        self.withdraw.clicked.connect(self.withdraw_politely)
        form.addRow("", self.withdraw)
        self.closing = KindCombo(Closing, self.tr("None tried"))
        self.closing.set_value(log.closing)
        form.addRow(self.tr("Closing method tried"), self.closing)
        self.products = QLineEdit(log.products)
        form.addRow(self.tr("Products discussed"), self.products)
        self.stage = KindCombo(Stage, self.tr("Unchanged"))
        self.stage.set_value(log.stage)
        form.addRow(self.tr("Client's stage now"), self.stage)
        self._signal_changed()
        for text in log.signals_seen:
            self._signal_item(text, True)
        return page

    def _examples(self, light: Light | None) -> list[str]:
        """The guide's examples of each light (DOMAIN.md step 4), to tick."""
        examples = {
            Light.GREEN: [
                self.tr("Asks about details, prices or terms"),
                self.tr("Leans in, nods, takes notes"),
                self.tr("Talks about when and how to start"),
            ],
            Light.YELLOW: [
                self.tr("Hesitates, compares with other banks"),
                self.tr("Goes quiet, asks the same thing again"),
                self.tr("Says they need to think or ask someone"),
            ],
            Light.RED: [
                self.tr("Arms crossed, leans back"),
                self.tr("Keeps looking at the phone or the clock"),
                self.tr("Says plainly they are not interested"),
            ],
        }
        return examples.get(light, []) if light is not None else []

    def _signal_item(self, text: str, checked: bool) -> None:
        for row in range(self.signals_seen.count()):
            item = self.signals_seen.item(row)
            if item.text() == text:
                item.setCheckState(Qt.CheckState.Checked if checked else item.checkState())
                return
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.signals_seen.addItem(item)

    def _signal_changed(self) -> None:
        light = self.signal.value()
        ticked = self._ticked()
        self.signals_seen.clear()
        for text in ticked:
            self._signal_item(text, True)
        for text in self._examples(light):
            self._signal_item(text, False)
        self.withdraw.setVisible(light is Light.RED)

    def _ticked(self) -> list[str]:
        items = (self.signals_seen.item(r) for r in range(self.signals_seen.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def _objections_tab(self, log: VisitLog) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.objections = QTableWidget(0, 5)
        self.objections.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Cause"),
                self.tr("The client's words"),
                self.tr("How you met it"),
                self.tr("Resolved"),
            ]
        )
        header = self.objections.horizontalHeader()
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.objections.setColumnWidth(3, 150)  # the longest method names scroll inside
        for objection in log.objections:
            self.add_objection(objection)
        add = QPushButton(self.tr("Add an objection"))
        add.clicked.connect(lambda: self.add_objection(None))
        remove = QPushButton(self.tr("Remove the selected"))
        remove.clicked.connect(lambda: _remove_selected(self.objections))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.objections_problem = ProblemLabel()
        layout.addWidget(self.objections)
        layout.addWidget(self.objections_problem)
        layout.addLayout(row)
        return page

    def add_objection(self, objection: Objection | None) -> None:
        table = self.objections
        row = table.rowCount()
        table.insertRow(row)
        kind = KindCombo(ObjectionKind, None)
        cause = KindCombo(ObjectionCause, None)
        handling = KindCombo(Handling, self.tr("Not yet"))
        words = QLineEdit()
        resolved = QCheckBox()
        if objection is not None:
            kind.set_value(objection.kind)
            cause.set_value(objection.cause)
            handling.set_value(objection.handling)
            words.setText(objection.words)
            resolved.setChecked(objection.resolved)
        widgets: tuple[QWidget, ...] = (kind, cause, words, handling, resolved)
        for column, widget in enumerate(widgets):
            table.setCellWidget(row, column, widget)
        if objection is None:
            words.setFocus()

    def _next_tab(self, log: VisitLog) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.next_step = QLineEdit(log.next_step)
        self.next_step.setPlaceholderText(self.tr("e.g. bring the product brochure"))
        self.next_step_problem = ProblemLabel()
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow("", self.next_step_problem)
        self.next_date = QDateEdit(qdate(log.next_date or log.day + dt.timedelta(days=7)))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd ddd")
        self.next_date_problem = ProblemLabel()
        form.addRow(self.tr("By"), self.next_date)
        form.addRow("", self.next_date_problem)
        self.gifts = QTableWidget(0, 2)
        self.gifts.setHorizontalHeaderLabels([self.tr("Gift"), self.tr("Value (yuan)")])
        self.gifts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.gifts.setMaximumHeight(140)
        for gift in log.gifts:
            self.add_gift(gift)
        add = QPushButton(self.tr("Add a gift"))
        add.clicked.connect(lambda: self.add_gift(None))
        remove = QPushButton(self.tr("Remove the selected"))
        remove.clicked.connect(lambda: _remove_selected(self.gifts))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.gifts_problem = ProblemLabel()
        form.addRow(self.tr("Gifts given"), self.gifts)
        form.addRow("", row)
        form.addRow("", self.gifts_problem)
        self.notes = QPlainTextEdit(log.notes)
        self.notes_problem = ProblemLabel()
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.notes_problem)
        return page

    def add_gift(self, gift: Gift | None) -> None:
        table = self.gifts
        row = table.rowCount()
        table.insertRow(row)
        item = QLineEdit(gift.item if gift else "")
        value = QDoubleSpinBox()
        value.setRange(0, 1_000_000)
        value.setDecimals(2)
        value.setValue(gift.value_yuan if gift else 0)
        table.setCellWidget(row, 0, item)
        table.setCellWidget(row, 1, value)

    # -- the log ----------------------------------------------------------------------

    def draft(self) -> VisitLog:
        objections = []
        for row in range(self.objections.rowCount()):
            kind, cause, words, handling, resolved = (
                self.objections.cellWidget(row, c) for c in range(5)
            )
            assert isinstance(kind, KindCombo) and isinstance(cause, KindCombo)
            assert isinstance(handling, KindCombo) and isinstance(words, QLineEdit)
            assert isinstance(resolved, QCheckBox)
            objections.append(
                Objection(
                    kind.value() or ObjectionKind.REAL,
                    cause.value() or ObjectionCause.CLIENT,
                    words.text(),
                    handling.value(),
                    resolved.isChecked(),
                )
            )
        gifts = []
        for row in range(self.gifts.rowCount()):
            item, value = self.gifts.cellWidget(row, 0), self.gifts.cellWidget(row, 1)
            assert isinstance(item, QLineEdit) and isinstance(value, QDoubleSpinBox)
            gifts.append(Gift(item.text(), value.value()))
        next_step = self.next_step.text()
        return VisitLog(
            contact_id=self.original.contact_id,
            day=to_date(self.day.date()),
            plan_id=self.original.plan_id,
            met=self.met.text(),
            purpose_reached=self.purpose.currentData(),
            signal=self.signal.value(),
            signals_seen=tuple(self._ticked()),
            objections=tuple(objections),
            closing=self.closing.value(),
            products=self.products.text(),
            stage=self.stage.value(),
            next_step=next_step,
            next_date=to_date(self.next_date.date()) if next_step.strip() else None,
            gifts=tuple(gifts),
            notes=self.notes.toPlainText(),
        )

    def has_changes(self) -> bool:
        return self.draft() != self._baseline

    def show_problems(self, problems: dict[str, str]) -> None:
        for field, shown in (
            ("next_step", self.next_step_problem),
            ("next_date", self.next_date_problem),
            ("objections", self.objections_problem),
            ("gifts", self.gifts_problem),
            ("notes", self.notes_problem),
        ):
            shown.show_problem(problems.get(field))
        tabs = {"objections": 1, "next_step": 2, "next_date": 2, "gifts": 2, "notes": 2}
        first = next((tabs[f] for f in tabs if f in problems), None)
        if first is not None:
            self.tabs.setCurrentIndex(first)

    def save(self) -> None:
        """Save the log; gifts over the ledger's limits are asked about first."""
        log = self.draft()
        try:
            validate_visit(log)
        except InvalidActivity as exc:
            self.show_problems(exc.errors)
            return
        self.show_problems({})
        if not log.gifts:
            self._write(log)
            return
        keeping, values = self.keeping, [g.value_yuan for g in log.gifts]
        self.runner.submit(
            lambda: keeping.gifts_warning(log.contact_id, log.day, values),
            lambda warning: self._write(log) if warning is None else self._ask(log, warning),
            self._on_failed,
        )

    def _ask(self, log: VisitLog, warning: GiftOverLimit) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Over the gift limits"),
            gift_limit_text(warning) + "\n\n" + self.tr("Log the visit with these gifts?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(log)
        else:
            self.tabs.setCurrentIndex(2)  # where the gifts are

    def _write(self, log: VisitLog) -> None:
        activity = self.activity
        self.runner.submit(lambda: activity.log_visit(log), self._on_saved, self._on_failed)

    def _on_saved(self, log_id: int) -> None:
        self.saved.emit(log_id)
        self._baseline = self.draft()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidActivity):
            self.show_problems(error.errors)
        QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def reject(self) -> None:
        if self.has_changes() and not discard_confirmed(
            self,
            self.tr("Discard this log?"),
            self.tr("This visit log is not saved. Discard it?"),
        ):
            return
        super().reject()

    # -- what the log offers ------------------------------------------------------------

    def withdraw_politely(self) -> None:
        """Red: no next step now; come back some weeks later (leave a card, thank them)."""
        self.next_step.setText(self.tr("Visit again after a polite withdrawal"))
        day = to_date(self.day.date()) + dt.timedelta(weeks=WITHDRAW_WEEKS)
        self.next_date.setDate(qdate(day))
        self.tabs.setCurrentIndex(2)

    def show_thank_you(self) -> None:
        """The note drafted from the log as it stands, signed with the RM's own details
        (read from the book first)."""
        self.runner.submit(self.profile.get, self._show_thank_you)

    def _show_thank_you(self, rm: Profile) -> None:
        from rmdesk.activity.drafts import thank_you

        draft = thank_you(self.draft(), self.client_name, self.address_as, rm)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Thank-you note — {0}").format(self.client_name))
        dialog.resize(560, 480)
        layout = QVBoxLayout(dialog)
        for title, text in ((self.tr("Letter"), draft.letter), (self.tr("SMS"), draft.sms)):
            layout.addWidget(QLabel(title))
            edit = QPlainTextEdit(text)
            layout.addWidget(edit, 3 if title == self.tr("Letter") else 1)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            copy = QPushButton(self.tr("Copy"))
            copy.clicked.connect(
                lambda _checked=False, e=edit: QGuiApplication.clipboard().setText(e.toPlainText())
            )
            if title == self.tr("Letter"):
                self.letter = edit
                print_button = QPushButton(self.tr("Print…"))
                print_button.clicked.connect(lambda: self.print_letter())
                buttons.addWidget(print_button)
            buttons.addWidget(copy)
            layout.addLayout(buttons)
        said = self.tr("rmdesk sends nothing: copy the text into your phone or mail.")
        if not rm.name:
            unsigned = self.tr("To sign it with your name and phone, fill in File → My details.")
            said = f"{said} {unsigned}"
        note = QLabel(said)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.thank_you_dialog = dialog
        dialog.open()

    def print_letter(self, printer: QPrinter | None = None) -> None:
        """Print the letter as edited (to a printer the user picks unless given)."""
        if not print_text(self, self.letter.toPlainText(), self.letter.font(), printer):
            return
        audit = self.audit
        self.runner.submit(lambda: audit.record("letter_print", 1))


def _remove_selected(table: QTableWidget) -> None:
    rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
    if not rows and table.currentRow() >= 0:
        rows = [table.currentRow()]
    for row in rows:
        table.removeRow(row)


def open_visit_log(
    parent: QWidget,
    ctx: Context,
    contact_id: int | None = None,
    plan_id: int | None = None,
    opened: Callable[[VisitLogDialog], object] | None = None,
) -> None:
    """Read what the log opens with on the worker, then open it: a visit with the
    contact today, or the planned visit `plan_id` (its day, the person to meet)."""
    services = ctx.services

    def read() -> tuple[VisitLog, str, str]:
        if plan_id is not None:
            plan = services.planning.get(plan_id)
            log = VisitLog(plan.contact_id, plan.time.day, plan_id=plan_id, met=plan.person_name)
        else:
            assert contact_id is not None
            log = VisitLog(contact_id, dt.date.today())
        contact = services.contacts.get(log.contact_id)
        return log, contact.name, services.dossiers.get(log.contact_id).address_as

    def show(found: tuple[VisitLog, str, str]) -> None:
        dialog = VisitLogDialog(ctx, *found, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if opened is not None:
            opened(dialog)
        dialog.open()

    def failed(error: BaseException) -> None:
        title = QCoreApplication.translate("VisitLogDialog", "Log a visit")
        QMessageBox.warning(parent, title, error_text(error))

    ctx.runner.submit(read, show, failed)
