"""Search finds dossier terms: cuisines, communication style, drinks, allergies,
restaurants, banks and how a client is addressed (never the sensitive fields).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

The book index is derived data; this rebuilds the search text of every contact that
has a dossier with the app's current rules.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from rmdesk.dossier.search_index import reindex_dossier_terms

    reindex_dossier_terms(op.get_bind())


def downgrade() -> None:
    """The old rules would only drop the extra terms; nothing to undo in the schema."""
