"""Complaints and the seven steps of handling them, each with its day and who did it.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    text = [
        sa.Column(name, sa.Text(), nullable=False)
        for name in (
            "fact_who",
            "fact_what",
            "fact_when",
            "fact_where",
            "fact_why",
            "fix",
            "outcome",
            "follow_up",
        )
    ]
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("received", sa.Date(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        *text,
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_complaints_open", "complaints", ["closed_on", "deadline"])
    op.create_index("ix_complaints_contact", "complaints", ["contact_id", "received"])
    op.create_table(
        "complaint_steps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "complaint_id",
            sa.Integer(),
            sa.ForeignKey("complaints.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
    )
    op.create_index("ix_complaint_steps_complaint_id", "complaint_steps", ["complaint_id"])


def downgrade() -> None:
    op.drop_table("complaint_steps")
    op.drop_table("complaints")
