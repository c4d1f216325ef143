"""The book index again: every reading of a name (曾 as zeng and ceng, 单 as shan, dan
and chan), the surnames 乜 粘 洗 角 祭 read as surnames, and phone numbers with their
extensions — search text is derived data, rebuilt with the current rules.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The application builds the index again with its current rules on the next
    # listing (rmdesk.contacts.index): forget the rules it was built with.
    op.execute("DELETE FROM book_settings WHERE key = 'book_index'")


def downgrade() -> None:
    pass  # the index of the older rules is a subset: nothing to undo
