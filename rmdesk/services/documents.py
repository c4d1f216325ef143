"""Documents that leave the app: a briefing or a day sheet written as PDF, a chart as PNG.

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

    def save_image(self, path: Path, png: bytes) -> Path:
        """Write an image the window drew (a chart naming introducers); OSError if it
        cannot be written."""
        from rmdesk.store.private import write_private

        return write_private(path, png)
