"""The selling rules and Today's reminders, the user's to change: each rule says "a
client holding X (maturing within N days) who does not hold Y yet: suggest Y, because
…"; the reminders say how far ahead maturities and greetings show, how often a key
client without a plan is to be contacted, and whether 圣诞 is among the festivals."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.errors import InvalidActivity
from rmdesk.domain.keeping import SellRule
from rmdesk.domain.kinds import ProductType
from rmdesk.error_texts import error_text
from rmdesk.labels import problem_text
from rmdesk.ui.common.buttons import save_cancel
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo, ProblemLabel

if TYPE_CHECKING:
    from rmdesk.keeping.today import KeepingSettings

HOLDS, WITHIN, SUGGEST, REASON, ON = range(5)


class RulesDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keeping = ctx.services.keeping
        self.runner = ctx.runner
        self.settings: KeepingSettings | None = None
        self.setWindowTitle(self.tr("Selling rules and reminders"))
        self.resize(900, 560)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Holds"), self.tr("Maturing within"), self.tr("Suggest"),
             self.tr("Because"), self.tr("On")]
        )  # fmt: skip
        self.table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add a rule"))
        add.clicked.connect(lambda: self.add_rule(None))
        remove = QPushButton(self.tr("Remove the rule"))
        remove.clicked.connect(self.remove_rule)
        self.rules_problem = ProblemLabel()
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        rules = QGroupBox(self.tr("Selling rules"))
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(self.table, 1)
        rules_layout.addWidget(self.rules_problem)
        rules_layout.addLayout(row)

        self.remind = QSpinBox()
        self.greet = QSpinBox()
        self.every = QSpinBox()
        for box, top in ((self.remind, 90), (self.greet, 30), (self.every, 366)):
            box.setRange(0 if box is not self.every else 1, top)
            box.setSuffix(self.tr(" days"))
        self.christmas = QCheckBox(self.tr("Greet at 圣诞 (Christmas) too"))
        reminders = QGroupBox(self.tr("Reminders on Today"))
        form = QFormLayout(reminders)
        form.addRow(self.tr("Maturities and due dates show"), self.remind)
        form.addRow(self.tr("Birthdays and festivals show"), self.greet)
        form.addRow(self.tr("A key client without a plan is due every"), self.every)
        form.addRow("", self.christmas)

        layout = QVBoxLayout(self)
        layout.addWidget(rules, 1)
        layout.addWidget(reminders)
        layout.addWidget(save_cancel(self, self.save))
        keeping = self.keeping
        self.runner.submit(lambda: (keeping.rules(), keeping.settings()), self._show)

    def _show(self, found: tuple[list[SellRule], KeepingSettings]) -> None:
        rules, self.settings = found
        for rule in rules:
            self.add_rule(rule)
        self.remind.setValue(self.settings.remind_days)
        self.greet.setValue(self.settings.greet_days)
        self.every.setValue(self.settings.every_days)
        self.christmas.setChecked(self.settings.christmas)

    def add_rule(self, rule: SellRule | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        holds, suggest = KindCombo(ProductType, None), KindCombo(ProductType, None)
        holds.set_value(rule.holds if rule else ProductType.DEPOSIT)
        suggest.set_value(rule.suggest if rule else ProductType.WEALTH)
        within = QSpinBox()
        within.setRange(0, 3660)
        within.setSpecialValueText(self.tr("any time"))  # 0: whether it matures or not
        within.setSuffix(self.tr(" days"))
        within.setValue(rule.maturing_days or 0 if rule else 0)
        reason = QLineEdit(rule.reason if rule else "")
        on = QCheckBox()
        on.setChecked(rule.enabled if rule else True)
        for column, widget in ((HOLDS, holds), (WITHIN, within), (SUGGEST, suggest),
                               (REASON, reason), (ON, on)):  # fmt: skip
            self.table.setCellWidget(row, column, widget)

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rules(self) -> list[SellRule]:
        out = []
        for row in range(self.table.rowCount()):
            holds = self.table.cellWidget(row, HOLDS)
            within = self.table.cellWidget(row, WITHIN)
            suggest = self.table.cellWidget(row, SUGGEST)
            reason = self.table.cellWidget(row, REASON)
            on = self.table.cellWidget(row, ON)
            assert isinstance(holds, KindCombo) and isinstance(suggest, KindCombo)
            assert isinstance(within, QSpinBox) and isinstance(reason, QLineEdit)
            assert isinstance(on, QCheckBox)
            out.append(
                SellRule(
                    holds.value() or ProductType.OTHER,
                    suggest.value() or ProductType.OTHER,
                    reason.text(),
                    within.value() or None,
                    on.isChecked(),
                )
            )
        return out

    def save(self) -> None:
        if self.settings is None:
            return
        rules = self.rules()
        settings = replace(
            self.settings,
            remind_days=self.remind.value(),
            greet_days=self.greet.value(),
            every_days=self.every.value(),
            christmas=self.christmas.isChecked(),
        )
        keeping = self.keeping

        def write() -> None:
            keeping.save_rules(rules)  # validates every rule before writing any
            keeping.save_settings(settings)

        self.runner.submit(write, lambda _none: self.accept(), self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidActivity):
            self.rules_problem.setText(
                self.tr("Each rule needs its reason: {0}").format(
                    problem_text(next(iter(error.errors.values())))
                )
            )
            self.rules_problem.show()
            return
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
