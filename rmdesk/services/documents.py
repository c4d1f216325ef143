"""Documents that leave the app: a briefing or a day sheet written as PDF, a chart as PNG.

Every document names clients; it is written private to the user (0600, atomically).
This is the one place they are written, for the window and the command line alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rmdesk.documents import Document
from rmdesk.store.database import Store


class DocumentService:
    """Each document written is an entry of the audit trail: its kind, how many clients
    it names, which sensitive fields it carries."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def save_pdf(
        self,
        path: Path,
        document: Document,
        *,
        kind: str,
        clients: int,
        sensitive: Sequence[str] = (),
    ) -> Path:
        """Render the document as PDF and write it; OSError if it cannot be written."""
        from rmdesk.documents.render import to_pdf
        from rmdesk.store.audit import record
        from rmdesk.store.private import write_private

        written = write_private(path, to_pdf(document))
        record(self._store, kind, clients, sensitive, path.name)
        return written

    def save_image(self, path: Path, png: bytes, *, clients: int) -> Path:
        """Write an image the window drew (a chart naming introducers); OSError if it
        cannot be written."""
        from rmdesk.store.audit import record
        from rmdesk.store.private import write_private

        written = write_private(path, png)
        record(self._store, "chart_png", clients, (), path.name)
        return written
