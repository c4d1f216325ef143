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
