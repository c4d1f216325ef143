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


@pytest.fixture
def radicale(tmp_path):
    """A Radicale server on 127.0.0.1 with one user, rm / secret."""
    port = free_port()
    users = tmp_path / "users"
    users.write_text("rm:secret\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
         "--auth-htpasswd-encryption", "plain",
         "--storage-filesystem-folder", str(tmp_path / "collections")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=10)
