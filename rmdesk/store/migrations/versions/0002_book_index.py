"""The book index: contacts in pinyin order with their search text, filled from the book.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

The first release created a `contact_search` table of its own in 0001 (later taken out
of 0001, which should never have been edited). A book made by that release still has it:
it is dropped here and built again, since it holds nothing that is not derived.

The index is derived data: the application builds it (rmdesk.contacts.index) on the
first listing after this upgrade, since no rules are noted as having built it. (Until
2026-12 this migration imported the application's rules and built it itself.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("contact_search"):
        op.drop_table("contact_search")  # the first release's shape of the index
    op.create_table(
        "contact_search",
        sa.Column("alive", sa.Boolean(), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_contact_search_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("alive", "sort_key", "contact_id", name="pk_contact_search"),
        sa.UniqueConstraint("contact_id", name="uq_contact_search_contact_id"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("contact_search")
