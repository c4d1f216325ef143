"""The book index again: every reading of a name (曾 as zeng and ceng, 单 as shan, dan
and chan), the surnames 乜 粘 洗 角 祭 read as surnames, and phone numbers with their
extensions — search text is derived data, rebuilt with the current rules.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from rmdesk.dossier.search_index import reindex_dossier_terms

    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM contact_search"))
    book_index = importlib.import_module("rmdesk.store.migrations.versions.0002_book_index")
    book_index.rebuild_book_index(conn)
    reindex_dossier_terms(conn)


def downgrade() -> None:
    pass  # the index of the older rules is a subset: nothing to undo
