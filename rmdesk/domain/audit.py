"""An entry of the audit trail, as the user and a compliance officer read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    kind: str
    clients: int
    sensitive_fields: tuple[str, ...]
    detail: str
    verified: bool
    actor: str = ""  # the database role that wrote it, on a team's book
