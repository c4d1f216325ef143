"""The File menu's windows for the book's data: import and export contacts, backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from rmdesk.ui.main_window import MainWindow


def import_contacts(w: MainWindow, path: str = "") -> None:
    from rmdesk.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(w.ctx, path, w)  # owned by the window: found with findChild
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if not path:
        dialog.choose_file()


def export_contacts(w: MainWindow) -> None:
    from rmdesk.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(w.ctx, w.selected_ids(), w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_backups(w: MainWindow) -> None:
    from rmdesk.ui.backups_dialog import BackupsDialog

    if not w.services.backups.available:
        QMessageBox.information(
            w,
            QCoreApplication.translate("MainWindow", "Backups"),
            QCoreApplication.translate(
                "MainWindow", "A team's book on a server is backed up on the server, not by rmdesk."
            ),
        )
        return
    dialog = BackupsDialog(w.ctx, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_duplicates(w: MainWindow) -> None:
    """One duplicates window, brought forward if open."""
    from rmdesk.ui.exchange.duplicates_window import DuplicatesWindow

    window = w.findChild(DuplicatesWindow) or DuplicatesWindow(w.ctx, w)
    window.show()
    window.raise_()
    window.activateWindow()


def show_profile(w: MainWindow) -> None:
    """My details: the RM's own name, title, phone and gender."""
    from rmdesk.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(w.ctx, w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_audit(w: MainWindow) -> None:
    """The audit trail, one window, brought forward if open."""
    from rmdesk.ui.audit_window import AuditWindow

    window = w.findChild(AuditWindow) or AuditWindow(w.ctx, w)
    window.show()
    window.raise_()
    window.activateWindow()
