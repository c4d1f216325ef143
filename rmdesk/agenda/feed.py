"""The subscription feed (optional, off by default): the calendar served over HTTP at a
URL with a secret token, for phones on the same network.

It listens only on the address the user allows (127.0.0.1 unless they choose another),
answers only `GET /calendar/<token>.ics`, and says "not found" to anything else, a wrong
token included. Renewing the token makes the old URL useless.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import json
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from rmdesk.store.database import Store
from rmdesk.store.personal import read_personal, write_personal

FEED_KEY = "feed"


@dataclass(frozen=True)
class FeedSettings:
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 8765
    token: str = ""
    privacy: str = "minimal"

    def url(self) -> str:
        return f"http://{self.host}:{self.port}/calendar/{self.token}.ics"


def new_token() -> str:
    return secrets.token_urlsafe(24)


def load_feed(store: Store) -> FeedSettings:
    """The user's feed (each RM has their own on a team's book)."""
    found = read_personal(store, FEED_KEY)
    data = json.loads(found) if found else {}
    settings = FeedSettings(
        **{k: v for k, v in data.items() if k in FeedSettings.__dataclass_fields__}
    )
    return (
        settings if settings.token else FeedSettings(**{**asdict(settings), "token": new_token()})
    )


def save_feed(store: Store, settings: FeedSettings) -> None:
    write_personal(store, FEED_KEY, json.dumps(asdict(settings)))


MAX_CONNECTIONS = 16  # phones of one RM, with room to spare
READ_TIMEOUT = 5.0  # seconds to send a request line and headers, or to stay idle
CONNECTION_DEADLINE = 15.0  # no connection, however it trickles, lives longer
STOP_POLL = 0.1  # how often the serving loop looks whether it should stop


class _Server(ThreadingHTTPServer):
    """A thread per connection (daemon: never waited for), at most `MAX_CONNECTIONS`.

    Every open connection is known, so that `stop()` can close them all at once and a
    reaper can close those past their deadline: a client that stalls holds one slot for
    a few seconds, never the feed.
    """

    daemon_threads = True
    block_on_close = False
    request_queue_size = 64  # a burst waits to be accepted (and refused) rather than lost

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self.open: dict[socket.socket, float] = {}
        self.open_lock = threading.Lock()
        self.refused = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            self.refused += 1  # a flood: answer nothing, keep serving the others
            self.shutdown_request(request)
            return
        with self.open_lock:
            self.open[request] = time.monotonic() + CONNECTION_DEADLINE
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._forget(request)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._forget(request)

    def _forget(self, request: Any) -> None:
        with self.open_lock:
            known = self.open.pop(request, None)
        if known is not None:
            self.slots.release()

    def close_connections(self, overdue_only: bool) -> None:
        now = time.monotonic()
        with self.open_lock:
            chosen = [s for s, deadline in self.open.items() if not overdue_only or deadline < now]
        for sock in chosen:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # the handler's read or write ends at once


class FeedServer:
    """Serves `render()` (called on a connection's own thread) at the token's URL.

    Requests are served concurrently; a request must arrive within `READ_TIMEOUT` and
    a connection ends by `CONNECTION_DEADLINE`; `stop()` returns within a second
    whatever the clients do.
    """

    def __init__(self, settings: FeedSettings, render: Callable[[], bytes]) -> None:
        self.settings = settings
        self.render = render
        expected = f"/calendar/{settings.token}.ics"
        feed = self

        class Handler(BaseHTTPRequestHandler):
            timeout = READ_TIMEOUT
            server_version = "rmdesk"
            sys_version = ""  # the Server header names no Python version

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                if not hmac.compare_digest(path.encode(), expected.encode()):
                    self.send_error(404)
                    return
                try:
                    body = feed.render()
                except Exception:  # the phone gets a 503; the app logs nothing private
                    self.send_error(503)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                pass  # the URL holds the token: keep it out of logs

        self.server = _Server((settings.host, settings.port), Handler)
        self._stopping = threading.Event()
        self.thread = threading.Thread(
            target=self.server.serve_forever,
            kwargs={"poll_interval": STOP_POLL},
            name="rmdesk-feed",
            daemon=True,
        )
        self._reaper = threading.Thread(target=self._reap, name="rmdesk-feed-reaper", daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def start(self) -> FeedServer:
        self.thread.start()
        self._reaper.start()
        return self

    def serve(self) -> None:
        """Serve on this thread until `stop()` (or Ctrl+C) — for the command line."""
        self._reaper.start()
        try:
            self.server.serve_forever(poll_interval=STOP_POLL)
        finally:
            self._close()

    def _reap(self) -> None:
        while not self._stopping.wait(1.0):
            self.server.close_connections(overdue_only=True)

    def stop(self) -> None:
        """Stop listening and close every connection; returns within a second."""
        self._stopping.set()
        if self.thread.is_alive():
            self.server.shutdown()  # the serving loop notices within STOP_POLL
        self._close()

    def _close(self) -> None:
        self._stopping.set()
        self.server.close_connections(overdue_only=False)
        self.server.server_close()


def calendar_feed(store: Store, settings: FeedSettings, today: dt.date | None = None) -> bytes:
    """The feed's body: a week back and three months ahead, in the feed's privacy.

    Called on a connection's thread: the store gives it a reader of its own (its
    sessions come from a thread-safe pool), closed again when the feed is rendered.
    """
    from rmdesk.agenda.ics import to_ics
    from rmdesk.agenda.items import Privacy, calendar_items

    try:
        day = today or dt.date.today()
        items = calendar_items(
            store,
            day - dt.timedelta(days=7),
            day + dt.timedelta(days=90),
            Privacy(settings.privacy),
        )
        return to_ics(items)
    finally:
        store.release_thread()
