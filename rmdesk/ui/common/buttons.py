"""The Save and Cancel row every editing dialog ends with, said in the UI language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save calls `save` (which closes the dialog when it succeeds); Cancel rejects it
    (and so asks first where the dialog's reject does)."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("Buttons", "Save")
    )
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Buttons", "Cancel")
    )
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    return box
