"""The briefing in the app: read it, print it, save it as PDF.

Sensitive fields stay out unless "Include sensitive fields" is ticked — and it starts
unticked every time the window opens.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmdesk.documents.briefing import briefing_document
from rmdesk.documents.render import to_html
from rmdesk.dossier.briefing import Briefing
from rmdesk.error_texts import error_text
from rmdesk.ui.common.context import Context
from rmdesk.ui.common.masking import REVEAL_MS


def _para(text: str, style: str = "") -> str:
    return f"<p style='{style}'>{html.escape(text)}</p>"


class BriefingView(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        ctx: Context,
        load: Callable[[bool], list[Briefing]],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        """`load(include_sensitive)` reads the briefings (on the worker thread)."""
        super().__init__(parent)
        self.runner = ctx.runner
        self.documents = ctx.services.documents
        self.audit = ctx.services.audit
        self.load = load
        self.document = briefing_document([])
        self.briefings: list[Briefing] = []
        self.setWindowTitle(title)
        self.resize(720, 660)  # within a 1366x768 laptop screen
        self.text = QTextBrowser()
        self.sensitive = QCheckBox(
            self.tr("Include sensitive fields (ID number, health, income, religion)")
        )
        self.sensitive.setChecked(False)
        self.sensitive.toggled.connect(lambda _on: self.refresh())
        # Shown on screen, the sensitive fields hide again after a short while (what is
        # printed or saved is what showed when the RM asked for it).
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(REVEAL_MS)
        self.hide_timer.timeout.connect(lambda: self.sensitive.setChecked(False))
        self.sensitive.toggled.connect(
            lambda on: self.hide_timer.start() if on else self.hide_timer.stop()
        )
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.sensitive, 1)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        include = self.sensitive.isChecked()
        self.text.setHtml(_para(self.tr("Reading…"), "color:gray"))
        self.runner.submit(lambda: self.load(include), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.text.setHtml(f"<p>{html.escape(error_text(error))}</p>")

    def _show(self, briefings: list[Briefing]) -> None:
        # Built once: the window shows it, prints it and saves it as PDF from this.
        self.briefings = briefings
        self.document = briefing_document(briefings)
        self.text.setHtml(self.html())
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(bool(briefings))

    def html(self) -> str:
        return to_html(self.document)

    def print_(self) -> None:
        page, briefings = self.html(), list(self.briefings)  # as shown when asked
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            doc = QTextDocument()
            doc.setHtml(page)
            doc.print_(printer)
            from rmdesk.dossier.briefing import sensitive_in

            audit = self.audit
            self.runner.submit(
                lambda: audit.record(
                    "briefing_print", len(briefings), tuple(sensitive_in(briefings))
                )
            )

    def save_pdf(self, path: str | None = None) -> None:
        if not self.briefings:
            return
        document, briefings = self.document, list(self.briefings)  # as shown when asked
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the briefing"),
                f"briefing-{dt.date.today().isoformat()}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
        from pathlib import Path

        from rmdesk.dossier.briefing import sensitive_in

        documents, target = self.documents, Path(path)
        clients, sensitive = len(briefings), sensitive_in(briefings)
        self.runner.submit(
            lambda: str(
                documents.save_pdf(
                    target, document, kind="briefing_pdf", clients=clients, sensitive=sensitive
                )
            ),
            self.saved.emit,
            self._warn,
        )

    def _warn(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
