"""One background worker for all database work, results delivered on the GUI thread.

SQLite is happiest with one writer, and the window must never wait on the disk: every
service call goes through `TaskRunner.submit`, runs on the single worker thread, and its
result (or error) comes back through a queued signal to a callback on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
BUSY_AFTER_MS = 500  # anything longer than this shows progress


class TaskRunner(QObject):
    """Runs callables on the database worker; `busy` tells the window to show progress."""

    _delivered = Signal(object, object, object, object)  # on_done, on_error, result, error
    busy = Signal(bool)
    failed = Signal(object)  # an error nobody handled

    def __init__(self, parent: QObject | None = None, name: str = "rmdesk-db") -> None:
        super().__init__(parent)
        # One for the database; another (name "rmdesk-net") keeps network work, which
        # may wait on a slow peer, from holding up the database.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending = 0
        self._closed = False
        # Always queued: a task that is already done when its callback is attached runs
        # the callback on this thread, and a direct call would then deliver the result
        # before the caller has started waiting for it (seen as a hang at start-up).
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._now_busy)
        self._busy = False

    @property
    def pending(self) -> int:
        return self._pending

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[T]:
        """Run `work()` on the worker; call `on_done(result)` or `on_error(exc)` here."""
        if self._closed:
            # The window is closing: late requests (a scroll, a refresh) are dropped.
            dropped: Future[T] = Future()
            dropped.cancel()
            return dropped
        self._pending += 1
        if self._pending == 1:
            self._busy_timer.start()
        future = self._executor.submit(work)

        def finished(f: Future[T]) -> None:
            error = f.exception()
            self._delivered.emit(on_done, on_error, None if error else f.result(), error)

        future.add_done_callback(finished)
        return future

    def _deliver(self, on_done: Any, on_error: Any, result: Any, error: Any) -> None:
        self._pending -= 1
        if self._closed:
            return
        if self._pending == 0:
            self._busy_timer.stop()
            if self._busy:
                self._busy = False
                self.busy.emit(False)
        if _gone(on_done if error is None else on_error):
            return  # the window that asked was closed meanwhile: nobody to tell
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background task failed", exc_info=error)
                self.failed.emit(error)
        elif on_done is not None:
            on_done(result)

    def _now_busy(self) -> None:
        self._busy = True
        self.busy.emit(True)

    def shutdown(self, wait: bool = True) -> None:
        """Finish queued work (so nothing the user saved is lost), then stop the worker.

        With `wait=False` the queued work still runs, but nobody waits for it here."""
        self._closed = True
        self._executor.shutdown(wait=wait)


def _gone(callback: Any) -> bool:
    """Whether a callback is a method of a Qt object whose C++ side is deleted."""
    import shiboken6

    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)
