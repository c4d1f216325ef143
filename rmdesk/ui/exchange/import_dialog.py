"""Import contacts: the file (vCard, CSV, .xlsx and its sheet), which column is which
(guessed from the headers, or as chosen last time for the same headers) over a preview
of the first rows, what to do with duplicates, and the mode (the valid records, or all
or nothing). A dry run says what would happen; the import runs in one transaction with
a progress bar and Cancel, and its report lists every record rejected, with where it is
in the file and why."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.error_texts import error_text
from rmdesk.ui.common.context import Context

if TYPE_CHECKING:
    from rmdesk.exchange.importer import ImportReport
    from rmdesk.exchange.records import Note, Record
    from rmdesk.exchange.tables import Contents

PREVIEW_ROWS = 10
FIELD_ORDER = (
    "name", "mobile", "work_phone", "home_phone", "company", "title", "address",
    "work_address", "birthday", "lunar_birthday", "id_number", "email", "notes",
)  # fmt: skip


class _Stopped(Exception):
    pass


class ImportDialog(QDialog):
    progress = Signal(int, int)  # from the worker: done, total

    def __init__(self, ctx: Context, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exchange = ctx.services.exchange
        self.contents: Contents | None = None
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.stop: threading.Event | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(1000, 680)

        self.file_label = QLabel(self.tr("No file chosen."))
        choose = QPushButton(self.tr("Choose a file…"))
        choose.clicked.connect(lambda: self.choose_file())
        self.sheet = QComboBox()
        self.sheet.setVisible(False)
        self.sheet.activated.connect(lambda _i: self.open_file(self.path, self.sheet.currentText()))
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet)

        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.combos: list[QComboBox] = []

        self.duplicates = QButtonGroup(self)
        dup_box = QGroupBox(
            self.tr("A contact already in the book (same phone, ID number, or name and company)")
        )
        dup_row = QHBoxLayout(dup_box)
        choices = (
            ("skip", self.tr("Skip it")),
            ("update", self.tr("Add what is new to the book's contact")),
            ("keep", self.tr("Keep both")),
        )
        for n, (key, text) in enumerate(choices):
            button = QRadioButton(text)
            button.setProperty("key", key)
            button.setChecked(n == 0)
            self.duplicates.addButton(button, n)
            dup_row.addWidget(button)
        self.all_or_nothing = QRadioButton(
            self.tr("All or nothing: import nothing if any record is rejected")
        )
        self.valid_only = QRadioButton(
            self.tr("Import the valid records and list the rejected ones")
        )
        self.valid_only.setChecked(True)
        mode_box = QGroupBox(self.tr("When a record cannot be imported"))
        mode_col = QVBoxLayout(mode_box)
        mode_col.addWidget(self.valid_only)
        mode_col.addWidget(self.all_or_nothing)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QListWidget()
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.dry_button = QPushButton(self.tr("Dry run"))
        self.dry_button.clicked.connect(lambda: self.run(dry=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.run(dry=False))
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.dry_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(self.tr("Which column is which (the first rows of the file below):"))
        )
        layout.addWidget(self.preview, 3)
        layout.addWidget(dup_box)
        layout.addWidget(mode_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.bar)
        layout.addLayout(bottom)
        self.progress.connect(self._progress)
        self._update_buttons()
        if path:
            self.open_file(Path(path))

    # -- the file ------------------------------------------------------------------------

    def field_label(self, field: str) -> str:
        return {
            "": self.tr("(not imported)"),
            "name": self.tr("Name"),
            "mobile": self.tr("Mobile"),
            "work_phone": self.tr("Work phone"),
            "home_phone": self.tr("Home phone"),
            "company": self.tr("Company"),
            "title": self.tr("Position"),
            "address": self.tr("Address"),
            "work_address": self.tr("Work address"),
            "birthday": self.tr("Birthday"),
            "lunar_birthday": self.tr("Lunar birthday"),
            "id_number": self.tr("ID number"),
            "email": self.tr("Email"),
            "notes": self.tr("Notes"),
        }[field]

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.vcf *.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path | None, sheet: str = "") -> None:
        if path is None:
            return
        exchange = self.exchange

        def read() -> tuple[Contents, dict[int, str]]:
            contents = exchange.read_file(path, "", sheet)
            mapping = exchange.mapping_for(contents.table) if contents.table else {}
            return contents, mapping

        def failed(error: BaseException) -> None:
            self.contents = None
            self.file_label.setText(path.name)
            self._update_buttons()
            QMessageBox.warning(self, self.tr("Import contacts"), self.wrong_file_text(error))

        self.path = path
        self.ctx.runner.submit(read, lambda found: self._show_file(*found), failed)

    def wrong_file_text(self, error: BaseException) -> str:
        what = getattr(error, "what", None)
        if what is None:
            return error_text(error)
        return self.tr("{0} cannot be imported: {1}").format(
            self.path.name if self.path else "", what
        )

    def _show_file(self, contents: Contents, mapping: dict[int, str]) -> None:
        assert self.path is not None
        self.contents = contents
        self.report = None
        self.summary.clear()
        self.details.clear()
        table = contents.table
        if table is None:
            self.file_label.setText(
                self.tr("{0}: %n vCard(s)", "", len(contents.cards)).format(self.path.name)
            )
            self._preview_cards(contents.cards)
        else:
            self.file_label.setText(
                self.tr("{0}: %n row(s) under the header", "", len(table.rows)).format(
                    self.path.name
                )
            )
            self.sheet.setVisible(len(table.sheets) > 1)
            self.sheet.clear()
            self.sheet.addItems(list(table.sheets))
            self.sheet.setCurrentText(table.sheet)
            self._preview_table(mapping)
        self._update_buttons()

    def _preview_cards(self, cards: tuple[Record, ...]) -> None:
        self.combos = []
        headers = [self.field_label(f) for f in ("name", "mobile", "company", "birthday")]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(min(PREVIEW_ROWS, len(cards)))
        for row, card in enumerate(cards[:PREVIEW_ROWS]):
            cells = (card.name, " / ".join(n for _k, n in card.phones), card.company, card.birthday)
            for col, text in enumerate(cells):
                self.preview.setItem(row, col, QTableWidgetItem(text))

    def _preview_table(self, mapping: dict[int, str]) -> None:
        assert self.contents is not None and self.contents.table is not None
        table = self.contents.table
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        self.preview.setRowCount(1 + min(PREVIEW_ROWS, len(table.rows)))
        self.combos = []
        for col in range(len(table.headers)):
            combo = QComboBox()
            for field in ("", *FIELD_ORDER):
                combo.addItem(self.field_label(field), field)
            combo.setCurrentIndex(combo.findData(mapping.get(col, "")))
            self.preview.setCellWidget(0, col, combo)
            self.combos.append(combo)
            combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        for row, (_number, cells) in enumerate(table.rows[:PREVIEW_ROWS], start=1):
            for col, text in enumerate(cells[: len(table.headers)]):
                self.preview.setItem(row, col, QTableWidgetItem(text))

    def mapping(self) -> dict[int, str]:
        return {n: c.currentData() for n, c in enumerate(self.combos) if c.currentData()}

    def _update_buttons(self) -> None:
        ready = self.contents is not None and self.stop is None
        if ready and self.contents is not None and self.contents.table is not None:
            ready = "name" in self.mapping().values()
            if not ready:
                self.summary.setText(self.tr("Choose which column holds the names."))
        self.dry_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    # -- importing -----------------------------------------------------------------------

    def run(self, dry: bool) -> None:
        contents = self.contents
        if contents is None:
            return
        mapping = self.mapping() if contents.table is not None else None
        checked = self.duplicates.checkedButton()
        duplicates = str(checked.property("key")) if checked else "skip"
        all_or_nothing = self.all_or_nothing.isChecked()
        exchange = self.exchange
        stop = self.stop = threading.Event()
        self._busy(True, dry)

        def progress(done: int, total: int) -> None:
            if stop.is_set():
                from rmdesk.exchange.importer import ImportCancelled

                raise ImportCancelled()
            self.progress.emit(done, total)

        def work() -> ImportReport:
            records = exchange.records(contents, mapping)
            if mapping is not None and contents.table is not None:
                exchange.remember_mapping(contents.table, mapping)
            return exchange.import_records(
                records,
                duplicates=duplicates,
                all_or_nothing=all_or_nothing,
                dry_run=dry,
                progress=progress,
            )

        def failed(error: BaseException) -> None:
            self._busy(False, dry)
            from rmdesk.exchange.importer import ImportCancelled

            if isinstance(error, ImportCancelled):
                self.summary.setText(self.tr("Import cancelled: nothing was imported."))
                return
            QMessageBox.warning(
                self,
                self.tr("Import contacts"),
                error_text(error) + " " + self.tr("Nothing was imported."),
            )

        self.ctx.runner.submit(work, lambda report: self._done(report, dry), failed)

    def cancel(self) -> None:
        if self.stop is not None:
            self.stop.set()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _busy(self, busy: bool, dry: bool) -> None:
        if not busy:
            self.stop = None
        self.bar.setVisible(busy and not dry)
        self.bar.setValue(0)
        self.cancel_button.setVisible(busy and not dry)
        self._update_buttons()

    def note_text(self, note: Note) -> str:
        code, value = note
        return {
            "no_name": self.tr("no name"),
            "invalid": self.tr("a field is not valid ({0})"),
            "scientific": self.tr(
                "the phone {0} is in scientific notation (Excel cut its digits): left out"
            ),
            "bad_phone": self.tr("the phone {0} is not a number that can be dialled: left out"),
            "bad_birthday": self.tr("the birthday {0} is not a date rmdesk can read: left out"),
            "bad_id": self.tr("the ID number {0} is not valid: left out"),
            "no_end": self.tr("the card has no END:VCARD; it ends where the next begins"),
        }.get(code, code).format(value)

    def place_text(self, place: str) -> str:
        """line 4, row 5, card 2 (line 13): in the user's language."""
        import re

        if m := re.fullmatch(r"card (\d+) \(line (\d+)\)", place):
            return self.tr("card {0} (line {1})").format(*m.groups())
        if m := re.fullmatch(r"(line|row) (\d+)", place):
            word = self.tr("line {0}") if m.group(1) == "line" else self.tr("row {0}")
            return word.format(m.group(2))
        return place

    def _done(self, report: ImportReport, dry: bool) -> None:
        self._busy(False, dry)
        self.report = report
        counts = (
            len(report.added),
            len(report.updated),
            len(report.duplicates),
            len(report.rejected),
        )
        if dry:
            text = self.tr(
                "Dry run: {0} would be added, {1} updated, {2} duplicates, {3} rejected. "
                "Nothing was written."
            )
        elif report.written:
            text = self.tr("Imported: {0} added, {1} updated, {2} duplicates, {3} rejected.")
        else:
            text = self.tr(
                "Nothing was imported: {3} record(s) rejected and all or nothing was chosen."
            )
        self.summary.setText(text.format(*counts))
        self.details.clear()
        for line in report.rejected:
            assert line.reason is not None
            self.details.addItem(
                self.tr("Rejected, {0}: {1}").format(
                    self.place_text(line.place), self.note_text(line.reason)
                )
            )
        for line in report.duplicates:
            self.details.addItem(
                self.tr("Duplicate, {0}: {1}").format(self.place_text(line.place), line.name)
            )
        for place, note in report.warnings:
            self.details.addItem(
                self.tr("{0}: {1}").format(self.place_text(place), self.note_text(note))
            )
