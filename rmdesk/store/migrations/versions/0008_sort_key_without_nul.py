"""Sort keys without a NUL byte (PostgreSQL text cannot hold one): the book index is
rebuilt with the current rules, dossier terms included.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    import importlib

    from rmdesk.dossier.search_index import reindex_dossier_terms

    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM contact_search"))
    book_index = importlib.import_module("rmdesk.store.migrations.versions.0002_book_index")
    book_index.rebuild_book_index(conn)
    reindex_dossier_terms(conn)


def downgrade() -> None:
    """Sort keys stay as they are; nothing in the schema changed."""
