"""The services' change events, delivered on the GUI thread.

Services announce a change on the thread that made it (a worker). `Changes` subscribes
once and re-emits each event as a Qt signal; Qt queues it to the GUI thread, where
each view that shows what changed refreshes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from rmdesk.services.events import Change, Events


class Changes(QObject):
    changed = Signal(object)  # a rmdesk.services.events.Change

    def __init__(self, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = events.subscribe(self._relay)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _relay(self, event: Change) -> None:
        self.changed.emit(event)

    def close(self) -> None:
        """Stop relaying (before this object goes away)."""
        self._unsubscribe()
