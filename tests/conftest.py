"""Shared fixtures. Tests never touch the user's real book, settings or cache."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Before any Qt import: headless, and Chromium may run as root in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
_HOME = tempfile.mkdtemp(prefix="rmdesk-test-home-")
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_HOME, var.lower())
os.environ.pop("RMDESK_DB", None)

import pytest  # noqa: E402

from rmdesk.contacts.book import ContactBook  # noqa: E402
from rmdesk.demo.generator import write_demo_book  # noqa: E402
from rmdesk.store.database import Store, open_store  # noqa: E402


@pytest.fixture(autouse=True)
def language_back_to_english():
    """A command run in-process (`rmdesk briefing --lang zh_CN`) sets the process's
    language, as a command may: the next test starts in English again."""
    yield
    from rmdesk import i18n

    if i18n.language() != "en":
        i18n.use_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "book.sqlite"


@pytest.fixture
def store(db_path: Path):
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def book(store: Store) -> ContactBook:
    return ContactBook(store)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 300-contact demo book, written once per test run; copy it before changing it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    s = open_store(path)
    write_demo_book(s, clients=300, seed=7)
    s.close()
    return path


# -- a real CalDAV server and a keyring for the calendar tests -----------------------

import contextlib  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def radicale_server(folder: Path, *extra: str):
    """A Radicale server on 127.0.0.1 with one user, rm / secret; RuntimeError with its
    own words when it does not start (the one place tests start it)."""
    port = free_port()
    users = folder / "users"
    users.write_text("rm:secret\n")
    log = (folder / "radicale.log").open("wb")  # a file: a pipe left unread could fill
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
         "--auth-htpasswd-encryption", "plain",
         "--storage-filesystem-folder", str(folder / "collections"), *extra],
        stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        listening = False
        while time.monotonic() < deadline and proc.poll() is None and not listening:
            with socket.socket() as s:
                listening = s.connect_ex(("127.0.0.1", port)) == 0
            if not listening:
                time.sleep(0.1)
        if not listening:  # say why, loudly: a calendar test must not run against nothing
            proc.kill()
            proc.wait(timeout=10)
            log.flush()
            said = (folder / "radicale.log").read_text(errors="replace").strip()[-2000:]
            raise RuntimeError(f"Radicale did not start on 127.0.0.1:{port}: {said or 'no output'}")
        yield f"http://127.0.0.1:{port}/"
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture
def radicale(tmp_path):
    with radicale_server(tmp_path) as url:
        yield url


# -- a real PostgreSQL server for team mode -------------------------------------------


def _pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)")
    return found[-1].parent


PG_ROOT_CERTS: dict[int, Path] = {}  # by port: the server's certificate, its own root


def postgres_root_cert(url: str) -> Path:
    """The test server's certificate (its own root), for sslmode=verify-full."""
    from sqlalchemy.engine import make_url

    port = make_url(url).port
    assert port is not None
    return PG_ROOT_CERTS[port]


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL cluster on 127.0.0.1, started and stopped here. As root,
    the server runs as the postgres user (it refuses root)."""
    import os as _os
    import shutil as _shutil

    bin_dir = _pg_bin()
    # Not under pytest's own temp folder: as root that is closed to the postgres user.
    home = Path(tempfile.mkdtemp(prefix="rmdesk-pg-"))
    data = home / "data"
    as_user: list[str] = []
    if _os.geteuid() == 0:
        _shutil.chown(home, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    # The server offers TLS, with a certificate for 127.0.0.1 signed by itself: the tests
    # trust it as their root to check sslmode=verify-full.
    cert, key = home / "server.crt", home / "server.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    key.chmod(0o600)
    if as_user:
        _shutil.chown(key, "postgres")
        _shutil.chown(cert, "postgres")
    port = free_port()
    subprocess.run(
        [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(home / "log"), "-w",
         "-o", f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c ssl=on "
         f"-c ssl_cert_file={cert} -c ssl_key_file={key}", "start"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    PG_ROOT_CERTS[port] = cert
    subprocess.run(
        [str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
         "rmdesk"],
        check=True,
    )  # fmt: skip
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/rmdesk"
    subprocess.run(
        [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
        check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _shutil.rmtree(home, ignore_errors=True)


# -- a geocoder on 127.0.0.1 that answers as AMap's web service does ---------------------

TRUE_POINT = (28.6561, 121.4205)  # 台州市政府, WGS-84


@pytest.fixture
def amap_geocoder():
    """The URL of a local peer speaking AMap's geocoding protocol: key "good" finds the
    point (in GCJ-02, as AMap answers), "garbage" gets a broken answer, others a refusal."""
    import json as _json
    import threading as _threading
    import urllib.parse as _parse
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from GeoToolCN import wgs84_to_gcj02

    gcj_lon, gcj_lat = wgs84_to_gcj02(TRUE_POINT[1], TRUE_POINT[0])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = _parse.parse_qs(_parse.urlsplit(self.path).query)
            key = query.get("key", [""])[0]
            if key == "good":
                answer = {
                    "status": "1",
                    "info": "OK",
                    "count": "1",
                    "geocodes": [
                        {
                            "formatted_address": "浙江省台州市椒江区市府大道1号",
                            "location": f"{gcj_lon:.6f},{gcj_lat:.6f}",
                            "level": "门牌号",
                        }
                    ],
                }
                body = _json.dumps(answer, ensure_ascii=False).encode()
            elif key == "garbage":
                body = b"<html>proxy error</html>"
            else:
                body = b'{"status": "0", "info": "INVALID_USER_KEY", "infocode": "10001"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = _threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v3/geocode/geo"
    server.shutdown()
    server.server_close()


# -- what the windows are given -------------------------------------------------------


def screen_context(store: Store, settings: Path):
    """A Context as the main window makes it (services, their relay, both workers,
    preferences), for testing one screen alone. Shut down with `close_context`."""
    from rmdesk.services import build_services
    from rmdesk.ui.common.changes import Changes
    from rmdesk.ui.common.context import Context
    from rmdesk.ui.common.preferences import Preferences
    from rmdesk.ui.common.tasks import TaskRunner

    services = build_services(store)
    return Context(
        services,
        Changes(services.events),
        TaskRunner(),
        TaskRunner(name="rmdesk-net"),
        Preferences(settings),
    )


def close_context(ctx) -> None:
    ctx.changes.close()
    ctx.runner.shutdown()
    ctx.network.shutdown()
