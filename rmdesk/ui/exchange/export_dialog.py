"""Export contacts: the whole book or the contacts chosen, as vCard (phones), CSV or
.xlsx (Excel); sensitive fields only when ticked, this time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.error_texts import error_text
from rmdesk.ui.common.context import Context

FORMATS = {".vcf": "vcf", ".csv": "csv", ".xlsx": "xlsx"}


class ExportDialog(QDialog):
    def __init__(self, ctx: Context, selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected = selected
        self.written: tuple[int, str] | None = None
        self.setWindowTitle(self.tr("Export contacts"))
        self.everyone = QRadioButton(self.tr("Every contact in the book"))
        self.chosen = QRadioButton(
            self.tr("The %n contact(s) chosen in the book", "", len(selected))
        )
        self.chosen.setEnabled(bool(selected))
        (self.chosen if selected else self.everyone).setChecked(True)
        self.sensitive = QCheckBox(self.tr("Include the ID numbers (sensitive: only when needed)"))
        note = QLabel(
            self.tr(
                "vCard is what phones and CardDAV servers read; CSV and .xlsx open in Excel "
                "and WPS. The file is readable by you only."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: self.export())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.everyone, self.chosen, self.sensitive, note, buttons):
            layout.addWidget(widget)

    def export(self, path: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export contacts"),
                "contacts.vcf",
                self.tr("vCard (*.vcf);;CSV for Excel (*.csv);;Excel workbook (*.xlsx)"),
            )
            if not path:
                return
        target = Path(path)
        fmt = FORMATS.get(target.suffix.lower(), "csv")
        ids = list(self.selected) if self.chosen.isChecked() else []
        sensitive = self.sensitive.isChecked()
        exchange = self.ctx.services.exchange

        def done(count: int) -> None:
            self.written = (count, str(target))
            QMessageBox.information(
                self,
                self.tr("Export contacts"),
                self.tr("%n contact(s) written to {0}.", "", count).format(target),
            )
            self.accept()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Export contacts"), error_text(error))

        self.ctx.runner.submit(lambda: exchange.export(target, ids, fmt, sensitive), done, failed)
