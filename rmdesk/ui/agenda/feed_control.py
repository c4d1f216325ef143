"""The phone-calendar subscription feed as the windows drive it: started from the book's
settings at start, restarted when they change, stopped when the app closes. The server
is only ever touched on the network worker, so stopping it (which cuts off whatever the
phones hold open) never waits on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from rmdesk.ui.common.context import Context

if TYPE_CHECKING:
    from rmdesk.agenda.feed import FeedServer, FeedSettings


class FeedControl(QObject):
    """`failed(text)` says, on the GUI thread, why a feed started on its own cannot listen."""

    failed = Signal(str)

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agenda = ctx.services.agenda
        self._runner = ctx.runner
        self._network = ctx.network
        self.server: FeedServer | None = None  # as last reported on the GUI thread
        self.settings: FeedSettings | None = None
        self._running: FeedServer | None = None  # the network worker's own

    def start_saved(self) -> None:
        """Start the feed if the book's settings say it is on."""
        agenda = self._agenda

        def read() -> FeedSettings:
            # Read on the worker: the first screen shows before the ORM loads.
            return agenda.feed_settings()

        def start(settings: FeedSettings) -> None:
            if settings.enabled:
                self.restart(settings)

        self._runner.submit(read, start)

    def restart(
        self,
        settings: FeedSettings,
        on_done: Callable[[FeedServer | None], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Stop the feed, and start it again if `settings` enable it. `on_done(server)`
        (None when off) or `on_error(OSError)` follows on the GUI thread."""
        self.settings = settings
        agenda = self._agenda

        def swap() -> FeedServer | None:
            # Only the network worker touches the running server: requests run in order.
            self._stop_running()
            if settings.enabled:
                self._running = agenda.feed_server(settings).start()
            return self._running

        def started(server: FeedServer | None) -> None:
            self.server = server
            if on_done is not None:
                on_done(server)

        self._network.submit(swap, started, on_error or self._say_failed)

    def stop(self) -> None:
        """Stop the feed (the app is closing): on the network worker, without waiting."""
        self._network.submit(self._stop_running)
        self.server = None

    def _stop_running(self) -> None:
        if self._running is not None:
            self._running.stop()
            self._running = None

    def _say_failed(self, error: BaseException) -> None:
        settings = self.settings
        self.failed.emit(
            self.tr("The calendar subscription cannot listen on {0}:{1}: {2}").format(
                settings.host if settings else "",
                settings.port if settings else "",
                getattr(error, "strerror", None) or error,
            )
        )


def local_addresses() -> list[str]:
    """127.0.0.1 first, then this machine's network addresses."""
    import socket

    found = ["127.0.0.1"]
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if address not in found and not address.startswith("127."):
                found.append(address)
    except OSError:
        pass
    return found
