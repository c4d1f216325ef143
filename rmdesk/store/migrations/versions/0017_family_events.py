"""Family events in the dossier (a child's exam, a wedding, a parent's 寿辰), which
Today turns into greeting reminders: one-off ones by their day, yearly ones by month
and day.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("dossiers.contact_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("what", sa.String(200), nullable=False),
        sa.Column("yearly", sa.Boolean(), nullable=False),
        sa.Column("month_day", sa.Integer(), nullable=False),
    )
    op.create_index("ix_dossier_events_contact_id", "dossier_events", ["contact_id"])
    op.create_index("ix_dossier_events_day", "dossier_events", ["day"])
    op.create_index("ix_dossier_events_yearly", "dossier_events", ["yearly", "month_day"])


def downgrade() -> None:
    op.drop_table("dossier_events")
