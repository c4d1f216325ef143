"""The audit trail for a compliance review: each time client data left rmdesk — when,
who (on a team's book), what kind, how many clients, which sensitive fields — with the
chain checked (an edited or deleted entry shows in red), filtered by period and kind,
and exported as CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.error_texts import error_text
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.qdates import to_date

if TYPE_CHECKING:
    from rmdesk.domain.audit import AuditEntry

KINDS = ("calendar_export", "caldav_push", "feed_fetch", "briefing_pdf", "day_sheet_pdf",
         "chart_png", "briefing_print", "letter_print", "contact_export",
         "gift_ledger_export", "backup")  # fmt: skip
RED = QColor("#c0392b")
WHO = 1  # the column of the entry's writer


class AuditWindow(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.audit = ctx.services.audit
        self.entries: list[AuditEntry] = []
        self.shown: list[AuditEntry] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1000, 560)
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-30))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), "")
        for kind in KINDS:
            self.kind.addItem(self.kind_text(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill())
        export = QPushButton(self.tr("Export for a review…"))
        export.clicked.connect(lambda: self.export())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.last)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(export)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Clients"),
             self.tr("Sensitive fields"), self.tr("Detail"), self.tr("Verified")]
        )  # fmt: skip
        self.table.setColumnHidden(WHO, True)  # an embedded book has one user
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh()

    def kind_text(self, kind: str) -> str:
        return {
            "calendar_export": self.tr("Calendar file exported"),
            "caldav_push": self.tr("Sent to a CalDAV server"),
            "feed_fetch": self.tr("Calendar feed fetched by a phone"),
            "briefing_pdf": self.tr("Briefing PDF"),
            "day_sheet_pdf": self.tr("Day sheet PDF"),
            "chart_png": self.tr("Chart saved as an image"),
            "briefing_print": self.tr("Briefing printed"),
            "letter_print": self.tr("Thank-you letter printed"),
            "contact_export": self.tr("Contacts exported"),
            "gift_ledger_export": self.tr("Gift ledger exported"),
            "backup": self.tr("Backup"),
        }.get(kind, kind)

    def field_text(self, field: str) -> str:
        return {
            "id_number": self.tr("ID number"),
            "health": self.tr("Health"),
            "religion": self.tr("Religion"),
            "income_band": self.tr("Income"),
        }.get(field, field)

    def refresh(self) -> None:
        first, last = to_date(self.first.date()), to_date(self.last.date())
        audit = self.audit

        def read() -> tuple[list[AuditEntry], list[int]]:
            return audit.entries(first, last), audit.broken()

        self.ctx.runner.submit(read, lambda found: self._show(*found), self._failed)

    def _show(self, entries: list[AuditEntry], broken: list[int]) -> None:
        self.entries = entries
        if broken:
            self.status.setText(
                self.tr(
                    "The trail does not verify: entries {0} were edited, or follow one that was "
                    "deleted. Tell your compliance officer."
                ).format(", ".join(map(str, broken)))
            )
            self.status.setStyleSheet(f"color: {RED.name()}")
        else:
            self.status.setText(
                self.tr("The whole trail verifies: no entry was edited or deleted.")
            )
            self.status.setStyleSheet("")
        self._fill()

    def _fill(self) -> None:
        kind = self.kind.currentData()
        self.shown = [e for e in self.entries if not kind or e.kind == kind]
        self.table.setRowCount(len(self.shown))
        for row, e in enumerate(self.shown):
            cells = (
                f"{e.at:%Y-%m-%d %H:%M}",
                e.actor,
                self.kind_text(e.kind),
                str(e.clients),
                "、".join(self.field_text(f) for f in e.sensitive_fields),
                e.detail,
                self.tr("yes") if e.verified else self.tr("NO"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not e.verified:
                    item.setForeground(RED)
                self.table.setItem(row, col, item)
        # Who wrote each entry: a team's book (entries before rmdesk kept it have none).
        self.table.setColumnHidden(WHO, not any(e.actor for e in self.entries))
        for col in (0, 1, 2, 4):
            self.table.resizeColumnToContents(col)

    def export(self, path: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit trail"),
                f"audit-{dt.date.today().isoformat()}.csv",
                self.tr("CSV for Excel (*.csv)"),
            )
            if not path:
                return
        shown, target, audit = list(self.shown), Path(path), self.audit

        def done(count: int) -> None:
            self.status.setText(self.tr("%n entry(s) written to {0}.", "", count).format(target))

        self.ctx.runner.submit(lambda: audit.export(target, shown), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Audit trail"), error_text(error))
