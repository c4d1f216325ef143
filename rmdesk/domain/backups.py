"""What a backup of the book is, and the error when one cannot be made or used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rmdesk.domain.errors import RmdeskError


class BackupFailed(RmdeskError):
    """A backup could not be written or read back, or a file is not a usable backup."""

    code = "backup_failed"

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {detail}")


@dataclass(frozen=True)
class Backup:
    path: Path
    when: dt.datetime
    reason: str  # daily, import, restore, manual, migration
    size: int
