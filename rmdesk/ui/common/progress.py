"""Waiting for work that must finish before the window can go on (opening the book)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from rmdesk.ui.common.tasks import BUSY_AFTER_MS, TaskRunner

T = TypeVar("T")


class _Relay(QObject):
    step = Signal(int, int)


class Progress:
    """Handed to the work: `report(done, total)` from any thread, `cancelled()` to poll."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._relay.step.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


def run_with_progress(
    runner: TaskRunner,
    work: Callable[[Progress], T],
    text: str,
    parent: QWidget | None = None,
    cancellable: bool = False,
) -> T:
    """Run `work` on the database worker while the GUI stays live; a progress dialog
    appears if it takes longer than half a second. Re-raises the work's error."""
    relay = _Relay()
    progress = Progress(relay)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle("rmdesk")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(BUSY_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("App", "Cancel"))
        dialog.canceled.connect(progress.cancel)
    else:
        dialog.setCancelButton(None)

    def step(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    relay.step.connect(step)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    runner.submit(
        lambda: work(progress), lambda r: finish("result", r), lambda e: finish("error", e)
    )
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
