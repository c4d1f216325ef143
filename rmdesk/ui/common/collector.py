"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when its
thresholds are passed — often a worker reading the book. Collecting there a cycle that
holds Qt wrappers (a closed dialog and its lambdas) destroys Qt objects off the GUI
thread, which crashes PySide6 (seen as a segfault "Garbage-collecting" on the worker).
So automatic collection is switched off, and the GUI thread collects, generation by
generation as the thresholds say, a few times a second.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)
        gc.disable()

    def collect(self) -> None:
        counts, limits = gc.get_count(), gc.get_threshold()
        generation = -1
        for n in range(3):
            if counts[n] > limits[n]:
                generation = n
        if generation >= 0:
            gc.collect(generation)


_installed: list[GuiThreadCollector] = []  # on the application that runs


def collect_on_gui_thread() -> None:
    """Install the collector on the application (once). Not found with findChild: the
    first findChild of a process costs about 10 ms, on the way to the first screen."""
    app = QCoreApplication.instance()
    assert app is not None
    if not (_installed and shiboken6.isValid(_installed[0]) and _installed[0].parent() is app):
        _installed[:] = [GuiThreadCollector(app)]
