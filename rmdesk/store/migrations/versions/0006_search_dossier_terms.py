"""Search finds dossier terms: cuisines, communication style, drinks, allergies,
restaurants, banks and how a client is addressed (never the sensitive fields).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

The book index is derived data: the application rebuilds it with its current rules.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The application builds the index again (rmdesk.contacts.index): the rules it was
    # built with are forgotten here. (Until 2026-12 this imported the rules.)
    op.execute("DELETE FROM book_settings WHERE key = 'book_index'")


def downgrade() -> None:
    """The old rules would only drop the extra terms; nothing to undo in the schema."""
