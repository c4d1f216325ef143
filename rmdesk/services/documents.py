"""Documents that leave the app: a briefing or a day sheet written as PDF.

Every document names clients; it is written private to the user (0600, atomically).
This is the one place they are written, for the window and the command line alike.
"""

from __future__ import annotations

from pathlib import Path

from rmdesk.documents import Document


class DocumentService:
    def save_pdf(self, path: Path, document: Document) -> Path:
        """Render the document as PDF and write it; OSError if it cannot be written."""
        from rmdesk.documents.render import to_pdf
        from rmdesk.store.private import write_private

        return write_private(path, to_pdf(document))
