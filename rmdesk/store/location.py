"""Where the book lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP = "rmdesk"
ENV_DB = "RMDESK_DB"
ENV_PASSPHRASE = "RMDESK_PASSPHRASE"  # an encrypted book's passphrase, for scripts


def data_dir() -> Path:
    return Path(user_data_dir(APP, appauthor=False))


def default_database() -> str:
    """The user's book: $RMDESK_DB, else rmdesk.sqlite in the user's data folder."""
    return os.environ.get(ENV_DB) or str(data_dir() / "rmdesk.sqlite")


def demo_database() -> str:
    """The demo book, kept apart from the user's real data."""
    return str(data_dir() / "demo.sqlite")
