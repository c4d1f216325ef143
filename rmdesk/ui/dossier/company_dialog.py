"""Corporate clients: each company's own dossier (团体情报) and its industry (行业情报),
with the people linked to it and their roles."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.dossier import Company, Industry
from rmdesk.domain.errors import EditConflict
from rmdesk.domain.kinds import LifeCycle
from rmdesk.error_texts import error_text
from rmdesk.labels import label
from rmdesk.ui.common.conflict_dialog import resolve_conflict
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.forms import KindCombo


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(height)
    return edit


class CompanyDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.dossiers = ctx.services.dossiers
        self.runner = ctx.runner
        self.companies: list[Company] = []
        self.industries: list[Industry] = []
        self.current: Company | None = None
        self.setWindowTitle(self.tr("Companies"))
        self.resize(880, 620)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._choose)
        self.name = QLineEdit()
        self.scale = QLineEdit()
        self.scale.setPlaceholderText(self.tr("e.g. 300 staff, ¥200m sales"))
        self.stage = KindCombo(LifeCycle, self.tr("not known"))
        self.products = _text()
        self.management = _text()
        self.management.setPlaceholderText(self.tr("Organisation, quality and stability, staff"))
        self.finance = _text()
        self.finance.setPlaceholderText(self.tr("Financial management, internal control"))
        self.related = _text()
        self.notes = _text()
        self.notes.setPlaceholderText(self.tr("Goals, purchasing, production, sales"))
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.industry = QComboBox()
        self.industry.setEditable(True)
        self.cost = _text(50)
        self.profit = _text(50)
        self.depends = _text(50)
        self.substitutes = _text(50)
        self.cycle = KindCombo(LifeCycle, self.tr("not known"))
        self.competition = _text(50)
        self.industry.currentIndexChanged.connect(self._show_industry)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        new = QPushButton(self.tr("New company"))
        new.clicked.connect(self.new_company)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Scale"), self.scale)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Products"), self.products)
        form.addRow(self.tr("Management"), self.management)
        form.addRow(self.tr("Finance"), self.finance)
        form.addRow(self.tr("Related companies"), self.related)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("People"), self.people)
        # The industry on a tab of its own: one long form did not fit a laptop's screen.
        industry_box = QWidget()
        form = QFormLayout(industry_box)
        form.addRow(self.tr("Industry"), self.industry)
        form.addRow(self.tr("Cost structure"), self.cost)
        form.addRow(self.tr("Profitability"), self.profit)
        form.addRow(self.tr("Depends on"), self.depends)
        form.addRow(self.tr("Substitutability"), self.substitutes)
        form.addRow(self.tr("Life-cycle stage"), self.cycle)
        form.addRow(self.tr("Competition"), self.competition)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch(1)
        buttons.addWidget(save)
        self.tabs = QTabWidget()
        self.tabs.addTab(form_box, self.tr("Company"))
        self.tabs.addTab(industry_box, self.tr("Industry"))
        right = QWidget()
        col = QVBoxLayout(right)
        col.addWidget(self.tabs)
        col.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([240, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        d = self.dossiers
        self.runner.submit(lambda: (d.companies(), d.industries()), lambda r: self._fill(r, select))

    def _fill(self, found: tuple[list[Company], list[Industry]], select: int | None) -> None:
        self.companies, self.industries = found
        self.industry.blockSignals(True)
        self.industry.clear()
        self.industry.addItem("", None)
        for industry in self.industries:
            self.industry.addItem(industry.name, industry.id)
        self.industry.blockSignals(False)
        self.list.blockSignals(True)
        self.list.clear()
        for company in self.companies:
            item = QListWidgetItem(company.name)
            item.setData(Qt.ItemDataRole.UserRole, company.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [c.id for c in self.companies]
        self.list.setCurrentRow(rows.index(select) if select in rows else 0 if rows else -1)
        if not rows:
            self.new_company()

    def _choose(self, row: int) -> None:
        if not (0 <= row < len(self.companies)):
            return
        c = self.companies[row]
        self.current = c
        self.name.setText(c.name)
        self.scale.setText(c.scale)
        self.stage.set_value(c.stage)
        for edit, value in (
            (self.products, c.products),
            (self.management, c.management),
            (self.finance, c.finance),
            (self.related, c.related_companies),
            (self.notes, c.notes),
        ):
            edit.setPlainText(value)
        self.industry.setCurrentIndex(max(0, self.industry.findData(c.industry_id)))
        self._show_industry()
        company_id = c.id
        assert company_id is not None
        self.runner.submit(lambda: self._people_text(company_id), self.people.setText)

    def _people_text(self, company_id: int) -> str:
        roles, names_of = self.dossiers.people_of(company_id)
        by_person: dict[int, list[str]] = {}
        for r in roles:
            by_person.setdefault(r.contact_id, []).append(label(r.role))
        return "<br>".join(
            f"{names_of[cid]}: {'、'.join(names)}"
            for cid, names in by_person.items()
            if cid in names_of
        ) or self.tr("No one linked yet (link people in their dossier).")

    def _show_industry(self) -> None:
        found = next((i for i in self.industries if i.id == self.industry.currentData()), None)
        for edit, value in (
            (self.cost, found.cost_structure if found else ""),
            (self.profit, found.profitability if found else ""),
            (self.depends, found.dependencies if found else ""),
            (self.substitutes, found.substitutability if found else ""),
            (self.competition, found.competition if found else ""),
        ):
            edit.setPlainText(value)
        self.cycle.set_value(found.life_cycle if found else None)

    def new_company(self) -> None:
        self.current = None
        self.list.clearSelection()
        for edit in (self.name, self.scale):
            edit.clear()
        for text in (self.products, self.management, self.finance, self.related, self.notes):
            text.clear()
        self.stage.set_value(None)
        self.industry.setCurrentIndex(0)
        self.people.setText("")
        self.name.setFocus()

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            QMessageBox.information(self, self.windowTitle(), self.tr("A company needs a name."))
            return
        industry_name = self.industry.currentText().strip()
        existing = next((i for i in self.industries if i.name == industry_name), None)
        industry = None
        if industry_name:
            industry = dataclasses.replace(
                existing or Industry(industry_name),
                cost_structure=self.cost.toPlainText().strip(),
                profitability=self.profit.toPlainText().strip(),
                dependencies=self.depends.toPlainText().strip(),
                substitutability=self.substitutes.toPlainText().strip(),
                life_cycle=self.cycle.value(),
                competition=self.competition.toPlainText().strip(),
            )
        company = Company(
            name,
            self.scale.text().strip(),
            self.stage.value(),
            self.products.toPlainText().strip(),
            self.management.toPlainText().strip(),
            self.finance.toPlainText().strip(),
            self.related.toPlainText().strip(),
            self.notes.toPlainText().strip(),
            None,
            self.current.id if self.current else None,
            self.current.version if self.current else None,
        )
        d = self.dossiers

        self.runner.submit(
            lambda: d.save_company(company, industry),
            lambda company_id: self.reload(company_id),
            self._warn,
        )

    def _warn(self, error: BaseException) -> None:
        if isinstance(error, EditConflict) and error.theirs is not None:
            # Saved elsewhere meanwhile: the user chooses, field by field, then saves that.
            base: Company | Industry | None = (
                self.current if isinstance(error.mine, Company) else None
            )
            if isinstance(error.mine, Industry):
                base = next((i for i in self.industries if i.id == error.key), None)
            d = self.dossiers

            def save(record: Company | Industry) -> None:
                self.runner.submit(
                    lambda: (
                        d.save_company(record)
                        if isinstance(record, Company)
                        else d.save_industry(record)
                    ),
                    lambda _id: self.reload(self.current.id if self.current else None),
                    self._warn,
                )

            def reload() -> None:
                self.reload(self.current.id if self.current else None)

            resolve_conflict(self, error, base, save, reload, lambda: None)
            return
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
