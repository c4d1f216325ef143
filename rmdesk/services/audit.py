"""The audit trail for the user and their compliance officer: the entries, the check of
the chain, and the trail written out for a review (the entries hold no client data)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.store.database import Store

if TYPE_CHECKING:
    from rmdesk.domain.audit import AuditEntry


class AuditService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> list[AuditEntry]:
        from rmdesk.store.audit import entries

        return entries(self._store, first, last)

    def record(self, kind: str, clients: int, sensitive: tuple[str, ...] = ()) -> int:
        """An entry for data that left through the window itself (printed on paper)."""
        from rmdesk.store.audit import record

        return record(self._store, kind, clients, sensitive)

    def broken(self) -> list[int]:
        """The entries that were edited, or follow a deleted one; [] when whole."""
        from rmdesk.store.audit import broken

        return broken(self._store)

    def export(self, path: Path, entries: list[AuditEntry]) -> int:
        """The entries as CSV (UTF-8 with a BOM, for Excel), private and atomic."""
        from rmdesk.store.private import write_private

        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(
            ["id", "at", "actor", "kind", "clients", "sensitive_fields", "detail", "verified"]
        )
        for e in entries:
            writer.writerow(
                [e.id, e.at.isoformat(sep=" "), e.actor, e.kind, e.clients,
                 " ".join(e.sensitive_fields), e.detail, "yes" if e.verified else "NO"]
            )  # fmt: skip
        write_private(path, b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
        return len(entries)
