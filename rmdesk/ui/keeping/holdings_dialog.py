"""One client's holdings and maintenance plan: what they hold with the bank (added,
changed and removed here), what the selling rules suggest for them with each reason,
and — for a key client — the plan: direction, how often to be in touch, what to invest
and what it returns. Saving a plan makes the client a key client."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
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
from rmdesk.domain.keeping import KeyClientPlan, Product, Suggestion
from rmdesk.domain.kinds import KeyDirection, ProductType
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ProblemLabel
from rmdesk.ui.common.qdates import qdate, to_date

NO_DATE = QDate(2000, 1, 1)  # the date edits' minimum: "none"


def _optional_date() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _date_or_none(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else to_date(edit.date())


class HoldingsDialog(QDialog):
    def __init__(self, ctx: Context, contact_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.keeping = ctx.services.keeping
        self.runner = ctx.runner
        self.contact_id = contact_id
        self.products: list[Product] = []
        self.editing: int | None = None  # the product id in the form, None: a new one
        self.setWindowTitle(self.tr("Holdings and plan — {0}").format(name))
        self.resize(900, 640)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Product"), self.tr("Amount (yuan)"),
             self.tr("Start"), self.tr("Maturity or due date")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)

        self.type = KindCombo(ProductType, None)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 添利宝 90天"))
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 10_000_000_000)
        self.amount.setDecimals(2)
        self.amount.setSuffix(self.tr(" yuan"))
        self.start = _optional_date()
        self.maturity = _optional_date()
        self.notes = QLineEdit()
        self.product_problems = {n: ProblemLabel() for n in ("amount", "maturity", "name")}
        new = QPushButton(self.tr("New product"))
        new.clicked.connect(self.new_product)
        save = QPushButton(self.tr("Save the product"))
        save.clicked.connect(self.save_product)
        self.remove = QPushButton(self.tr("Remove…"))
        self.remove.clicked.connect(self.remove_product)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Product"), self.name)
        form.addRow("", self.product_problems["name"])
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.product_problems["amount"])
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Maturity or due date"), self.maturity)
        form.addRow("", self.product_problems["maturity"])
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        for button in (new, save, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        holdings = QGroupBox(self.tr("What the client holds"))
        holdings_layout = QHBoxLayout(holdings)
        holdings_layout.addWidget(self.table, 3)
        form_box = QWidget()
        form_box.setLayout(form)
        holdings_layout.addWidget(form_box, 2)

        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.PlainText)

        self.direction = KindCombo(KeyDirection, None)
        self.every = QSpinBox()
        self.every.setRange(1, 366)
        self.every.setSuffix(self.tr(" days"))
        self.invest = QLineEdit()
        self.invest.setPlaceholderText(self.tr("time and budget, e.g. a visit a quarter, 500 yuan"))
        self.returns = QLineEdit()
        self.returns.setPlaceholderText(self.tr("what it brings, e.g. payroll for 200 staff"))
        self.plan_problem = ProblemLabel()
        save_plan = QPushButton(self.tr("Save the plan"))
        save_plan.clicked.connect(self.save_plan)
        plan_form = QFormLayout()
        plan_form.addRow(self.tr("Direction"), self.direction)
        plan_form.addRow(self.tr("Be in touch every"), self.every)
        plan_form.addRow("", self.plan_problem)
        plan_form.addRow(self.tr("Invest"), self.invest)
        plan_form.addRow(self.tr("Return"), self.returns)
        plan_form.addRow("", save_plan)
        plan = QGroupBox(self.tr("Key-client plan (saving it makes them a key client)"))
        plan.setLayout(plan_form)

        layout = QVBoxLayout(self)
        layout.addWidget(holdings, 3)
        layout.addWidget(QLabel(self.tr("What to offer next")))
        layout.addWidget(self.suggestions)
        layout.addWidget(plan, 2)
        self.new_product()
        self.refresh()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        keeping, cid = self.keeping, self.contact_id

        def read() -> tuple[list[Product], list[Suggestion], KeyClientPlan]:
            today = dt.date.today()
            return keeping.products_of(cid), keeping.suggestions(today, cid), keeping.plan_of(cid)

        self.runner.submit(read, self._show, self._failed)

    def _show(self, found: tuple[list[Product], list[Suggestion], KeyClientPlan]) -> None:
        self.products, suggestions, plan = found
        self.table.setRowCount(len(self.products))
        for row, p in enumerate(self.products):
            cells = (
                label(p.type),
                p.name,
                f"{p.amount_yuan:,.2f}",
                p.start.isoformat() if p.start else "",
                p.maturity.isoformat() if p.maturity else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.suggestions.setText(
            "\n".join(f"{label(s.suggest)}: {s.reason}" for s in suggestions)
            or self.tr("Nothing the selling rules suggest now.")
        )
        self.direction.set_value(plan.direction)
        self.every.setValue(plan.every_days)
        self.invest.setText(plan.invest)
        self.returns.setText(plan.returns)

    def _chosen(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        p = self.products[rows.pop()]
        self.editing = p.id
        self.type.set_value(p.type)
        self.name.setText(p.name)
        self.amount.setValue(p.amount_yuan)
        self.start.setDate(qdate(p.start) if p.start else NO_DATE)
        self.maturity.setDate(qdate(p.maturity) if p.maturity else NO_DATE)
        self.notes.setText(p.notes)
        self.remove.setEnabled(True)

    # -- writing -----------------------------------------------------------------------

    def new_product(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.type.set_value(ProductType.DEPOSIT)
        for edit in (self.name, self.notes):
            edit.clear()
        self.amount.setValue(0)
        self.start.setDate(NO_DATE)
        self.maturity.setDate(NO_DATE)
        self.remove.setEnabled(False)

    def save_product(self) -> None:
        kind = self.type.value()
        assert kind is not None
        product = Product(
            self.contact_id,
            kind,
            self.name.text(),
            self.amount.value(),
            _date_or_none(self.start),
            _date_or_none(self.maturity),
            self.notes.text(),
            self.editing,
        )
        keeping = self.keeping
        self.runner.submit(
            lambda: keeping.save_product(product), self._product_saved, self._product_failed
        )

    def _product_saved(self, product_id: int) -> None:
        self.editing = product_id
        for shown in self.product_problems.values():
            shown.show_problem(None)
        self.refresh()

    def _product_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidActivity):
            for name, shown in self.product_problems.items():
                shown.show_problem(error.errors.get(name))
        else:
            self._failed(error)

    def remove_product(self) -> None:
        if self.editing is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove a product"), self.tr("Remove {0}?").format(self.name.text())
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        keeping, product_id = self.keeping, self.editing
        self.runner.submit(
            lambda: keeping.delete_product(product_id), self._product_removed, self._failed
        )

    def _product_removed(self, _none: object) -> None:
        self.new_product()
        self.refresh()

    def save_plan(self) -> None:
        direction = self.direction.value()
        assert direction is not None
        plan = KeyClientPlan(
            self.contact_id,
            direction,
            self.every.value(),
            self.invest.text(),
            self.returns.text(),
        )
        keeping = self.keeping
        self.runner.submit(lambda: keeping.save_plan(plan), self._plan_saved, self._plan_failed)

    def _plan_saved(self, _none: object) -> None:
        self.plan_saved = True
        self.plan_problem.show_problem(None)

    def _plan_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidActivity):
            self.plan_problem.show_problem(next(iter(error.errors.values())))
        else:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
