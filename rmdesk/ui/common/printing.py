"""Plain text on paper: a letter, a recovery key."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_text(parent: QWidget, text: str, font: QFont, printer: QPrinter | None = None) -> bool:
    """Print `text` in `font` on a printer the user picks (unless one is given); whether
    it was printed (False: the user cancelled the printer dialog)."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not QPrintDialog(printer, parent).exec():
            return False
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.print_(printer)
    return True
