"""Sort keys without a NUL byte (PostgreSQL text cannot hold one): the book index is
rebuilt with the current rules, dossier terms included.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The application builds the index again with its current rules on the next
    # listing (rmdesk.contacts.index): forget the rules it was built with.
    op.execute("DELETE FROM book_settings WHERE key = 'book_index'")


def downgrade() -> None:
    """Sort keys stay as they are; nothing in the schema changed."""
