"""The subscription feed (optional, off by default): the calendar served over HTTP at a
URL with a secret token, for phones on the same network.

It listens only on the address the user allows (127.0.0.1 unless they choose another),
answers only `GET /calendar/<token>.ics`, and says "not found" to anything else, a wrong
token included. Renewing the token makes the old URL useless.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer

from rmdesk.store.database import Store

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
    from rmdesk.store.models import BookSettingModel

    with store.session() as s:
        found = s.get(BookSettingModel, FEED_KEY)
        data = json.loads(found.value) if found is not None and found.value else {}
    settings = FeedSettings(
        **{k: v for k, v in data.items() if k in FeedSettings.__dataclass_fields__}
    )
    return (
        settings if settings.token else FeedSettings(**{**asdict(settings), "token": new_token()})
    )


def save_feed(store: Store, settings: FeedSettings) -> None:
    from rmdesk.store.models import BookSettingModel

    with store.session() as s:
        s.merge(BookSettingModel(key=FEED_KEY, value=json.dumps(asdict(settings))))


class FeedServer:
    """Serves `render()` (called on the server's own thread) at the token's URL."""

    def __init__(self, settings: FeedSettings, render: Callable[[], bytes]) -> None:
        self.settings = settings
        self.render = render
        expected = f"/calendar/{settings.token}.ics"
        feed = self

        class Handler(BaseHTTPRequestHandler):
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

        self.server = HTTPServer((settings.host, settings.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def start(self) -> FeedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
