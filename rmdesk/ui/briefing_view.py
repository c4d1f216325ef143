"""The briefing in the app: read it, print it, save it as PDF.

Sensitive fields stay out unless "Include sensitive fields" is ticked — and it starts
unticked every time the window opens.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Signal
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

from rmdesk.dossier.briefing import Briefing
from rmdesk.ui.labels import approach_text, error_text, label, section_name
from rmdesk.ui.tasks import TaskRunner


def _h3(text: str, style: str = "") -> str:
    return f"<h3 style='{style}'>{html.escape(text)}</h3>"


def _para(text: str, style: str = "") -> str:
    return f"<p style='{style}'>{html.escape(text)}</p>"


class BriefingView(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        load: Callable[[bool], list[Briefing]],
        title: str,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        """`load(include_sensitive)` reads the briefings (on the worker thread)."""
        super().__init__(parent)
        self.runner = runner
        self.load = load
        self.lang = lang
        self.briefings: list[Briefing] = []
        self.setWindowTitle(title)
        self.resize(720, 660)  # within a 1366x768 laptop screen
        self.text = QTextBrowser()
        self.sensitive = QCheckBox(
            self.tr("Include sensitive fields (ID number, health, income, religion)")
        )
        self.sensitive.setChecked(False)
        self.sensitive.toggled.connect(lambda _on: self.refresh())
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
        self.briefings = briefings
        self.text.setHtml(self.html())
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(bool(briefings))

    def html(self) -> str:
        e = html.escape
        if not self.briefings:
            return _para(self.tr("No client to brief on that day."))
        names = {
            "cuisines": self.tr("Cuisines"), "restaurants": self.tr("Restaurants"),
            "drinks": self.tr("Drinks"), "smoking": self.tr("Smoking"),
            "allergies": self.tr("Allergies"), "taboos": self.tr("Taboos"),
            "hobbies": self.tr("Hobbies"), "business_with_us": self.tr("Business with us"),
            "relationship": self.tr("Relationship"), "opinion_of_us": self.tr("Opinion of us"),
            "competitor_banks": self.tr("Other banks"), "favoured_bank": self.tr("Favoured bank"),
            "first_business": self.tr("First business"), "id_number": self.tr("ID number"),
            "health": self.tr("Health"), "religion": self.tr("Religion"),
            "income_band": self.tr("Income"), "birthday": self.tr("Birthday"),
        }  # fmt: skip

        def table(pairs: list[tuple[str, str]]) -> str:
            if not pairs:
                return _para(self.tr("Nothing known yet."), "color:gray")
            rows = "".join(
                f"<tr><td style='color:#555;padding-right:10px' valign='top'>{e(names.get(k, k))}"
                f"</td><td>{e(v)}</td></tr>"
                for k, v in pairs
            )
            return f"<table cellspacing='2'>{rows}</table>"

        pages = []
        for b in self.briefings:
            out = f"<h2>{e(b.name)} <small>({e(b.address_as)})</small></h2>"
            line = " · ".join(
                x for x in (b.company, b.title, label(b.stage) if b.stage else "") if x
            )
            out += f"<p style='color:#555'>{e(line)}</p>"
            if b.style is not None:
                out += _h3(self.tr("Style and approach"))
                out += f"<p><b>{e(label(b.style))}</b> — {e(approach_text(b.style))}</p>"
            if b.plan is not None:
                p = b.plan
                out += _h3(self.tr("This visit")) + "<p>"
                out += e(
                    f"{p.time.day.isoformat()} {p.time.window_start:%H:%M} · {label(p.purpose)}"
                )
                if p.content:
                    out += "<br>" + e(p.content)
                if p.materials:
                    out += "<br>" + e(
                        self.tr("Bring: {0}").format("、".join(m.item for m in p.materials))
                    )
                if p.strategy:
                    out += "<br>" + e(p.strategy)
                out += "</p>"
            out += _h3(self.tr("Preferences and taboos")) + table(b.preferences)
            if b.family:
                out += _h3(section_name("family")) + _para(b.family)
            out += _h3(self.tr("Dates in the next 30 days"))
            dates = []
            for day, code, detail in b.dates:
                what = (
                    self.tr("{0} years with us").format(detail)
                    if code == "business_anniversary"
                    else names.get(code, code) + (f" ({detail})" if detail else "")
                )
                dates.append((day.isoformat(), what))
            out += table(dates)
            out += _h3(self.tr("With us and with other banks")) + table(b.holdings)
            out += _h3(self.tr("Last three visits"))
            out += table(
                [
                    (v.time.day.isoformat(), f"{label(v.purpose)} {v.content}".strip())
                    for v in b.interactions
                ]
            )
            if b.introducer is not None:
                name, status = b.introducer
                text = name + (f" ({label(status)})" if status else "")
                out += _h3(self.tr("Introduced by")) + _para(text)
            if b.sensitive:
                heading = (
                    self.tr("Sensitive fields (included this time)")
                    if b.sensitive_included
                    else self.tr("Identity (masked)")
                )
                out += _h3(heading, "color:#8e44ad") + table(b.sensitive)
            gaps = "、".join(section_name(s) for s in b.empty_sections)
            out += (
                "<p style='color:gray'>"
                + e(
                    self.tr("Dossier {0}% complete.").format(b.completeness)
                    + (" " + self.tr("Empty: {0}").format(gaps) if gaps else "")
                )
                + "</p>"
            )
            pages.append(out)
        return "<hr style='page-break-after:always'>".join(pages)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            doc = QTextDocument()
            doc.setHtml(self.html())
            doc.print_(printer)

    def save_pdf(self, path: str | None = None) -> None:
        if not self.briefings:
            return
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

        from rmdesk.dossier.pdf import write_briefings

        briefings, lang, target = list(self.briefings), self.lang, Path(path)
        self.runner.submit(
            lambda: str(write_briefings(target, briefings, lang)),
            self.saved.emit,
            self._warn,
        )

    def _warn(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))
